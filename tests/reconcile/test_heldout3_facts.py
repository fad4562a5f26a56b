"""Entities across reports: general causes the third held-out ECB+ set revealed (issue 5).

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from corroborate.nlp import load_pipeline
from corroborate.read.mentions import read_mentions
from corroborate.reconcile.names import given_name_spelling
from corroborate.reconcile.resolve import resolve_entities
from corroborate.record import Article, Entity, Reading


def _resolve(*texts: str) -> tuple[Entity, ...]:
    articles = tuple(
        Article(id=f"a{n}", text=text, source=f"a{n}.txt", outlet=f"Outlet {n}")
        for n, text in enumerate(texts, start=1)
    )
    nlp = load_pipeline()
    readings = tuple(
        Reading(article_id=a.id, mentions=read_mentions(a, nlp(a.text))) for a in articles
    )
    return resolve_entities(articles, readings)


def _ids(entities: tuple[Entity, ...], name: str) -> set[str]:
    return {entity.id for entity in entities if name in entity.variants}


def test_given_names_spelt_two_ways_are_one_person() -> None:
    entities = _resolve(
        "Robyn Trask, 48, and Catherine Olwen, 61, were found dead in Dravik on Monday.",
        "Police named the victims as Robin Trask and Katherine Olwen.",
        "Kathryn Olwen had lived in Dravik for thirty years, neighbours said.",
    )
    assert _ids(entities, "Robyn Trask") == _ids(entities, "Robin Trask") != set()
    assert _ids(entities, "Catherine Olwen") == _ids(entities, "Katherine Olwen") != set()
    assert _ids(entities, "Catherine Olwen") == _ids(entities, "Kathryn Olwen")


def test_other_given_names_with_one_surname_stay_apart() -> None:
    for first, second in (
        ("dana", "dean"),
        ("marian", "marion"),
        ("daniel", "danielle"),
        ("mario", "maria"),
        ("carl", "carla"),
    ):
        assert not given_name_spelling(first, second), (first, second)
    assert given_name_spelling("brian", "bryan")


def test_a_middle_initial_and_a_body_after_of_do_not_split_a_person() -> None:
    entities = _resolve(
        "Judge Marcus Tarrow sentenced Ennis Dole to life in prison on Friday in Castelburg.",
        "Dole was sentenced by Judge Marcus T. Tarrow of Castelburg Superior Court on Friday.",
    )
    assert _ids(entities, "Marcus Tarrow") == _ids(entities, "Marcus T. Tarrow") != set()


def test_a_surname_alone_read_as_a_place_after_a_three_word_name_is_that_person() -> None:
    # the model reads "Tessel" in the first report as a place and the full name as no label
    entities = _resolve(
        "Court reporter Julie Ann Tessel was killed. Tessel, 46, had worked there for years.",
        "Julie Ann Tessel, a court reporter, was shot in Castelburg.",
    )
    tessel = _ids(entities, "Tessel")
    assert tessel and tessel == _ids(entities, "Julie Ann Tessel")
