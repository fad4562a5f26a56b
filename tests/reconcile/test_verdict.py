"""Verdict rules on invented sentences: vague amounts beside specific counts, and "shot N"."""

from __future__ import annotations

from dataclasses import replace

from corroborate.read.figure_times import figure_time
from corroborate.reconcile.verdict import judge
from corroborate.record import Article, Claimer, Figure

OUTLETS = {"a1": "Velmora Post", "a2": "Ostland Daily", "a3": "Harbour Courier"}


def _figure(
    figure_id: str,
    article: Article,
    written: str,
    low: float,
    high: float | None,
    category: str,
    *,
    qualifier: str | None = None,
    best: float | None = None,
) -> Figure:
    start = article.text.index(written)
    end = start + len(written)
    return Figure(
        id=figure_id,
        article_id=article.id,
        span=article.span(start, end),
        low=low,
        high=high,
        best=best if best is not None else low,
        category=category,
        sentence=article.span(0, len(article.text)),
        qualifier=qualifier,
        population="buildings" if category == "buildings" else "people",
    )


def test_a_vague_amount_is_not_a_rival_count() -> None:
    first = Article("a1", "Two buildings caught fire near the square.", "one.txt")
    second = Article("a2", "At least two buildings burned in the riots.", "two.txt")
    third = Article("a3", "Several buildings were set ablaze.", "three.txt")
    figures = [
        _figure("x1", first, "Two", 2, 2, "buildings"),
        _figure("x2", second, "At least two", 2, None, "buildings", qualifier="at least"),
        _figure("x3", third, "Several", 3, 9, "buildings", qualifier="several", best=4),
    ]
    texts = {a.id: a.text for a in (first, second, third)}
    verdict = judge(figures, OUTLETS, texts=texts)
    assert verdict.status == "agreed"
    assert "'Several'" in verdict.reason and "set aside" in verdict.reason


def test_specific_counts_still_conflict_beside_a_vague_one() -> None:
    first = Article("a1", "Two buildings caught fire.", "one.txt")
    second = Article("a2", "Nine buildings caught fire.", "two.txt")
    third = Article("a3", "Dozens of buildings caught fire.", "three.txt")
    figures = [
        _figure("x1", first, "Two", 2, 2, "buildings"),
        _figure("x2", second, "Nine", 9, 9, "buildings"),
        _figure("x3", third, "Dozens", 24, 99, "buildings", qualifier="dozens", best=36),
    ]
    texts = {a.id: a.text for a in (first, second, third)}
    verdict = judge(figures, OUTLETS, texts=texts)
    assert (verdict.status, verdict.conflict) == ("conflict", "numbers")
    assert "Dozens" not in verdict.reason


def test_only_vague_amounts_that_differ_still_conflict() -> None:
    first = Article("a1", "Several buildings caught fire.", "one.txt")
    second = Article("a2", "Thousands of buildings caught fire.", "two.txt")
    figures = [
        _figure("x1", first, "Several", 3, 9, "buildings", qualifier="several", best=4),
        _figure("x2", second, "Thousands", 2000, 9999, "buildings", qualifier="thousands"),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert (verdict.status, verdict.conflict) == ("conflict", "numbers")


def test_shot_counts_the_dead_too_so_fewer_wounded_agree() -> None:
    first = Article("a1", "A clerk shot three people at the depot, killing one.", "one.txt")
    second = Article("a2", "Two men were wounded at the depot.", "two.txt")
    figures = [
        _figure("x1", first, "three", 3, 3, "injured"),
        _figure("x2", second, "Two", 2, 2, "injured"),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert verdict.status == "agreed"


def test_wounded_counts_that_differ_still_conflict() -> None:
    first = Article("a1", "A clerk wounded three people at the depot.", "one.txt")
    second = Article("a2", "Two men were wounded at the depot.", "two.txt")
    figures = [
        _figure("x1", first, "three", 3, 3, "injured"),
        _figure("x2", second, "Two", 2, 2, "injured"),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert (verdict.status, verdict.conflict) == ("conflict", "numbers")


def test_shot_dead_is_not_read_as_an_upper_bound() -> None:
    first = Article("a1", "Police shot three people dead and two more were hurt.", "one.txt")
    second = Article("a2", "Two men were wounded at the depot.", "two.txt")
    figures = [
        _figure("x1", first, "three", 3, 3, "injured"),
        _figure("x2", second, "Two", 2, 2, "injured"),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert verdict.status == "conflict"


def test_a_sum_of_parts_is_no_self_contradiction() -> None:
    first = Article(
        "a1", "About 1,000 are housed in tents and another 2,000 are waiting.", "one.txt"
    )
    second = Article("a2", "As many as 2,000 people needed shelter.", "two.txt")
    governor = Claimer("Darius Kashvandi", "entity", entity_id="e1")
    figures = [
        replace(_figure("x1", first, "About 1,000", 900, 1100, "displaced"), claimer=governor),
        replace(_figure("x2", first, "2,000", 2000, 2000, "displaced"), claimer=governor),
        replace(
            _figure("x3", second, "As many as 2,000", 0, 2000, "displaced", best=2000),
            claimer=governor,
        ),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert verdict.conflict != "self_contradiction"


def test_one_party_giving_disjoint_figures_in_two_reports_contradicts_itself() -> None:
    first = Article("a1", "Six people were hurt, the governor said.", "one.txt")
    second = Article("a2", "Forty people were hurt, the governor said.", "two.txt")
    governor = Claimer("Darius Kashvandi", "entity", entity_id="e1")
    figures = [
        replace(_figure("x1", first, "Six", 6, 6, "injured"), claimer=governor),
        replace(_figure("x2", second, "Forty", 40, 40, "injured"), claimer=governor),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert verdict.conflict == "self_contradiction"


def test_open_ended_tolls_that_differ_are_a_numbers_conflict() -> None:
    first = Article("a1", "The flood killed more than 2,600 people in Orvale.", "one.txt")
    second = Article("a2", "The flood killed more than 3,100 people in Orvale.", "two.txt")
    figures = [
        _figure("x1", first, "more than 2,600", 2601, None, "killed", qualifier="more than"),
        _figure("x2", second, "more than 3,100", 3101, None, "killed", qualifier="more than"),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert (verdict.status, verdict.conflict) == ("conflict", "numbers")
    assert "lower bounds" in verdict.reason


def test_open_ended_tolls_within_the_band_agree() -> None:
    first = Article("a1", "The flood killed more than 100 people.", "one.txt")
    second = Article("a2", "The flood killed at least 105 people.", "two.txt")
    figures = [
        _figure("x1", first, "more than 100", 101, None, "killed", qualifier="more than"),
        _figure("x2", second, "at least 105", 105, None, "killed", qualifier="at least"),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert verdict.status == "agreed"


def _in_sentence(
    figure_id: str, article: Article, written: str, low: float, *, qualifier: str | None = None
) -> Figure:
    """A figure whose sentence is the one of the article's sentences that holds it."""
    figure = _figure(figure_id, article, written, low, low, "people", qualifier=qualifier)
    start = article.text.rfind(". ", 0, figure.span.start)
    start = 0 if start < 0 else start + 2
    end = article.text.find(".", figure.span.end)
    end = len(article.text) if end < 0 else end + 1
    placed = replace(figure, sentence=article.span(start, end), population="residents")
    return replace(placed, as_of=figure_time(article, placed))


def test_counts_made_at_different_times_are_named_with_their_times() -> None:
    first = Article(
        "a1", "Some 1,200 settlers moved to the Varden valley beginning in 2011.", "one.txt"
    )
    second = Article(
        "a2", "About 1,500 families built the Varden settlement in 2016. It is quiet.", "two.txt"
    )
    third = Article(
        "a3",
        "Rain fell on Tuesday over the valley, which is home to 2,100 settlers.",
        "three.txt",
    )
    figures = [
        _in_sentence("x1", first, "Some 1,200", 1200),
        _in_sentence("x2", second, "About 1,500", 1500),
        _in_sentence("x3", third, "2,100", 2100),
    ]
    verdict = judge(figures, OUTLETS)
    assert (verdict.status, verdict.conflict) == ("conflict", "numbers")
    assert verdict.reason.endswith(
        "counted at different times: Some 1,200 (2011), About 1,500 (2016), 2,100 (now)"
    )


def test_counts_without_times_get_no_time_note() -> None:
    first = Article("a1", "Some 1,200 settlers moved to the Varden valley.", "one.txt")
    second = Article("a2", "About 1,500 families built the Varden settlement.", "two.txt")
    figures = [
        _in_sentence("x1", first, "Some 1,200", 1200),
        _in_sentence("x2", second, "About 1,500", 1500),
    ]
    verdict = judge(figures, OUTLETS)
    assert verdict.conflict == "numbers"
    assert "different times" not in verdict.reason


def test_a_year_in_another_clause_or_a_count_like_year_is_not_the_figures_time() -> None:
    # "2000" with no preposition is a count, not a year; the year after ";" is another clause's
    first = Article("a1", "Officials counted 2000 tents; the camp opened in 2009.", "one.txt")
    second = Article("a2", "Currently 3,400 tents stand there.", "two.txt")
    figures = [
        _in_sentence("x1", first, "2000", 2000),
        _in_sentence("x2", second, "3,400", 3400),
    ]
    verdict = judge(figures, OUTLETS)
    assert verdict.conflict == "numbers"
    assert "different times" not in verdict.reason


def test_same_time_is_no_time_note_and_dates_are_read_with_since() -> None:
    first = Article("a1", "Since March 2020, 800 people have left the town.", "one.txt")
    second = Article("a2", "In 2018 some 300 people left the town.", "two.txt")
    third = Article("a3", "Since March 2020, 1,400 people have left the town.", "three.txt")
    figures = [
        _in_sentence("x1", first, "800", 800),
        _in_sentence("x2", second, "some 300", 300, qualifier="some"),
        _in_sentence("x3", third, "1,400", 1400),
    ]
    verdict = judge(figures, OUTLETS)
    assert "counted at different times: some 300 (2018), 800 (since March 2020)" in verdict.reason
    only_same_time = judge([figures[0], figures[2]], OUTLETS)
    assert only_same_time.conflict == "numbers"
    assert "different times" not in only_same_time.reason


def test_a_time_inside_a_relative_clause_is_not_the_counts_time() -> None:
    first = Article("a1", "The camp, which opened in 2009, houses 3,000 people.", "one.txt")
    second = Article(
        "a2",
        "The valley, which is home to 1,800 people, was flooded in 2012.",
        "two.txt",
    )
    third = Article("a3", "In 2004 only 400 people lived in the valley.", "three.txt")
    figures = [
        _in_sentence("x1", first, "3,000", 3000),
        _in_sentence("x2", second, "1,800", 1800),
        _in_sentence("x3", third, "400", 400),
    ]
    verdict = judge(figures, OUTLETS)
    assert verdict.conflict == "numbers"
    assert verdict.reason.endswith(
        "counted at different times: 400 (2004), 1,800 (now), 3,000 (now)"
    )


def test_the_same_toll_on_two_days_is_no_time_note() -> None:
    # 12 on one day and 12 the next explain nothing about the rival count of five
    first = Article("a1", "On 3 May 2021 the blast in Orvel killed 12 workers.", "one.txt")
    second = Article("a2", "By 4 May 2021 the Orvel blast had killed 12 workers.", "two.txt")
    third = Article("a3", "The Orvel blast killed five workers, the union said.", "three.txt")
    figures = [
        _in_sentence("x1", first, "12", 12),
        _in_sentence("x2", second, "12", 12),
        _in_sentence("x3", third, "five", 5),
    ]
    assert [figure.as_of for figure in figures] == ["2021-05-03", "2021-05-04", None]
    verdict = judge(figures, OUTLETS)
    assert verdict.conflict == "numbers"
    assert "different times" not in verdict.reason


def test_open_ended_tolls_one_apart_agree() -> None:
    # one more victim found between two reports is an update, not a rival toll
    first = Article("a1", "The landslide in Orvel killed at least six people.", "one.txt")
    second = Article("a2", "The Orvel landslide killed at least seven people.", "two.txt")
    figures = [
        _figure("x1", first, "at least six", 6, None, "killed", qualifier="at least"),
        _figure("x2", second, "at least seven", 7, None, "killed", qualifier="at least"),
    ]
    verdict = judge(figures, OUTLETS, texts={a.id: a.text for a in (first, second)})
    assert verdict.status == "agreed"
    eight = _figure("x3", second, "at least seven", 8, None, "killed", qualifier="at least")
    assert judge([figures[0], eight], OUTLETS).conflict == "numbers"  # two apart still differ


def test_a_cap_at_the_floor_of_a_vague_amount_is_a_rival_count() -> None:
    first = Article("a1", "Tens of thousands of people marched in Orvel.", "one.txt")
    second = Article("a2", "Police said as many as 8,000 people marched in Orvel.", "two.txt")
    third = Article("a3", "Tens of thousands of people marched through Orvel.", "three.txt")
    vague = dict(qualifier="tens of thousands", best=30_000)
    figures = [
        _figure("x1", first, "Tens of thousands", 20_000, 99_999, "population", **vague),
        _figure("x2", second, "as many as 8,000", 0, 8_000, "population", qualifier="as many as"),
        _figure("x3", third, "Tens of thousands", 20_000, 99_999, "population", **vague),
    ]
    texts = {a.id: a.text for a in (first, second, third)}
    verdict = judge(figures, OUTLETS, texts=texts)
    assert (verdict.status, verdict.conflict) == ("conflict", "numbers")
    touching = replace(figures[1], high=20_000)  # "as many as 20,000": the floor itself
    assert judge([figures[0], touching], OUTLETS, texts=texts).conflict == "numbers"
    above = replace(figures[1], high=40_000)  # "as many as 40,000" fits "tens of thousands"
    assert judge([figures[0], above], OUTLETS, texts=texts).status == "agreed"


def test_a_places_residents_are_its_people() -> None:
    first = Article("a1", "The island is home to about 90,000 people.", "one.txt")
    second = Article("a2", "The island has about 200,000 residents.", "two.txt")
    figures = [
        replace(
            _figure("x1", first, "about 90,000", 81_000, 99_000, "population", best=90_000),
            population="people",
        ),
        replace(
            _figure("x2", second, "about 200,000", 180_000, 220_000, "population", best=200_000),
            population="residents",
        ),
    ]
    assert judge(figures, OUTLETS).conflict == "numbers"
    injured = [replace(figure, category="injured") for figure in figures]
    assert judge(injured, OUTLETS).conflict == "population"  # injured residents are a group
