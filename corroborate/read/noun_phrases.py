"""Noun phrases found from the words alone (no parse needed): where a phrase before a cue starts
and where one after a cue ends, with titles, possessives, brackets and "a spokesman for X".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.read.cues import (
    REPORTING_VERBS,
)
from corroborate.read.function_words import DETERMINERS, STOP_WORDS, SUBJECT_PRONOUNS, TIME_WORDS
from corroborate.read.sentences import ABBREVIATIONS


def is_noun_phrase_word(token: Token) -> bool:
    lowered = token.lower_
    if token.text in {")", "’s", "'s"}:
        return False
    if lowered in SUBJECT_PRONOUNS:
        return True
    if (
        token.text[:1].isupper()
        and (token.text.isupper() or lowered not in STOP_WORDS)
        and not token.is_punct
    ):
        return True
    if token.is_punct or token.like_num or token.is_space:
        return False
    if lowered in {"reporting", "reports", "statement", "claims"}:
        return True
    if token.pos_ in {"VERB", "AUX"} and token.text.islower():
        return False
    if (
        lowered in REPORTING_VERBS
        and token.pos_ in {"NOUN", "ADJ"}
        and token.dep_ in {"compound", "amod"}
    ):
        # "Velmar's state television", "talk show host": a modifier the parser tags as a noun,
        # not a cue (all train files, 2026-11-25: 22 sources changed, 11 then exact, none lost).
        return True
    return not (lowered in STOP_WORDS or lowered.endswith("ly") or lowered in REPORTING_VERBS)


_QUANTIFIERS = frozenset({"about", "nearly", "almost", "roughly", "some", "only", "around"})

NP_WINDOW = 16
"""How many tokens back a noun phrase before a cue may reach ("Okafor's rival Sen. Ada Okonjo
(R-Vel.)" counts its bracket's tokens)."""

_NP_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from", "in", "on"})


def noun_phrase_start(doc: Doc, last: int, limit: int) -> int | None:
    if doc[last].lower_ in SUBJECT_PRONOUNS:
        return last
    start = last
    index = last - 1
    if doc[last].text == ")":
        opening = last
        while opening >= limit and doc[opening].text != "(":
            opening -= 1
        if opening <= limit:
            return None
        start, index = opening, opening - 1
    while index >= limit and last - index < NP_WINDOW:
        token = doc[index]
        lowered = token.lower_
        if lowered in DETERMINERS:
            start = index
            index -= 1
            if (
                index - 1 >= limit
                and doc[index].lower_ in _NP_PREPOSITIONS
                and is_noun_phrase_word(doc[index - 1])
                and doc[index - 1].lower_ not in SUBJECT_PRONOUNS
                and not doc[index - 1].lower_.endswith("ed")
            ):
                index -= 1
                continue
            break
        if token.like_num or (lowered == "in" and doc[index - 1].like_num):
            start = index
            index -= 1
            continue
        if token.is_space and "\n" not in token.text:
            index -= 1
            continue
        if (
            token.text in {"’s", "'s", "’", "'"}
            and index - 1 >= limit
            and (
                doc[index - 1].text[:1].isupper()
                or (
                    is_noun_phrase_word(doc[index - 1])
                    and doc[index - 1].lower_ not in SUBJECT_PRONOUNS
                    and (token.text in {"’s", "'s"} or doc[index - 1].lower_.endswith("s"))
                )
            )
        ):
            index -= 1
            continue
        if (
            lowered in {"of", "and"}
            and doc[index + 1].text[:1].isupper()
            and index - 1 >= limit
            and doc[index - 1].text[:1].isupper()
        ):
            index -= 1
            continue
        if token.text == ")":
            opening = index
            while opening >= limit and doc[opening].text != "(":
                opening -= 1
            if opening < limit:
                break
            index = opening - 1
            start = opening
            continue
        if token.text == "." and not (
            index - 1 >= limit
            and (len(doc[index - 1].text) == 1 or doc[index - 1].lower_ in ABBREVIATIONS)
        ):
            break
        if token.text in {"-", "&", ".", "/"} or (
            is_noun_phrase_word(token) and lowered not in SUBJECT_PRONOUNS
        ):
            start = index
            index -= 1
            continue
        break
    speaker = _speaker_for_start(doc, start, limit)
    if speaker is not None:
        start = speaker
    elif (
        start - 2 >= limit
        and doc[start - 2].lower_ == "at"
        and doc[start - 1].lower_ in {"least", "most"}
    ):
        start -= 2
    elif start - 1 >= limit and doc[start - 1].lower_ in _QUANTIFIERS and doc[start].like_num:
        start -= 1
    while start <= last and (
        doc[start].text in {"(", ")", "-", "&", "’s", "'s"} or doc[start].lower_ == "of"
    ):
        start += 1
    if start > last:
        return None
    return start


SPEAKER_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesmen",
        "spokeswomen",
        "spokespeople",
        "representative",
        "representatives",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "official",
        "officials",
        "aide",
        "aides",
    }
)
"""Nouns of people who speak for another ("a spokesman for the ministry"): the phrase is the
source, the party spoken for is the claimer (:mod:`corroborate.read.coref`)."""


def _speaker_for_start(doc: Doc, start: int, limit: int) -> int | None:
    """Where "a spokeswoman for Mayor Broch" starts, given where "Mayor Broch" starts."""
    link = start - 1
    while (
        link - 1 > limit
        and start - link < 8
        and doc[link].lower_ not in {"for", "of"}
        and (doc[link].text[:1].isupper() or doc[link].lower_ in {"in", "at", "the", "’s", "'s"})
    ):
        link -= 1
    if link - 1 < limit or doc[link].lower_ not in {"for", "of"}:
        return None
    noun = link - 1
    if doc[noun].lower_ not in SPEAKER_NOUNS:
        return None
    first = noun
    while (
        first - 1 >= limit
        and first > noun - 3
        and (
            doc[first - 1].lower_ in DETERMINERS
            or (
                doc[first - 1].is_alpha
                and doc[first - 1].lower_ not in STOP_WORDS
                and doc[first - 1].text.islower()
            )
        )
    ):
        first -= 1
        if doc[first].lower_ in DETERMINERS:
            break
    return first


def noun_phrase_end(doc: Doc, first: int, limit: int, *, allow_and: bool = False) -> int | None:
    if first >= limit:
        return None
    if doc[first].lower_ in SUBJECT_PRONOUNS - {"who", "which"}:
        return first + 1
    end = first
    index = first
    while index < limit and index - first < 12:
        token = doc[index]
        lowered = token.lower_
        if token.is_space and "\n" not in token.text and end > first:
            index += 1
            continue
        if lowered in DETERMINERS and index == first:
            index += 1
            continue
        if (
            lowered == "of"
            and index + 1 < limit
            and doc[index + 1].text[:1].isupper()
            and end > first
        ):
            index += 1
            continue
        if lowered == "and" and allow_and and index + 1 < limit and end > first:
            index += 1
            continue
        if token.text == "." and end > first and index + 1 >= limit:
            break  # the sentence's full stop ("... said Mr. Okonjo."), not an initial's
        if token.text in {"’s", "'s", "-", "&", "."} and end > first:
            index += 1
            end = index
            continue
        if token.text == "(" and end > first:
            closing = index
            while closing < limit and doc[closing].text != ")":
                closing += 1
            if closing >= limit:
                break
            index = closing + 1
            end = index
            continue
        if lowered in DETERMINERS and index > first:
            break
        if token.text.islower() and (lowered.endswith("ed") or lowered.endswith("ing")):
            break
        if (
            is_noun_phrase_word(token)
            and lowered not in SUBJECT_PRONOUNS
            and lowered not in TIME_WORDS - {"news", "post"}
        ):
            index += 1
            end = index
            continue
        break
    if end == first:
        return None
    return end
