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
