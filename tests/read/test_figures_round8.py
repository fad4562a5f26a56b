"""Figures, GVDB round 8 (issue 5): distinct victims of one event, summed.

Every sentence here is invented (made-up places and people).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read
from figure_support import gvdb_counts as _benchmark_counts


def test_a_victim_and_someone_elses_relative_are_two_dead() -> None:
    figures = _read(
        "The deputy who fatally shot a young man and the man's elderly neighbor is suing the city."
    )
    both = figures["a young man and the man's elderly neighbor"]
    assert (both.best, both.category) == (2.0, "killed")


def test_a_possessive_thing_is_no_second_victim() -> None:
    figures = _read("A woman and her son's car were hit.")
    assert all(figure.best != 2.0 for figure in figures.values())


def test_a_victim_also_killed_in_a_later_sentence_is_summed() -> None:
    counts = _benchmark_counts(
        "Deputy Ora Tamm fatally shot Velo Marsk, who had a knife. "
        "The deputy also accidentally shot and killed a neighbor, 55-year-old Dana Pell."
    )
    assert counts["killed"] == 2


def test_the_same_victim_told_again_with_also_is_not_summed() -> None:
    counts = _benchmark_counts(
        "Deputy Ora Tamm fatally shot a man on Friday. "
        "Police also said the man was killed instantly."
    )
    assert counts["killed"] == 1  # "the man" is "a man" told again


def test_a_person_listed_after_a_count_of_dead_is_dead_too() -> None:
    figures = _read("The gunman killed his three young sons as well as his wife, police said.")
    assert (figures["three"].best, figures["three"].category) == (3.0, "killed")
    assert figures["his wife"].category == "killed"


def test_a_person_opening_a_clause_after_a_count_is_not_its_object() -> None:
    figures = _read("The fire killed two people and the man was arrested.")
    assert figures["the man"].category != "killed"


def test_the_article_count_adds_the_people_listed_after_a_count() -> None:
    counts = _benchmark_counts(
        "Vellport gunman kills family\n"
        "A man opened fire at his home in Vellport, killing his three young sons as well as his "
        "wife, police said."
    )
    assert counts["killed"] == 4
    assert (
        _benchmark_counts("Three men and a woman were killed in the Orvane crash.")["killed"] == 4
    )


def test_a_person_who_took_his_own_life_is_dead() -> None:
    figures = _read("The gunman then took his own life, the Orvane sheriff said.")
    assert figures["The gunman"].category == "killed"


def test_a_count_cannot_take_his_own_life() -> None:
    figures = _read("Two cases are linked to Tam Vess, who police say took his own life.")
    assert figures["Two"].category != "killed"


def test_the_killers_suicide_told_apart_adds_one_dead() -> None:
    text = (
        "A man opened fire at his Vellport home, killing his three young sons, police said. "
        "The gunman then took his own life."
    )
    assert _benchmark_counts(text)["killed"] == 4
    subject_count = "Four people died, including the gunman. The gunman took his own life."
    assert _benchmark_counts(subject_count)["killed"] == 4
