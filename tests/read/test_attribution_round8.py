"""Attribution shapes fixed in round 8 (2026-11-25): misses found on the seeds and on the ECB+
held-out gate, each on an invented sentence."""

from __future__ import annotations

from attribution_support import read_spans, source_cue_content


def test_noun_like_form_after_a_lower_case_subject_is_a_cue_before_that() -> None:
    found = read_spans("The union claims that ten boats sank off Velmar.")
    assert ("The union", "claims", "that ten boats sank off Velmar") in source_cue_content(found)


def test_noun_like_form_before_to_and_a_verb_is_a_cue() -> None:
    found = read_spans("The group claims to have sunk ten boats.")
    assert ("The group", "claims", "to have sunk ten boats") in source_cue_content(found)


def test_plural_noun_before_a_relative_that_is_no_cue() -> None:
    assert read_spans("The senator won in five states that voted for the port plan.") == ()


def test_a_dash_aside_does_not_end_the_reported_clause() -> None:
    found = read_spans(
        "The League said the council – which Velmar joined in 2009 – had closed the port."
    )
    contents = {a.content.text for a in found}
    assert "the council – which Velmar joined in 2009 – had closed the port" in contents


def test_a_single_dash_still_ends_the_reported_clause() -> None:
    found = read_spans(
        "The League said the council had closed the port – a move that angered crews."
    )
    assert {a.content.text for a in found} == {"the council had closed the port"}


def test_according_to_source_ends_at_a_dash_typed_as_hyphens() -> None:
    found = read_spans(
        "Okonjo then sank the three boats, according to police - - the boats were hit on the "
        "north quay and the ferry she rammed in the harbour."
    )
    sources = {a.claimer.span.text for a in found if a.claimer and a.claimer.span}
    assert "police" in sources
    assert all("quay" not in source for source in sources)


def test_blame_is_a_cue_with_its_subject_as_source() -> None:
    found = read_spans("The mayor blamed the closure on the port board.")
    assert ("The mayor", "blamed", "the closure on the port board") in source_cue_content(found)


def test_a_quotation_inside_a_dash_aside_does_not_make_the_content_mixed() -> None:
    found = read_spans(
        "The League has called on the council – which gave Velmar “free port status” in 2014 – "
        "to reopen the quay."
    )
    called = [a for a in found if a.cue and a.cue.text == "has called on"]
    assert called
    assert called[0].kind == "indirect"
    assert called[0].content.text.endswith("to reopen the quay")


def test_inverted_source_before_a_line_break_leaves_out_the_full_stop() -> None:
    found = read_spans("Officers freed seven people, said Okonjo.\nInvestigators did not say why.")
    said = [a for a in found if a.cue and a.cue.text == "said"]
    assert said and said[0].claimer is not None and said[0].claimer.span is not None
    assert said[0].claimer.span.text == "Okonjo"
    assert said[0].claimer.name == "Okonjo"


def test_a_quotation_a_colon_introduces_runs_over_lines_with_no_mark_and_keeps_the_speaker() -> (
    None
):
    text = (
        "Harbour chief Ada Okonjo says the ferry was outside for nine minutes before coming back:\n"
        "“It drove through a barrier and entered the port.\n"
        "It had a crane.\n"
        "Two, it sank there in the harbour.\n"
        "A third was also hit.”\n"
        "The third boat was towed away."
    )
    found = read_spans(text)
    quoted = [a for a in found if a.content.text.startswith("“It drove")]
    assert quoted, "the quotation after the colon has no attribution"
    assert quoted[0].content.text.endswith("A third was also hit.”")
    assert quoted[0].claimer is not None and quoted[0].claimer.name == "Ada Okonjo"


def test_a_quotation_line_with_no_opening_mark_stays_in_the_colon_quotation() -> None:
    text = (
        "A Velmar Police spokeswoman said tonight: “Officers are at the scene.\n"
        "No one is believed to be hurt at this time.”\n"
        "The port stays closed."
    )
    contents = {a.content.text for a in read_spans(text)}
    assert "“Officers are at the scene.\nNo one is believed to be hurt at this time.”" in contents


def test_the_accused_after_a_noun_is_no_claimer() -> None:
    found = read_spans("Okonjo says the woman accused of stealing two boats is a good person.")
    sources = {a.claimer.span.text for a in found if a.claimer and a.claimer.span}
    assert sources == {"Okonjo"}


def test_an_active_accusation_still_has_its_accuser() -> None:
    found = read_spans("The port board accused the ferry company of hiding the damage.")
    assert any(
        a.claimer and a.claimer.span and a.claimer.span.text == "The port board" for a in found
    )


def test_it_in_what_it_called_is_the_subject_of_the_clause_it_hangs_on() -> None:
    found = read_spans(
        "The ministry in Kelan denied the report. The talks ended on Monday, with Velmar vowing "
        "to punish Kelan for what it called “an attack on its ships”."
    )
    called = [a for a in found if a.cue and a.cue.text == "called"]
    assert called and called[0].claimer is not None
    assert called[0].claimer.kind == "pronoun"
    assert called[0].claimer.name == "Velmar"
    assert called[0].claimer.antecedent is not None
    assert called[0].claimer.antecedent.text == "Velmar"
