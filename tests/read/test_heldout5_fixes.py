"""Fixes prompted by the fifth held-out ECB+ set after its one measured run (invented text)."""

from __future__ import annotations

from corroborate.compare import compare_articles
from corroborate.ingest.text import article_from_text
from corroborate.nlp import load_pipeline
from corroborate.read import read_article
from corroborate.read.numbers import find_quantities, tokenize
from corroborate.record import Article, Block


def _figures(text: str) -> list[tuple[str, str | None, float | None]]:
    reading = read_article(article_from_text(text + "\n", "wire.txt"), load_pipeline())
    return [(f.span.text, f.category, f.best) for f in reading.figures]


def test_a_death_told_of_another_person_in_a_relative_clause_is_not_the_counts() -> None:
    text = (
        "Previously, Velmar had a People's Council whose 2,507 members had to be approved by "
        "the country's late ruler, Ado Vell, who died in 2006 after 21 years in power."
    )
    assert ("2,507", "killed", 2507.0) not in _figures(text)


def test_a_relative_clause_right_after_the_count_is_about_the_count() -> None:
    assert _figures("Twelve miners, who died in the blast, were buried on Sunday.") == [
        ("Twelve", "killed", 12.0)
    ]


def test_a_relative_clause_inside_the_count_does_not_hide_the_verb_after_it() -> None:
    figures = _figures("Three people, including a child who died, were hurt in the fire.")
    assert ("Three", "injured", 3.0) in figures


def test_candidates_and_voters_are_the_people_taking_part() -> None:
    assert _figures(
        "A total of 288 candidates are running for 125 seats in the Velmar parliament."
    )[0] == ("A total of 288", "population", 288.0)
    assert _figures("Over 2.5 million voters were eligible to vote.")[0][1] == "population"
    assert _figures("Two candidates were arrested on Monday.") == [("Two", "arrested", 2.0)]


def test_a_part_of_the_group_is_no_rival_count() -> None:
    def article(text: str, outlet: str) -> Article:
        return Article(
            id=outlet, text=text, source=f"{outlet}.txt", outlet=outlet,
            blocks=(Block("body", 0, len(text)),),
        )  # fmt: skip

    record = compare_articles(
        [
            article(
                "A total of 120 candidates are running in Velmar, with 15 of the candidates "
                "standing as independents.\n",
                "Daily Lantern",
            ),
            article("Some 120 candidates are running in the Velmar election.\n", "Coast Wire"),
        ]
    )
    (fact,) = [f for f in record.facts if f.label == "Candidates"]
    assert fact.verdict.status == "agreed"
    assert "parts of the group set aside: '15'" in fact.verdict.reason


def test_a_toll_that_rose_from_one_number_to_another_is_the_new_number() -> None:
    assert _figures("The toll rose from 12 to 20 overnight, police said.") == [
        ("20", "killed", 20.0)
    ]
    text = "The reform increased the seats in the Velmar parliament from 65 to 125."
    assert [q.best for q in find_quantities(text, tokens=tokenize(text))] == [125.0]
    assert _figures("From 20 to 30 people were hurt in the blast.") == [
        ("From 20 to 30", "injured", 25.0)
    ]
