"""What a report itself marks as unverified ("could not independently verify", "allegedly").

Reads: the article and its Doc (for sentence boundaries). Adds: Hedge cues with their scope.

A hedge's scope is the sentence it is in, except where the hedge follows the claim it doubts in
the same sentence ("... claimed that some 100 were injured, though Fox News Digital could not
independently verify this account"): then the scope is the claim before it. Hedges inside a
quotation are read too: they are the speaker's doubt about what the speaker says ("No one is
believed to be injured at this time", "it is too early to confirm the cause"), and all three
ECB+ golds mark them (read since 2026-11-25; before, quoted words were skipped). Modal and
likelihood words ("will likely", "could be", "a possible", "It is thought", "There were reports
that", "police believe") are read only outside quotations, as the report's own doubt.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from corroborate.read.attribution import sentence_of
from corroborate.read.cues import HEDGE_PATTERNS
from corroborate.read.quotes import find_quotes, quote_at
from corroborate.record import Article, Hedge

__all__ = ["read_hedges"]

_REPORT_HEDGES: tuple[tuple[str, str], ...] = (
    # Hearsay in the report's own voice: "were reported to be missing", "is said to have fled",
    # "are reported as marching", "according to reports", "according to unconfirmed reports";
    # not "was reported as saying" (an attribution, the attribution stage's).
    (
        "reportedly",
        r"\b(?:is|are|was|were|been|being)\s+(?:widely\s+|also\s+)?(?:reported|said|rumou?red)"
        r"\s+(?:to\s+(?:be|have)|as(?!\s+(?:saying|telling|stating|having\s+said)))\b",
    ),
    (
        "reportedly",
        r"\baccording\s+to\s+(?:(?:unconfirmed|initial|early|local|media|press|news)\s+)*reports\b",
    ),
    # "Fresh riots were reported in the north": events told as reported, by no one named (not
    # "were reported by police", an attribution)
    (
        "reportedly",
        r"\b(?:is|are|was|were)\s+(?:also\s+|widely\s+)?reported\s+"
        r"(?:in|on|at|across|throughout|overnight|elsewhere)\b",
    ),
    # Belief and appearance: "is believed to have read", "two men, believed to be", "appeared to
    # be in the west", "seems to have".
    (
        "apparently",
        r"\b(?:(?:is|are|was|were|been)\s+)?(?:widely\s+)?(?:believed|thought|understood)"
        r"\s+to\s+(?:be|have)\b",
    ),
    ("apparently", r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\s+(?:be|have)\b"),
    # "a man they believe to be the driver"; "appeared reluctant to criticise", "seemed unable"
    ("apparently", r"\bbelieves?\s+to\s+(?:be|have)\b"),
    (
        "apparently",
        r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+(?:reluctant|unwilling|willing|unable|able|"
        r"unlikely|likely|ready|poised|set|keen|eager|unaware|aware|confused|uncertain|unsure)\b",
    ),
    # Suspicion: "is suspected of having directed the gunman" (not yet proven)
    ("allegedly", r"\b(?:is|are|was|were|been|being)\s+suspected\s+of\b"),
    # Possibility: "may have been driven to", "might have been destroyed", "the toll may be
    # higher", "potentially dozens"; "it appears that", "too early to confirm".
    ("unclear", r"\b(?:may|might)\s+(?:well\s+)?have\s+(?!to\b)[a-z]+\b"),
    # "could not be independently verified", "cannot be confirmed"
    (
        "unclear",
        r"\b(?:could|can|would)(?:\s+not|n[’']t|not)\s+be\s+(?:independently\s+|immediately\s+)?"
        r"(?:verified|confirmed)\b",
    ),
    (
        "unclear",
        r"\b(?:may|might|could)\s+(?:well\s+)?be\s+(?:on\s+the\s+rise|rising|increasing|growing"
        r"|falling|declining)\b",
    ),
    (
        "unclear",
        r"\b(?:may|might|could)\s+(?:well\s+)?be\s+(?:higher|lower|more|fewer|as\s+many)\b",
    ),
    ("unclear", r"\bpotentially\b"),
    # "It would appear the blaze began", "it would seem that"; "it is feared that two climbers
    # died" (a fear, not a finding, in a speaker's words too)
    ("apparently", r"\bit\s+would\s+(?:appear|seem)\b"),
    ("apparently", r"\bit\s+(?:is|was|had\s+been|has\s+been)\s+(?:widely\s+|now\s+)?feared\b"),
    ("unclear", r"\bpossibly\b"),  # "five women and possibly two children were inside"
    ("apparently", r"\bit\s+(?:appears|appeared|seems|seemed)\s+(?:that|as\s+if|as\s+though)\b"),
    (
        "apparently",
        r"\bit\s+(?:appears|appeared|seems|seemed)(?=\s+(?:the|a|an|he|she|they|his|her|their|its"
        r"|there)\b)",
    ),  # "it appeared the group was insufficiently equipped"
    ("apparently", r"\b(?:it|this|that)\s+(?:looks|looked)\s+(?:like|as\s+if|as\s+though)\b"),
    ("unclear", r"\b(?:I|we)\s+(?:may|might|could)\s+be\s+wrong\b"),
    ("unclear", r"\b(?:too\s+early|too\s+soon)\s+to\s+(?:say|tell|confirm|know|determine)\b"),
    # Not (yet) known: "weren't immediately known", "it's unknown if", "no concrete estimates".
    (
        "unclear",
        r"\b(?:is|are|was|were)(?:n[’']t|\s+not)\s+(?:immediately\s+|yet\s+)?(?:known|clear)\b",
    ),
    ("unclear", r"\bit[’']s\s+(?:still\s+)?(?:unclear|unknown|not\s+clear)\b"),
    # "Authorities also did not know whether the fire was set": what the report's sources do not know
    (
        "unclear",
        r"\b(?:did|does|do)(?:n[’']t|\s+not)\s+(?:yet\s+|immediately\s+)?know\s+"
        r"(?:whether|if|for\s+sure|for\s+certain)\b",
    ),
    ("unclear", r"\bunsubstantiated\b"),
    (
        "unclear",
        r"\bno\s+(?:concrete|reliable|official|firm|exact|precise|accurate)\s+"
        r"(?:estimates?|figures?|numbers?|counts?|tolls?)\b",
    ),
)
"""Hedges in the report's own voice that :data:`HEDGE_PATTERNS` (shared with attribution) does not
list: hearsay, belief, possibility and what is not (yet) known."""

_NARRATOR_HEDGES: tuple[tuple[str, str], ...] = (
    # Likelihood: "he will likely die in prison", "likely the most expensive", "it was unlikely
    # to have been an attack"
    ("unclear", r"\b(?:un)?likely\b(?!\s+(?:candidates?|suspects?)\b)"),
    ("unclear", r"\bprobably\b"),  # "the plan probably would not work"
    # Modal possibility with "be" and no passive participle after it: "One factor could be
    # race", "it may not be over yet" (not "could be seen", "may be charged")
    (
        "unclear",
        r"\b(?:may|might|could)(?:\s+not)?\s+(?:well\s+|also\s+)?be"
        r"(?=\s+(?![a-z]+(?:ed|en|wn)\b)[a-z])",
    ),
    # "a possible death penalty trial", "a possible gas leak"
    ("unclear", r"\ba\s+possible(?=\s+[a-z])"),
    # Belief with no one named, or a source's belief: "It is thought that", "It is believed",
    # "police believe the gunman acted alone" ("it is feared" is read in quotations too, above)
    (
        "apparently",
        r"\bit\s+(?:is|was|had\s+been|has\s+been)\s+(?:widely\s+|now\s+)?"
        r"(?:thought|believed|understood|suspected)\b",
    ),
    (
        "apparently",
        r"\b(?:police|authorities|officials|investigators|prosecutors|detectives)\s+"
        r"(?:now\s+|also\s+|still\s+)?believed?\b(?!\s+to\b)",
    ),
    # Hearsay: "There were reports that", "there are unconfirmed reports of"
    (
        "reportedly",
        r"\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:also\s+)?"
        r"(?:unconfirmed\s+|conflicting\s+|some\s+)?reports\s+(?:that|of)\b",
    ),
)
"""Hedges read only outside quotations: a report's own doubt in modal or likelihood words
(inside a quotation "could be" and "likely" are too often the speaker's plain talk)."""

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in HEDGE_PATTERNS + _REPORT_HEDGES
)
_NARRATOR_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _NARRATOR_HEDGES
)
_CONCESSIVE = re.compile(r",?\s+(?:though|although|but|while)\s+[^,]*$", re.IGNORECASE)
_CLAIM_THAT = re.compile(
    r"\b(?:claim(?:s|ed)?|sa(?:id|ys)|alleg(?:es|ed)|report(?:s|ed))\s+that\s+", re.IGNORECASE
)


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans, mended where a parser cut one without a final mark."""
    spans: list[tuple[int, int]] = []
    for token in doc:
        if spans and token.idx < spans[-1][1]:
            continue
        sentence = sentence_of(token)
        spans.append((sentence.start_char, sentence.end_char))
    return spans


def read_hedges(article: Article, doc: Doc) -> tuple[Hedge, ...]:
    """Every hedge in the readable blocks of the article, in text order."""
    text = article.text
    sentences = _sentences(doc) or [(0, len(text))]
    found: dict[tuple[int, int], tuple[str, int, int]] = {}
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if not article.is_readable(start):
                continue
            if any(s <= start < e or start <= s < end for (s, e) in found):
                continue
            scope = _scope(text, sentences, start)
            found[(start, end)] = (kind, *scope)
    quotes = find_quotes(text)
    for kind, pattern in _NARRATOR_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if not article.is_readable(start) or quote_at(quotes, start) is not None:
                continue
            if any(s <= start < e or start <= s < end for (s, e) in found):
                continue
            found[(start, end)] = (kind, *_scope(text, sentences, start))
    hedges = []
    for number, ((start, end), (kind, scope_start, scope_end)) in enumerate(
        sorted(found.items()), start=1
    ):
        hedges.append(
            Hedge(
                id=f"{article.id}-h{number}",
                article_id=article.id,
                kind=kind,
                cue=article.span(start, end),
                scope=article.span(scope_start, scope_end),
            )
        )
    return tuple(hedges)


def _scope(text: str, sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    sentence_start, sentence_end = next(
        ((s, e) for s, e in sentences if s <= offset < e), (offset, len(text))
    )
    while sentence_start < offset and text[sentence_start].isspace():
        sentence_start += 1
    while sentence_end > sentence_start and text[sentence_end - 1] in " \t\r\n.":
        sentence_end -= 1
    before = text[sentence_start:offset]
    concessive = _CONCESSIVE.search(before)
    if concessive is not None and concessive.start() > 0:
        clause_end = sentence_start + concessive.start()
        claims = list(_CLAIM_THAT.finditer(text, sentence_start, clause_end))
        clause_start = claims[-1].end() if claims else sentence_start
        return clause_start, clause_end
    return sentence_start, sentence_end
