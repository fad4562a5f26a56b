"""Content boundaries fixed in round 11 (2026-11-25): each rule measured on all PolNeAR train
files (docs/attribution.md), each tested here on an invented sentence."""

from __future__ import annotations

from attribution_support import read_spans, source_cue_content


def test_relative_that_after_the_cue_keeps_its_noun_in_the_content() -> None:
    found = read_spans("The mayor said the movement that is sweeping the state appeals to fear.")
    assert ("The mayor", "said", "the movement that is sweeping the state appeals to fear") in (
        source_cue_content(found)
    )


def test_that_opening_the_reported_clause_still_starts_it() -> None:
    found = read_spans("The harbour master said that the ferry is late.")
    assert ("The harbour master", "said", "that the ferry is late") in source_cue_content(found)


def test_a_second_report_after_and_ends_the_first_content() -> None:
    found = read_spans(
        "Most Velmar voters said the economy was worse, and three in ten said the same of the port."
    )
    assert ("Most Velmar voters", "said", "the economy was worse") in source_cue_content(found)


def test_a_second_report_after_but_ends_the_first_content() -> None:
    found = read_spans(
        "Okonjo said the board stopped the practice, but the mayor did not say when."
    )
    assert ("Okonjo", "said", "the board stopped the practice") in source_cue_content(found)


def test_a_plain_coordinated_clause_stays_in_the_content() -> None:
    found = read_spans("Okonjo said the quay was closed and the ferry would not run.")
    assert ("Okonjo", "said", "the quay was closed and the ferry would not run") in (
        source_cue_content(found)
    )


def test_listener_place_and_time_before_that_are_left_out_of_the_content() -> None:
    found = read_spans(
        "The senator told a packed crowd in snowy Velmar on Tuesday night that he has few "
        "memories of the vote."
    )
    assert ("The senator", "told", "that he has few memories of the vote") in (
        source_cue_content(found)
    )


def test_asking_several_times_whether_starts_at_whether() -> None:
    found = read_spans("The mayor asked dock workers several times whether they planned to strike.")
    assert ("The mayor", "asked", "whether they planned to strike") in source_cue_content(found)
