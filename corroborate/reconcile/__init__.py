"""Across articles: one entity per real thing, claimers linked to entities, facts with verdicts."""

from __future__ import annotations

from dataclasses import dataclass

from corroborate.reconcile.align import align_facts
from corroborate.reconcile.claims import align_claims
from corroborate.reconcile.resolve import link_claimers, resolve_entities
from corroborate.record import Article, Attribution, Claim, Entity, Fact, Figure, Hedge, Reading

__all__ = ["Reconciled", "reconcile"]


@dataclass(frozen=True)
class Reconciled:
    """What reconciliation adds to the per-article readings."""

    entities: tuple[Entity, ...]
    attributions: tuple[Attribution, ...]
    figures: tuple[Figure, ...]
    hedges: tuple[Hedge, ...]
    facts: tuple[Fact, ...]
    claims: tuple[Claim, ...]


def reconcile(articles: tuple[Article, ...], readings: tuple[Reading, ...]) -> Reconciled:
    """Resolve entities across articles, link every claimer to its entity, align figures and
    claims into facts."""
    entities = resolve_entities(articles, readings)
    linked = link_claimers(readings, entities, texts={a.id: a.text for a in articles})
    attributions = tuple(a for reading in linked for a in reading.attributions)
    figures = tuple(f for reading in linked for f in reading.figures)
    hedges = tuple(h for reading in linked for h in reading.hedges)
    figure_facts = align_facts(articles, figures, attributions, hedges, entities)
    claims = tuple(c for reading in linked for c in reading.claims)
    claim_facts, grouped_claims = align_claims(
        articles, claims, entities, first_fact_number=len(figure_facts) + 1
    )
    return Reconciled(
        entities, attributions, figures, hedges, figure_facts + claim_facts, grouped_claims
    )
