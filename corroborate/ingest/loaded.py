"""What reading sources gives: articles, and the sources that could not be read."""

from __future__ import annotations

from dataclasses import dataclass

from corroborate.record import Article, Problem

__all__ = ["Loaded"]


@dataclass(frozen=True)
class Loaded:
    """Articles read from the sources, and the sources that could not be read."""

    articles: tuple[Article, ...]
    """Every article read, in the order of the sources."""
    problems: tuple[Problem, ...]
    """One per source (or JSON line) that could not be read, with a one-line message."""
