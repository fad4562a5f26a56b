"""Statements that may be compared across reports: sentences that name something or a year.

Reads: the article, its Doc, its mentions and attributions. Adds: Claims (the sentence, its
claimer when it sits inside an attribution, whether it is negated, the years and names it holds).
Figures are compared separately; claims carry what numbers cannot: who raided what, when the group
was taken in, what a party denies.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
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


NEGATIONS = frozenset({"not", "n't", "never"})
"""Words that negate the verb (or the predicate of "to be") they attach to."""
_COMPLEMENT = frozenset({"ccomp", "xcomp"})
_SIDE_CLAUSE = frozenset({"advcl", "acl", "acl:relcl", "ccomp", "csubj"})
"""Clauses beside the statement: a denial verb in one does not deny the sentence."""


def _negated(sentence: DocSpan) -> bool:
    """Whether the sentence as a whole denies.

    With a parse, a denial verb denies the statement unless it sits in a clause beside it
    ("While some speculated that X, he denied the accusations" read with "denied" under
    "speculated"; "when he denied an offer"), where it denies only when it takes a clause of
    its own ("officials say he denied that X"). When the main verb is a denial verb and a verb
    coordinated with it has a subject of its own ("has rejected Y, so they are going after Z"),
    the sentence makes two statements and is not read as a denial. A negated denial verb ("did
    not deny") denies nothing. Without a parse, any denial verb denies.

    A plain negation ("did not", "was not", "insisted he was not") does not make the claim a
    denial: on news text it more often negates one part of a sentence than the statement another
    report makes (measured in docs/claims.md). Reconciling does not let a claim that holds a
    negation stand as the asserted side of a conflict of denial."""
    if not sentence.doc.has_annotation("DEP"):
        return any(token.lower_ in DENIAL_WORDS for token in sentence)
    if _two_statements(sentence):
        return False
    for token in sentence:
        if token.lower_ in DENIAL_WORDS and _negation_of(token):
            continue
        if token.lower_ in DENIAL_WORDS and (
            not _in_side_clause(token, sentence)
            or any(child.dep_ in _COMPLEMENT for child in token.children)
        ):
            return True
    return False


def _negation_of(verb: Token) -> bool:
    """Whether the verb is negated ("did not deny": no denial)."""
    return any(child.lower_ in NEGATIONS for child in verb.children)


def _in_side_clause(token: Token, sentence: DocSpan) -> bool:
    """Whether the token sits in a subordinate clause or a clause beside the statement."""
    while token.i != sentence.root.i and token.head.i != token.i:
        if token.dep_ in _SIDE_CLAUSE:
            return True
        token = token.head
    return False


def _two_statements(sentence: DocSpan) -> bool:
    """Whether the root is a denial verb and a word coordinated with it has a subject of its
    own: the sentence then makes two statements and the denial governs only one of them."""
    root = sentence.root
    return root.lower_ in DENIAL_WORDS and any(
        child.dep_ == "conj" and any(grand.dep_.startswith("nsubj") for grand in child.children)
        for child in root.children
    )
