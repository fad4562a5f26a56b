"""Which event a figure is about: the main event, or another one the report recalls.

Reports give background: "A 6.7-strength quake killed more than 26,000 people in Bam in December
2003", "In February, a gunman killed five people at a mall". Those counts are about other events
and must not be grouped with the main event's counts. A figure's *event key* is read from time
cues in its sentence (docs/figures.md, "Other events"):

* a month or year after "in" or "during", or a year after "since" ("in September", "In early
  March", "in December 2003", "in the 1980s", "in the summer of 2012", "since 2015"; not
  "since September", which includes the present);
* a relative time ("last year", "two years ago", "years after", "earlier this year", "a similar
  attack", "the previous quake");
* a running total ("so far", "to date", "during the five operations it carried out"): key
  "in total";
* a day of the week that opens the sentence ("On Saturday, more than a dozen people were
  killed") and is not the event's day: the day most figure sentences name (ties: every
  most-named day is the event's day). A day inside the sentence ("captured 26 pirates on
  Friday") is not read: reports in different time zones give different days;
* a sentence that starts by referring back ("It killed 612 people", "That temblor ...") takes the
  key of the sentence before it.
* another event of the kind introduced in another country: "a quake in eastern China", "an
  attack in Pakistan", when no other article names that country (from a general gazetteer) and
  the figure's own article places its other counts of events in another country: key "in
  china". Only countries: a town or region may lie inside the main event's country ("a quake
  in Qeshm" beside "southern Iran");
* a quake's magnitude ("a magnitude-5.2 quake has injured three", "a 6.7-strength quake",
  "measuring 5.6 on the Richter scale") more than 0.3 from the main quake's, when no cue above
  gives a key: key "magnitude 5.2". The main quake's magnitude is the one the most articles
  name, counting each article once and every magnitude within 0.3 of it (agencies measure one
  quake 5.9, 6.0 or 6.1; two quakes of one series differ more); no magnitude key when two
  magnitudes further apart tie.

A cue after the figure counts only when no relative clause starts between them ("the dead man,
who had worked there since 1994" says nothing about when he died). Only counts of events
(killed, injured, hospitalised, missing, arrested, displaced, seized) are keyed: populations, buildings
and things describe a state that background dates do not split ("built the camp in 2019").
Crowds (``population`` counts in a sentence that marches, rallies, protests, gathers, joins or
takes to the streets) are keyed by place instead ("In Patras, 20,000 protesters ...", "the
northern city of Thessaloniki, where 20,000 people marched"; a city's former name or exonym is
the city: "in Salonika" is "in Thessaloniki"), except the place of the main
event itself (the place most often written in the sentences of the event's counts: "a bank in
Athens"), where a crowd is the main event's crowd whether or not its sentence names the place.
Within a category, the date or place most figures share is the main event's (no key wins
ties), so a report set that dates its main event ("in June 2023") is not split from itself;
"earlier" and "in total" keys are never the main event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from corroborate.reconcile.names import COUNTRIES, PLACE_NAMES, alias_key, fold
from corroborate.record import Figure

__all__ = ["EVENT_CATEGORIES", "PLACE_CATEGORIES", "event_keys", "event_label", "is_crowd"]

EVENT_CATEGORIES = frozenset(
    {"killed", "injured", "hospitalised", "missing", "arrested", "displaced", "seized"}
)
"""Categories that count what happened in an event (and so may be about another event)."""

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATED = re.compile(
    r"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+|the\s+(?:(?:early|late)\s+)?"
    r"(?:(?:spring|summer|fall|autumn|winter)\s+of\s+)?)?"
    rf"((?:{_MONTHS})(?:\s+(?:19|20)\d\d)?\b(?!\s*\d)|(?:19|20)\d\d(?:s\b|\b))"
    r"|\bsince\s+(?:the\s+)?((?:19|20)\d\d(?:s\b|\b))",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:(?:last|previous|past)\s+(?:year|month|decade)"
    r"|(?:years?|months?|decades?)\s+(?:ago|earlier|before|after)"
    r"|earlier\s+this\s+(?:year|month)"
    r"|a\s+similar\s+\w+"
    r"|the\s+previous\s+\w+"
    r"|an?\s+(?:earlier|previous)\s+\w+"
    r"|the\s+last\s+(?:major|big|deadly|large|strong)\s+\w+)",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now|until\s+now)\b"
    r"|\b(?:the|their|its|all)\s+(?:\w+\s+)?(?:operations|raids|missions|patrols|sweeps)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?\b", re.IGNORECASE
)
_FRONTED_WEEKDAY = re.compile(
    r"^\W*(?:on|last|early|late)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:'s|’s)?\b",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
_DEATH_CLAUSE = re.compile(
    r"^\W*(?:who|that)\s+(?:had\s+|have\s+)?(?:lost\s+their\s+lives|died|were\s+(?:killed|slain|"
    r"murdered|shot\s+dead|shot\s+and\s+killed))\b",
    re.IGNORECASE,
)
"""A relative clause that says the people counted died ("the 145 people who lost their lives to
violence in 2015"): a date after it dates those deaths."""
_EARLIER_OPENING = re.compile(r"^\W*earlier\s*,\s+(?!(?:\S+\s+){0,4}?(?:said|told|reported)\b)",
                              re.IGNORECASE)  # fmt: skip
"""A sentence that opens with "Earlier," ("Earlier, a man and woman were shot ...") tells of
another incident, unless it reports what someone said earlier ("Earlier, police said ...")."""
_REFERS_BACK = re.compile(
    r"^(?:it|that|this|the\s+same)\b|^(?:that|this|the)\s+(?:quake|earthquake|temblor|tremor|"
    r"attack|blast|bombing|explosion|fire|shooting|storm|flood|crash|raid|disaster)\b",
    re.IGNORECASE,
)


_EVENT_ELSEWHERE = re.compile(
    r"\b(?:a|an|another)\s+(?:[\w.-]+\s+){0,3}?(?:quake|earthquake|temblor|tremor|attack|"
    r"bombing|blast|explosion|shooting|storm|flood|fire|crash|landslide|raid)s?\s+in\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?([A-Z][a-z]+)\b"
)
"""Another event of the kind, introduced with "a", "an" or "another" and placed: "a quake in
eastern China"; the place is kept only when it is a country."""


def _country_after_event(sentence: str) -> str | None:
    """The country an event noun introduced with "a"/"an"/"another" is placed in, if any."""
    for match in _EVENT_ELSEWHERE.finditer(sentence):
        country = alias_key(match.group(1))
        if country in COUNTRIES:
            return country
    return None


def _elsewhere(figure: Figure, figures: list[Figure], texts: Mapping[str, str]) -> str | None:
    """The country of another event the figure's sentence introduces ("a quake in eastern
    China"), when no other article names that country and the figure's own article places its
    other counts of events in another country; else None."""
    country = _country_after_event(figure.sentence.text)
    if country is None:
        return None
    if any(
        country in _countries_in(text)
        for article_id, text in texts.items()
        if article_id != figure.article_id
    ):
        return None
    own_countries = {
        named
        for other in figures
        if other.article_id == figure.article_id
        and other.sentence != figure.sentence
        and other.category in EVENT_CATEGORIES
        for named in _countries_in(other.sentence.text)
    }
    return country if own_countries - {country} else None


def _countries_in(sentence: str) -> set[str]:
    """Every country named in a sentence (capitalised words, folded, from the gazetteer)."""
    return {
        alias_key(word)
        for word in re.findall(r"\b[A-Z][a-z]+\b", sentence)
        if alias_key(word) in COUNTRIES
    }


_MAGNITUDE = re.compile(
    r"\bmagnitude(?:\s+of)?(?:\s+(?:at\s+least|about|around|nearly|some))?[\s-]*(\d\.\d)\b"
    r"|\b(\d\.\d)\s*-?\s*(?:magnitude|strength|degree|on\s+the\s+richter)\b"
    r"|\b(?:a|an|the)\s+(\d\.\d)\s+(?:quake|earthquake|temblor|tremor)\b",
    re.IGNORECASE,
)
"""A quake's magnitude as written: "magnitude-5.2", "a magnitude of at least 5.9", "a 5.6
magnitude earthquake", "a 6.7-strength quake", "5.6 on the Richter scale", "a 5.6 quake"."""
_SAME_QUAKE = 0.3
"""Magnitudes of one quake as different agencies give them differ by up to this much."""


def _magnitudes(text: str) -> list[tuple[int, float]]:
    """(offset, magnitude) of every magnitude written in ``text``."""
    return [
        (match.start(), float(next(group for group in match.groups() if group)))
        for match in _MAGNITUDE.finditer(text)
    ]


def _magnitude_near(sentence: str, start: int, end: int) -> float | None:
    """The magnitude written nearest the figure at start:end in its sentence, if any."""
    found = _magnitudes(sentence)
    if not found:
        return None
    return min(found, key=lambda item: start - item[0] if item[0] < start else item[0] - end)[1]


def _main_magnitude(texts: Iterable[str]) -> float | None:
    """The main quake's magnitude: named (within :data:`_SAME_QUAKE`) by the most articles;
    None when no article names one or two magnitudes further apart tie."""
    named = [{magnitude for _, magnitude in _magnitudes(text)} for text in texts]
    values = sorted({magnitude for each in named for magnitude in each})
    if not values:
        return None

    def score(value: float) -> tuple[int, int]:
        near = sum(any(abs(m - value) <= _SAME_QUAKE + 1e-9 for m in each) for each in named)
        return near, sum(value in each for each in named)

    ranked = sorted(values, key=score, reverse=True)
    best = ranked[0]
    if any(
        score(other) == score(best) and abs(other - best) > _SAME_QUAKE + 1e-9
        for other in ranked[1:]
    ):
        return None
    return best


_PLACE = re.compile(
    r"\b(?:[Ii]n|streets\s+of|city\s+of|town\s+of)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|downtown)\s+)?"
    r"(?:(?:city|town|capital|port|island)\s+of\s+)?([A-Z][a-z]+)\b"
)
_NOT_PLACES = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "the", "a", "an", "addition", "total", "all", "fact",
    }
)  # fmt: skip
PLACE_CATEGORIES = frozenset({"population"})
"""Crowds ("20,000 people marched") are keyed by the place named in their sentence ("In Patras,
20,000 protesters ..."): a crowd in one city is not the crowd in another. Only crowds: the
people living somewhere ("camps in western Albania, home to 3,000") are not split by place."""
_CROWD = re.compile(
    r"\b(?:march\w*|rall\w*|protest\w*|demonstrat\w*|gather\w*|joined|streets|crowds?|"
    r"stormed|hurl\w*|clash\w*|riot\w*)\b",
    re.IGNORECASE,
)


_SIZED_PLACE = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}"
    r"(?:city|town|village|island|province|region|country|district|county|port|capital|"
    r"municipality|suburb|community|settlement)\s+of\s+$"
)
"""A named place whose size is given by apposition: "Bandar Abbas, a city of 500,000 people"."""


def sized_place(figure: Figure) -> str | None:
    """The place a ``population`` figure gives the size of, when its sentence names it by
    apposition ("Bandar Abbas, a city of 500,000 people"); else None."""
    if figure.category != "population":
        return None
    before = figure.sentence.text[: figure.span.start - figure.sentence.start]
    match = _SIZED_PLACE.search(before)
    return match.group(1).lower() if match else None


def is_crowd(figure: Figure) -> bool:
    """Whether a ``population`` figure counts a crowd (its sentence marches, rallies, protests,
    gathers, joins or takes to the streets)."""
    return figure.category in PLACE_CATEGORIES and _CROWD.search(figure.sentence.text) is not None


def _place_key(name: str) -> str:
    """A place as a key: lower case, a former name or exonym as the name used today ("Salonika"
    is "thessaloniki", :data:`corroborate.reconcile.names.PLACE_NAMES`)."""
    return PLACE_NAMES.get(fold(name), name.lower())


def _place_in(sentence: str, start: int, end: int) -> str | None:
    """The place a crowd is counted in: the last "in <Place>" before the figure, else the first
    after it (before any relative clause)."""
    before = [
        _place_key(match.group(1))
        for match in _PLACE.finditer(sentence, 0, start)
        if match.group(1).lower() not in _NOT_PLACES
    ]
    if before:
        return before[-1]
    for match in _PLACE.finditer(sentence, end):
        if _RELATIVE_CLAUSE.search(sentence, end, match.start()):
            return None
        if match.group(1).lower() not in _NOT_PLACES:
            return _place_key(match.group(1))
    return None


def _cue_in(sentence: str, end: int) -> tuple[str | None, str | None]:
    """(dated or relative key, weekday) written in a sentence around the figure ending at ``end``."""

    def counts(match: re.Match[str]) -> bool:
        if match.start() >= end:
            clause = _RELATIVE_CLAUSE.search(sentence, end, match.start())
            return clause is None or (
                _DEATH_CLAUSE.match(sentence[clause.start() : match.start()]) is not None
                and _RELATIVE_CLAUSE.search(sentence, clause.end(), match.start()) is None
            )
        return True

    key = None
    for match in _DATED.finditer(sentence):
        if counts(match):
            key = (match.group(1) or match.group(2)).lower()
            break
    if key is None:
        for match in _CUMULATIVE.finditer(sentence):
            if counts(match):
                key = "in total"
                break
    if key is None:
        for match in _RELATIVE.finditer(sentence):
            if counts(match):
                key = "earlier"
                break
    if key is None and _EARLIER_OPENING.match(sentence):
        key = "earlier"
    fronted = _FRONTED_WEEKDAY.match(sentence)
    return key, fronted.group(1).lower() if fronted else None


def _days_named(sentence: str) -> list[str]:
    return [match.group(1).lower() for match in _WEEKDAY.finditer(sentence)]


def _previous_sentence(text: str, start: int) -> str:
    """The sentence that ends just before offset ``start`` (lines and ". " end sentences)."""
    before = text[:start].rstrip()
    body = before[:-1]
    cut = max(body.rfind("\n"), *(body.rfind(mark) for mark in (". ", "! ", "? ")))
    return before[cut + 1 :].strip()


def _raw_key(
    figure: Figure, texts: Mapping[str, str], main_magnitude: float | None
) -> tuple[str | None, str | None]:
    sentence = figure.sentence.text
    start = figure.span.start - figure.sentence.start
    end = figure.span.end - figure.sentence.start
    key, day = _cue_in(sentence, end)
    magnitude = _magnitude_near(sentence, start, end)
    if key is None and day is None and _REFERS_BACK.match(sentence.lstrip("\"“'")):
        text = texts.get(figure.article_id, "")
        previous = _previous_sentence(text, figure.sentence.start)
        if previous:
            key, day = _cue_in(previous, len(previous))
            if magnitude is None:
                magnitude = _magnitude_near(previous, len(previous), len(previous))
    if (
        key is None
        and day is None
        and magnitude is not None
        and main_magnitude is not None
        and abs(magnitude - main_magnitude) > _SAME_QUAKE + 1e-9
    ):
        key = f"magnitude {magnitude:.1f}"
    return key, day


def _event_place(figures: list[Figure]) -> str | None:
    """The place the main event happened in: the one place most often written ("in Athens",
    "the streets of Athens") in the sentences of the event's counts (killed, injured, ...), when
    at least two sentences name it and no other place ties with it."""
    counts: Counter[str] = Counter()
    seen: set[tuple[str, int]] = set()
    for figure in figures:
        sentence_key = (figure.article_id, figure.sentence.start)
        if figure.category not in EVENT_CATEGORIES or sentence_key in seen:
            continue
        seen.add(sentence_key)
        places = {
            _place_key(match.group(1))
            for match in _PLACE.finditer(figure.sentence.text)
            if match.group(1).lower() not in _NOT_PLACES
        }
        counts.update(places)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def event_keys(figures: Iterable[Figure], texts: Mapping[str, str]) -> dict[str, str | None]:
    """Figure id to event key: None for the main event, else a short name of the other event
    ("september", "december 2003", "earlier", "saturday")."""
    figures = list(figures)
    main_magnitude = _main_magnitude(texts.values())
    raw = {
        figure.id: _raw_key(figure, texts, main_magnitude)
        for figure in figures
        if figure.category in EVENT_CATEGORIES
    }
    for figure in figures:
        if raw.get(figure.id) == (None, None):
            country = _elsewhere(figure, figures, texts)
            if country is not None:
                raw[figure.id] = (f"in {country}", None)
    event_place = _event_place(figures)
    sized: set[str] = set()
    for figure in figures:
        if is_crowd(figure):
            place = _place_in(
                figure.sentence.text,
                figure.span.start - figure.sentence.start,
                figure.span.end - figure.sentence.start,
            )
            raw[figure.id] = (f"in {place}" if place and place != event_place else None, None)
        elif sized_place(figure) is not None:
            # a place's size is that place's, never the main event's count
            sized.add(figure.id)
            raw[figure.id] = (f"in {sized_place(figure)}", None)
    categories = {figure.id: figure.category for figure in figures}
    days = Counter(
        day
        for figure in figures
        if figure.category in EVENT_CATEGORIES
        for day in set(_days_named(figure.sentence.text))
    )
    top = max(days.values(), default=0)
    main_days = {day for day, count in days.items() if count == top}
    keys: dict[str, str | None] = {}
    for figure_id, (key, day) in raw.items():
        keys[figure_id] = (
            key if key is not None else (day if day is not None and day not in main_days else None)
        )
    by_category: dict[str, Counter[str | None]] = {}
    for figure_id, key in keys.items():
        if key not in _ALWAYS_OTHER and figure_id not in sized:
            by_category.setdefault(categories[figure_id], Counter())[key] += 1
    for figure_id, key in list(keys.items()):
        counter = by_category.get(categories[figure_id], Counter())
        if key in _ALWAYS_OTHER or figure_id in sized or not counter:
            continue
        most = max(counter.values())
        main = None if counter[None] == most else counter.most_common(1)[0][0]
        if key == main:
            keys[figure_id] = None
    return keys


_ALWAYS_OTHER = frozenset({"earlier", "in total"})
"""Keys that never name the main event, however many figures have them: "an earlier quake",
"so far" (a date or a place may be the main event's, when most figures give it)."""


def event_label(key: str | None) -> str:
    """A label suffix for an event key: "" for the main event, " (December 2003)" otherwise."""
    if key is None:
        return ""
    if key == "earlier":
        return " (an earlier event)"
    if key == "in total":
        return " (in total, over several events)"
    if key.startswith("in "):
        return f" (in {key[3:4].upper()}{key[4:]})"
    return f" ({key[:1].upper()}{key[1:]})" if not key[:1].isdigit() else f" ({key})"
