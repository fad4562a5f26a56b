"""Recall rules of round 12 (2026-11-26): each rule measured on all PolNeAR train files
(docs/attribution.md), each tested here on an invented sentence."""

from __future__ import annotations

from attribution_support import read_spans, source_cue_content


def test_outlet_reported_at_the_end_of_the_sentence_is_a_cue() -> None:
    found = read_spans(
        "The engineer worked for the harbour company in Velmar, the Daily Courier reported."
    )
    assert (
        "the Daily Courier",
        "reported",
        "The engineer worked for the harbour company in Velmar",
    ) in source_cue_content(found)


def test_asked_at_the_end_after_a_question_is_a_cue() -> None:
    found = read_spans("“Why did the ferry leave so early?” the harbour master asked.")
    assert ("the harbour master", "asked", "“Why did the ferry leave so early?”") in (
        source_cue_content(found)
    )


def test_a_verb_ending_a_subordinate_clause_is_still_no_cue() -> None:
    found = read_spans("The ferry left Velmar at noon, as the harbour master had asked.")
    assert not any(a.cue is not None and a.cue.text == "asked" for a in found)


def test_a_sentence_opening_in_a_poll_is_what_the_poll_found() -> None:
    found = read_spans(
        "In a Harbour Institute poll released Monday, 52 percent of Velmar voters backed the levy."
    )
    assert (
        "a Harbour Institute poll released Monday",
        "In",
        "52 percent of Velmar voters backed the levy",
    ) in source_cue_content(found)


def test_in_a_place_where_polls_were_held_is_no_source() -> None:
    found = read_spans(
        "In eight towns where polls were held on Sunday, turnout was higher than in May."
    )
    assert not any(a.cue is not None and a.cue.text == "In" for a in found)
