"""What a number counts: its noun group and population.

"Iranian exiles", "of its members", "two of the three victims" (part and whole), "a city of
500,000 people" (the size of a place), "one of the members arrested" (a participle describing
the group).
"""

from __future__ import annotations

from corroborate.read.casualty_cues import TRANSITIVE_CUES
from corroborate.read.categories import (
    CATEGORY_CUES,
    CATEGORY_NOUNS,
    DAMAGE_WORDS,
    PLACE_NOUNS,
    POPULATIONS,
    PREMISES_NOUNS,
    RESIDENT_NOUNS,
    STOP_WORDS,
    THING_NOUNS,
)
from corroborate.read.figure_candidates import (
    CASUALTIES,
    HUMAN_POPULATIONS,
    Candidate,
    ParseHeads,
    cue_at,
)
from corroborate.read.numbers import Token, is_number_word
from corroborate.record import Article, Span


def describing_participle(
    tokens: list[Token], candidate: Candidate, group: list[int], cue_index: int | None
) -> int | None:
    """In "one of the members arrested", the participle after the group of "of" ("arrested")."""
    if candidate.best != 1 or tokens[candidate.first_token].lower != "one" or not group:
        return None
    following = candidate.last_token + 1
    if following >= len(tokens) or tokens[following].lower != "of":
        return None
    if (
        cue_index is not None
        and group[-1] < cue_index <= group[-1] + 4
        and tokens[cue_index].lower.endswith("ed")
        and all(
            t.lower in {"and", "or"} or (t.lower.isalpha() and t.lower not in STOP_WORDS)
            for t in tokens[group[-1] + 1 : cue_index]
        )
    ):
        return cue_index  # "one of the bosses and clan members arrested"
    last = tokens[group[-1]].lower
    if len(group) >= 2 and last.endswith("ed") and last in CATEGORY_NOUNS:
        return group[-1]  # read into the group: "99 alleged members arrested"
    return None


def size_of_a_place(tokens: list[Token], candidate: Candidate, group: list[int]) -> bool:
    """ "a city of 500,000 people", "a town of about 15,000", "the island, which has about
    200,000 residents": the number gives a place's size."""
    before = candidate.first_token - 1
    if before < 1:
        return False
    if group and tokens[group[-1]].lower not in RESIDENT_NOUNS:
        return False
    if tokens[before].lower == "of":
        return tokens[before - 1].lower in PLACE_NOUNS
    if tokens[before].lower in {"has", "have", "had"}:
        return bool(group) and tokens[group[-1]].lower != "people"
    return False


def is_people(tokens: list[Token], group: list[int], population: str | None) -> bool:
    """Whether a counted group is people: a known human population, or an unknown plural noun
    that names no thing ("communists", "pensioners")."""
    if population in HUMAN_POPULATIONS:
        return True
    if not group or population is None:
        return False
    head = tokens[group[-1]].lower
    return head not in THING_NOUNS and head not in POPULATIONS and head.endswith("s")


def whole_category(tokens: list[Token], group: list[int]) -> str | None:
    """The category of a whole a part is counted out of ("two of the three victims died"):
    only what its own words say, a category noun in the group or a casualty verb right after it."""
    if not group:
        return None
    for index in reversed(group):
        category = CATEGORY_NOUNS.get(tokens[index].lower)
        if category is not None:
            return category
    following = group[-1] + 1
    if following < len(tokens) and tokens[following].lower in TRANSITIVE_CUES:
        return CATEGORY_CUES.get((tokens[following].lower,))
    return None


def partitive_wholes(tokens: list[Token], candidates: list[Candidate]) -> dict[int, int]:
    """Part and whole: "two of the three victims" maps the index of "two" to that of "three"."""
    wholes = {}
    for index in range(len(candidates) - 1):
        part, whole = candidates[index], candidates[index + 1]
        if part.singular or whole.singular or part.category or whole.category:
            continue
        between = [t.lower for t in tokens[part.last_token + 1 : whole.first_token]]
        if between in (["of"], ["of", "the"], ["of", "those"], ["of", "these"], ["of", "all"]):
            wholes[index] = index + 1
    return wholes


def counted_group(
    tokens: list[Token], candidate: Candidate, sentence_last: int, parse: ParseHeads | None
) -> list[int]:
    """Token indices of the noun group the number counts ("Iranian exiles", "its members")."""
    if candidate.singular and candidate.head_index is not None:
        return [candidate.head_index]
    if candidate.category is not None and candidate.polarity == "denied":
        return []
    if candidate.low == 0 and candidate.high == 0:
        return []
    index = candidate.last_token + 1
    if (
        index + 2 <= sentence_last
        and [token.lower for token in tokens[index : index + 2]] == ["out", "of"]
        and (tokens[index + 2].lower.isdigit() or is_number_word(tokens[index + 2].lower))
    ):
        index += 3  # "three out of four lines": three lines
    if index <= sentence_last and tokens[index].lower == "of":
        index += 1
        if index <= sentence_last and tokens[index].lower in {
            "its", "the", "their", "his", "her", "our", "those", "these", "them",
        }:  # fmt: skip
            index += 1
    group: list[int] = []
    while index <= sentence_last and len(group) < 5:
        token = tokens[index]
        word = token.lower
        if word == "-" and group and token.start == tokens[index - 1].end:
            index += 1
            continue
        if (
            word.isdigit()
            and group
            and (tokens[index - 1].lower == "-" or tokens[index - 1].text.isupper())
        ):
            index += 1  # a model number: "AK-47 rifles", "six AK 47 rifles"
            continue
        if not word.replace("'", "").isalpha() or word in STOP_WORDS:
            break
        if word.endswith("ly") or (word.endswith("ing") and word not in {"building"}):
            break
        if word.endswith("ed") and word not in CATEGORY_NOUNS:
            following = tokens[index + 1].lower if index + 1 <= sentence_last else ""
            if not (following.isalpha() and following not in STOP_WORDS):
                break
        if (
            cue_at(tokens, index, CATEGORY_CUES) is not None
            and word not in CATEGORY_NOUNS
            and word not in POPULATIONS
        ):
            break
        group.append(index)
        index += 1
    if (
        group
        and tokens[group[-1]].lower in PREMISES_NOUNS
        and not _damage_near(tokens, candidate.first_token, min(group[-1] + 12, sentence_last))
    ):
        return []  # "the two banks, which sit side by side": premises no event touched
    last_known = max(
        (k for k, i in enumerate(group) if tokens[i].lower in _KNOWN_NOUNS), default=None
    )
    if group and tokens[group[-1]].lower not in _KNOWN_NOUNS and last_known is not None:
        # "two government buildings ablaze": the group ends at the last noun we know
        return group[: last_known + 1]
    if parse is not None and group and tokens[group[-1]].lower not in _KNOWN_NOUNS:
        head = parse.head_noun(tokens[candidate.last_token].end)
        if head is not None:
            group = [i for i in group if tokens[i].start < head[1]] or group
    return group


_KNOWN_NOUNS = THING_NOUNS | frozenset(POPULATIONS) | frozenset(CATEGORY_NOUNS)
"""Every noun the lexicons know: a counted group ends at the last of them."""


def _damage_near(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the sentence around a count of premises damages or attacks something: from the
    sentence's start (at most 25 tokens back) to ``last``."""
    start = first
    while start > 0 and first - start < 25 and tokens[start - 1].lower not in {".", "!", "?"}:
        start -= 1
    return any(token.lower in DAMAGE_WORDS for token in tokens[start : last + 1])


def counted_population(
    article: Article, tokens: list[Token], group: list[int]
) -> tuple[str | None, Span | None]:
    """The normalised population of a noun group, and the span of its head noun."""
    if not group:
        return None, None
    head = group[-1]
    counted = article.span(tokens[head].start, tokens[head].end)
    words = [tokens[i].lower for i in group]
    if words[-1] == "old" and head > 0 and tokens[head - 1].lower == "-":
        return "people", counted  # "a 36-year-old died": a person told by age
    if CATEGORY_NOUNS.get(words[-1]) == "buildings" and words[-1] not in POPULATIONS:
        return words[-1], counted  # "dozens of police stations": premises, not the police
    for word in reversed(words):
        if word in POPULATIONS:
            population = POPULATIONS[word]
            if population == "police officers" and "police" not in words and "officers" in words:
                population = "police officers"
            return population, counted
    # a noun that names what happened ("three bank workers dead", "15 deaths") is not whom
    named = [word for word in words if CATEGORY_NOUNS.get(word) not in CASUALTIES]
    if not named:
        return None, counted
    return named[-1], counted
