"""Sources become articles: text files, HTML files, URLs, JSON-lines files.

Each reader returns Articles or raises a SourceError naming the source; ``load_sources`` collects
both so that one bad source never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from corroborate.errors import SourceError
from corroborate.ingest.text import read_text_file
from corroborate.record import Article, Problem

__all__ = ["Loaded", "load_sources"]


@dataclass(frozen=True)
class Loaded:
    """Articles read from the sources, and the sources that could not be read."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


def load_sources(sources: Iterable[str], *, timeout: float = 20.0) -> Loaded:
    """Read every source; a source that fails becomes a Problem, the rest are still read."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            articles.extend(read_source(source, timeout=timeout))
        except SourceError as error:
            problems.append(Problem(source=error.source, message=str(error)))
    return Loaded(tuple(articles), tuple(problems))


def read_source(source: str, *, timeout: float = 20.0) -> list[Article]:
    """The articles in one source."""
    return [read_text_file(source)]
