"""Speech reported through someone else: "the Ledger quoted X as saying ...", "X was quoted as
saying ...", "X is reported to have said ...".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from corroborate.read.content_spans import content_span
from corroborate.read.cues import (
    REPORTING_VERBS,
)
from corroborate.read.doc_offsets import char_offsets, text_of
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.noun_phrases import is_noun_phrase_word, noun_phrase_end, noun_phrase_start
from corroborate.read.quotes import snap_to_quotes
from corroborate.read.sentences import sentence_of
from corroborate.read.source_phrases import skip_back_to_subject

_QUOTING_VERBS = frozenset({"quoted", "cited"})
_REPORTED_TO_HAVE = frozenset({"reported", "said", "believed", "understood", "thought", "known"})
BE_FORMS = frozenset({"is", "was", "are", "were", "been", "be"})
QUOTING_REACH = 24
"""How many tokens before "as saying" the quoting verb may stand ("quoted the head of the port's
free-trade zone, Ada Okonjo, as saying": 16); was 14."""
# Rule: the person quoted may carry an apposition set off by commas ("the Ledger quoted the head of
# the port, Ada Okonjo, as saying ...").


def quoted_as_saying(
    doc: Doc, token: Token, quotes: Sequence[tuple[int, int]]
) -> FoundAttribution | None:
    """Speech reported through someone else: "the Ledger quoted X as saying ...", "X was quoted
    (cited) as saying ...", "X is reported to have said ...". The source is X; for the active
    form the quoting party (an outlet, usually) is the ``via`` found later by :func:`via_outlet`."""
    sentence = sentence_of(token)
    i = token.i
    source: tuple[int, int] | None = None
    cue_first = i
    via: tuple[int, int] | None = None
    if token.lower_ == "saying" and i - 2 >= sentence.start and doc[i - 1].lower_ == "as":
        quoting = next(
            (
                q
                for q in range(i - 2, max(sentence.start - 1, i - QUOTING_REACH), -1)
                if doc[q].lower_ in _QUOTING_VERBS
            ),
            None,
        )
        if quoting is None:
            return None
        if (
            quoting == i - 2
            and quoting - 1 >= sentence.start
            and doc[quoting - 1].lower_ in BE_FORMS
        ):
            left = skip_back_to_subject(doc, quoting - 1, sentence.start)
            cue_first = left + 1
            if left < sentence.start or not (
                is_noun_phrase_word(doc[left]) or doc[left].text == ")"
            ):
                return None
            start = noun_phrase_start(doc, left, sentence.start)
            if start is None:
                return None
            source = char_offsets(doc, start, left + 1)
            if i + 2 < sentence.end and doc[i + 1].lower_ == "by":
                end = noun_phrase_end(doc, i + 2, sentence.end)
                while end is not None and end > i + 3 and doc[end - 1].text == ".":
                    end -= 1
                if end is not None:
                    via = char_offsets(doc, i + 2, end)
        elif (
            quoting < i - 3
            and doc[quoting + 1].lower_ == "by"
            and quoting - 1 >= sentence.start
            and doc[quoting - 1].lower_ in BE_FORMS
        ):
            passive = _passive_by_quoting(doc, quoting, i, sentence.start)
            if passive is None:
                return None
            source, via, cue_first = passive
        elif quoting < i - 2:
            source_end = i - 1
            if doc[source_end - 1].text == ",":
                source_end -= 1  # "quoted Ada Okonjo, the port's director, as saying"
            allowed = {".", "’s", "'s", "-"} | ({","} if source_end < i - 1 else set())
            if source_end <= quoting + 1 or any(
                t.is_punct and t.text not in allowed for t in doc[quoting + 1 : source_end]
            ):
                return None
            source = char_offsets(doc, quoting + 1, source_end)
            cue_first = i - 1
            left = skip_back_to_subject(doc, quoting - 1, sentence.start)
            if left >= sentence.start and is_noun_phrase_word(doc[left]):
                start = noun_phrase_start(doc, left, sentence.start)
                if start is not None:
                    via = char_offsets(doc, start, left + 1)
        else:
            return None
    elif (
        token.lower_ == "said"
        and i - 3 >= sentence.start
        and doc[i - 1].lower_ == "have"
        and doc[i - 2].lower_ == "to"
        and doc[i - 3].lower_ in _REPORTED_TO_HAVE
        and i - 4 >= sentence.start
        and doc[i - 4].lower_ in BE_FORMS | {"also", "widely"}
    ):
        left = skip_back_to_subject(doc, i - 4, sentence.start)
        cue_first = left + 1
        if left < sentence.start or not (is_noun_phrase_word(doc[left]) or doc[left].text == ")"):
            return None
        start = noun_phrase_start(doc, left, sentence.start)
        if start is None:
            return None
        source = char_offsets(doc, start, left + 1)
    else:
        return None
    verb = REPORTING_VERBS["say"]
    content = content_span(doc, token, verb, sentence, quotes, source, False, cue_first - 1)
    if content is None:
        return None
    content = snap_to_quotes(text_of(doc), content, quotes)
    cue_start = doc[cue_first].idx
    cue_end = token.idx + len(token.text)
    found = FoundAttribution(
        cue_start, cue_end, verb, source, content, content[0] >= cue_end, sentence.start_char
    )
    found.via = via
    return found


def _passive_by_quoting(
    doc: Doc, quoting: int, saying: int, sentence_start: int
) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """ "Officials were quoted by the Ledger as saying ...": the subject is the source, the party
    after "by" the outlet that carried the words (``via``); the cue runs from the auxiliary to
    "saying". Returns (source, via, first cue token) or None."""
    if any(
        t.is_punct and t.text not in {".", "’s", "'s", "-"} for t in doc[quoting + 2 : saying - 1]
    ):
        return None
    left = skip_back_to_subject(doc, quoting - 1, sentence_start)
    if left < sentence_start or not (is_noun_phrase_word(doc[left]) or doc[left].text == ")"):
        return None
    start = noun_phrase_start(doc, left, sentence_start)
    if start is None:
        return None
    return char_offsets(doc, start, left + 1), char_offsets(doc, quoting + 2, saying - 1), left + 1
