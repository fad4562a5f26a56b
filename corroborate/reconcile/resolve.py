"""One entity per real thing across articles, and claimers linked to those entities.

Reads: every article's mentions. Adds: Entities; Claimer.entity_id on attributions and figures.
"""

from __future__ import annotations

from corroborate.record import Article, Entity, Reading


def resolve_entities(
    articles: tuple[Article, ...], readings: tuple[Reading, ...]
) -> tuple[Entity, ...]:
    """Group mentions from all articles into entities (no false merges)."""
    return ()


def link_claimers(readings: tuple[Reading, ...], entities: tuple[Entity, ...]) -> tuple[Reading, ...]:
    """The readings with every claimer's ``entity_id`` set where its span or antecedent is a
    mention of an entity."""
    return readings
