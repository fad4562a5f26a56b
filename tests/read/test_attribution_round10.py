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


def test_pointing_to_evidence_with_a_noun_subject_is_a_cue_with_its_particle() -> None:
    found = read_spans("The harbour master pointed to the audit of the port accounts.")
    assert ("The harbour master", "pointed to", "the audit of the port accounts") in (
        source_cue_content(found)
    )


def test_talking_about_something_with_a_noun_or_a_name_as_subject_is_a_cue() -> None:
    found = read_spans("The harbour master talked about the floods in Velmar.")
    assert ("The harbour master", "talked about", "the floods in Velmar") in (
        source_cue_content(found)
    )
    found = read_spans("Ada Okonjo spoke about the floods on Monday.")
    assert ("Ada Okonjo", "spoke about", "the floods on Monday") in source_cue_content(found)


def test_particle_verb_with_a_pronoun_subject_is_no_cue() -> None:
    assert read_spans("They talked about the floods in Velmar.") == ()


def test_charging_that_something_happened_is_a_cue() -> None:
    found = read_spans("The dockers' union charged that the board had hidden the report.")
    assert ("The dockers' union", "charged", "that the board had hidden the report") in (
        source_cue_content(found)
    )


def test_thought_verb_with_he_she_they_as_the_sentence_root_is_a_cue() -> None:
    found = read_spans("The harbour master toured the quay on Monday. She thinks the quay is safe.")
    assert ("She", "thinks", "the quay is safe") in source_cue_content(found)


def test_thought_verb_with_a_pronoun_inside_reported_speech_is_no_cue_of_its_own() -> None:
    found = read_spans("Ada Okonjo said she thinks the quay is safe.")
    assert not [a for a in found if a.cue is not None and a.cue.text == "thinks"]


def test_wanting_or_supporting_as_the_sentence_root_with_a_noun_subject_is_a_cue() -> None:
    found = read_spans("The dockers' union wants a vote on the harbour plan.")
    assert ("The dockers' union", "wants", "a vote on the harbour plan") in (
        source_cue_content(found)
    )
    found = read_spans("The Velmar council supports the new ferry route.")
    assert ("The Velmar council", "supports", "the new ferry route") in source_cue_content(found)


def test_wanting_inside_reported_speech_is_no_cue_of_its_own() -> None:
    found = read_spans("Ada Okonjo said the union wants a vote on the harbour plan.")
    assert not [a for a in found if a.cue is not None and a.cue.text == "wants"]


def test_footage_or_polling_as_the_subject_of_shows_is_a_source() -> None:
    found = read_spans("The new footage shows the crane falling onto the ferry.")
    assert ("The new footage", "shows", "the crane falling onto the ferry") in (
        source_cue_content(found)
    )
    found = read_spans("Recent polling shows that the mayor trails the union candidate.")
    assert ("Recent polling", "shows", "that the mayor trails the union candidate") in (
        source_cue_content(found)
    )


def test_a_poll_share_before_the_cue_is_its_source() -> None:
    found = read_spans(
        "Velmar voters look tired. More than six in 10 said they were not looking forward "
        "to the vote."
    )
    assert ("More than six in 10", "said", "they were not looking forward to the vote") in (
        source_cue_content(found)
    )


def test_asked_with_an_adjunct_before_the_question_gives_the_question() -> None:
    found = read_spans("Asked in Velmar on Monday whether he would run, Okonjo said no.")
    assert (None, "Asked", "whether he would run") in source_cue_content(found)
    assert ("Okonjo", "said", "no") in source_cue_content(found)


def test_asked_with_a_clause_before_any_question_word_is_no_cue() -> None:
    found = read_spans("Asked to leave the quay, the crews refused.")
    assert not [a for a in found if a.cue is not None and a.cue.text == "Asked"]


def test_challenging_or_mocking_someone_as_the_sentence_root_is_a_cue() -> None:
    found = read_spans("The dockers' union challenged the port board in a letter.")
    assert any(a.cue is not None and a.cue.text == "challenged" for a in found)
    found = read_spans("Mara Ollen said the union challenged the port board.")
    assert not [a for a in found if a.cue is not None and a.cue.text == "challenged"]


def test_a_long_subject_headed_by_a_name_and_a_comma_still_gives_the_attribution() -> None:
    found = read_spans(
        "Ada Okonjo, who lost her daughter Mara during the flood at the north quay of Velmar "
        "in the spring of 2019, said that the harbour board had treated her family badly."
    )
    said = [a for a in found if a.cue is not None and a.cue.text == "said"]
    assert said
    assert said[0].content.text == "that the harbour board had treated her family badly"
    assert said[0].claimer is not None and said[0].claimer.name == "Ada Okonjo"
