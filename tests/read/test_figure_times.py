"""When each figure was counted (``Figure.as_of``), read from the clause that holds it.

Every sentence here is invented (made-up places, people and outlets).
"""

from __future__ import annotations

from corroborate.nlp import load_pipeline
from corroborate.read.figure_times import describe_time
from corroborate.read.figures import read_figures
from corroborate.record import Article


def _times(text: str, *, published: str | None = None) -> dict[str, str | None]:
    article = Article(
        id="fixture", text=text, source="fixture.txt", outlet="Velmora Post", published=published
    )
    figures = read_figures(article, load_pipeline()(article.text), (), ())
    return {figure.span.text: figure.as_of for figure in figures}


def test_a_year_after_a_preposition_is_the_counts_time() -> None:
    times = _times("In 2019 some 2,400 people lived in the Orvel camp.")
    assert times["some 2,400"] == "2019"


def test_a_date_gives_its_day_and_a_month_its_month() -> None:
    times = _times(
        "On 12 March 2019 flooding in Dellow killed 14 people. "
        "By June 2020 the toll from the Dellow floods had reached 31 dead."
    )
    assert times["14"] == "2019-03-12"
    assert times["31"] == "2020-06"


def test_since_is_an_open_interval() -> None:
    times = _times("Since 2014, 600 people have been killed in the Varden valley.")
    assert times["600"] == "2014/.."
    assert describe_time("2014/..") == "since 2014"


def test_now_and_a_present_state_are_the_articles_own_time() -> None:
    times = _times("The camp at Orvel is now home to 3,100 refugees.")
    assert times["3,100"] == "now"


def test_a_year_in_another_clause_is_not_the_counts_time() -> None:
    times = _times("Medics treated 40 injured people; the Orvel clinic opened in 2009.")
    assert times["40"] is None
    times = _times("The camp, which opened in 2009, houses 3,000 people.")
    assert times["3,000"] == "now"


def test_a_day_without_its_year_is_resolved_against_the_published_date() -> None:
    text = "On Tuesday a landslide in Dellow killed 9 people."
    assert _times(text, published="2023-06-22")["9"] == "2023-06-20"  # a Thursday
    assert _times(text)["9"] is None  # the article's date unknown: no guess
    yesterday = "Yesterday a bus crash near Orvel injured 17 passengers."
    assert _times(yesterday, published="2023-06-22")["17"] == "2023-06-21"


def test_a_figure_with_no_time_in_its_clause_has_none() -> None:
    assert _times("A bus crash near Orvel injured 17 passengers.")["17"] is None


def test_times_read_for_a_reader() -> None:
    assert [describe_time(t) for t in ("2019", "2019-03", "2019-03-12", "now", None)] == [
        "2019",
        "March 2019",
        "12 March 2019",
        "now",
        None,
    ]


def test_a_noun_that_looks_like_a_present_verb_is_no_time() -> None:
    times = _times("The tremor destroyed 1,500 mudbrick houses in about 15 villages near Orvel.")
    assert times["about 15"] is None
    assert _times("The landslide in Dellow claimed 10 lives.")["10"] is None
    assert _times("About 2,000 refugees live in the Orvel camp.")["About 2,000"] == "now"
    assert _times("The Orvel camp houses some 3,000 refugees.")["some 3,000"] == "now"


def test_an_adjective_a_where_clause_and_last_week_give_no_time() -> None:
    assert _times("Officers found three live shells in the Orvel van.")["three"] is None
    text = "Unions held two marches in Orvel, where a vote will be held on Thursday."
    assert _times(text, published="2023-06-22")["two"] is None
    text = "The Dellow flood follows two last week in the hills."
    assert _times(text, published="2023-06-22")["two"] is None  # a week is too loose a time
