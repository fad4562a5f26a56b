"""Metadata lines at the top of a text file: ``date 2023-06-21``, ``outlet: The Example Post``.

Recognised keys (case-insensitive): ``date``, ``published``, ``outlet``, ``publisher``, ``url``,
``title``, ``headline``, ``author``, ``byline``. A colon after the key is optional for dates
(``date 2023-06-21``) and required for the others. A date line may run straight on into the
body, as scraped text sometimes does (``date 2023-06-21 A coalition linked to ...``): only the key
and the date are the header, the rest of the line is body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corroborate.ingest.metadata import DATE_PATTERN, Metadata, iso_date

__all__ = ["HeaderLines", "read_header_lines"]

_FIELD_OF_KEY = {
    "date": "published",
    "published": "published",
    "outlet": "outlet",
    "publisher": "outlet",
    "url": "url",
    "title": "title",
    "headline": "title",
    "author": "author",
    "byline": "author",
}
_KEY = re.compile(
    r"[ \t]*(?P<key>" + "|".join(_FIELD_OF_KEY) + r")\b(?P<colon>[ \t]*:)?[ \t]*",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*(?:\n|$)")


@dataclass(frozen=True)
class HeaderLines:
    """The header lines found at the top of a text and the metadata they give."""

    metadata: Metadata
    """Values read from the header lines."""
    spans: tuple[tuple[int, int], ...]
    """Offsets of each header (key and value, surrounding whitespace left out)."""
    body_start: int
    """Offset where the body begins (after the last header)."""


def read_header_lines(text: str) -> HeaderLines:
    """Read the metadata lines at the top of ``text``; stops at the first line that is not one."""
    values: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    body_start = 0
    position = 0
    while position < len(text):
        line_match = _LINE.match(text, position)
        assert line_match is not None  # the pattern matches the empty string
        line_end = line_match.end()
        line = text[position:line_end].rstrip("\r\n")
        if not line.strip():
            position = line_end
            continue
        header = _header_in_line(text, position, position + len(line))
        if header is None:
            break
        field_name, value, header_end, rest_start = header
        if value is not None:
            values.setdefault(field_name, value)
        spans.append((position + len(line) - len(line.lstrip()), header_end))
        if rest_start is not None:
            body_start = rest_start
            break
        position = line_end
        body_start = line_end
    if not spans:
        body_start = 0
    return HeaderLines(Metadata(**values), tuple(spans), body_start)


def _header_in_line(
    text: str, start: int, end: int
) -> tuple[str, str | None, int, int | None] | None:
    """(field, value, end of header, start of body on the same line or None), or None."""
    key_match = _KEY.match(text, start, end)
    if key_match is None:
        return None
    field_name = _FIELD_OF_KEY[key_match.group("key").lower()]
    has_colon = key_match.group("colon") is not None
    value_start = key_match.end()
    if field_name == "published":
        date_match = DATE_PATTERN.match(text, value_start, end)
        if date_match is not None:
            header_end = date_match.end()
            rest = text[header_end:end]
            rest_start = header_end + (len(rest) - len(rest.lstrip())) if rest.strip() else None
            return field_name, iso_date(date_match.group(0)), header_end, rest_start
        if not has_colon:
            return None
    elif not has_colon:
        return None
    value = text[value_start:end].strip()
    header_end = start + len(text[start:end].rstrip())
    if field_name == "published":
        return field_name, iso_date(value), header_end, None
    return field_name, value or None, header_end, None
