"""Figures in one article, round 5: kit seized beside an arrest, a place's size, a person of a
group described, "almost" a number.

Every sentence here is invented (made-up places, people and outlets).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read

from corroborate.nlp import load_pipeline
from corroborate.read.figures import read_figures
from corroborate.record import Article


def _categories(text: str) -> dict[str, str]:
    return {written: figure.category for written, figure in _read(text).items()}


def test_weapons_held_by_people_arrested_are_seized() -> None:
    figures = _categories(
        "The coastguard boarded the dhow and detained 14 smugglers with four rifles, "
        "nine magazines and about 200 rounds of ammunition."
    )
    assert figures["14"] == "arrested"
    assert figures["four"] == figures["nine"] == figures["about 200"] == "seized"


def test_weapons_recovered_by_officers_are_seized() -> None:
    figures = _categories("Deputies recovered a hunting rifle and five live shells from his van.")
    assert figures["five"] == "seized"


def test_shots_fired_are_not_seized() -> None:
    figures = _categories("Deputies arrested the man, who had fired 12 shots at the kiosk.")
    assert figures.get("12") != "seized"


def test_weapons_with_no_seizure_are_not_seized() -> None:
    figures = _categories("The gunman carried two rifles into the depot in Orvel.")
    assert figures.get("two") != "seized"


def test_a_place_of_so_many_people_is_its_population() -> None:
    figures = _read("Tremors were felt in Karvel, a city of 300,000 people, and in Dunmoor.")
    assert figures["300,000"].category == "population"
    figures = _read("The island, which has about 40,000 residents, lost power for a day.")
    assert figures["about 40,000"].category == "population"


def test_a_place_of_so_many_is_no_casualty_count() -> None:
    figures = _read("Two people were hurt in Brell, a town of about 9,000 people, police said.")
    assert figures["Two"].category == "injured"
    assert figures["about 9,000"].category == "population"


def test_one_of_a_group_described_by_a_participle_is_no_new_count() -> None:
    figures = _read(
        "Ivo Marek, one of 40 alleged smugglers arrested on Friday, was found hanged in his cell."
    )
    assert "one" not in figures
    assert figures["40"].category == "arrested"
    figures = _read("One of the bosses detained in the raid has asked for a lawyer.")
    assert "One" not in figures
    figures = _read("One of the bosses and gang members detained on Friday asked for a lawyer.")
    assert "One" not in figures


def test_one_of_a_group_that_dies_is_still_counted() -> None:
    figures = _read("One of the miners trapped in the shaft died in hospital on Sunday.")
    assert figures["One"].category == "killed"


def test_almost_a_number_keeps_that_number_as_best() -> None:
    figures = _read("The storm killed at least six people and injured almost 50 in Orvel.")
    assert figures["almost 50"].category == "injured"
    assert figures["almost 50"].best == 50
    assert figures["almost 50"].qualifier == "almost"


def test_half_a_million_is_read_whole() -> None:
    figures = _read("The floods left nearly half a million people homeless in Varna province.")
    assert figures["nearly half a million"].best == 500_000
    assert figures["nearly half a million"].category == "displaced"


def test_a_vague_amount_of_unclassified_things_is_no_figure() -> None:
    figures = _read("The river crosses several counties and a couple of old bridges.")
    assert figures == {}


def test_a_vague_amount_of_casualties_is_kept() -> None:
    figures = _read("The blast in Orvel injured several workers.")
    assert figures["several"].category == "injured"


def test_the_death_of_a_number_of_people_counts_them_killed() -> None:
    figures = _read("The death of three clerks in the fire shocked Orvel.")
    assert figures["three"].category == "killed"


def test_a_count_repeated_takes_the_category_it_had() -> None:
    figures = _read(
        "Marines detained 18 smugglers near Karst.\n"
        "The two skiffs had a total of 18 smugglers on board.\n"
    )
    assert [f.category for f in figures.values() if f.best == 18] == ["arrested", "arrested"]


def test_a_back_reference_to_a_count_is_not_a_new_figure() -> None:
    article = Article(
        id="fixture",
        text="A gunman in Orvel shot three people.\nAll three of the people were neighbours.\n",
        source="fixture.txt",
        outlet="Velmora Post",
    )
    figures = read_figures(article, load_pipeline()(article.text), (), ())
    assert [(f.span.text, f.category) for f in figures] == [("three", "injured")]


def test_helicopters_carrying_the_injured_are_not_injured() -> None:
    figures = _read("Officials said three helicopters were carrying injured to Karst.")
    assert figures.get("three") is None or figures["three"].category == "other"


def test_boats_intercepted_are_seized() -> None:
    figures = _read("Two skiffs fled, but the patrol intercepted the remaining four skiffs.")
    assert figures["four"].category == "seized"
    figures = _read("Two of them fled, and the patrol intercepted the remaining four skiffs.")
    assert figures["Two"].category != "seized"  # those that fled were not seized


def test_a_known_noun_ends_the_counted_group() -> None:
    figures = _read("Rioters in Orvel set the depot and two council buildings ablaze.")
    assert figures["two"].category == "buildings"
