"""Group figures and claims that speak of the same thing across articles, and give verdicts.

Reads: figures, attributions, hedges, entities. Adds: Facts with Verdicts and summary ranges.
"""

from __future__ import annotations

from corroborate.record import Article, Attribution, Entity, Fact, Figure, Hedge


def align_facts(
    articles: tuple[Article, ...],
    figures: tuple[Figure, ...],
    attributions: tuple[Attribution, ...],
    hedges: tuple[Hedge, ...],
    entities: tuple[Entity, ...],
) -> tuple[Fact, ...]:
    """Facts: figures of the same category and population across articles, with verdicts."""
    return ()
