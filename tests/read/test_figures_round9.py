"""Figures, GVDB round 9 (issue 5): people hurt by their own shot, intersections, and the
claimer of a quotation continued from the sentence before.

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


def test_a_street_number_in_an_intersection_is_no_count() -> None:
    figures = _read("The suspect shot at 26 & Orvane has been pronounced dead.")
    assert all(figure.best != 26.0 for figure in figures.values())
    figures = _read("Police said a man was shot near 14 and Birch on Monday.")
    assert all(figure.best != 14.0 for figure in figures.values())


def test_counts_joined_by_and_stay_counts() -> None:
    figures = _read("Gunmen killed 26 and wounded 14 in Orvane.")
    assert (figures["26"].category, figures["14"].category) == ("killed", "injured")
