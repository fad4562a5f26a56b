"""Helpers for the figure tests: read an invented text's figures, and the GVDB benchmark's
per-article counts for it."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from corroborate.nlp import load_pipeline
from corroborate.read import read_article
from corroborate.read.figures import read_figures
from corroborate.record import Article, Attribution, Figure


def fixture_article(text: str) -> Article:
    """An invented article with an outlet and no blocks."""
    return Article(id="fixture", text=text, source="fixture.txt", outlet="Velmora Post")


def figures_by_text(text: str, attributions: tuple[Attribution, ...] = ()) -> dict[str, Figure]:
    """The figures of ``text`` (with the given attributions, no hedges) by their written text."""
    figures = read_figures(fixture_article(text), load_pipeline()(text), attributions, ())
    return {figure.span.text: figure for figure in figures}


def gvdb_counts(text: str) -> dict[str, int]:
    """The GVDB benchmark's per-article counts (benchmarks/figures_gvdb.py) for an invented
    article."""
    benchmarks = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(benchmarks))
    try:
        figures_gvdb = importlib.import_module("figures_gvdb")
    finally:
        sys.path.remove(str(benchmarks))
    article = Article(id="fixture", text=text, source="fixture.txt")
    figures = read_article(article, load_pipeline()).figures
    counts: dict[str, int] = figures_gvdb.predicted_counts(figures, article)
    return counts
