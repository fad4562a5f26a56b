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


def test_a_name_with_an_apposition_holding_a_comma_is_the_whole_source() -> None:
    found = read_spans(
        "Mark Eze, chief executive of Harbourline, a Velmar company, said the levy will pass."
    )
    assert (
        "Mark Eze, chief executive of Harbourline, a Velmar company",
        "said",
        "the levy will pass",
    ) in source_cue_content(found)
    claimers = {a.claimer.name for a in found if a.claimer is not None}
    assert any("Eze" in name for name in claimers)


def test_a_place_with_a_comma_does_not_cut_the_speaker_off() -> None:
    found = read_spans(
        "Dean Okonjo, a 55-year-old salesman from Sumter, Velmar, says the levy will pass."
    )
    assert ("Dean Okonjo, a 55-year-old salesman from Sumter, Velmar", "says") in {
        (source, cue) for source, cue, _content in source_cue_content(found)
    }


def test_an_organisation_name_listing_words_with_commas_is_one_claimer() -> None:
    found = read_spans(
        "The fire was set on purpose, the Bureau of Alcohol, Tobacco, Firearms and Explosives said."
    )
    claimers = {a.claimer.name for a in found if a.claimer is not None}
    assert "Bureau of Alcohol, Tobacco, Firearms and Explosives" in claimers


def test_a_spokesman_for_such_an_organisation_is_not_cut_at_its_commas() -> None:
    found = read_spans(
        "A spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives said the fire "
        "was set on purpose."
    )
    assert (
        "A spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives",
        "said",
        "the fire was set on purpose",
    ) in source_cue_content(found)


def test_a_description_then_an_organisation_name_is_claimed_by_the_name() -> None:
    found = read_spans("A piracy monitor, the Harbour Piracy Centre, said the ship was freed.")
    claimers = {a.claimer.name for a in found if a.claimer is not None}
    assert claimers == {"Harbour Piracy Centre"}


def test_two_subjects_joined_by_and_are_one_source() -> None:
    found = read_spans("Many dock workers and some harbour pilots say the levy is unfair.")
    assert ("Many dock workers and some harbour pilots", "say", "the levy is unfair") in (
        source_cue_content(found)
    )


def test_went_on_to_say_is_one_cue() -> None:
    found = read_spans("The mayor went on to say that the ferry would run on Sunday.")
    assert ("The mayor", "went on to say", "that the ferry would run on Sunday") in (
        source_cue_content(found)
    )


def test_goes_on_to_say_with_a_colon_keeps_the_colon_in_the_cue() -> None:
    found = read_spans("The email goes on to say: “The levy is unfair to dock workers.”")
    assert ("The email", "goes on to say:", "“The levy is unfair to dock workers.”") in (
        source_cue_content(found)
    )


def test_admitted_that_is_a_cue() -> None:
    found = read_spans("Harbour executives admitted that the strike has delayed some ferries.")
    assert ("Harbour executives", "admitted", "that the strike has delayed some ferries") in (
        source_cue_content(found)
    )


def test_refugees_admitted_to_a_country_is_no_cue() -> None:
    found = read_spans("Most refugees admitted to Velmar last year were children, the mayor said.")
    assert not any(a.cue is not None and a.cue.text == "admitted" for a in found)


def test_have_both_argued_keeps_the_subject_before_the_quantifier() -> None:
    found = read_spans("Okonjo and Adeyemi have both argued that dock workers have lost jobs.")
    assert ("Okonjo and Adeyemi", "have both argued", "that dock workers have lost jobs") in (
        source_cue_content(found)
    )


def test_all_said_after_a_plural_subject() -> None:
    found = read_spans("The dock workers all said the levy was unfair.")
    assert ("The dock workers", "all said", "the levy was unfair") in source_cue_content(found)


def test_an_adverb_between_subject_and_verb_is_in_the_cue_not_the_source() -> None:
    found = read_spans("Okonjo has long argued that the ferry should run at night.")
    assert ("Okonjo", "has long argued", "that the ferry should run at night") in (
        source_cue_content(found)
    )


def test_an_aside_between_commas_is_neither_source_nor_cue() -> None:
    found = read_spans("The harbour master, however, said the ferry would run at night.")
    assert ("The harbour master", "said", "the ferry would run at night") in (
        source_cue_content(found)
    )


def test_an_adverb_before_a_participle_makes_no_new_cue() -> None:
    found = read_spans("The sale price was widely reported in Velmar last spring.")
    assert not any(a.cue is not None and "reported" in a.cue.text for a in found)


def test_a_sentence_opening_noting_that_is_a_report_of_the_main_subject() -> None:
    found = read_spans(
        "Noting that the port reopened in May, the mayor added that the levy would stay."
    )
    assert ("the mayor", "Noting", "that the port reopened in May") in source_cue_content(found)
    assert ("the mayor", "added", "that the levy would stay") in source_cue_content(found)


def test_recalling_that_moment_is_no_report() -> None:
    found = read_spans("Recalling that moment, Ada Okonjo said the vote was close.")
    assert not any(a.cue is not None and a.cue.text == "Recalling" for a in found)
