"""Statements that may be compared across reports: sentences that name something or a year.

Reads: the article, its Doc, its mentions and attributions. Adds: Claims (the sentence, its
claimer when it sits inside an attribution, whether it is negated, the years and names it holds).
Figures are compared separately; claims carry what numbers cannot: who raided what, when the group
was taken in, what a party denies.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from corroborate.record import Article, Attribution, Claim, Mention

YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|,\d|'?s\b)")
"""A year written in digits; not a decade ("the 1950s", "the 1950's": no single year)."""
DENIAL_WORDS = frozenset(
    {
        "denied",
        "denies",
        "deny",
        "rejected",
        "rejects",
        "disputed",
        "disputes",
        "refuted",
        "refutes",
        "discounted",
        "discounts",
    }
)
MIN_CHARS = 25


def read_claims(
    article: Article,
    doc: Doc,
    mentions: tuple[Mention, ...],
    attributions: tuple[Attribution, ...],
) -> tuple[Claim, ...]:
    """One Claim per readable sentence that names something or a year."""
    claims: list[Claim] = []
    for sentence in doc.sents:
        start, end = _trimmed(sentence)
        if end - start < MIN_CHARS or not article.is_readable(start):
            continue
        inside = tuple(m.span for m in mentions if start <= m.span.start and m.span.end <= end)
        years = tuple(sorted({int(y) for y in YEAR.findall(article.text[start:end])}))
        if not inside and not years:
            continue
        attribution = _covering(attributions, start, end)
        claims.append(
            Claim(
                id=f"{article.id[:8]}-c{len(claims) + 1}",
                article_id=article.id,
                text=article.span(start, end),
                claimer=attribution.claimer if attribution else None,
                attribution_id=attribution.id if attribution else None,
                negated=_negated(sentence)
                or bool(attribution and attribution.kind in {"denial", "dispute"}),
                years=years,
                mentions=inside,
            )
        )
    return tuple(claims)


def _trimmed(sentence: DocSpan) -> tuple[int, int]:
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.end_char - (len(text) - len(text.rstrip()))
    return start, end


def _covering(attributions: tuple[Attribution, ...], start: int, end: int) -> Attribution | None:
    """The attribution whose content covers most of the sentence (at least half), if any."""
    best, best_overlap = None, 0
    for attribution in attributions:
        overlap = min(end, attribution.content.end) - max(start, attribution.content.start)
        if overlap * 2 >= end - start and overlap > best_overlap:
            best, best_overlap = attribution, overlap
    return best


def _negated(sentence: DocSpan) -> bool:
    """Whether the sentence as a whole denies: a denial verb, or a negation of its main verb
    (a "not" inside a subordinate clause does not deny the statement)."""
    if any(token.lower_ in DENIAL_WORDS for token in sentence):
        return True
    if sentence.doc.has_annotation("DEP"):
        return any(token.dep_ == "neg" and token.head.dep_ == "ROOT" for token in sentence)
    return False
