"""Dates written in an article: its dateline, and the days its sentences name.

Works on plain text (no parse needed). Two readers:

* :func:`publication_date`: the date a report carries near its top, on a line of its own that
  holds little else ("Last Updated: Monday, 28 November 2005, 02:24 GMT", "Posted 11/27/2005
  7:21 AM", "Nov 28, 2005", "Published on: Fri, 11 Nov 2011 at 09:56 IST"). A date without a year
  ("Mumbai, Nov 11 -") is not taken. Numeric dates are read month first ("11/28/05") unless the
  first number cannot be a month ("28/11/2005"). A misspelt month keeps its first three letters
  and the rest of its letters in order ("Novemer 27, 2005").
* :func:`written_dates`: the days a text names, each resolved to a calendar range against the
  article's date when it is known: absolute dates ("on 12 March", "March 12, 2005"), weekdays
  ("on Tuesday": the last such day on or before the article's date), "today", "yesterday", "N
  days ago", "last week" (Monday to Sunday of the week before). Without the article's date only
  dates that carry their year are resolved.

Used by reconciliation to compare the days that claims across reports give
(:mod:`corroborate.reconcile.claims`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["WrittenDate", "parse_iso", "publication_date", "written_dates"]

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH_WORD = r"[A-Za-z]{3,10}\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH_DAY_YEAR = re.compile(rf"\b(?P<month>{_MONTH_WORD})\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?P<month>{_MONTH_WORD}),?\s+{_YEAR}\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d\d)(?![\d/])")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")

_DATELINE_LINES = 6
"""How many lines from the top may hold the dateline."""
_DATELINE_MAX_CHARS = 120
_DATELINE_FILLER = re.compile(
    r"\b(?:posted|updated|last|first|published|created|modified|on|at|date|dated|by|and|"
    r"am|pm|a\.m|p\.m|local|time)\b|"
    r"\b\d{1,2}\s*:\s*\d{2}(?::\d{2})?\s*(?:am|pm)?\b|\b\d{3,4}\b|\b[A-Z]{2,4}\b|"
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
    + "|".join(rf"\b{name}\b" for name in _WEEKDAY_NAMES),
    re.IGNORECASE,
)
_DATELINE_MAX_WORDS = 2
"""Words other than dates, times, time zones, weekdays and "posted / updated / on / at" that a
dateline line may hold (a place name: "Mumbai")."""


@dataclass(frozen=True)
class WrittenDate:
    """A date a text names, and the calendar days it may mean."""

    start: int
    """Offset of the expression's first character."""
    end: int
    """Offset one past its last character."""
    text: str
    """The expression as written ("on Tuesday", "last week")."""
    earliest: dt.date
    """First day it may mean."""
    latest: dt.date
    """Last day it may mean (the same as ``earliest`` for one day)."""

    @property
    def is_day(self) -> bool:
        """Whether it names one calendar day."""
        return self.earliest == self.latest


def _month_number(word: str) -> int | None:
    """1-12 for a month name, abbreviation or misspelling ("Nov.", "Novemer"); else None."""
    word = word.lower().rstrip(".")
    if len(word) < 3:
        return None
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if word == name or (word == name[: len(word)] and len(word) in (3, 4)):
            return number
        if word[:3] == name[:3] and len(word) <= len(name) and _in_order(word, name):
            return number
    return None


def _in_order(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(written: str) -> int:
    year = int(written)
    if len(written) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _full_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Dates with a year in ``text``: (start, end, date), in text order."""
    found: list[tuple[int, int, dt.date]] = []
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        for match in pattern.finditer(text):
            month = _month_number(match.group("month"))
            if month is None:
                continue
            day = _date(int(match.group("year")), month, int(match.group("day")))
            if day is not None:
                found.append((match.start(), match.end(), day))
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group("a")), int(match.group("b"))
        month, day_number = (first, second) if first <= 12 else (second, first)
        day = _date(_full_year(match.group("year")), month, day_number)
        if day is not None:
            found.append((match.start(), match.end(), day))
    for match in _ISO.finditer(text):
        day = _date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if day is not None:
            found.append((match.start(), match.end(), day))
    found.sort()
    kept: list[tuple[int, int, dt.date]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def publication_date(text: str) -> str | None:
    """The date on a dateline line near the top of ``text``, ISO 8601 (``2005-11-28``), or None.

    The first line among the first few that is short, holds a date with its year, and holds
    little besides dates, times, time zones, weekdays and words such as "Posted", "Updated",
    "on", "at". When the line gives two dates (posted and updated), the first is taken.
    """
    for line in text.splitlines()[:_DATELINE_LINES]:
        stripped = line.strip()
        if not stripped or len(stripped) > _DATELINE_MAX_CHARS:
            continue
        dates = _full_dates(stripped)
        if not dates:
            continue
        rest = stripped
        for start, end, _day in reversed(dates):
            rest = rest[:start] + " " + rest[end:]
        rest = _DATELINE_FILLER.sub(" ", rest)
        words = re.findall(r"[A-Za-z]{2,}", rest)
        if len(words) <= _DATELINE_MAX_WORDS:
            return dates[0][2].isoformat()
    return None


def parse_iso(value: str | None) -> dt.date | None:
    """A date from an ISO 8601 string (its first ten characters), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_WEEKDAY = re.compile(
    r"\b(?:(?P<last>last|this\s+past)\s+)?(?P<weekday>" + "|".join(_WEEKDAY_NAMES) + r")\b",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH_WORD})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH_WORD})\s+{_DAY}\b(?!\s*[,:]?\s*\d)", re.IGNORECASE)
_RELATIVE_DAY = re.compile(
    r"\b(?P<word>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday)\b", re.IGNORECASE
)
_DAYS_AGO = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|\d{1,2})\s+days\s+ago\b", re.IGNORECASE
)
_WEEK = re.compile(r"\b(?P<which>last|this|next)\s+week\b", re.IGNORECASE)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_RELATIVE_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2}


def written_dates(text: str, published: dt.date | None) -> tuple[WrittenDate, ...]:
    """Every date ``text`` names that can be resolved, in text order (see the module docstring).

    ``published`` is the article's date; without it only dates with a year are resolved.
    """
    found: list[WrittenDate] = []

    def add(start: int, end: int, earliest: dt.date, latest: dt.date | None = None) -> None:
        found.append(WrittenDate(start, end, text[start:end], earliest, latest or earliest))

    for start, end, day in _full_dates(text):
        add(start, end, day)
    if published is not None:
        for match in _DAY_MONTH.finditer(text):
            _add_without_year(add, match, published)
        for match in _MONTH_DAY.finditer(text):
            _add_without_year(add, match, published)
        for match in _WEEKDAY.finditer(text):
            weekday = _WEEKDAY_NAMES.index(match.group("weekday").lower())
            back = (published.weekday() - weekday) % 7
            if match.group("last") and back == 0:
                back = 7
            add(match.start(), match.end(), published - dt.timedelta(days=back))
        for match in _RELATIVE_DAY.finditer(text):
            word = " ".join(match.group("word").lower().split())
            add(
                match.start(),
                match.end(),
                published + dt.timedelta(days=_RELATIVE_OFFSETS[word]),
            )
        for match in _DAYS_AGO.finditer(text):
            written = match.group("count").lower()
            count = int(written) if written.isdigit() else _SMALL_NUMBERS[written]
            add(match.start(), match.end(), published - dt.timedelta(days=count))
        for match in _WEEK.finditer(text):
            shift = {"last": -7, "this": 0, "next": 7}[match.group("which").lower()]
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(shift)
            add(match.start(), match.end(), monday, monday + dt.timedelta(days=6))
    found.sort(key=lambda date: (date.start, -date.end))
    kept: list[WrittenDate] = []
    for date in found:
        if not kept or date.start >= kept[-1].end:
            kept.append(date)
    return tuple(kept)


_Add = Callable[[int, int, dt.date], None]


def _add_without_year(add: _Add, match: re.Match[str], published: dt.date) -> None:
    """A day and month without a year: the published year, or the year before when that day
    would fall more than a month after the article."""
    month = _month_number(match.group("month"))
    if month is None or _ambiguous_month_word(match.group("month")):
        return
    day = _date(published.year, month, int(match.group("day")))
    if day is None:
        return
    if day > published + dt.timedelta(days=31):
        day = _date(published.year - 1, month, int(match.group("day")))
        if day is None:
            return
    add(match.start(), match.end(), day)


def _ambiguous_month_word(word: str) -> bool:
    """Month words that are also common words when written without a year ("may", "march")."""
    return word.lower().rstrip(".") in {"may", "march", "mar", "sat", "sun"} and word.islower()
