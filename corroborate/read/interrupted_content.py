"""Contents that the cue interrupts: "“The plan,” he said, “is dead.”" and "The plan, he said, is
dead." PolNeAR annotates such a content as two pieces around the cue. An attribution's content is
one span, so the piece the reader did not take becomes a second attribution with the same cue and
source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from corroborate.read.content_spans import clause_after_cue, start_of_clause
from corroborate.read.cues import PARTICIPLE_FORMS, REPORTING_VERBS
from corroborate.read.doc_offsets import text_of
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.quotes import OPENING_QUOTES, quote_at, quote_ending_at
from corroborate.read.sentences import sentence_of

# Rule: the piece of an interrupted content that the cue's reader left out is added.

_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]+")
_BEFORE_COMMA = re.compile(r",[”\"']?[ \t]*$")
_NOT_CONTINUATIONS = frozenset(
    {"who", "which", "whose", "where", "when", "according", "and", "but", "as", "in", "on", "at"}
    | {"adding", "noting", "before", "after", "while", "although", "though", "because", "if"}
)
"""First words after "he said," that start something other than the rest of the content."""


def interrupted_pieces(
    doc: Doc, found: Sequence[FoundAttribution], quotes: Sequence[tuple[int, int]]
) -> list[FoundAttribution]:
    """For each cue set inside its content (", he said,"), the other piece of that content."""
    text = text_of(doc)
    taken = {item.content for item in found if item.content is not None}
    added: list[FoundAttribution] = []
    for item in found:
        if item.content is None or item.verb is None or item.coordinated or item.colon:
            continue
        region_start, region_end = item.cue_start, item.cue_end
        if item.source is not None:
            region_start = min(region_start, item.source[0])
            region_end = max(region_end, item.source[1])
        pieces = _pieces(doc, text, region_start, region_end, quotes)
        if pieces is None:
            continue
        before, after = pieces
        if item.content == before and after not in taken:
            added.append(replace(item, content=after, content_after=True))
            taken.add(after)
        elif item.content == after and before not in taken:
            added.append(replace(item, content=before, content_after=False))
            taken.add(before)
    return added


def _pieces(
    doc: Doc, text: str, region_start: int, region_end: int, quotes: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The content pieces before and after a cue region set off by commas, or None."""
    line_start = text.rfind("\n", 0, region_start) + 1
    head = text[line_start:region_start]
    comma = _BEFORE_COMMA.search(head)
    match = _AFTER_COMMA.match(text, region_end)
    if comma is None or match is None or match.end() >= len(text):
        return None
    first_token = doc.char_span(region_start, region_end, alignment_mode="expand")
    if first_token is None:
        return None
    sentence = sentence_of(first_token[0])
    before_end = line_start + comma.start()
    closing = head[comma.start() + 1 : comma.end()].strip(" \t")
    if closing:
        quote = quote_ending_at(quotes, line_start + comma.start() + 2)
        if quote is None:
            return None
        before = quote
    else:
        begin = start_of_clause(doc, sentence, before_end)
        if begin >= before_end or text[begin] in OPENING_QUOTES:
            return None
        # "In the end, Okafor said, the vote was close": the adverbial is the first piece, as
        # PolNeAR annotates it (train, 2026-11-25: of 24 such pieces, 19 are exact gold).
        before = (begin, before_end)
    after_start = match.end()
    if text[after_start] in OPENING_QUOTES:
        if not closing:
            return None  # "On the subject of the port, Okonjo added, “...”": an adverbial
        quote = quote_at(quotes, after_start)
        if quote is None or quote[0] != after_start:
            return None
        return before, quote
    if closing:
        return None
    word = re.match(r"[\w’'-]+", text[after_start:])
    if word is None or not word.group().islower():
        return None
    lowered = word.group()
    if lowered in _NOT_CONTINUATIONS or lowered in PARTICIPLE_FORMS or lowered in REPORTING_VERBS:
        return None
    tokens = doc.char_span(after_start, after_start + len(lowered), alignment_mode="expand")
    if tokens is None:
        return None
    after = clause_after_cue(doc, tokens.start, sentence, quotes)
    if after is None:
        return None
    return before, after
