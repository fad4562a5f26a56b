"""Number expressions in text: digits and words, ranges, bounds, approximations, vague amounts.

Works on plain text (no parse needed), so it can be measured on its own. Each
:class:`Quantity` carries the value range the expression allows, read as a *count*:

================================  ==========================================================
written                           low / high (best)
================================  ==========================================================
"15", "Fifteen", "2,500"          15 / 15 (15)
"three dozen", "half a dozen"     36 / 36, 6 / 6; "half a million" 500000 / 500000
"between 20 and 30", "20 to 30"   20 / 30 (25); also "20-30", "from 20 to 30", "two or three"
"more than 100", "over 100"       101 / None (101): strict bounds move to the next whole number
"at least 3,000", "3,000 or more" 3000 / None (3000)
"up to 700", "as many as 700"     0 / 700 (700)
"fewer than 10", "under 10"       0 / 9 (9)
"nearly 100", "almost 100"        90 / 100 (100): the number as written, and up to 10 % below
"some/about/around 100"           90 / 110 (100): the approximation band, ±10 % (at least ±1)
"an alleged 1,000"                1000 / 1000, qualifier "alleged" (the figure is hedged)
"dozens"                          24 / 99 (36)
"scores"                          40 / 99 (60)
"hundreds", "thousands"           200 / 999 (300), 2000 / 9999 (3000); "millions" likewise
"tens of thousands"               20000 / 99999 (30000); "hundreds of thousands" likewise
"several"                         3 / 9 (4)
"a few", "a handful"              2 / 5 (3)
"a couple (of)"                   2 / 2
================================  ==========================================================

:func:`non_count_reason` says why a number is not a count of people or things (an age, a year,
a date, a time, a duration, a distance or other measure, a percentage, money, an ordinal, a
label such as "Ashraf-3"). :func:`find_counts` is :func:`find_quantities` minus those.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from corroborate.read.calendar_words import MONTHS, WEEKDAYS

__all__ = [
    "Quantity",
    "Token",
    "find_counts",
    "find_quantities",
    "is_number_word",
    "non_count_reason",
    "parse_number_words",
    "tokenize",
]


@dataclass(frozen=True)
class Token:
    """A word, a number or a punctuation mark, with its offsets in the text."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()


@dataclass(frozen=True)
class Quantity:
    """A number expression and the range of values it allows."""

    start: int
    """Offset of the expression's first character, qualifier included."""
    end: int
    """Offset one past its last character."""
    number_start: int
    """Offset of the first character of the number itself (after the qualifier)."""
    number_end: int
    """Offset one past the last character of the number itself."""
    low: float | None
    """Lowest value allowed."""
    high: float | None
    """Highest value allowed; None when unbounded ("more than 100")."""
    best: float | None
    """Best single estimate."""
    qualifier: str | None = None
    """The qualifier as written, lower-cased: "more than", "some", "dozens", "between"."""
    vague: bool = False
    """True for vague amounts ("dozens", "several") rather than numbers."""
    kind: str | None = None
    """How the qualifier bounds the number: gt, ge, le, lt, near, approx, exact, alleged, range,
    vague; None for a plain number."""
    first_token: int = 0
    """Index of the expression's first token in :func:`tokenize`'s output."""
    last_token: int = 0
    """Index of its last token."""


_TOKEN = re.compile(r"\d+(?:[,\u202f]\d{3}(?!\d))*(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)*|\S")

UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
_DOZEN = {"dozen", "dozens", "dzs", "dozs"}

VAGUE_AMOUNTS: dict[tuple[str, ...], tuple[int, int, int]] = {
    ("several", "hundred"): (300, 900, 400),
    ("several", "thousand"): (3_000, 9_000, 4_000),
    ("a", "few", "hundred"): (200, 500, 300),
    ("a", "few", "thousand"): (2_000, 5_000, 3_000),
    ("tens", "of", "thousands"): (20_000, 99_999, 30_000),
    ("hundreds", "of", "thousands"): (200_000, 999_999, 300_000),
    ("dozens",): (24, 99, 36),
    ("scores",): (40, 99, 60),
    ("hundreds",): (200, 999, 300),
    ("thousands",): (2_000, 9_999, 3_000),
    ("millions",): (2_000_000, 9_999_999, 3_000_000),
    ("several",): (3, 9, 4),
    ("a", "few"): (2, 5, 3),
    ("a", "handful"): (2, 5, 3),
    ("a", "couple"): (2, 2, 2),
}
"""Vague amounts and the (low, high, best) each stands for; documented in docs/figures.md."""

# Qualifiers written before the number, longest first when matched. Kind decides the range.
QUALIFIERS_BEFORE: dict[tuple[str, ...], str] = {
    ("more", "than"): "gt", ("over",): "gt", ("above",): "gt", ("upwards", "of"): "gt",
    ("in", "excess", "of"): "gt", ("greater", "than"): "gt", ("larger", "than"): "gt",
    ("higher", "than"): "gt", ("bigger", "than"): "gt", ("exceeding",): "gt", ("exceed",): "gt",
    ("exceeds",): "gt", ("surpass",): "gt", ("just", "over"): "gt", ("well", "over"): "gt",
    ("at", "least"): "ge", ("no", "fewer", "than"): "ge", ("no", "less", "than"): "ge",
    ("not", "less", "than"): "ge", ("a", "minimum", "of"): "ge",
    ("up", "to"): "le", ("as", "many", "as"): "le", ("no", "more", "than"): "le",
    ("not", "more", "than"): "le", ("at", "most"): "le", ("a", "maximum", "of"): "le",
    ("fewer", "than"): "lt", ("less", "than"): "lt", ("under",): "lt", ("below",): "lt",
    ("lower", "than"): "lt", ("smaller", "than"): "lt", ("just", "under"): "lt",
    ("nearly",): "near", ("almost",): "near", ("close", "to"): "near",
    ("just", "shy", "of"): "near",
    ("some",): "approx", ("about",): "approx", ("around",): "approx", ("approximately",): "approx",
    ("roughly",): "approx", ("an", "estimated"): "approx", ("estimated",): "approx",
    ("circa",): "approx", ("an", "approximate"): "approx", ("approx",): "approx",
    ("an", "alleged"): "alleged", ("alleged",): "alleged", ("a", "reported"): "alleged",
    ("reportedly",): "alleged", ("exactly",): "exact", ("precisely",): "exact",
    ("a", "total", "of"): "exact", ("equal", "to"): "exact", ("equals",): "exact",
    ("equals", "to"): "exact", ("equaling", "to"): "exact",
    ("greater", "than", "or", "equal", "to"): "ge", ("more", "than", "or", "equal", "to"): "ge",
    ("higher", "or", "equal", "than"): "ge", ("bigger", "or", "equal", "than"): "ge",
    ("greater", "or", "equal", "than"): "ge", ("larger", "or", "equal", "than"): "ge",
    ("at", "least", "or", "equal", "to"): "ge", ("equal", "to", "or", "more", "than"): "ge",
    ("equal", "to", "or", "greater", "than"): "ge",
    ("less", "than", "or", "equal", "to"): "le", ("fewer", "than", "or", "equal", "to"): "le",
    ("smaller", "or", "equal", "than"): "le", ("lower", "or", "equal", "than"): "le",
    ("less", "or", "equal", "than"): "le", ("equal", "to", "or", "less", "than"): "le",
    ("equal", "to", "or", "fewer", "than"): "le",
}  # fmt: skip
QUALIFIERS_AFTER: dict[tuple[str, ...], str] = {
    ("or", "more"): "ge",
    ("and", "more"): "ge",
    ("or", "greater"): "ge",
    ("-", "plus"): "ge",
    ("+",): "ge",
    ("or", "so"): "approx",
    ("or", "less"): "le",
    ("or", "fewer"): "le",
}
_MAX_QUALIFIER = max(len(key) for key in QUALIFIERS_BEFORE)
_RANGE_JOINERS = {"to", "-", "–", "—", "through", "~", "or"}

APPROXIMATION_BAND = 0.10
"""Half-width of the band that "some", "about", "around" and "approximately" stand for."""


def tokenize(text: str) -> list[Token]:
    """Words, numbers (digits with their group separators) and single punctuation marks."""
    return [Token(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(text)]


def _digit_value(word: str) -> float | None:
    """The value of a digit token: "2,500" -> 2500, "4.8" -> 4.8, "1 234" is two tokens."""
    if re.fullmatch(r"\d{1,3}(?:[,\u202f]\d{3})+(?:\.\d+)?", word):
        return float(word.replace(",", "").replace("\u202f", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return None


def is_number_word(word: str) -> bool:
    """Whether a lower-case word is a number word ("seven", "twenty", "million", "hundred")."""
    return word in UNITS or word in TENS or word in SCALES or word == "hundred"


def parse_number_words(words: list[str]) -> float | None:
    """The value of number words ("one hundred and sixty-one", "three dozen", "2 million").

    ``words`` are lower-case tokens; digits may lead ("2", "million"). Hyphens and "and" may
    sit between number words. Returns None when the words are not one number.
    """
    total = 0.0
    current = 0.0
    seen = False
    previous = ""
    for index, word in enumerate(words):
        if word in {"-", "and"}:
            if not seen or index == len(words) - 1:
                return None
            continue
        digit = _digit_value(word)
        if digit is not None:
            if seen and previous not in SCALES and previous != "hundred":
                return None
            current += digit
        elif word == "a" and index == 0:
            current = 1.0
        elif word == "half" and index == 0:
            current = 0.5
        elif word in UNITS:
            if previous in UNITS or (previous in TENS and UNITS[word] >= 10):
                return None
            if _digit_value(previous) is not None:
                return None
            current += UNITS[word]
        elif word in TENS:
            if previous in UNITS or previous in TENS or _digit_value(previous) is not None:
                return None
            current += TENS[word]
        elif word == "hundred":
            if current >= 100:
                return None
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
        elif word in _DOZEN:
            current = (current or 1.0) * 12
        else:
            return None
        seen = True
        if word not in {"a", "half"}:
            previous = word
    return total + current if seen else None


_HALVED = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _match_words(tokens: list[Token], index: int, phrase: tuple[str, ...]) -> bool:
    if index < 0 or index + len(phrase) > len(tokens):
        return False
    return all(tokens[index + k].lower == word for k, word in enumerate(phrase))


def _number_at(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """The number starting at token ``index``: (value, index of its last token), or None."""
    first = tokens[index].lower
    starts_number = (
        _digit_value(first) is not None
        or first in UNITS
        or first in TENS
        or (first == "a" and index + 1 < len(tokens) and tokens[index + 1].lower in
            {"hundred", "thousand", "million", "billion", "dozen"})
        or (first == "half" and index + 2 < len(tokens) and tokens[index + 1].lower == "a"
            and tokens[index + 2].lower in _HALVED)
        or _dozen_after_determiner(tokens, index)
    )  # fmt: skip
    if not starts_number:
        return None
    if _digit_value(first) is not None and index + 1 < len(tokens):
        following = tokens[index + 1]
        if following.start == tokens[index].end and following.text[:1].isalpha():
            return None
    if first == "half":
        # "half a dozen", "nearly half a million homeless"
        return _HALVED[tokens[index + 2].lower] / 2, index + 2
    words = [first]
    last = index
    cursor = index + 1
    while cursor < len(tokens):
        word = tokens[cursor].lower
        gap = tokens[cursor].start - tokens[cursor - 1].end
        if word in {"-", "and"} and cursor + 1 < len(tokens):
            next_word = tokens[cursor + 1].lower
            joinable = (
                word == "-" and words[-1] in TENS and next_word in UNITS
                and UNITS[next_word] < 10
            ) or (
                word == "and" and (words[-1] == "hundred" or words[-1] in SCALES)
                and (next_word in UNITS or next_word in TENS or _digit_value(next_word) is not None)
            )  # fmt: skip
            if joinable:
                words.append(word)
                cursor += 1
                continue
            break
        if not _continues_number(word, words[-1], gap):
            break
        candidate = [*words, word]
        if parse_number_words(candidate) is None:
            break
        words = candidate
        last = cursor
        cursor += 1
    while words and words[-1] in {"-", "and"}:
        words.pop()
    value = parse_number_words(words)
    if value is None:
        return None
    return value, last


_DETERMINERS = frozenset(
    {"his", "her", "their", "its", "our", "my", "your", "the", "those", "these"}
)


def _dozen_after_determiner(tokens: list[Token], index: int) -> bool:
    """ "his dozen rounds", "the dozen people": "dozen" after a determiner and before a plural
    noun is twelve."""
    return (
        tokens[index].lower == "dozen"
        and index > 0
        and tokens[index - 1].lower in _DETERMINERS
        and index + 1 < len(tokens)
        and tokens[index + 1].text.isalpha()
        and tokens[index + 1].text.islower()
        and (tokens[index + 1].lower.endswith("s") or tokens[index + 1].lower == "people")
    )


def _continues_number(word: str, previous: str, gap: int) -> bool:
    """Whether ``word`` may extend a number whose last word so far is ``previous``."""
    number_word = word in UNITS or word in TENS
    if previous in {"-", "and"}:
        return number_word or _digit_value(word) is not None
    if gap == 0:
        return False
    if _digit_value(word) is not None:
        return previous == "hundred" or previous in SCALES
    scale = word in _DOZEN | {"hundred"} | set(SCALES) and not word.endswith("s")
    return scale or number_word or word in {"dozens", "dozs", "dzs"}


def _qualifier_before(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """The qualifier ending just before token ``index``: (kind, index of its first token)."""
    for size in range(_MAX_QUALIFIER, 0, -1):
        start = index - size
        if start < 0:
            continue
        phrase = tuple(token.lower for token in tokens[start:index])
        kind = QUALIFIERS_BEFORE.get(phrase)
        if kind is not None:
            return kind, start
    return None


def _bounds(kind: str | None, value: float) -> tuple[float | None, float | None, float | None]:
    """(low, high, best) for a single number under a qualifier kind, read as a count."""
    whole = float(value).is_integer()
    if kind == "gt":
        low = value + 1 if whole else math.ceil(value)
        return low, None, low
    if kind == "ge":
        return value, None, value
    if kind == "le":
        return 0.0, value, value
    if kind == "lt":
        high = value - 1 if whole else math.floor(value)
        return 0.0, max(high, 0.0), max(high, 0.0)
    if kind == "near":
        # "almost 50": the reporter's number is 50 (rounded up to it), so it is the best
        # reading and the top of the range; the band reaches 10 % below
        low = min(math.floor(value * (1 - APPROXIMATION_BAND)), value)
        return float(low), float(value), float(value)
    if kind == "approx":
        return _approximation_band(value)
    return value, value, value


def _approximation_band(value: float) -> tuple[float, float, float]:
    """(low, high, best) for "about <value>": the band of ±10 %, at least ±1."""
    spread = max(value * APPROXIMATION_BAND, 1.0)
    return float(max(math.floor(value - spread), 0)), float(math.ceil(value + spread)), value


def find_quantities(text: str, *, tokens: list[Token] | None = None) -> tuple[Quantity, ...]:
    """Every number expression in the text, with its qualifier and value range, in text order."""
    tokens = tokens if tokens is not None else tokenize(text)
    found: list[Quantity] = []
    index = 0
    while index < len(tokens):
        quantity = _quantity_at(text, tokens, index)
        if quantity is None:
            index += 1
            continue
        found.append(quantity)
        index = quantity.last_token + 1
    return tuple(_join_bounds(tokens, found))


def _by_first_word(
    amounts: dict[tuple[str, ...], tuple[int, int, int]],
) -> dict[str, list[tuple[tuple[str, ...], tuple[int, int, int]]]]:
    """The vague amounts by their first word, each list in the order of ``amounts``."""
    found: dict[str, list[tuple[tuple[str, ...], tuple[int, int, int]]]] = {}
    for phrase, bounds in amounts.items():
        found.setdefault(phrase[0], []).append((phrase, bounds))
    return found


_VAGUE_BY_FIRST_WORD = _by_first_word(VAGUE_AMOUNTS)


def _vague_at(tokens: list[Token], index: int) -> tuple[tuple[int, int, int], int, str] | None:
    for phrase, bounds in _VAGUE_BY_FIRST_WORD.get(tokens[index].lower, ()):
        if _match_words(tokens, index, phrase):
            last = index + len(phrase) - 1
            written = " ".join(phrase)
            if phrase in {("dozens",), ("hundreds",), ("thousands",), ("millions",), ("scores",)}:
                # "dozens" is an amount only when something is counted: "dozens of", "dozens were"
                following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
                if following in {"of", "were", "are", "have", "had", "more"} or (
                    following.isalpha() and following.endswith("s")
                ):
                    return bounds, last, written
                continue
            return bounds, last, written
    return None


def _quantity_at(text: str, tokens: list[Token], index: int) -> Quantity | None:
    vague = _vague_at(tokens, index)
    if vague is not None:
        (vague_low, vague_high, vague_best), last, written = vague
        qualifier_start = index
        vague_qualifier = written
        before = _qualifier_before(tokens, index)
        if before is not None and before[0] == "alleged":
            qualifier_start = before[1]
            vague_qualifier = "alleged " + written
        return Quantity(
            start=tokens[qualifier_start].start, end=tokens[last].end,
            number_start=tokens[index].start, number_end=tokens[last].end,
            low=float(vague_low), high=float(vague_high), best=float(vague_best),
            qualifier=vague_qualifier, vague=True,
            kind="vague",
            first_token=qualifier_start, last_token=last,
        )  # fmt: skip
    number = _number_at(tokens, index)
    if number is None:
        return None
    value, last = number
    first = index
    qualifier: str | None = None
    kind: str | None = None
    # ranges: "between 20 and 30", "from 20 to 30", "20 to 30", "20-30", "two or three"
    if _match_words(tokens, index - 1, ("between",)) and _match_words(tokens, last + 1, ("and",)):
        other = _number_at(tokens, last + 2) if last + 2 < len(tokens) else None
        if other is not None:
            return _range(tokens, index - 1, index, other[1], value, other[0], "between")
    if last + 1 < len(tokens) and tokens[last + 1].lower in _RANGE_JOINERS:
        joiner = tokens[last + 1]
        other = _number_at(tokens, last + 2) if last + 2 < len(tokens) else None
        tight = joiner.text in {"-", "–", "—", "~"}
        adjacent = joiner.start == tokens[last].end and (
            last + 2 < len(tokens) and tokens[last + 2].start == joiner.end
        )
        if (
            other is not None
            and other[0] > value
            and (not tight or adjacent or " " in text[tokens[last].end : tokens[last + 2].start])
        ):
            begin = index - 1 if _match_words(tokens, index - 1, ("from",)) else index
            if begin != index and _changed_from(tokens, begin):
                # "the toll rose from 12 to 20": the count is now 20, not 12 to 20
                return _quantity_at(text, tokens, last + 2)
            before = _qualifier_before(tokens, begin)
            range_qualifier = "from" if begin != index else None
            if before is not None and before[0] == "approx":
                begin = before[1]
                range_qualifier = " ".join(t.lower for t in tokens[before[1] : index])
            return _range(tokens, begin, index, other[1], value, other[0], range_qualifier)
    before = _qualifier_before(tokens, index)
    if before is not None:
        kind, first = before
        qualifier = " ".join(token.lower for token in tokens[first:index])
        if kind == "alleged":
            qualifier = "alleged"
        elif qualifier == "a total of":
            qualifier = None  # says the count is a sum, nothing of how sure or exact it is
    for phrase, after_kind in QUALIFIERS_AFTER.items():
        if _match_words(tokens, last + 1, phrase) and kind in {None, "alleged", "approx"}:
            if phrase == ("+",) and tokens[last + 1].start != tokens[last].end:
                continue
            kind = after_kind
            qualifier = " ".join(phrase)
            last = last + len(phrase)
            break
    low, high, best = _bounds(None if kind == "alleged" else kind, value)
    return Quantity(
        start=tokens[first].start, end=tokens[last].end,
        number_start=tokens[index].start, number_end=tokens[number[1]].end,
        low=low, high=high, best=best, qualifier=qualifier, first_token=first, last_token=last,
        kind=kind,
    )  # fmt: skip


_CHANGE_VERBS = frozenset(
    {
        "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases",
        "increasing", "jumped", "jumps", "climbed", "climbs", "climbing", "grew", "grown", "grows",
        "soared", "surged", "swelled", "doubled", "tripled", "fell", "fallen", "falls", "dropped",
        "drops", "decreased", "declined", "reduced", "cut", "raised", "raises", "expanded",
        "expands", "revised", "upped", "lowered", "went", "gone", "changed", "shrank", "shrunk",
    }
)  # fmt: skip
_CHANGE_REACH = 10
"""How many words before "from" a verb of change may stand ("increased the number of seats in
parliament from 65 to 125")."""


def _changed_from(tokens: list[Token], from_index: int) -> bool:
    """Whether the "from" at ``from_index`` opens a change ("rose from 12 to 20") rather than a
    range ("from 20 to 30 people were hurt"): a verb of change before it in its clause."""
    for back in range(from_index - 1, max(from_index - 1 - _CHANGE_REACH, -1), -1):
        word = tokens[back].lower
        if word in {",", ";", ":", ".", "\n"}:
            return False
        if word in _CHANGE_VERBS:
            return True
    return False


def _range(
    tokens: list[Token],
    first: int,
    number_index: int,
    last: int,
    low: float,
    high: float,
    qualifier: str | None,
) -> Quantity:
    if qualifier and qualifier not in {"between", "from"}:
        low, _, _ = _approximation_band(low)
        _, high, _ = _approximation_band(high)
    best = (low + high) / 2 if low is not None and high is not None else low
    return Quantity(
        start=tokens[first].start, end=tokens[last].end,
        number_start=tokens[number_index].start, number_end=tokens[last].end,
        low=low, high=high, best=best, qualifier=qualifier, first_token=first, last_token=last,
        kind="range",
    )  # fmt: skip


def _join_bounds(tokens: list[Token], found: list[Quantity]) -> list[Quantity]:
    """ "more than 20 and fewer than 30": a lower and an upper bound joined into one range."""
    joined: list[Quantity] = []
    for quantity in found:
        previous = joined[-1] if joined else None
        if previous is not None and {previous.kind, quantity.kind} in (
            {"gt", "lt"},
            {"gt", "le"},
            {"ge", "lt"},
            {"ge", "le"},
        ):
            between = {t.lower for t in tokens[previous.last_token + 1 : quantity.first_token]}
            if between and between <= {"and", "but", ","}:
                lower, upper = (
                    (previous, quantity) if previous.kind in {"gt", "ge"} else (quantity, previous)
                )
                if lower.low is not None and upper.high is not None and lower.low <= upper.high:
                    joined[-1] = Quantity(
                        start=previous.start, end=quantity.end,
                        number_start=previous.number_start, number_end=quantity.number_end,
                        low=lower.low, high=upper.high, best=(lower.low + upper.high) / 2,
                        qualifier=f"{previous.qualifier} and {quantity.qualifier}", kind="range",
                        first_token=previous.first_token, last_token=quantity.last_token,
                    )  # fmt: skip
                    continue
        joined.append(quantity)
    return joined


# --- what is not a count -------------------------------------------------------------------

DURATION_WORDS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "yr", "yrs", "hrs", "hr", "mins", "min", "night", "nights", "weekend", "weekends",
}  # fmt: skip
MEASURE_WORDS = {
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "mi",
    "metre", "metres", "meter", "meters", "m", "cm", "mm", "ft", "foot", "feet", "inch",
    "inches", "in", "yard", "yards", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos",
    "g", "gram", "grams", "lb", "lbs", "pound", "pounds", "ounce", "ounces", "oz", "tonne",
    "tonnes", "ton", "tons", "t", "hectare", "hectares", "ha", "acre", "acres", "square", "sq",
    "cubic", "litre", "litres", "liter", "liters", "l", "ml", "cl", "gallon", "gallons", "mph",
    "kph", "degree", "degrees", "°", "mg", "gb", "mb", "kb", "tb", "w", "kw", "mw", "kwh",
    "mwh", "wh", "ev", "tev", "ghz", "mhz", "hz", "calibre", "caliber", "percentile",
    "storey", "storeys", "story", "points", "point", "magnitude", "bpm", "tpd", "mgy",
}  # fmt: skip
MONEY_WORDS = {
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "cents",
    "cent", "rupees", "lek", "leke", "francs", "rubles", "roubles", "usd", "eur", "gbp", "bn",
    "dimes", "dime", "pence", "p",
}  # fmt: skip
MONEY_SIGNS = {"$", "£", "€", "¥", "₹"}
PERCENT_WORDS = {"%", "percent", "pc", "percentage"}
TIME_WORDS = {"am", "pm", "a", "p", "gmt", "utc", "bst", "cet", "est", "o'clock", "hrs", "h"}
AGE_WORDS = {"aged", "age", "ages", "turned", "turns", "turning"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
LABEL_WORDS = {
    "no", "nr", "nrs", "number", "article", "route", "chapter", "section", "page", "room",
    "flight", "block", "unit", "road", "street", "avenue", "highway", "interstate", "version",
    "phase", "level", "grade", "class", "gate", "pier", "platform", "channel", "tier", "model",
    "size", "category", "type", "rank", "list", "item", "exercise", "exercises", "paragraph",
    "resolution", "line", "bus", "apartment", "lot", "suite", "floor", "district", "ward",
    "precinct", "station", "division", "zone", "code", "act", "protocol", "stage", "round",
}  # fmt: skip
FRACTION_WORDS = {
    "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
    "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths",
    "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths",
}  # fmt: skip
PRONOUN_ONE_BEFORE = {"no", "the", "this", "that", "which", "any", "every", "each"}
PRONOUN_ONE_AFTER = {"another", "day", "time", "way", "point", "you", "is", "was", "do", "does"}
IRREGULAR_PLURALS = {
    "people", "police", "men", "women", "children", "staff", "personnel", "crew", "youth",
    "cattle", "sheep", "deer", "fish", "aircraft", "militia", "clergy", "infantry", "of", "or",
    "and", "to", "were", "are", "who", "had", "have", "dead", "injured", "wounded", "killed",
    "more", "other", "others", "in", "at", "on", "from", "with", "by",
}  # fmt: skip
"""Words after "the 15" that do not make it a name ("the 15 people", "the 15 injured")."""
HEADLINE_VERBS_BEFORE = {
    "kills", "killed", "kill", "shoots", "shot", "wounds", "injures", "injured", "hurts",
    "stabs", "stabbed", "arrests", "arrested", "detains", "rescues", "rescued", "evacuates",
    "evacuated", "frees", "freed", "leaves", "left", "claims",
}  # fmt: skip
"""Verbs that make "Gunman Kills 2 Women" a count in a title-case headline, not a label."""
CALIBRE_WORDS = {"magnum", "calibre", "caliber", "cal", "gauge", "acp", "bore", "mm"}
"""Words after a number that make it a gun's calibre (".357 Magnum", ".22 calibre"), not a count."""
HEADLINE_COUNT_WORDS = {
    "dead", "killed", "injured", "hurt", "wounded", "arrested", "missing", "die", "dies",
    "people", "held", "detained", "hospitalized", "hospitalised", "rescued", "evacuated",
}  # fmt: skip
"""Words that make "Office Shooting 1 Dead" a count in a title-case headline, not a label."""
EMERGENCY_WORDS = {
    "call", "calls", "caller", "callers", "center", "centre", "dispatcher", "dispatchers",
    "operator", "operators", "emergency", "line", "system",
}  # fmt: skip
STREET_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane",
    "ln", "way", "court", "ct", "place", "pl", "highway", "hwy", "parkway", "pkwy", "terrace",
}  # fmt: skip
_COUNT_NOUNS_AFTER_YEAR = {"people", "persons", "police", "officers", "troops", "soldiers"}


PARENT_NOUNS = frozenset(
    {"mother", "father", "parent", "mom", "mum", "dad", "grandmother", "grandfather"}
)
"""Nouns whose "of" and a number give a family's size ("a father of two")."""


def non_count_reason(text: str, quantity: Quantity, tokens: list[Token]) -> str | None:
    """Why this number is not a count of people or things, or None when it may be one.

    Reasons: ``age``, ``year``, ``date``, ``time``, ``duration``, ``measure`` (distance, area,
    weight...), ``percent``, ``money``, ``ordinal``, ``label`` ("Ashraf-3", "Route 66"),
    ``fraction`` (not a whole number), ``negative``, ``pronoun`` ("the one you saw"),
    ``power``, ``modifier`` (a number inside a compound adjective: "a five-boat attack"),
    ``family`` (the size of someone's family: "a mother of three"), ``sample`` (a poll's or
    a survey's size: "a poll of 1,000 people"), ``ratio`` ("one in five people"), ``score`` (a
    vote or a game's: "a 3-2 vote", "won 2-1"), ``calibre`` (a gun's:
    ".357 Magnum", "a .22-calibre rifle").
    """
    if quantity.vague:
        following = (
            tokens[quantity.last_token + 1].lower if quantity.last_token + 1 < len(tokens) else ""
        )
        if following in DURATION_WORDS:
            return "duration"
        if following in (MEASURE_WORDS | {"blocks"}) - {"in", "m", "t", "l", "g", "a", "p"}:
            return "measure"
        return None
    first = quantity.first_token
    last = quantity.last_token
    number_first = _token_index_at(tokens, quantity.number_start, first)
    number_token = tokens[number_first]
    end_token = tokens[_token_index_at(tokens, quantity.number_end - 1, number_first)]
    after = tokens[last + 1 :]
    before = tokens[:first]
    after_number = tokens[_token_index_at(tokens, quantity.number_end - 1, number_first) + 1 :]
    word_after = after[0].lower if after else ""
    word_after_number = after_number[0].lower if after_number else ""
    attached_after = bool(after_number) and after_number[0].start == end_token.end
    word_before = before[-1].lower if before else ""
    attached_before = bool(before) and before[-1].end == tokens[first].start
    values = [v for v in (quantity.low, quantity.high) if v is not None]
    near = _NumberNeighbours(
        tokens=tokens,
        quantity=quantity,
        first=first,
        last=last,
        number_first=number_first,
        number_token=number_token,
        end_token=end_token,
        after=after,
        before=before,
        after_number=after_number,
        word_after=word_after,
        word_after_number=word_after_number,
        attached_after=attached_after,
        word_before=word_before,
        attached_before=attached_before,
        values=values,
    )
    return (
        _fraction_pronoun_or_power(near)
        or _ratio_or_score(near)
        or _family_money_or_calibre(near)
        or _time_ordinal_or_percent(near)
        or _money(near)
        or _age_or_name_number(near)
        or _date_or_year(near)
        or _unit(near)
        or _label(near)
    )


@dataclass(frozen=True)
class _NumberNeighbours:
    """A number and the tokens around it, as :func:`non_count_reason` reads them."""

    tokens: list[Token]
    quantity: Quantity
    first: int
    """Index of the quantity's first token (its qualifier, if any)."""
    last: int
    """Index of the quantity's last token."""
    number_first: int
    """Index of the number's first token (after the qualifier)."""
    number_token: Token
    end_token: Token
    """The number's last token."""
    after: list[Token]
    """Tokens after the quantity."""
    before: list[Token]
    """Tokens before the quantity."""
    after_number: list[Token]
    """Tokens after the number itself."""
    word_after: str
    word_after_number: str
    attached_after: bool
    """Whether the token after the number touches it ("21st", "11:45")."""
    word_before: str
    attached_before: bool
    """Whether the token before the quantity touches it ("Ashraf-3", "#5")."""
    values: list[float]
    """The quantity's low and high values that are set."""


def _fraction_pronoun_or_power(near: _NumberNeighbours) -> str | None:
    """A fraction ("two thirds", "2 1/2"), "one" as a pronoun ("that one") or a power ("2^10")."""
    if any(
        not float(v).is_integer() for v in near.values if v is not None
    ) and near.quantity.qualifier in {
        None,
        "alleged",
        "exactly",
    }:
        return "fraction"
    # "one" as a pronoun: "the one you mentioned", "that one", "no one", "one another"
    if (
        near.number_token.lower == "one"
        and near.first == near.last
        and (near.word_before in PRONOUN_ONE_BEFORE or near.word_after in PRONOUN_ONE_AFTER)
        and not (near.word_before in {"that", "which"} and near.word_after == "of")
    ):
        return "pronoun"  # but "said that one of the workers": a conjunction, then a part
    # fractions and powers: "two thirds", "2 1/2", "1/40", "two and a half", "4km^3", "2^10"
    if (near.word_after_number in FRACTION_WORDS and not _half_compound(near.after_number)) or (
        _match_words(near.tokens, near.last + 1, ("and", "a"))
        and len(near.after) > 2
        and near.after[2].lower in FRACTION_WORDS
    ):
        return "fraction"
    if (
        near.attached_after
        and near.word_after_number == "/"
        and len(near.after_number) > 1
        and (
            near.after_number[1].text.isdigit()
            and (len(near.after_number) < 3 or near.after_number[2].text not in {"/", "-"})
        )
    ):
        return "fraction"
    if (
        len(near.after_number) > 2
        and near.after_number[0].text.isdigit()
        and near.after_number[1].text == "/"
        and (near.after_number[1].start == near.after_number[0].end)
    ):
        return "fraction"
    if near.word_after_number in {"^", "×"} or near.word_before in {"^", "×"}:
        return "power"
    return None


def _half_compound(after_number: list[Token]) -> bool:
    """ "two half-brothers", "three half-sisters": "half" joined by a hyphen to a noun makes a
    word of its own, and the number counts it (not "two and a half", not "two thirds")."""
    return (
        len(after_number) > 2
        and after_number[0].lower == "half"
        and after_number[1].text == "-"
        and after_number[1].start == after_number[0].end
        and after_number[2].start == after_number[1].end
        and after_number[2].text.isalpha()
    )


SAMPLE_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "sample", "study", "census"})
"""Nouns whose "of" and a number give a sample's size ("a poll of 1,000 people"): who was asked,
not a count of the event."""


SCORE_WORDS_AFTER = frozenset(
    {"vote", "votes", "majority", "decision", "ruling", "win", "victory", "defeat", "loss", "lead",
     "margin", "verdict", "split"}
)  # fmt: skip
SCORE_WORDS_BEFORE = frozenset({"won", "lost", "beat", "drew", "defeated", "trailed", "led"})
"""Words that make "3-2" a vote or a score ("a 3-2 vote", "won 2-1"), not two counts."""


_EVERY = frozenset({"every", "each"})


def _ratio_or_score(near: _NumberNeighbours) -> str | None:
    """A proportion ("one in five people", "one in every 500 users") or a vote or score ("a 3-2
    vote", "won 2-1")."""
    tokens, first, last = near.tokens, near.first, near.last
    every = 1 if last + 2 < len(tokens) and tokens[last + 2].lower in _EVERY else 0
    if (
        near.number_token.lower in {"one", "1"}
        and not near.word_before.endswith("ed")  # "killed one in two attacks": a count
        and near.word_after == "in"
        and last + 2 + every < len(tokens)
        and _number_at(tokens, last + 2 + every) is not None
    ):
        return "ratio"
    between = 1 if near.word_before in _EVERY else 0
    if (
        first >= 2 + between
        and tokens[first - 1 - between].lower == "in"
        and tokens[first - 2 - between].lower in {"one", "1"}
        and (first < 3 + between or not tokens[first - 3 - between].lower.endswith("ed"))
    ):
        return "ratio"
    joined_after = (
        near.word_after_number == "-"
        and near.attached_after
        and len(near.after_number) > 1
        and near.after_number[1].text.isdigit()
        and near.after_number[1].start == near.after_number[0].end
    )
    joined_before = (
        near.word_before == "-"
        and near.attached_before
        and len(near.before) > 1
        and near.before[-2].text.isdigit()
        and near.before[-2].end == near.before[-1].start
    )
    if not (joined_after or joined_before):
        return None
    pair_start = first - 2 if joined_before else first
    pair_end = last + 2 if joined_after else last
    before = tokens[pair_start - 1].lower if pair_start > 0 else ""
    after = tokens[pair_end + 1].lower if pair_end + 1 < len(tokens) else ""
    if after in SCORE_WORDS_AFTER or before in SCORE_WORDS_BEFORE:
        return "score"
    return None


def _family_money_or_calibre(near: _NumberNeighbours) -> str | None:
    """The size of a family ("a mother of three"), money with its sign after the number, or a gun's
    calibre (".357 Magnum", "armed with a .38")."""
    if near.word_before == "of" and len(near.before) > 1 and near.before[-2].lower in PARENT_NOUNS:
        return "family"  # "a young mother of three is dead": her children, not the dead
    if near.word_before == "of" and len(near.before) > 1 and near.before[-2].lower in SAMPLE_NOUNS:
        return "sample"  # "The poll of 1,000 people gave a 3.1 percent margin of error"
    if near.word_before in {"polled", "surveyed"} or (
        len(near.after) > 1
        and near.after[0].text.isalpha()
        and near.after[1].lower in {"interviewed", "surveyed", "polled", "questioned"}
        and not (len(near.after) > 2 and near.after[2].lower == "by")
    ):
        return "sample"  # "the institute surveyed 1,200 voters", "the dozen people interviewed"
    if near.word_after_number in MONEY_SIGNS:
        return "money"
    if near.word_after_number in CALIBRE_WORDS or (
        near.word_after_number == "-"
        and len(near.after_number) > 1
        and near.after_number[1].lower in CALIBRE_WORDS
    ):
        return "calibre"  # ".357 Magnum", "a .22-calibre rifle": a gun, not a count
    if (
        near.word_before == "."
        and near.attached_before
        and near.number_token.text.isdigit()
        and len(near.before) > 1
        and near.before[-2].lower in {"a", "an", "the", "his", "her", "their", "with"}
    ):
        return "calibre"  # "armed with a .38": a number after a decimal point is no count
    return None


def _split_decade_suffix(after_number: list[Token]) -> bool:
    """Whether the tokens after a number are an apostrophe and an "s" written together ("20's"
    split by the tokenizer into "20", "'", "s")."""
    return (
        len(after_number) >= 2
        and after_number[0].text in {"'", "’"}
        and after_number[1].lower == "s"
        and after_number[1].start == after_number[0].end
    )


def _time_ordinal_or_percent(near: _NumberNeighbours) -> str | None:
    """A time of day ("11:45", "2 pm"), an ordinal ("21st"), a decade ("the 1980s") or a
    percentage."""
    # time: "11:45", "2 pm", "2pm", "2.17pm", "10 a.m."
    if (
        near.attached_after
        and near.word_after_number in {":", "."}
        and len(near.after_number) > 1
        and (
            near.after_number[1].text[:1].isdigit()
            and near.after_number[1].start == near.after_number[0].end
        )
    ):
        following = near.after_number[2].lower if len(near.after_number) > 2 else ""
        if near.word_after_number == ":" or following in {"am", "pm"}:
            return "time"
    if (
        near.attached_before
        and near.word_before == ":"
        and len(near.before) > 1
        and near.before[-2].text.isdigit()
    ):
        return "time"
    if near.word_after_number in {"am", "pm", "o'clock", "gmt", "utc"} or (
        near.word_after_number in {"a", "p"}
        and len(near.after_number) > 1
        and near.after_number[1].text == "."
    ):
        return "time"
    # ordinals: "21st", "4th"
    if near.attached_after and near.word_after_number in ORDINAL_SUFFIXES:
        return "ordinal"
    # decades: "the 1980s", "1970s", "in her 20's" (the tokenizer may split "'" from "s")
    if near.attached_after and (
        near.word_after_number in {"s", "'s", "’s"} or _split_decade_suffix(near.after_number)
    ):
        return "year"
    # percentages and money
    if near.word_after_number in PERCENT_WORDS or (
        near.word_after_number == "per"
        and len(near.after_number) > 1
        and near.after_number[1].lower == "cent"
    ):
        return "percent"
    return None


def _money(near: _NumberNeighbours) -> str | None:
    """Money ("$5", "US$ 5", "5 dollars", "5 million euros")."""
    if near.word_before in MONEY_SIGNS or (
        len(near.before) > 1
        and near.before[-1].text.isupper()
        and near.before[-2].text in MONEY_SIGNS
    ):
        return "money"
    if near.number_first > 0 and near.tokens[near.number_first - 1].text in MONEY_SIGNS:
        return "money"
    if near.word_after_number in MONEY_WORDS:
        return "money"
    if (
        near.word_after_number in {"million", "billion"}
        and len(near.after_number) > 1
        and (near.after_number[1].lower in MONEY_WORDS)
    ):
        return "money"
    return None


def _age_or_name_number(near: _NumberNeighbours) -> str | None:
    """An age ("66-year-old", "aged 66", "Ali, 66,") or a number naming one thing ("the 405
    freeway")."""
    # ages: "66-year-old", "aged 66", "66 years old", "Ali, 66,"
    if (
        near.word_after_number == "-"
        and len(near.after_number) > 2
        and near.after_number[1].lower in {"year", "years", "month", "week", "day"}
        and near.after_number[2].lower == "-"
    ):
        return "age"
    if (
        near.word_after_number in {"year", "years"}
        and len(near.after_number) > 1
        and (near.after_number[1].lower in {"old", "-"})
    ):
        return "age"
    if near.word_before in AGE_WORDS or (
        near.word_before in {"and", ","} and _after_ages(near.before)
    ):
        return "age"  # "aged 66", "ages 15, 17 and 22"
    if (
        near.word_after == "and"
        and len(near.after) > 2
        and near.after[1].text.isdigit()
        and (
            near.after[2].lower in {"years", "year"}
            or (near.after[2].text == "-" and len(near.after) > 3 and near.after[3].lower == "year")
        )
        and (near.quantity.high or 0) < 120
    ):
        return "age"  # "the victims were 17 and 22 years old"
    if (
        near.word_before in {"then", "both", "all", "each"}
        and near.word_after in {",", ")"}
        and (near.quantity.high or 0) < 120
        and near.quantity.qualifier is None
    ):
        return "age"
    # "the 76 station", "the 405 freeway": a number naming one thing, not counting several
    if (
        near.word_before == "the"
        and near.quantity.qualifier is None
        and (near.quantity.best or 0) > 1
        and near.word_after.isalpha()
        and near.word_after.islower()
        and not near.word_after.endswith("s")
        and near.word_after not in IRREGULAR_PLURALS
    ):
        return "label"
    if (
        near.word_before == ","
        and near.word_after in {",", ")"}
        and len(near.before) > 1
        and near.before[-2].text[:1].isupper()
        and near.quantity.qualifier is None
        and (near.quantity.high or 0) < 120
        and near.number_token.text.isdigit()
    ):
        return "age"
    if _ages_set_off(near):
        return "age"
    if (
        near.word_before == "("
        and near.word_after == ")"
        and near.number_token.text.isdigit()
        and (near.quantity.high or 0) < 120
        and len(near.before) > 1
        and near.before[-2].text[:1].isupper()
    ):
        return "age"
    return None


def _after_ages(before: list[Token]) -> bool:
    """Whether a list of numbers ("15, 17 and") runs back to "ages" or "aged"."""
    for token in reversed(before[-12:]):
        if token.lower in {"ages", "aged"}:
            return True
        if not (token.text.isdigit() or token.lower in {",", "and"}):
            return False
    return False


def _ages_set_off(near: _NumberNeighbours) -> bool:
    """ "his two half-brothers, 17 and 22, were also arrested": two small numbers joined by
    "and" and set off by commas after a noun are the ages of the people it names."""
    tokens, first, last = near.tokens, near.first, near.last
    if near.quantity.qualifier is not None or not near.number_token.text.isdigit():
        return False

    def small(index: int) -> bool:
        return (
            0 <= index < len(tokens)
            and tokens[index].text.isdigit()
            and int(tokens[index].text) < 120
        )

    if near.word_before == "," and near.word_after == "and" and small(last + 2):
        return (
            last + 3 < len(tokens)
            and tokens[last + 3].text in {",", ")"}
            and first > 1
            and tokens[first - 2].text.isalpha()
        )
    if near.word_before == "and" and small(first - 2) and near.word_after in {",", ")"}:
        return first > 3 and tokens[first - 3].text == "," and tokens[first - 4].text.isalpha()
    return False


def _date_or_year(near: _NumberNeighbours) -> str | None:
    """A date ("June 20", "5/17/2018", "Dec. 2, 2015") or a year ("2015", "2014-15")."""
    # dates: "June 20", "20 June", "Dec. 2, 2015", "on the 20th"
    if near.word_before in MONTHS or (
        near.word_before == "." and len(near.before) > 1 and near.before[-2].lower in MONTHS
    ):
        return "date"
    if near.word_after_number in MONTHS or near.word_after_number in WEEKDAYS:
        return "date"
    if (
        near.word_before == ","
        and len(near.before) > 2
        and near.before[-2].text.isdigit()
        and (near.before[-3].lower in MONTHS)
    ):
        return "date"
    if (
        near.attached_after
        and near.word_after_number in {"/", "-", "."}
        and len(near.after_number) > 1
        and (
            near.after_number[1].text.isdigit()
            and near.after_number[1].start == near.after_number[0].end
            and near.quantity.qualifier is None
        )
    ):
        # "5/17/2018", "192.168", "+1-222-2222": dates, addresses and phone numbers
        long_form = len(near.after_number) > 2 and near.after_number[2].text in {"-", "/"}
        if near.word_after_number != "-" or long_form:
            return "date"
    if (
        near.attached_before
        and near.word_before == "/"
        and len(near.before) > 1
        and near.before[-2].text.isdigit()
    ):
        slashes = sum(1 for t in near.before[-4:] if t.text == "/")
        return "date" if slashes > 1 or near.word_after_number == "/" else "fraction"
    if (
        near.attached_before
        and near.word_before == "."
        and len(near.before) > 1
        and near.before[-2].text.isdigit()
    ):
        return "date"
    if (
        near.attached_before
        and near.word_before in {"-", "–"}
        and len(near.before) > 1
        and (
            re.fullmatch(r"(1[89]|20)\d\d", near.before[-2].text)
            and len(near.number_token.text) == 2
        )
    ):
        return "year"
    # years: four digits, no separator, 1800-2100
    if (
        near.number_token.text.isdigit()
        and len(near.number_token.text) == 4
        and 1800 <= int(near.number_token.text) <= 2100
        and near.number_token.end == near.quantity.number_end
        and near.word_after_number not in _COUNT_NOUNS_AFTER_YEAR
    ):
        return "year"
    return None


def _unit(near: _NumberNeighbours) -> str | None:
    """What the unit after the number makes it: a duration ("three days"), a measure ("30km"),
    a modifier ("a five-boat attack") or a label ("911 call", "12 Main Street")."""
    # durations and measures: "three days", "30km", "40 hectares", "eight-year war"
    unit = near.word_after_number
    if (
        unit == "-"
        and len(near.after_number) > 1
        and near.after_number[0].start == near.end_token.end
    ):
        unit = near.after_number[1].lower
    if unit in DURATION_WORDS:
        return "duration"
    if (
        near.word_after_number == "-"
        and near.attached_after
        and len(near.after_number) > 1
        and near.after_number[1].start == near.after_number[0].end
        and near.after_number[1].text.isalpha()
        and near.after_number[1].text.islower()
    ):
        return "modifier"  # "a five-boat attack", "a three-story building", "12-gauge"
    short_unit = unit in {"in", "m", "t", "l", "g", "a", "p"} and not near.attached_after
    if unit in MEASURE_WORDS and not short_unit and unit not in {"pound", "pounds"}:
        return "measure"
    if unit in {"times", "fold"}:
        return "measure"
    if unit in {"block", "blocks"}:
        return "label"
    if near.number_token.text in {"911", "999", "112"} and (
        unit in EMERGENCY_WORDS
        or near.word_before in {"called", "call", "calling", "dialled", "dialed", "dial", "to"}
    ):
        return "label"  # "a 911 call", "He called 911"
    street = [t.lower for t in near.after_number[:4]]
    if (
        near.number_token.text.isdigit()
        and near.after_number
        and near.after_number[0].text[:1].isupper()
        and any(word in STREET_WORDS for word in street)
    ):
        return "label"
    return None


def _label(near: _NumberNeighbours) -> str | None:
    """A label ("Ashraf-3", "Route 66", "No. 5", "#5", "Apollo 11") or a negative number."""
    # labels: "Ashraf-3", "SCP-173", "Route 66", "English 101", "No. 5", "#5"
    if (
        near.attached_before
        and near.word_before in {"-", "#", "–", "−"}
        and len(near.before) > 1
        and (near.before[-2].text[:1].isalpha() and near.before[-2].end == near.before[-1].start)
        and not (
            near.number_token.text[:1].isalpha()
            and near.number_token.lower != "one"
            and near.before[-2].text.islower()
        )
    ):
        return "label"  # not "The cause-three cables were cut": a dash written as a hyphen
        # ("no-one" stays a word, not a count)
    if near.word_before == "#":
        return "label"
    if near.attached_before and near.word_before.isalpha():
        return "label"
    if near.word_before in LABEL_WORDS or (
        near.word_before == "."
        and len(near.before) > 1
        and near.before[-2].lower in {"no", "nr", "nrs"}
    ):
        return "label"
    if (
        near.number_token.text[:1].isdigit()
        and near.quantity.qualifier is None
        and near.word_after not in HEADLINE_COUNT_WORDS
        and near.word_before[:1].isalpha()
        and near.before[-1].text[:1].isupper()
        and len(near.before) > 1
        and near.before[-2].text not in {".", "!", "?", "\n", "“", '"'}
        and near.before[-1].lower not in MONTHS | WEEKDAYS
        and near.before[-1].lower not in HEADLINE_VERBS_BEFORE
        and near.before[-1].text not in {"I", "A", "The"}
    ):
        return "label"
    if (
        near.attached_after
        and near.word_after_number[:1].isalpha()
        and near.word_after_number not in _DOZEN | {"k", "m", "bn", "s"}
    ):
        return "label"
    if _intersection(near):
        return "label"
    if any(v < 0 for v in near.values) or near.word_before in {"minus", "−"}:
        return "negative"  # "temperatures were minus 20": a temperature, not a count
    return None


def _intersection(near: _NumberNeighbours) -> bool:
    """A street number in an intersection: "at 26 & Zuni", "near 14 and Birch" (digits, then
    "&", or "and" after "at" / "near", then a capitalised street name): a place, no count."""
    if not near.number_token.text.isdigit() or near.quantity.qualifier is not None:
        return False
    after = near.after_number
    if len(after) < 2 or not after[1].text[:1].isupper() or not after[1].text.isalpha():
        return False
    return after[0].text == "&" or (after[0].lower == "and" and near.word_before in {"at", "near"})


def _token_index_at(tokens: list[Token], offset: int, hint: int) -> int:
    for index in range(max(hint, 0), len(tokens)):
        if tokens[index].start <= offset < tokens[index].end:
            return index
    return hint


def find_counts(text: str, *, tokens: list[Token] | None = None) -> tuple[Quantity, ...]:
    """The number expressions that may be counts of people or things (ages, years, dates,
    times, durations, measures, percentages, money, ordinals and labels left out)."""
    tokens = tokens if tokens is not None else tokenize(text)
    return tuple(
        quantity
        for quantity in find_quantities(text, tokens=tokens)
        if non_count_reason(text, quantity, tokens) is None
    )
