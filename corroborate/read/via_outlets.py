"""The outlet that carried the words ("first reported by Radio Meridian", "a statement by the
union"): stripped from sources and kept as the attribution's ``via``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from corroborate.read.doc_offsets import text_of
from corroborate.read.found_attribution import FoundAttribution
from corroborate.record import Article, Span

_VIA_PREFIX = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:joint\s+)?statement|report(?:ing)?|reports|analysis|study|survey|"
    r"poll|letter|complaint|post|tweet|release|press release|video|filing|account)\s+"
    r"(?:by|from|of|in|released by|issued by)\s+",
    re.IGNORECASE,
)
_FIRST_REPORTED = re.compile(
    r"\b(?:first\s+)?(?:reported|published|quoted|carried|cited)\s+(?:by|in)\s+"
    r"((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)"
)


def strip_via_prefix(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    words = text_of(doc)[span[0] : span[1]]
    match = _VIA_PREFIX.match(words)
    if match and match.end() < len(words):
        return (span[0] + match.end(), span[1])
    return span


def strip_text_via_prefix(words: str) -> str:
    match = _VIA_PREFIX.match(words)
    return words[match.end() :] if match and match.end() < len(words) else words


def via_outlet(article: Article, item: FoundAttribution) -> Span | None:
    if item.via is not None:
        return article.span(*item.via)
    sentence_end = article.text.find("\n", item.cue_end)
    sentence_end = len(article.text) if sentence_end < 0 else sentence_end
    window = article.text[item.cue_end : min(sentence_end, item.cue_end + 80)]
    stop = re.search(r"[.”\"]", window)
    window = window[: stop.start()] if stop else window
    match = _FIRST_REPORTED.search(window)
    if match is None:
        return None
    start = item.cue_end + match.start(1)
    return article.span(start, start + len(match.group(1)))
