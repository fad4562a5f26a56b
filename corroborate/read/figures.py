"""Counts in one article: value range, qualifier, category, population, polarity, claimer.

Reads: the article, its Doc, its attributions (for claimers) and hedges. Adds: Figures.
"""

from __future__ import annotations

from spacy.tokens import Doc

from corroborate.record import Article, Attribution, Figure, Hedge


def read_figures(
    article: Article,
    doc: Doc,
    attributions: tuple[Attribution, ...],
    hedges: tuple[Hedge, ...],
) -> tuple[Figure, ...]:
    """Every count in the readable blocks of the article."""
    return ()
