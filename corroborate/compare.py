"""The pipeline in one function: ingest -> read (per article) -> reconcile -> EventRecord."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from corroborate._version import __version__
from corroborate.embeddings import preload_encoder
from corroborate.errors import NothingToCompareError
from corroborate.ingest import Loaded, load_sources
from corroborate.nlp import load_pipeline, pipeline_version
from corroborate.read import read_article
from corroborate.reconcile import reconcile
from corroborate.record import Article, EventRecord, Problem, Reading, Versions

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
    loaded = _load(sources, timeout)
    return compare_articles(loaded.articles, problems=loaded.problems, progress=progress)


def _load(sources: Iterable[str | Path], timeout: float) -> Loaded:
    """The sources read, or :class:`NothingToCompareError` when none gave an article."""
    loaded = load_sources([str(source) for source in sources], timeout=timeout)
    if not loaded.articles:
        details = "; ".join(problem.message for problem in loaded.problems) or "no sources given"
        raise NothingToCompareError(f"nothing to compare: {details}")
    return loaded


def compare_events(
    sources: Iterable[str | Path],
    *,
    timeout: float = 20.0,
    progress: Progress | None = None,
) -> tuple[EventRecord, ...]:
    """Compare reports of several events: the reports are grouped by event
    (:func:`corroborate.reconcile.events.group_by_event`) and each group is compared on its own.

    Records come in the order of their first source. Sources that cannot be read are listed in
    every record's ``problems``. Raises :class:`NothingToCompareError` when no source gave an
    article.
    """
    loaded = _load(sources, timeout)
    return compare_articles_by_event(loaded.articles, problems=loaded.problems, progress=progress)


def compare_articles_by_event(
    articles: Iterable[Article],
    *,
    problems: Iterable[Problem] = (),
    progress: Progress | None = None,
) -> tuple[EventRecord, ...]:
    """Group articles already read by event and compare each group (the second half of
    :func:`compare_events`). Every article is parsed once."""
    from corroborate.reconcile.events import group_by_event

    ordered, readings = _read_all(articles, progress)
    groups = group_by_event(ordered, readings)
    problems = tuple(problems)
    return tuple(
        _record(
            tuple(ordered[index] for index in group),
            tuple(readings[index] for index in group),
            problems,
        )
        for group in groups
    )


def compare_articles(
    articles: Iterable[Article],
    *,
    problems: Iterable[Problem] = (),
    progress: Progress | None = None,
) -> EventRecord:
    """Compare articles already read (the second half of :func:`compare`)."""
    ordered, readings = _read_all(articles, progress)
    return _record(ordered, readings, tuple(problems))


def _read_all(
    articles: Iterable[Article], progress: Progress | None
) -> tuple[tuple[Article, ...], tuple[Reading, ...]]:
    """The articles without duplicates (same id), in order, and each one's reading."""
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
    return ordered, tuple(readings)


def _record(
    ordered: tuple[Article, ...], readings: tuple[Reading, ...], problems: tuple[Problem, ...]
) -> EventRecord:
    reconciled = reconcile(ordered, readings)
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
        problems=problems,
    )


def record_id(articles: Iterable[Article]) -> str:
    """The record's id: a hash of its sorted article ids."""
    joined = ",".join(sorted(article.id for article in articles))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def _models() -> dict[str, str]:
    from corroborate.embeddings import DISTRIBUTION, MODEL_NAME

    return {"nlp": pipeline_version(), "embeddings": f"{MODEL_NAME} ({DISTRIBUTION} 0.1.0)"}
