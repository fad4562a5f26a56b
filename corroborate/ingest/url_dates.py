"""The publication date many news sites write in their article addresses.

``https://example.org/2015/12/11/story/``, ``/news/2016/jan/26/story``, ``/article/20150803/``
and ``/2016-01-27-story`` give the date their article was published (or filed): used when no
header, metadata or dateline gives one.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["url_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip

_PATTERNS = (
    # /2015/12/11/ or /2015/12/11-story
    re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?=[/\-_.]|$)"),
    # /2016/jan/26/
    re.compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/(\d\d?)(?=[/\-_.]|$)", re.IGNORECASE),
    # /2016-01-27 or /2016_01_27
    re.compile(r"[/\-_]((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?=[/\-_.]|$)"),
    # /20150803/
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/\-_.]|$)"),
)


def url_date(url: str | None) -> str | None:
    """The date in ``url``'s path, ISO 8601 (``2015-12-11``), or None when there is none or
    it is no real date."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    for pattern in _PATTERNS:
        found = pattern.search(path)
        if found is None:
            continue
        year, month, day = found.groups()
        month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
        if month_number is None:
            continue
        try:
            return dt.date(int(year), month_number, int(day)).isoformat()
        except ValueError:
            continue
    return None
