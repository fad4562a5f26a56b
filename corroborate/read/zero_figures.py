"""Zeros: counts of nobody.

"denied there were any fatalities or injuries" (denied), "no injuries" (asserted), "No one died",
"none of them were killed", "No-one is believed to have been injured" (a negated subject).
"""

from __future__ import annotations

from corroborate.read.categories import (
    CATEGORY_CUES,
    DENIAL_CUES,
    PERSON_NOUNS,
    POPULATIONS,
    SINGULAR_CATEGORIES,
    THING_NOUNS,
    ZERO_NOUNS,
)
from corroborate.read.figure_candidates import SINGULAR_CUES, Candidate, cue_at, next_is
from corroborate.read.numbers import Token
from corroborate.record import Article


def zero_candidates(
    article: Article, tokens: list[Token], sentences: list[tuple[int, int]]
) -> list[Candidate]:
    """Zeros: "denied there were any fatalities or injuries" (denied), "no injuries" (asserted)."""
    found: list[Candidate] = []
    seen: set[tuple[int, str]] = set()
    for index, token in enumerate(tokens):
        word = token.lower
        if word not in ZERO_NOUNS or not article.is_readable(token.start):
            continue
        determiner = None
        for back in range(index - 1, max(index - 5, -1), -1):
            prior = tokens[back].lower
            if prior in {"any", "no"}:
                determiner = back
                break
            if prior not in {"or", "and", ",", "serious", "major", "reported", "immediate"} and (
                prior not in ZERO_NOUNS
            ):
                break
        if determiner is None:
            continue
        sentence_start = max((s for s, _ in sentences if s <= token.start), default=0)
        denied = any(
            tokens[probe].lower in DENIAL_CUES
            and tokens[probe].start >= sentence_start
            and (tokens[probe].lower != "ruled" or next_is(tokens, probe, "out"))
            for probe in range(max(determiner - 8, 0), determiner)
        )
        if tokens[determiner].lower == "any" and not denied:
            continue
        category = ZERO_NOUNS[word]
        key = (sentence_start, category)
        if key in seen:
            continue
        seen.add(key)
        start_index = determiner if not any(c.first_token == determiner for c in found) else index
        found.append(
            Candidate(
                start=tokens[start_index].start,
                end=token.end,
                first_token=start_index,
                last_token=index,
                low=0.0,
                high=0.0,
                best=0.0,
                qualifier=tokens[determiner].lower,
                category=category,
                polarity="denied" if denied else "asserted",
            )
        )
    return found


NEGATED_SUBJECTS = frozenset({"nobody", "none", "noone"})
"""Subjects that deny what happened to anyone ("nobody was hurt")."""


_BEFORE_NEGATED_CUE = frozenset(
    {
        "was", "were", "had", "has", "have", "been", "is", "are", "be", "being", "got", "ever",
        "seriously", "badly", "critically", "severely", "fatally", "gravely", "actually",
        "reportedly", "of", "them", "us", "the", "our", "their",
        "believed", "thought", "understood", "known", "said", "reported", "to",
    }
)  # fmt: skip
"""Words between a negated subject and its casualty word: "nobody was seriously hurt", "No one
is believed to have been injured", "nobody is thought to have been hurt"."""

_MOST_BEFORE_NEGATED_CUE = 6
"""How many of those words may stand between ("is believed to have been": five)."""


def negated_subject_candidates(
    article: Article, tokens: list[Token], starts: set[int]
) -> list[Candidate]:
    """Denied zeros written as a negated subject: "No one died", "nobody was seriously hurt",
    "no officers had been injured", "none of them were killed". One zero per category named,
    polarity ``denied``; a people noun after "no" gives the population."""
    found = []
    for index, token in enumerate(tokens):
        word = token.lower
        if index in starts or not article.is_readable(token.start):
            continue
        head = None
        if word == "no" and next_is(tokens, index, "one"):
            last = index + 1
        elif (
            word == "no"
            and next_is(tokens, index, "-")
            and next_is(tokens, index + 1, "one")
            and tokens[index + 1].start == token.end
            and tokens[index + 2].start == tokens[index + 1].end
        ):
            last = index + 2  # "No-one was injured"
        elif word in NEGATED_SUBJECTS:
            last = index
        elif (
            word == "no"
            and index + 1 < len(tokens)
            and (tokens[index + 1].lower in POPULATIONS or tokens[index + 1].lower in PERSON_NOUNS)
            and tokens[index + 1].lower not in THING_NOUNS
        ):
            last = head = index + 1
        else:
            continue
        if next_is(tokens, last, "else"):
            continue  # "No one else was hurt": nobody besides those told, no zero
        probe = last + 1
        while (
            probe < len(tokens)
            and probe - last <= _MOST_BEFORE_NEGATED_CUE
            and (tokens[probe].lower in _BEFORE_NEGATED_CUE)
        ):
            probe += 1
        if probe >= len(tokens) or tokens[probe].lower not in SINGULAR_CUES:
            continue
        category = cue_at(tokens, probe, CATEGORY_CUES)
        if category not in SINGULAR_CATEGORIES:
            continue
        found.append(
            Candidate(
                start=token.start,
                end=tokens[last].end,
                first_token=index,
                last_token=last,
                low=0.0,
                high=0.0,
                best=0.0,
                qualifier=None if head is None else "no",  # "No one": the words are the zero
                category=category,
                polarity="denied",
                head_index=head,
            )
        )
    return found
