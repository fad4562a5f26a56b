"""Facts across reports: grouping, verdicts, summary ranges, labels and related facts.

Figures are built by hand (invented outlets and parties), so these tests do not depend on the
readers; one test reads the seed reports end to end when ../shared is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.reconcile.align import align_facts
from corroborate.record import Article, Claimer, Fact, Figure

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

_TEXT = "x" * 400
ARTICLES = (
    Article(id="a1", text=_TEXT, source="one.txt", outlet="Velmora Post"),
    Article(id="a2", text=_TEXT, source="two.txt", outlet="Ostland Daily"),
)


def _figure(
    figure_id: str,
    article_id: str,
    low: float | None,
    high: float | None,
    category: str,
    *,
    at: int = 0,
    best: float | None = None,
    population: str | None = None,
    claimer: str | None = None,
    entity_id: str | None = None,
    polarity: str = "asserted",
    hedged: bool = False,
    written: str | None = None,
) -> Figure:
    article = next(a for a in ARTICLES if a.id == article_id)
    span = article.span(at, at + 3)
    return Figure(
        id=figure_id,
        article_id=article_id,
        span=span if written is None else span.__class__(article_id, at, at + 3, written),
        low=low,
        high=high,
        best=best if best is not None else low,
        category=category,
        sentence=article.span(at, at + 10),
        population=population,
        polarity=polarity,  # type: ignore[arg-type]
        claimer=Claimer(name=claimer, kind="entity", entity_id=entity_id) if claimer else None,
        hedged=hedged,
    )


def _facts(*figures: Figure) -> tuple[Fact, ...]:
    return align_facts(ARTICLES, figures, (), (), ())


def test_overlapping_values_from_two_sources_agree() -> None:
    (fact,) = _facts(
        _figure("x1", "a1", 90, 110, "injured", best=100, population="residents", claimer="Union"),
        _figure("x2", "a2", 101, None, "injured", population="members", claimer="League"),
    )
    assert fact.verdict.status == "agreed"
    assert fact.figure_ids == ("x1", "x2")
    assert fact.id == "f1"


def test_disjoint_values_are_a_numbers_conflict() -> None:
    (fact,) = _facts(
        _figure("x1", "a1", 101, None, "injured", population="residents", claimer="Union"),
        _figure("x2", "a2", 32, 40, "injured", best=36, population="residents", claimer="Locals"),
    )
    assert fact.verdict.status == "conflict"
    assert fact.verdict.conflict == "numbers"
    assert "Union" in fact.verdict.reason and "Locals" in fact.verdict.reason


def test_denied_zero_against_an_asserted_figure_is_a_denial() -> None:
    facts = _facts(
        _figure("x1", "a1", 1, 1, "killed", population="people", claimer="Union"),
        _figure("x2", "a2", 0, 0, "killed", claimer="Minister Vess", polarity="denied"),
    )
    (fact,) = facts
    assert (fact.verdict.status, fact.verdict.conflict) == ("conflict", "denial")
    assert fact.label == "Deaths"
    assert (fact.low, fact.best, fact.high) == (1, 1, 1)


def test_a_blanket_denial_joins_every_group_of_its_category() -> None:
    facts = _facts(
        _figure("x1", "a1", 15, 15, "injured", population="police officers"),
        _figure("x2", "a1", 101, None, "injured", at=20, population="residents", claimer="Union"),
        _figure("x3", "a2", 0, 0, "injured", claimer="Minister Vess", polarity="denied"),
    )
    assert len(facts) == 2
    assert all("x3" in fact.figure_ids for fact in facts)
    assert {fact.label for fact in facts} == {"Police officers injured", "Residents injured"}
    assert all(fact.verdict.conflict == "denial" for fact in facts)


def test_different_groups_and_categories_are_never_merged() -> None:
    facts = _facts(
        _figure("x1", "a1", 15, 15, "injured", population="police officers"),
        _figure("x2", "a2", 15, 15, "injured", population="residents"),
        _figure("x3", "a2", 15, 15, "killed", at=30, population="residents"),
    )
    assert len(facts) == 3


def test_hospitalised_is_related_to_injured_not_a_rival() -> None:
    facts = _facts(
        _figure("x1", "a1", 32, 40, "injured", best=36, population="residents", claimer="Locals"),
        _figure("x2", "a2", 21, 21, "hospitalised", population="residents"),
    )
    injured, hospitalised = facts
    assert injured.verdict.status == "single_source"
    assert hospitalised.related == (injured.id,)
    assert injured.related == (hospitalised.id,)
    assert "compatible: 21 hospitalised fits within ~36 injured" in hospitalised.verdict.reason


def test_same_party_with_disjoint_values_contradicts_itself() -> None:
    (fact,) = _facts(
        _figure("x1", "a1", 15, 15, "injured", population="police officers",
                claimer="Chief Rell", entity_id="e4"),
        _figure("x2", "a2", 0, 0, "injured", population="police officers",
                claimer="Rell", entity_id="e4", polarity="denied"),
    )  # fmt: skip
    assert fact.verdict.conflict == "self_contradiction"


def test_every_value_hedged_is_hedged() -> None:
    (fact,) = _facts(
        _figure("x1", "a2", 1000, 1000, "deployed", population="police officers", hedged=True)
    )
    assert fact.verdict.status == "hedged"
    assert fact.label == "Police deployed"


def test_one_source_is_single_source() -> None:
    (fact,) = _facts(_figure("x1", "a1", 150, 150, "seized", population="computers"))
    assert fact.verdict.status == "single_source"
    assert fact.label == "Computers seized"


def test_summary_range_follows_the_documented_rule() -> None:
    (fact,) = _facts(
        _figure("x1", "a1", 2250, 2750, "population", best=2500, population="residents",
                claimer="Hale"),
        _figure("x2", "a2", 2430, 2970, "population", best=2700, population="members",
                claimer="Euro Desk"),
        _figure("x3", "a2", 2000, 2000, "population", at=50, population="members", hedged=True,
                claimer="Blog"),
    )  # fmt: skip
    assert fact.low == 2250  # lowest low among unhedged asserted figures
    assert fact.high == 2970  # highest asserted high
    assert fact.best == 2600  # median of the unhedged bests (2500, 2700)


def test_unbounded_high_stays_unbounded() -> None:
    (fact,) = _facts(
        _figure("x1", "a1", 3000, None, "population", population="residents", claimer="A"),
        _figure("x2", "a2", 3100, 3100, "population", population="residents", claimer="B"),
    )
    assert fact.high is None
    assert fact.verdict.status == "agreed"


def test_things_counted_twice_in_one_article_are_different_facts() -> None:
    facts = _facts(
        _figure("x1", "a1", 127, 127, "buildings", population="buildings"),
        _figure("x2", "a1", 17, 17, "buildings", at=40, population="buildings"),
    )
    assert len(facts) == 2


def test_fact_ids_follow_first_appearance() -> None:
    facts = _facts(
        _figure("x2", "a2", 5, 5, "arrested", population="protesters"),
        _figure("x1", "a1", 150, 150, "seized", at=30, population="computers"),
    )
    assert [fact.id for fact in facts] == ["f1", "f2"]
    assert facts[0].category == "seized"


def test_seed_reports_end_to_end() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/ not present: the seed reports live in ../shared/seeds")
    from corroborate.compare import compare

    record = compare(sorted(SEEDS.glob("*.txt")))
    by_label = {fact.label: fact for fact in record.facts}
    assert by_label["Deaths"].verdict.conflict == "denial"
    assert by_label["Police officers injured"].verdict.status == "conflict"
    assert by_label["Camp population"].verdict.conflict == "numbers"
    assert by_label["Computers seized"].verdict.status == "single_source"
    injured = by_label["Camp residents injured"]
    assert injured.verdict.status == "conflict"
    hospitalised = next(f for f in record.facts if f.category == "hospitalised")
    assert injured.id in hospitalised.related


def test_a_crowd_and_the_people_inside_a_building_are_different_facts() -> None:
    first_text = "Tens of thousands of people marched against the cuts. "
    second_text = "Firefighters said as many as 20 people had been inside the depot. "
    third_text = "Some 40,000 people took to the streets. "
    articles = tuple(
        Article(id=f"c{n}", text=text, source=f"c{n}.txt", outlet=f"Outlet {n}")
        for n, text in enumerate((first_text, second_text, third_text), start=1)
    )

    def figure(figure_id: str, article: Article, written: str, low: float, high: float) -> Figure:
        start = article.text.index(written)
        return Figure(
            id=figure_id,
            article_id=article.id,
            span=article.span(start, start + len(written)),
            low=low,
            high=high,
            best=high,
            category="population",
            sentence=article.span(0, len(article.text) - 1),
            population="people",
        )

    facts = align_facts(
        articles,
        (
            figure("p1", articles[0], "Tens of thousands", 20000, 99999),
            figure("p2", articles[1], "as many as 20", 0, 20),
            figure("p3", articles[2], "Some 40,000", 36000, 44000),
        ),
        (),
        (),
        (),
    )
    assert sorted(f.figure_ids for f in facts) == [("p1", "p3"), ("p2",)]


def _other_figure(
    article: Article, number: str, noun: str, value: float, *, population: str | None = None
) -> Figure:
    start = article.text.index(number)
    noun_start = article.text.index(noun)
    return Figure(
        id=f"{article.id}-fig1",
        article_id=article.id,
        span=article.span(start, start + len(number)),
        low=value,
        high=value,
        best=value,
        category="other",
        sentence=article.span(0, len(article.text)),
        population=population or noun,
        counted=article.span(noun_start, noun_start + len(noun)),
    )


def test_other_counts_of_different_nouns_make_no_conflict() -> None:
    first = Article(id="a1", text="Two women were at the Velm desk.", source="a1.txt")
    second = Article(id="a2", text="Three victims were named in Velm.", source="a2.txt")
    women = _other_figure(first, "Two", "women", 2)
    victims = _other_figure(second, "Three", "victims", 3)
    facts = align_facts((first, second), (women, victims), (), (), ())
    assert len(facts) == 2
    assert all(fact.verdict.conflict is None for fact in facts)


def test_other_counts_of_the_same_noun_still_group() -> None:
    first = Article(id="a1", text="Two murder charges were filed in Velm.", source="a1.txt")
    second = Article(id="a2", text="Three murder charge were filed in Velm.", source="a2.txt")
    figures = (
        _other_figure(first, "Two", "charges", 2),
        _other_figure(second, "Three", "charge", 3, population="charges"),
    )
    facts = align_facts((first, second), figures, (), (), ())
    assert len(facts) == 1
    assert facts[0].verdict.conflict == "numbers"
