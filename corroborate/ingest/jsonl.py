"""JSON-lines files of articles: one JSON object per line.

Each object has ``text`` or ``html`` and optionally ``outlet``, ``title``, ``url``,
``published`` (or ``date``) and ``author``. Each article's source is ``path#N``, N the line
number (from 1). A line that cannot be read becomes a Problem for ``path#N``; the other lines are
still read. Blank lines are skipped. A ``.json`` file holding one object or a list of objects is
read the same way (``path#N`` then numbers the objects).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from corroborate.errors import EmptySourceError, NoArticleError, SourceError
from corroborate.ingest.decode import decode_text, read_file_bytes
from corroborate.ingest.html import article_from_html
from corroborate.ingest.loaded import Loaded
from corroborate.ingest.metadata import Metadata, iso_date
from corroborate.ingest.text import article_from_text
from corroborate.record import Article, Problem

__all__ = [
    "article_from_object",
    "looks_like_json_lines",
    "read_json_file",
    "read_json_text",
    "read_jsonl_file",
    "read_jsonl_text",
]

_TEXT_FIELDS = ("outlet", "title", "url", "author")


def read_jsonl_file(path: str) -> Loaded:
    """The articles of a JSON-lines file, and a Problem for each line that is not one."""
    return read_jsonl_text(decode_text(read_file_bytes(path), path), path)


def read_jsonl_text(text: str, source: str) -> Loaded:
    """The articles of JSON lines already decoded; ``source#N`` names each line."""
    return _read_objects(source, _lines(text))


def read_json_file(path: str) -> Loaded:
    """A ``.json`` file: one article object, a list of them, or JSON lines."""
    return read_json_text(decode_text(read_file_bytes(path), path), path)


def read_json_text(text: str, source: str) -> Loaded:
    """JSON already decoded: one article object, a list of them, or JSON lines."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        return _read_objects(source, _lines(text))
    items = whole if isinstance(whole, list) else [whole]
    return _read_objects(source, ((number, item) for number, item in enumerate(items, start=1)))


def looks_like_json_lines(text: str) -> bool:
    """Whether the first non-blank line is a JSON object with ``text`` or ``html``."""
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            first = json.loads(line)
        except json.JSONDecodeError:
            return False
        return isinstance(first, dict) and ("text" in first or "html" in first)
    return False


def article_from_object(item: Any, source: str) -> Article:
    """An article from one decoded JSON object; SourceError naming ``source`` if it is not one."""
    if not isinstance(item, dict):
        raise SourceError(source, f"expected a JSON object, got {type(item).__name__}")
    metadata = Metadata(
        **{name: _string(item, name, source) for name in _TEXT_FIELDS},
        published=_date(item, source),
    )
    text = _string(item, "text", source)
    html = _string(item, "html", source)
    if text is not None and text.strip():
        return article_from_text(text, source, metadata=metadata)
    if html is not None and html.strip():
        return article_from_html(html, source, url=metadata.url, metadata=metadata)
    if "text" in item or "html" in item:
        raise EmptySourceError(source, "empty text")
    raise NoArticleError(source, 'no "text" or "html" field')


def _read_objects(path: str, items: Iterator[tuple[int, Any]]) -> Loaded:
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, item in items:
        source = f"{path}#{number}"
        try:
            if isinstance(item, _BadLine):
                raise SourceError(source, f"invalid JSON ({item.reason})")
            articles.append(article_from_object(item, source))
        except SourceError as error:
            problems.append(Problem(source=error.source, message=str(error)))
    if not articles and not problems:
        raise EmptySourceError(path, "no articles in file")
    return Loaded(tuple(articles), tuple(problems))


class _BadLine:
    """A line that is not valid JSON (kept so that its line number is reported)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _lines(text: str) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            yield number, _BadLine(f"{error.msg} at column {error.colno}")


def _string(item: dict[str, Any], name: str, source: str) -> str | None:
    value = item.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SourceError(source, f'field "{name}" must be a string, got {type(value).__name__}')
    if name in ("text", "html"):
        return value
    return value.strip() or None


def _date(item: dict[str, Any], source: str) -> str | None:
    value = _string(item, "published", source) or _string(item, "date", source)
    return iso_date(value)
