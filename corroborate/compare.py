"""The pipeline in one function: ingest -> read (per article) -> reconcile -> EventRecord."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from corroborate._version import __version__
from corroborate.embeddings import preload_encoder
from corroborate.errors import NothingToCompareError
from corroborate.ingest import load_sources
from corroborate.nlp import load_pipeline, pipeline_version
from corroborate.read import read_article
from corroborate.reconcile import reconcile
from corroborate.record import Article, EventRecord, Problem, Versions

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each article is read."""


def compare(
    sources: Iterable[str | Path],
    *,
    timeout: float = 20.0,
    progress: Progress | None = None,
) -> EventRecord:
    """Compare reports of one event: text files, HTML files, URLs or JSON-lines files of articles.

    Sources that cannot be read are listed in ``record.problems``; the others are still compared.
    Raises :class:`NothingToCompareError` when no source gave an article.
    """
    loaded = load_sources([str(source) for source in sources], timeout=timeout)
    if not loaded.articles:
        details = "; ".join(problem.message for problem in loaded.problems) or "no sources given"
        raise NothingToCompareError(f"nothing to compare: {details}")
    return compare_articles(loaded.articles, problems=loaded.problems, progress=progress)


def compare_articles(
    articles: Iterable[Article],
    *,
    problems: Iterable[Problem] = (),
    progress: Progress | None = None,
) -> EventRecord:
    """Compare articles already read (the second half of :func:`compare`)."""
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    ordered = tuple(unique.values())
    if len(ordered) > 1:
        preload_encoder()  # claims across reports need it; load it while the articles are parsed
    nlp = load_pipeline()
    readings = []
    for done, article in enumerate(ordered, start=1):
        readings.append(read_article(article, nlp))
        if progress is not None:
            progress(done, len(ordered))
    reconciled = reconcile(ordered, tuple(readings))
    return EventRecord(
        id=record_id(ordered),
        articles=ordered,
        versions=Versions(tool=__version__, models=_models()),
        entities=reconciled.entities,
        attributions=reconciled.attributions,
        figures=reconciled.figures,
        hedges=reconciled.hedges,
        facts=reconciled.facts,
        claims=reconciled.claims,
        problems=tuple(problems),
    )


def record_id(articles: Iterable[Article]) -> str:
    """The record's id: a hash of its sorted article ids."""
    joined = ",".join(sorted(article.id for article in articles))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def _models() -> dict[str, str]:
    from corroborate.embeddings import DISTRIBUTION, MODEL_NAME

    return {"nlp": pipeline_version(), "embeddings": f"{MODEL_NAME} ({DISTRIBUTION} 0.1.0)"}
