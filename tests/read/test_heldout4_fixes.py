"""Figures and hedges: general causes the fourth held-out ECB+ set revealed (issue 5).

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read
from figure_support import fixture_article as _article

from corroborate.nlp import load_pipeline
from corroborate.read.hedges import read_hedges


def _hedge_cues(text: str) -> list[str]:
    return [hedge.cue.text for hedge in read_hedges(_article(text), load_pipeline()(text))]


# Arrests told as surrender or custody


def test_a_count_that_surrendered_or_was_taken_into_custody_is_arrested() -> None:
    for text, number, value in (
        ("Fourteen fighters surrendered to the coastguard near Tolvane on Monday.", "Fourteen", 14),
        ("The Dravik coastguard stopped the smugglers and took 9 into custody.", "9", 9),
    ):
        figure = _read(text)[number]
        assert (figure.category, figure.best) == ("arrested", value), text


def test_one_described_person_who_surrendered_is_no_count_of_arrests() -> None:
    figures = _read("A 52-year-old man surrendered to police in Castelburg shortly after noon.")
    assert not any(figure.category == "arrested" for figure in figures.values())


# Units sent to an incident


def test_engines_sent_or_called_in_are_deployed() -> None:
    for text, number in (
        ("Three engines were sent to the Orrin Lake warehouse after a neighbour called.", "Three"),
        ("When they arrived they called in an additional five engines from Dravik.", "five"),
        ("Crews attended the scene and then called a further two appliances to help.", "two"),
    ):
        assert _read(text)[number].category == "deployed", text


# The people present at a gathering


def test_people_at_a_party_or_who_managed_to_leave_are_the_population_present() -> None:
    for text, number in (
        (
            "The Tolvane police said about 40 people were at the wedding when the roof fell.",
            "about 40",
        ),
        ("Nine other people managed to leave the bank while officers negotiated.", "Nine"),
    ):
        assert _read(text)[number].category == "population", text


# Hedges


def test_probably_it_would_appear_and_it_is_feared_are_hedges() -> None:
    assert "probably" in _hedge_cues(
        "A Castelburg admiral said blockading the ports probably would not stop the raids."
    )
    assert "It would appear" in _hedge_cues(
        'Ora Lindqvist said: "It would appear the blaze began in the kitchen."'
    )
    assert "it is feared" in _hedge_cues(
        '"The ferry is drifting and it is feared that two sailors drowned," a Dravik official said.'
    )


def test_a_man_who_would_appear_in_court_is_no_hedge() -> None:
    assert not any(
        "appear" in cue for cue in _hedge_cues("Court staff said he would appear in Tolvane.")
    )


def test_crews_that_fought_a_fire_are_deployed() -> None:
    figure = _read("Five crews fought the fire at the Dravik mill overnight.")["Five"]
    assert figure.category == "deployed"


# "fatally" after the one shot


def test_shot_one_man_fatally_is_one_killed_and_shot_alone_stays_injured() -> None:
    killed = _read("He shot one man fatally in the car park, the Tolvane police said.")["one"]
    assert (killed.category, killed.best) == ("killed", 1)
    assert _read("The gunman shot two men in the Orrin Lake car park.")["two"].category == "injured"


# Weapons counted in a cache or found by a passive verb


def test_weapons_in_a_cache_or_found_after_the_count_are_seized() -> None:
    cache = _read("Officers said the gang had a cache of weapons including 9 rifles and 2 pistols.")
    assert (cache["9"].category, cache["2"].category) == ("seized", "seized")
    found = _read("Two other rifles and 20 loaded magazines were found in the Dravik van.")
    assert (found["Two"].category, found["20"].category) == ("seized", "seized")


def test_weapons_carried_by_people_later_found_are_not_seized() -> None:
    figure = _read("The Tolvane guards carried two rifles and were found asleep.").get("two")
    assert figure is None or figure.category != "seized"
