"""Seizures: counts of weapons and kit found, and lists of counts sharing one verb.

"nabbed 26 pirates with six rifles and 12 magazines", "seized six rifles, 12 magazines and about
300 rounds".
"""

from __future__ import annotations

from dataclasses import replace

from corroborate.read.categories import (
    FINDING_CUES,
    KIT_NOUNS,
    PASSIVE_FINDING_CUES,
    THING_NOUNS,
)
from corroborate.read.figure_candidates import CASUALTIES, HUMAN_POPULATIONS, Candidate
from corroborate.read.numbers import Token
from corroborate.record import Article, Figure


def kit_found(
    tokens: list[Token], group: list[int], candidate: Candidate, sentence_start: int
) -> bool:
    """A count of weapons or ammunition after a seizure, arrest or find in its sentence, or
    before a passive find ("Six rifles and 20 magazines were found in the car")."""
    if not group or tokens[group[-1]].lower not in KIT_NOUNS:
        return False
    index = candidate.first_token - 1
    while index >= 0 and tokens[index].start >= sentence_start:
        if tokens[index].lower in FINDING_CUES:
            return True
        index -= 1
    index = group[-1] + 1
    while index + 1 < len(tokens) and tokens[index].lower not in {".", "!", "?", ";"}:
        if tokens[index].lower in {"were", "was", "been"}:
            # "two rifles and were found asleep", "two rifles when they were found": the find
            # is of someone else
            subject_elsewhere = tokens[index - 1].lower in _OTHER_SUBJECT
            return not subject_elsewhere and tokens[index + 1].lower in PASSIVE_FINDING_CUES
        index += 1
    return False


_OTHER_SUBJECT = frozenset({"and", "but", "or", ",", "they", "he", "she", "we", "i", "it", "you"})

_LIST_SEPARATORS = frozenset({",", "and", ", and", "or", ", or", ";"})


def share_list_categories(article: Article, figures: list[Figure]) -> list[Figure]:
    """A list of counts shares its verb: in "seized six rifles, 12 magazines and about 300
    rounds", all three are seized; members read as ``other`` take the list's category."""
    shared = list(figures)
    runs: list[list[int]] = []
    for index, figure in enumerate(shared):
        if index and runs and _joined(article, shared[index - 1], figure):
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        if len(run) < 2:
            continue
        categories = [shared[i].category for i in run if shared[i].category != "other"]
        if not categories:
            continue
        for i in run:
            if shared[i].category == "other":
                category = categories[0]
                if category == "seized" and shared[i].population in HUMAN_POPULATIONS:
                    category = "arrested"
                counted = shared[i].counted
                if (
                    category in CASUALTIES
                    and counted is not None
                    and (counted.text.lower() in THING_NOUNS)
                ):
                    continue
                shared[i] = replace(shared[i], category=category)
    return shared


def _joined(article: Article, first: Figure, second: Figure) -> bool:
    if first.sentence != second.sentence or first.polarity != second.polarity:
        return False
    end = first.counted.end if first.counted is not None else first.span.end
    if end > second.span.start:
        return False
    return article.text[end : second.span.start].strip() in _LIST_SEPARATORS
