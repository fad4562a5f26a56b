"""Facts and verdicts: general causes the second held-out ECB+ set revealed (issue 5).

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from dataclasses import replace

from corroborate.reconcile.align import align_facts
from corroborate.reconcile.resolve import link_claimers, resolve_entities
from corroborate.record import Article, Claimer, Entity, Fact, Figure, Mention, Reading


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
    qualifier: str | None = None,
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
        qualifier=qualifier,
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


def test_one_days_count_is_a_part_of_the_running_total_not_a_rival() -> None:
    articles = _articles(
        "More than 300 people have been arrested since the unrest began in Karvel.",
        "Police said they made 45 arrests over the course of Sunday's protests in Karvel.",
        "More than 300 people have been arrested, officials in Karvel said.",
    )
    grouped = _grouped(
        articles,
        _figure("t1", articles[0], "More than 300", 301, None, "arrested", best=301),
        _figure("d1", articles[1], "45", 45, 45, "arrested"),
        _figure("t2", articles[2], "More than 300", 301, None, "arrested", best=301),
    )
    assert grouped == [("d1",), ("t1", "t2")]


def test_a_days_count_larger_than_the_total_stays_a_rival() -> None:
    articles = _articles(
        "Some 40 people have been arrested in Karvel, officials said.",
        "Police made 90 arrests during Sunday's protests in Karvel.",
    )
    grouped = _grouped(
        articles,
        _figure("t1", articles[0], "Some 40", 36, 44, "arrested", best=40),
        _figure("d1", articles[1], "90", 90, 90, "arrested"),
    )
    assert grouped == [("t1", "d1")]


def test_bullets_rounds_and_shots_fired_are_one_count() -> None:
    articles = _articles(
        "The gunman fired 11 shots from the roof in Tessany.",
        "He sprayed 11 bullets from a rooftop in Tessany.",
        "He told police his dozen rounds were meant for a rival.",
    )
    facts = align_facts(
        articles,
        (
            _figure("s1", articles[0], "11", 11, 11, "other", population="shots"),
            _figure("s2", articles[1], "11", 11, 11, "other", population="bullets"),
            _figure("s3", articles[2], "dozen", 12, 12, "other", population="rounds"),
        ),
        (),
        (),
        (),
    )
    assert [fact.figure_ids for fact in facts] == [("s1", "s2", "s3")]
    assert facts[0].verdict.conflict == "numbers"


def test_a_vague_amount_that_fits_the_specific_count_still_counts_as_a_source() -> None:
    articles = _articles(
        "Hundreds of stores have been smashed and looted in Karvel.",
        "Several stores and an office were set on fire in Karvel on Friday.",
        "If it had, we would not have 355 damaged shops in Karvel, said Ana Brel.",
    )
    facts = align_facts(
        articles,
        (
            _figure(
                "b1",
                articles[0],
                "Hundreds",
                200,
                999,
                "buildings",
                population="shops",
                qualifier="hundreds",
            ),
            _figure(
                "b2",
                articles[1],
                "Several",
                3,
                9,
                "buildings",
                population="shops",
                qualifier="several",
            ),
            _figure("b3", articles[2], "355", 355, 355, "buildings", population="shops"),
        ),
        (),
        (),
        (),
    )
    verdicts = {fact.figure_ids: fact.verdict for fact in facts}
    hundreds = next(verdict for ids, verdict in verdicts.items() if "b1" in ids)
    assert hundreds.status == "agreed"


def _entities(*articles: tuple[str, list[tuple[str, str]]]) -> tuple[Entity, ...]:
    built = _articles(*(text for text, _ in articles))
    readings = []
    for article, (text, names) in zip(built, articles, strict=True):
        mentions = []
        for name, label in names:
            start = text.index(name)
            mentions.append(Mention(article.span(start, start + len(name)), label, name))
        readings.append(Reading(article.id, mentions=tuple(mentions)))
    return resolve_entities(built, tuple(readings))


def _same(entities: tuple[Entity, ...], first: str, second: str) -> bool:
    return any(first in e.variants and second in e.variants for e in entities)


def test_a_greek_short_given_name_with_the_same_surname_is_the_same_person() -> None:
    entities = _entities(
        ("Alexandros Vantakis, 16, was shot in Karvel.", [("Alexandros Vantakis", "PERSON")]),
        ("Alexis Vantakis was killed on Saturday.", [("Alexis Vantakis", "PERSON")]),
        ("Nikos Dravas was arrested.", [("Nikos Dravas", "PERSON")]),
        ("Nikolaos Dravas denied it.", [("Nikolaos Dravas", "PERSON")]),
        ("Petros Dravas, his brother, spoke.", [("Petros Dravas", "PERSON")]),
    )
    assert _same(entities, "Alexandros Vantakis", "Alexis Vantakis")
    assert _same(entities, "Nikos Dravas", "Nikolaos Dravas")
    assert not _same(entities, "Nikolaos Dravas", "Petros Dravas")


def test_people_named_elsewhere_beside_one_sources_count_are_compatible_not_agreed() -> None:
    articles = _articles(
        "The suspect was among three teens arrested on Tuesday in Karvel.",
        "Dario Vess was also arrested, police said.",
        "Marek Vess was arrested for possession of a bat.",
    )
    facts = align_facts(
        articles,
        (
            _figure("c1", articles[0], "three", 3, 3, "arrested"),
            _figure("n1", articles[1], "Dario Vess", 1, 1, "arrested"),
            _figure("n2", articles[2], "Marek Vess", 1, 1, "arrested"),
        ),
        (),
        (),
        (),
    )
    assert [fact.figure_ids for fact in facts] == [("c1", "n1", "n2")]
    assert facts[0].verdict.status == "compatible"
    assert "Dario Vess" in facts[0].verdict.reason


def test_two_sources_that_count_still_agree() -> None:
    articles = _articles(
        "Three teens were arrested on Tuesday in Karvel.",
        "Police arrested three teenagers in Karvel.",
        "Dario Vess was also arrested, police said.",
    )
    facts = align_facts(
        articles,
        (
            _figure("c1", articles[0], "Three", 3, 3, "arrested"),
            _figure("c2", articles[1], "three", 3, 3, "arrested"),
            _figure("n1", articles[2], "Dario Vess", 1, 1, "arrested"),
        ),
        (),
        (),
        (),
    )
    assert facts[0].verdict.status == "agreed"


def _claimer_entity(text: str, description: str, names: list[tuple[str, str]]) -> str | None:
    (article,) = _articles(text)
    mentions = tuple(
        Mention(article.span(text.index(name), text.index(name) + len(name)), label, name)
        for name, label in names
    )
    start = text.index(description)
    claimer = Claimer(
        name=description,
        kind="description",
        span=article.span(start, start + len(description)),
    )
    figure = _figure("z1", article, "No one", 0, 0, "injured")
    reading = Reading(
        article.id,
        mentions=mentions,
        figures=(replace(figure, claimer=claimer),),
    )
    entities = resolve_entities((article,), (reading,))
    (linked,) = link_claimers((reading,), entities, texts={article.id: text})
    entity_id = linked.figures[0].claimer.entity_id if linked.figures[0].claimer else None
    return next((e.name for e in entities if e.id == entity_id), None)


def test_a_description_with_a_name_in_apposition_is_that_person() -> None:
    text = "No one was hurt, said the Dellby fire chief, Tomas Brel."
    names = [("Dellby", "GPE"), ("Tomas Brel", "PERSON")]
    assert _claimer_entity(text, "the Dellby fire chief", names) == "Tomas Brel"


def test_a_description_followed_by_a_longer_phrase_is_not_a_named_person() -> None:
    text = "No one was hurt, said the Dellby fire chief, Tomas Brel's deputy."
    names = [("Dellby", "GPE"), ("Tomas Brel", "PERSON")]
    assert _claimer_entity(text, "the Dellby fire chief", names) != "Tomas Brel"


def test_a_name_read_as_a_firm_whose_surname_alone_is_a_person_is_that_person() -> None:
    entities = _entities(
        ("Marla Quenby testified on Monday.", [("Marla Quenby", "ORG")]),
        ("Quenby said she saw the gunman.", [("Quenby", "PERSON")]),
        ("Goldman Sachs said it would help.", [("Goldman Sachs", "ORG")]),
        ("Sachs declined to comment.", [("Sachs", "PERSON")]),
    )
    assert _same(entities, "Marla Quenby", "Quenby")
    assert not _same(entities, "Goldman Sachs", "Sachs")


def test_a_count_on_one_day_of_the_riots_is_a_part_of_the_total() -> None:
    articles = _articles(
        "More than 300 people have been arrested since the unrest began in Karvel.",
        "Police made 45 arrests on Saturday as the riots spread across Karvel.",
        "Two people were killed on Sunday when the depot in Karvel collapsed.",
        "At least ten people have been killed, officials in Karvel said.",
    )
    grouped = _grouped(
        articles,
        _figure("t1", articles[0], "More than 300", 301, None, "arrested", best=301),
        _figure("d1", articles[1], "45", 45, 45, "arrested"),
        _figure("k1", articles[2], "Two", 2, 2, "killed"),
        _figure("k2", articles[3], "At least ten", 10, None, "killed", best=10),
    )
    # a collapse on Sunday is no event of several days: its toll is a rival of the later one
    assert grouped == [("d1",), ("k1", "k2"), ("t1",)]
