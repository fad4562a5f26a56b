"""Figures, GVDB round 8 (issue 5): distinct victims of one event, summed.

Every sentence here is invented (made-up places and people).
"""

from __future__ import annotations

from corroborate.nlp import load_pipeline
from corroborate.read.figures import read_figures
from corroborate.record import Article, Figure


def _read(text: str) -> dict[str, Figure]:
    article = Article(id="fixture", text=text, source="fixture.txt", outlet="Velmora Post")
    figures = read_figures(article, load_pipeline()(text), (), ())
    return {figure.span.text: figure for figure in figures}


def test_a_victim_and_someone_elses_relative_are_two_dead() -> None:
    figures = _read(
        "The deputy who fatally shot a young man and the man's elderly neighbor is suing the city."
    )
    both = figures["a young man and the man's elderly neighbor"]
    assert (both.best, both.category) == (2.0, "killed")


def test_a_possessive_thing_is_no_second_victim() -> None:
    figures = _read("A woman and her son's car were hit.")
    assert all(figure.best != 2.0 for figure in figures.values())
