"""Sentences as the attribution reader needs them: the pipeline's boundaries, mended where a
splitter cut after a title or left a quotation's opening mark behind.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from corroborate.read.quotes import CLOSING_QUOTE_TOKENS

ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "govs",
        "lt",
        "gen",
        "col",
        "sgt",
        "st",
        "fr",
        "rev",
        "prof",
        "jr",
        "sr",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "atty",
        "no",
        "u.s",
        "u.n",
        "u.k",
        "inc",
        "corp",
        "co",
        "vs",
        "jan",
        "feb",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)


def _ends_with_abbreviation(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` ends a title or abbreviation ("Sen.", "Dr", ".")."""
    if index < 0:
        return False
    token = doc[index]
    if token.text == "." and index > 0:
        return doc[index - 1].lower_.rstrip(".") in ABBREVIATIONS
    return token.text.endswith(".") and token.lower_.rstrip(".") in ABBREVIATIONS


def sentence_of(token: Token) -> DocSpan:
    """The token's sentence, mended where a splitter cut inside one: after a title ("Sen. |
    Marco Rubio") or anywhere with no full stop, question or exclamation mark (a parser's
    sentence boundaries are less sure than punctuation); never across a line break."""
    doc = token.doc
    bounds = _sentence_bounds(doc)
    start, end = bounds[token.i]
    while (
        start > 0
        and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text
        and (_ends_with_abbreviation(doc, start - 1) or not _ends_sentence(doc, start - 1))
    ):
        start = bounds[start - 1][0]
    while (
        end < len(doc)
        and "\n" not in doc[end - 1].whitespace_ + doc[end - 1].text
        and (_ends_with_abbreviation(doc, end - 1) or not _ends_sentence(doc, end - 1))
    ):
        end = bounds[end][1]
    return doc[start:end]


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token, the (start, end) token indices of its sentence as the pipeline split it;
    computed once per Doc (``token.sent`` scans the document on every call)."""
    cached = doc.user_data.get("corroborate_sentence_bounds")
    if cached is None or len(cached) != len(doc):
        cached = [(0, 0)] * len(doc)
        for start, end in _mended_sentences(doc):
            for index in range(start, end):
                cached[index] = (start, end)
        doc.user_data["corroborate_sentence_bounds"] = cached
    return cached


def _opening_mark(doc: Doc, index: int) -> bool:
    """A quote mark that opens a quotation: after a space (or first) and glued to the next word."""
    token = doc[index]
    return (
        token.text in {"''", "“", '"', "``", "‘"}
        and not token.whitespace_
        and (index == 0 or bool(doc[index - 1].whitespace_) or doc[index - 1].is_space)
    )


def _mended_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The pipeline's sentences, with the mark that opens a quotation moved to the sentence it
    opens: splitters leave it at the end of the sentence before ("... said Broch. ''") or alone."""
    sentences = [(sentence.start, sentence.end) for sentence in doc.sents]
    for position in range(len(sentences) - 1):
        start, end = sentences[position]
        if end > start and _opening_mark(doc, end - 1):
            sentences[position] = (start, end - 1)
            sentences[position + 1] = (end - 1, sentences[position + 1][1])
    return [(start, end) for start, end in sentences if start < end]


def _ends_sentence(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` closes a sentence: a final mark, or a quote after one."""
    text = doc[index].text
    if text in {".", "!", "?", "..."} or (text.endswith(".") and len(text) > 1 and text[-2] != "."):
        return True
    if text in CLOSING_QUOTE_TOKENS and index > 0:
        return doc[index - 1].text in {".", "!", "?"} or doc[index - 1].text.endswith(
            (".", "!", "?")
        )
    return False


def abbreviation_before(clause: str, position: int) -> bool:
    """Whether the full stop at ``position`` ends an abbreviation or an initial ("Mr.", "J.")."""
    word = re.findall(r"[\w.]+$", clause[:position])
    if not word:
        return False
    last = word[0].lower().rstrip(".")
    return len(last.split(".")[-1]) <= 1 or last in ABBREVIATIONS or "." in last
