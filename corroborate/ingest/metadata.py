"""What is known about an article besides its text, and how dates are normalised to ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date

__all__ = ["DATE_PATTERN", "NO_METADATA", "Metadata", "iso_date"]


@dataclass(frozen=True)
class Metadata:
    """Outlet, title, URL, publication date and author, each ``None`` when unknown."""

    outlet: str | None = None
    """Publisher."""
    title: str | None = None
    """Headline."""
    url: str | None = None
    """Canonical URL."""
    published: str | None = None
    """Publication date, ISO 8601 (``2023-06-21``)."""
    author: str | None = None
    """Byline."""

    def filled_from(self, fallback: Metadata) -> Metadata:
        """These values, with every unknown one taken from ``fallback``."""
        missing = {
            f.name: getattr(fallback, f.name)
            for f in fields(self)
            if getattr(self, f.name) is None and getattr(fallback, f.name) is not None
        }
        return replace(self, **missing) if missing else self


NO_METADATA = Metadata()
"""Nothing known (the default for readers' ``metadata`` option)."""


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

DATE_PATTERN = re.compile(
    r"(?P<iso>(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}| ?UTC| ?GMT)?)?)"
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?P<m2>{_MONTH}),? (?P<y2>\d{{4}}))"
    rf"|(?P<mdy>(?P<m3>{_MONTH}) (?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y3>\d{{4}}))",
    re.IGNORECASE,
)
"""A written date: ``2023-06-21`` (time allowed), ``21 June 2023`` or ``June 21, 2023``."""


def iso_date(value: str | None) -> str | None:
    """The ISO 8601 date (``2023-06-21``) written at the start of ``value``, or None.

    >>> iso_date("June 21, 2023")
    '2023-06-21'
    """
    if not value:
        return None
    match = DATE_PATTERN.match(value.strip())
    if match is None:
        return None
    if match.group("iso"):
        parts = match.group("y"), match.group("m"), match.group("d")
    elif match.group("dmy"):
        parts = match.group("y2"), match.group("m2"), match.group("d2")
    else:
        parts = match.group("y3"), match.group("m3"), match.group("d3")
    year, month, day = parts
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        return date(int(year), month_number, int(day)).isoformat()
    except ValueError:
        return None
