"""Facts and verdicts: general causes the second held-out ECB+ set revealed (issue 5).

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from corroborate.reconcile.align import align_facts
from corroborate.record import Article, Fact, Figure


def _articles(*texts: str) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"a{n}", text=text, source=f"a{n}.txt", outlet=f"Outlet {n}")
        for n, text in enumerate(texts, start=1)
    )


def _figure(
    figure_id: str,
    article: Article,
    written: str,
    low: float | None,
    high: float | None,
    category: str,
    *,
    population: str | None = "people",
    best: float | None = None,
) -> Figure:
    start = article.text.index(written)
    return Figure(
        id=figure_id,
        article_id=article.id,
        span=article.span(start, start + len(written)),
        low=low,
        high=high,
        best=best if best is not None else high,
        category=category,
        sentence=article.span(0, len(article.text)),
        population=population,
    )


def _grouped(articles: tuple[Article, ...], *figures: Figure) -> list[tuple[str, ...]]:
    facts: tuple[Fact, ...] = align_facts(articles, figures, (), (), ())
    return sorted(fact.figure_ids for fact in facts)


def test_how_many_a_building_holds_is_not_how_many_were_inside() -> None:
    articles = _articles(
        "A handful of people were inside the chapel when the fire started.",
        "The chapel normally accommodates congregations of up to 900 people.",
        "Several people were inside the chapel at the time.",
        "The hall, which accommodates up to 900 people, was gutted.",
    )
    grouped = _grouped(
        articles,
        _figure("p1", articles[0], "A handful", 2, 5, "population"),
        _figure("p2", articles[1], "up to 900", None, 900, "population"),
        _figure("p3", articles[2], "Several", 3, 9, "population"),
        _figure("p4", articles[3], "up to 900", None, 900, "population"),
    )
    assert grouped == [("p1", "p3"), ("p2", "p4")]


def test_children_among_the_people_inside_are_a_fact_of_their_own() -> None:
    articles = _articles(
        "A handful of people, including two children, were inside the chapel.",
        "Several people, two of them children, were inside the chapel.",
    )
    grouped = _grouped(
        articles,
        _figure("p1", articles[0], "A handful", 2, 5, "population"),
        _figure("c1", articles[0], "two", 2, 2, "population", population="children"),
        _figure("p2", articles[1], "Several", 3, 9, "population"),
        _figure("c2", articles[1], "two of them", 2, 2, "population", population="children"),
    )
    assert grouped == [("c1", "c2"), ("p1", "p2")]


def test_rioters_are_a_crowd_not_the_people_inside_a_building() -> None:
    articles = _articles(
        "Later several dozen youths hurled petrol bombs at riot police in Karvel.",
        "As many as 20 people had been inside the bank in Karvel.",
    )
    grouped = _grouped(
        articles,
        _figure("y1", articles[0], "several dozen", 24, 99, "population"),
        _figure("b1", articles[1], "As many as 20", None, 20, "population"),
    )
    assert grouped == [("b1",), ("y1",)]
