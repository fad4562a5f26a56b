"""Helpers for the attribution tests: read an invented text and list (source, cue, content)."""

from __future__ import annotations

from corroborate.ingest.text import article_id
from corroborate.nlp import load_pipeline
from corroborate.read.attribution import read_attributions
from corroborate.read.mentions import read_mentions
from corroborate.record import Article, Attribution, Block


def read_spans(text: str) -> tuple[Attribution, ...]:
    """Every attribution of ``text`` read as one body block, each span checked against the text."""
    article = Article(
        id=article_id(text), text=text, source="test", blocks=(Block("body", 0, len(text)),)
    )
    doc = load_pipeline()(text)
    found = read_attributions(article, doc, read_mentions(article, doc))
    for attribution in found:
        for span in (
            attribution.content,
            attribution.cue,
            attribution.claimer and attribution.claimer.span,
        ):
            if span is not None:
                assert text[span.start : span.end] == span.text
    return found


def source_cue_content(found: tuple[Attribution, ...]) -> set[tuple[str | None, str | None, str]]:
    """(source, cue, content) texts of each attribution; None where there is no source or cue."""
    return {
        (
            a.claimer.span.text if a.claimer and a.claimer.span else None,
            a.cue.text if a.cue else None,
            a.content.text,
        )
        for a in found
    }
