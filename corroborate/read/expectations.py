"""What the report says is expected: "The mayor is expected to resign", "Turnout was expected to
rise". PolNeAR annotates "is expected" as a cue with no source and a content in two pieces, the
subject and the infinitive; an attribution's content is one span, so each piece is an attribution
of its own with the same cue and no claimer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from corroborate.read.cues import ReportingVerb
from corroborate.read.doc_offsets import char_offsets
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.sentences import sentence_of

# Rule: "X is (are, was, were, be) expected to ..." is a cue with no source, its content the subject
# and the infinitive (all PolNeAR train files, 2026-11-25: 58 of 76 such cues are gold cues, 76 %).
# "appear(s) to" (62 of 136) and "seem(s)" (82 of 286) are left out.

EXPECT = ReportingVerb("expect", "say")
"""The verb of these cues (not in the reporting-verb lexicon: "expects" with a subject is a belief
PolNeAR annotates with that subject as source, measured under 70 % in round 4)."""

_BE_FORMS = frozenset({"is", "are", "was", "were", "be"})
_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass", "nsubj"})


def expected_outcome(doc: Doc, token: Token) -> list[FoundAttribution]:
    """The two pieces of "X is expected to ..." at ``token`` ("expected"), or nothing."""
    if (
        token.lower_ != "expected"
        or token.i == 0
        or doc[token.i - 1].lower_ not in _BE_FORMS
        or token.i + 1 >= len(doc)
        or doc[token.i + 1].lower_ != "to"
        or not doc.has_annotation("DEP")
    ):
        return []
    subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS and c.i < token.i]
    infinitives = [c for c in token.children if c.dep_ == "xcomp" and c.i > token.i]
    if not subjects or not infinitives:
        return []
    sentence = sentence_of(token)
    subject = _trimmed(doc, subjects[-1].left_edge.i, subjects[-1].right_edge.i + 1, sentence)
    infinitive = _trimmed(doc, token.i + 1, infinitives[0].right_edge.i + 1, sentence)
    if subject is None or infinitive is None:
        return []
    cue_start = doc[token.i - 1].idx
    cue_end = token.idx + len(token.text)
    return [
        FoundAttribution(
            cue_start, cue_end, EXPECT, None, piece, piece[0] > cue_start, sentence.start_char
        )
        for piece in (subject, infinitive)
    ]


def _trimmed(doc: Doc, start: int, end: int, sentence: DocSpan) -> tuple[int, int] | None:
    """The words from ``start`` to ``end`` without punctuation at either side, inside the
    sentence and on one line."""
    start, end = max(start, sentence.start), min(end, sentence.end)
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start or "\n" in doc[start:end].text:
        return None
    return char_offsets(doc, start, end)
