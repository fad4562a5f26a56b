"""Attribution shapes added in round 10 (2026-11-25, recall): each rule measured on all PolNeAR
train files (docs/attribution.md), each tested here on an invented sentence."""

from __future__ import annotations

from attribution_support import read_spans, source_cue_content


def test_thought_verb_before_a_clause_with_a_noun_subject_is_a_cue() -> None:
    found = read_spans("The harbour master thinks that the quay is safe.")
    assert ("The harbour master", "thinks", "that the quay is safe") in source_cue_content(found)


def test_stance_verb_with_a_name_as_subject_and_a_bare_clause() -> None:
    found = read_spans("Senator Ada Okonjo believes the ferry will run by Friday.")
    assert ("Senator Ada Okonjo", "believes", "the ferry will run by Friday") in (
        source_cue_content(found)
    )


def test_agreement_and_worry_before_a_clause_are_cues() -> None:
    found = read_spans("Velmar dock workers agreed that the cranes were unsafe.")
    assert ("Velmar dock workers", "agreed", "that the cranes were unsafe") in (
        source_cue_content(found)
    )


def test_thought_verb_with_a_pronoun_subject_is_no_cue() -> None:
    assert read_spans("I think the quay is safe.") == ()


def test_thought_verb_with_no_clause_is_no_cue() -> None:
    assert read_spans("The harbour master knows the quay well.") == ()


def test_intention_verb_before_an_infinitive_is_a_cue() -> None:
    found = read_spans("The Velmar dockers' union pledged to strike on Monday.")
    assert ("The Velmar dockers' union", "pledged", "to strike on Monday") in (
        source_cue_content(found)
    )


def test_declining_to_comment_stays_no_cue() -> None:
    assert read_spans("The port board declined to comment on the vote.") == ()


def test_agreeing_to_do_something_is_no_cue() -> None:
    assert read_spans("The Velmar council agreed to shelter the crews for a year.") == ()
