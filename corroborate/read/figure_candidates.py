"""A count found in an article before it becomes a Figure, and what every figure rule shares.

The candidate record, the parse's answer to "which noun does this number count?", the number
expressions found by :mod:`corroborate.read.numbers`, and small token helpers (a cue at a token,
the next word in a set).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from corroborate.read.categories import CATEGORY_CUES, PARTICIPANT_POPULATIONS
from corroborate.read.numbers import VAGUE_AMOUNTS, Token, find_quantities, non_count_reason
from corroborate.record import Article, Polarity

MAX_CUE = max(len(cue) for cue in CATEGORY_CUES)
"""The most words a category cue has."""


HUMAN_POPULATIONS = {
    "residents", "members", "police officers", "soldiers", "guards", "civilians", "protesters",
    "students", "children", "journalists", "people", "suspects", "workers", "firefighters",
    "rescuers", *PARTICIPANT_POPULATIONS,
}  # fmt: skip


CASUALTIES = frozenset({"killed", "injured", "hospitalised", "arrested", "missing", "displaced"})
"""Categories that count people something happened to."""


SINGULAR_CUES = {
    "killed", "died", "dead", "injured", "wounded", "hurt", "hospitalised", "hospitalized",
    "arrested", "detained", "missing", "fatally", "shot", "stabbed", "dies", "grazed", "deceased",
    "murdered", "slain",
}  # fmt: skip
"""Casualty words said of one person described or named ("a man died", "Tam Vess was slain")."""


@dataclass(frozen=True)
class Candidate:
    """A count found in the text, before it becomes a Figure."""

    start: int
    end: int
    first_token: int
    last_token: int
    low: float | None
    high: float | None
    best: float | None
    qualifier: str | None = None
    category: str | None = None
    polarity: Polarity = "asserted"
    singular: bool = False
    head_index: int | None = None
    named: bool = False


def one_person(
    tokens: list[Token], first: int, last: int, category: str, *, named: bool = False
) -> Candidate:
    """One person told without a count ("a man died", "Velo was found dead", "injured him"):
    the count 1 over tokens ``first``..``last``, headed by the last; ``named`` for a name or a
    pronoun (whose population is "people")."""
    return Candidate(
        start=tokens[first].start,
        end=tokens[last].end,
        first_token=first,
        last_token=last,
        low=1.0,
        high=1.0,
        best=1.0,
        category=category,
        singular=True,
        head_index=last,
        named=named,
    )


_VAGUE_QUALIFIERS = frozenset(" ".join(words) for words in VAGUE_AMOUNTS)


def is_vague(candidate: Candidate) -> bool:
    """A vague amount ("several", "a couple", "dozens"): a range by convention, not a count."""
    return (candidate.qualifier or "").lower() in _VAGUE_QUALIFIERS


def number_candidates(article: Article, tokens: list[Token]) -> list[Candidate]:
    """A candidate for every whole number in readable text that ``non_count_reason`` does not
    rule out as no count."""
    found = []
    for quantity in find_quantities(article.text, tokens=tokens):
        if not article.is_readable(quantity.start):
            continue
        if non_count_reason(article.text, quantity, tokens) is not None:
            continue
        if quantity.best is not None and not float(quantity.best).is_integer():
            continue  # "a magnitude of at least 5.9": no count of people or things has decimals
        found.append(
            Candidate(
                start=quantity.start,
                end=quantity.end,
                first_token=quantity.first_token,
                last_token=quantity.last_token,
                low=quantity.low,
                high=quantity.high,
                best=quantity.best,
                qualifier=quantity.qualifier,
            )
        )
    return found


def next_in(tokens: list[Token], index: int, words: frozenset[str]) -> bool:
    """Whether the token after ``index`` is one of ``words`` (lower-case)."""
    return index + 1 < len(tokens) and tokens[index + 1].lower in words


def next_is(tokens: list[Token], index: int, word: str) -> bool:
    """Whether the token after ``index`` is ``word`` (lower-case)."""
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


class ParseHeads:
    """The parse's answer to "which noun does this number count?", when there is a parser."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._starts = [token.idx for token in doc]

    def _token_at(self, offset: int):
        position = bisect.bisect_right(self._starts, offset) - 1
        return self._doc[position] if position >= 0 else None

    def is_subject_of(self, person_offset: int, cue_offset: int) -> bool:
        """Whether the person is what the cue is about: its subject (or the subject of the verb
        it depends on: "was found dead", "shot and killed"), or the noun a reduced relative
        hangs on ("the individual killed", "a man who died")."""
        person = self._token_at(person_offset)
        cue = self._token_at(cue_offset)
        if person is None or cue is None:
            return True
        while person.dep_ in {"compound", "flat", "flat:name", "amod"} and person.head != person:
            person = person.head
        chain = [cue]
        for _ in range(2):
            if chain[-1].head != chain[-1]:
                chain.append(chain[-1].head)
        if person.dep_.startswith("nsubj") and person.head in chain:
            return True
        if any(
            link.head == person and link.dep_.split(":")[0] in {"acl", "relcl"} for link in chain
        ):
            return True
        # Parsers miss long subjects: only a different, explicit subject rules the cue out
        # ("... lives three blocks from where Bolton was shot").
        others = [
            child
            for link in chain
            for child in link.children
            if child.dep_.startswith("nsubj")
            and child.i != person.i
            and child.lower_ not in {"who", "that", "which"}
        ]
        return not others

    def has_other_subject(self, person_offset: int, cue_offset: int) -> bool:
        """Whether the cue itself has an explicit subject other than the person ("The woman
        fired again and Ganobick was shot": "shot" is about Ganobick)."""
        person = self._token_at(person_offset)
        cue = self._token_at(cue_offset)
        if person is None or cue is None:
            return False
        while person.dep_ in {"compound", "flat", "flat:name", "amod", "appos", "conj"} and (
            person.head != person
        ):
            person = person.head
        subjects = [child for child in cue.children if child.dep_.startswith("nsubj")]
        return person not in subjects and any(
            child.lower_ not in {"who", "that", "which"} for child in subjects
        )

    def head_noun(self, number_end: int) -> tuple[int, int] | None:
        """(start, end) of the noun the number ending at ``number_end`` modifies."""
        position = bisect.bisect_right(self._starts, number_end - 1) - 1
        if position < 0:
            return None
        token = self._doc[position]
        if (
            token.dep_ in {"nummod", "quantmod", "compound"}
            and token.head.i > token.i
            and token.head.pos_ == "NOUN"
        ):
            head = token.head
            return head.idx, head.idx + len(head.text)
        return None


def cue_at(tokens: list[Token], index: int, cues: dict[tuple[str, ...], str]) -> str | None:
    """The category of the longest cue in ``cues`` that starts at token ``index``, if any."""
    for size in range(MAX_CUE, 0, -1):
        phrase = tuple(token.lower for token in tokens[index : index + size])
        if len(phrase) == size and phrase in cues:
            return cues[phrase]
    return None


def join_coordinated_counts(tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Two counts of one noun told apart by a word each: "One Australian and one English climber
    have died", "three French and two German tourists" count the noun together (2, 5)."""
    joined: list[Candidate] = []
    skip = False
    for index, first in enumerate(candidates):
        if skip:
            skip = False
            continue
        second = candidates[index + 1] if index + 1 < len(candidates) else None
        if second is not None and _coordinated(tokens, first, second):
            low = (first.low or 0) + (second.low or 0)
            joined.append(
                Candidate(
                    start=first.start,
                    end=second.end,
                    first_token=first.first_token,
                    last_token=second.last_token,
                    low=low,
                    high=low,
                    best=low,
                )
            )
            skip = True
            continue
        joined.append(first)
    return joined


def _coordinated(tokens: list[Token], first: Candidate, second: Candidate) -> bool:
    plain = all(
        c.qualifier is None
        and c.category is None
        and not c.singular
        and c.low is not None
        and c.low == c.high
        for c in (first, second)
    )
    if not plain or second.first_token != first.last_token + 3:
        return False
    describing, conjunction = tokens[first.last_token + 1], tokens[first.last_token + 2]
    after = second.last_token + 1
    if conjunction.lower != "and" or after + 1 >= len(tokens):
        return False
    second_describing, noun = tokens[after], tokens[after + 1]
    return (
        all(
            word.text[:1].isupper() and word.text.isalpha() and not word.text.endswith("s")
            for word in (describing, second_describing)
        )  # "Australian", "English": adjectives; "Two Democrats and three Republicans" are not
        and noun.text.isalpha()
        and noun.text.islower()
        and not noun.text.endswith(("ed", "ing"))
    )
