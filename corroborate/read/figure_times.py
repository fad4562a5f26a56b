"""The time a figure was counted at: ``Figure.as_of``.

A count is anchored to a time by the clause that holds it (plain text, no parse needed):

* a written date or year nearest the figure: "12 March 2019" (``2019-03-12``), "in March 2019"
  (``2019-03``), "in 2019" (``2019``). A bare year needs a preposition ("in", "since", "by",
  "as of" ...): "2000 tents" is a count. "Since" makes an open interval in the manner of ISO
  8601-2 (EDTF): "since 2014" is ``2014/..``;
* a day written without its year, resolved against the article's published date by
  :func:`corroborate.read.dates.written_dates`: "on Tuesday", "yesterday", "3 June" (no date
  when the article's date is unknown); "last week" is too loose to give a time;
* else ``now`` (the article's own time): "now", "currently", "today", or a present-tense state
  ("is home to", "there are"; "houses", "hosts" right before the count, "live", "remain" just
  after it: "the camp houses 3,000", "3,000 people live there"; "mudbrick houses" and "claimed
  10 lives" are nouns).

The clause is the figure's sentence cut at semicolons, colons, dashes, brackets, a comma before
"which", "where", "while", "but" ..., and the comma that closes a relative clause: in "the
camp, which opened in 2009, houses 3,000", 2009 is not the count's time. :func:`describe_time` writes a time
for a reader ("March 2019", "since 2014", "now").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import replace

from corroborate.read.calendar_words import MONTHS
from corroborate.read.dates import parse_iso, written_dates
from corroborate.record import Article, Figure

__all__ = ["describe_time", "figure_time", "with_times"]

_YEAR_WORD = r"(?:19|20)\d\d"
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_WRITTEN_TIME = re.compile(
    rf"\b(?:(?P<prep>since|in|from|by|until|till|during|through|of|as\s+of)\s+)?"
    rf"(?P<when>(?:(?P<day_first>\d{{1,2}})\s+)?(?P<month>{_MONTH_WORD})\.?"
    rf"(?:\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?P<year>{_YEAR_WORD})"
    rf"|(?(prep)(?P<bare_year>{_YEAR_WORD})|(?!)))\b(?![-/,.]?\d)",
    re.IGNORECASE,
)
"""A date with its year ("12 March 2019", "March 2019"), or a year after a preposition ("in
2019", "since 2014", "as of 2020"): a bare number like "2000" may be a count."""
_NOW_WORDS = re.compile(r"\b(?:now|currently|today|at present|presently|these days)\b", re.I)
_PRESENT_STATE = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:home\s+to|living|housed|sheltered|staying)|"
    r"reside|resides|there\s+are)\b",
    re.IGNORECASE,
)
"""A present-tense state anywhere in the clause ("is home to", "there are")."""
_STATE_VERB_BEFORE = re.compile(r"\b(?:houses|hosts|shelters|remains\s+at|stands\s+at)\s+$", re.I)
"""A verb that is also a noun, as the count's verb only right before it ("the camp houses 3,000";
"mudbrick houses in 15 villages" is a noun)."""
_STATE_VERB_AFTER = re.compile(
    r"^(?:(?:\s+[\w-]+){0,3}?\s+remain|(?:\s+[\w-]+){1,3}?\s+live)\b", re.I
)
"""A present-tense verb within three words after the count ("3,000 people live there", "12
remain in hospital"); "live" right after the count is an adjective ("three live shells"), and
"lives" is left out ("claimed 10 lives" is a noun)."""
_CLAUSE_BREAK = re.compile(
    r"[;:\u2014\u2013()]|,\s+(?=(?:which|who|where|while|whereas|but|although|though|when)\b)",
    re.I,
)
_RELATIVE_OPENER = re.compile(r",\s+(?=(?:which|who|where)\b)", re.I)
_CLOSING_COMMA = re.compile(r",\s+(?!\d)")
_NOT_A_PAST_DAY = re.compile(r"^(?:today|tomorrow)$", re.I)
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_AS_OF = re.compile(r"^(?P<date>\d{4}(?:-\d\d(?:-\d\d)?)?)(?P<open>/\.\.)?$")


def with_times(article: Article, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The figures, each with ``as_of`` filled from its clause (see the module docstring)."""
    published = parse_iso(article.published)
    return tuple(
        _with_time(figure, figure_time(article, figure, published=published)) for figure in figures
    )


def _with_time(figure: Figure, as_of: str | None) -> Figure:
    return figure if figure.as_of == as_of else replace(figure, as_of=as_of)


def figure_time(
    article: Article, figure: Figure, *, published: dt.date | None = None
) -> str | None:
    """The time the figure's clause anchors it to, as ``Figure.as_of`` holds it: ``2019``,
    ``2019-03``, ``2019-03-12``, ``2014/..`` (since 2014) or ``now``; None when the clause names
    no time. ``published`` (default: the article's own date) resolves days written without a
    year ("on Tuesday", "yesterday")."""
    if figure.sentence.article_id != figure.span.article_id or " + " in figure.span.text:
        return None
    if published is None:
        published = parse_iso(article.published)
    clause, at = _clause_around(figure)
    figure_end = at + len(figure.span.text)
    found: list[tuple[int, int, str]] = []
    for match in _WRITTEN_TIME.finditer(clause):
        if match.end() <= at or match.start() >= figure_end:
            found.append((match.start(), match.end(), _iso_of(match)))
    if published is not None:
        for date in written_dates(clause, published):
            outside = date.end <= at or date.start >= figure_end
            if not outside or not date.is_day or _NOT_A_PAST_DAY.match(date.text.lower()):
                continue  # "last week" is too loose a time; "today" is "now" below
            if any(start < date.end and date.start < end for start, end, _ in found):
                continue
            found.append((date.start, date.end, date.earliest.isoformat()))
    if found:

        def distance(item: tuple[int, int, str]) -> int:
            start, end, _ = item
            return at - end if end <= at else start - figure_end

        return min(found, key=distance)[2]
    outside_text = clause[:at] + " " + clause[figure_end:]
    if (
        _NOW_WORDS.search(outside_text)
        or _PRESENT_STATE.search(outside_text)
        or _STATE_VERB_BEFORE.search(clause[:at])
        or _STATE_VERB_AFTER.match(clause[figure_end:])
    ):
        return "now"
    return None


def describe_time(as_of: str | None) -> str | None:
    """``Figure.as_of`` for a reader: "2019", "March 2019", "12 March 2019", "since 2014",
    "now"; None for None. A value of another shape is returned as it is."""
    if as_of is None:
        return None
    match = _AS_OF.match(as_of)
    if match is None:
        return as_of
    parts = [int(part) for part in match.group("date").split("-")]
    if len(parts) == 1:
        written = str(parts[0])
    elif len(parts) == 2:
        written = f"{_MONTH_NAMES[parts[1] - 1]} {parts[0]}" if 1 <= parts[1] <= 12 else as_of
    else:
        written = (
            f"{parts[2]} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}" if 1 <= parts[1] <= 12 else as_of
        )
    return f"since {written}" if match.group("open") else written


def _iso_of(match: re.Match[str]) -> str:
    """A :data:`_WRITTEN_TIME` match as ISO 8601: year, year-month or day; ``/..`` after
    "since"."""
    since = (match.group("prep") or "").lower() == "since"
    if match.group("bare_year"):
        iso = match.group("bare_year")
    else:
        month = _month_number(match.group("month"))
        iso = f"{match.group('year')}-{month:02d}"
        day = match.group("day_first") or match.group("day_after")
        if day is not None:
            with contextlib.suppress(ValueError):  # "31 June 2019": keep the month
                iso = dt.date(int(match.group("year")), month, int(day)).isoformat()
    return f"{iso}/.." if since else iso


def _month_number(word: str) -> int:
    prefix = word.lower().rstrip(".")[:3]
    return next(i for i, name in enumerate(_MONTH_NAMES, start=1) if name.lower()[:3] == prefix)


def _clause_breaks(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's clauses meet, as (start, end) of each break: semicolons, colons,
    dashes, brackets, a comma before "which", "while", "but" ..., and the comma that closes a
    relative clause ("the camp, which opened in 2009, houses 3,000": 2009 is not the count's)."""
    breaks = [(match.start(), match.end()) for match in _CLAUSE_BREAK.finditer(sentence)]
    for opener in _RELATIVE_OPENER.finditer(sentence):
        closing = _CLOSING_COMMA.search(sentence, opener.end())
        if closing is not None:
            breaks.append((closing.start(), closing.end()))
    return sorted(set(breaks))


def _clause_around(figure: Figure) -> tuple[str, int]:
    """The clause of the figure's sentence that holds the figure, and the figure's offset in it."""
    sentence = figure.sentence.text
    at = figure.span.start - figure.sentence.start
    start, end = 0, len(sentence)
    for break_start, break_end in _clause_breaks(sentence):
        if break_end <= at:
            start = break_end
        elif break_start >= at + len(figure.span.text):
            end = break_start
            break
    return sentence[start:end], at - start
