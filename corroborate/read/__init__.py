"""Per-article stages: each reads one article (and its parsed ``Doc``) and returns what it adds.

No stage here looks at another article; only ``corroborate.reconcile`` does.
"""

from __future__ import annotations

from spacy.language import Language

from corroborate.read.attribution import read_attributions
from corroborate.read.claims import read_claims
from corroborate.read.figures import read_figures
from corroborate.read.hedges import read_hedges
from corroborate.read.mentions import read_mentions
from corroborate.record import Article, Reading

__all__ = ["read_article"]


def read_article(article: Article, nlp: Language) -> Reading:
    """Parse one article once and run every per-article stage over it."""
    doc = nlp(article.text)
    mentions = read_mentions(article, doc)
    attributions = read_attributions(article, doc, mentions)
    hedges = read_hedges(article, doc)
    figures = read_figures(article, doc, attributions, hedges)
    claims = read_claims(article, doc, mentions, attributions)
    return Reading(
        article_id=article.id,
        mentions=mentions,
        attributions=attributions,
        figures=figures,
        hedges=hedges,
        claims=claims,
    )
