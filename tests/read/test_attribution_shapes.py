"""Attribution shapes added for recall on PolNeAR (round 4): progressive cues, particles that belong
to the cue, stance verbs that stay precise, and contents the cue interrupts. Invented sentences."""

from __future__ import annotations

from attribution_support import read_spans, source_cue_content


def test_progressive_cue_has_the_subject_as_source() -> None:
    found = read_spans(
        "Mayor Ada Okonjo is telling voters in Velmar that the bridge will open in May."
    )
    assert (
        "Mayor Ada Okonjo",
        "is telling",
        "that the bridge will open in May",
    ) in source_cue_content(found)


def test_progressive_participle_after_a_comma_stays_a_participle_clause() -> None:
    found = read_spans(
        "The Velmar port board closed the quay on Monday, saying the crane was unsafe."
    )
    triples = source_cue_content(found)
    assert ("The Velmar port board", "saying", "the crane was unsafe") in triples


def test_particle_belongs_to_the_cue_and_content_starts_after_it() -> None:
    found = read_spans(
        "Senator Ada Okonjo called for the resignation of the port director. "
        "The dockers' union called on its members to strike. "
        "The harbour master warned of more flooding in the spring."
    )
    triples = source_cue_content(found)
    assert ("Senator Ada Okonjo", "called for", "the resignation of the port director") in triples
    assert ("The dockers' union", "called on", "its members to strike") in triples
    assert ("The harbour master", "warned of", "more flooding in the spring") in triples


def test_time_word_after_the_verb_is_not_a_particle() -> None:
    found = read_spans("The dockers' union called on Tuesday for a strike at the quay.")
    assert all(a.cue is None or a.cue.text != "called on" for a in found)


def test_reveal_and_assure_are_cues() -> None:
    found = read_spans(
        "The Velmar port board revealed that the crane had failed twice. "
        "Ada Okonjo assured residents that the water was safe to drink."
    )
    triples = source_cue_content(found)
    assert ("The Velmar port board", "revealed", "that the crane had failed twice") in triples
    assert ("Ada Okonjo", "assured", "that the water was safe to drink") in triples


def test_quote_interrupted_by_its_cue_gives_both_pieces() -> None:
    found = read_spans("“The bridge is safe,” Ada Okonjo said, “and it will open in May.”")
    triples = source_cue_content(found)
    assert ("Ada Okonjo", "said", "“The bridge is safe,”") in triples
    assert ("Ada Okonjo", "said", "“and it will open in May.”") in triples
    assert all(a.kind == "direct" for a in found)


def test_clause_interrupted_by_its_cue_gives_both_pieces() -> None:
    found = read_spans("The ferry plan, the harbour master said, is dead.")
    contents = {a.content.text for a in found if a.cue and a.cue.text == "said"}
    assert contents == {"The ferry plan", "is dead"}


def test_adverbial_before_cue_and_quote_is_not_content() -> None:
    found = read_spans(
        "On the subject of the quay, Ada Okonjo added, “We will rebuild it by June.”"
    )
    contents = {a.content.text for a in found}
    assert "On the subject of the quay" not in contents
    assert "“We will rebuild it by June.”" in contents


def test_participle_after_cue_is_not_a_second_piece() -> None:
    found = read_spans(
        "The quay is unsafe, Ada Okonjo said, adding that repairs would take a year."
    )
    contents = {a.content.text for a in found if a.cue and a.cue.text == "said"}
    assert contents == {"The quay is unsafe"}


def test_continued_after_a_quotation_is_a_cue() -> None:
    found = read_spans(
        "“The quay will reopen in May,” Ada Okonjo continued. The talks continued for hours."
    )
    triples = source_cue_content(found)
    assert ("Ada Okonjo", "continued", "“The quay will reopen in May,”") in triples
    assert all(a.content.text != "for hours" for a in found)


def test_series_label_before_a_headline_colon_is_no_speaker() -> None:
    found = read_spans("Delegate Update: The count in the Velmar race is still open.\n\nBody text.")
    assert all(a.claimer is None or a.claimer.name != "Delegate Update" for a in found)
    found = read_spans("Okonjo: The Quay Will Reopen In May.\n\nBody text.")
    assert any(a.claimer is not None and a.claimer.name == "Okonjo" for a in found)


def test_cue_is_the_verb_without_time_words_before_or_a_preposition_after_said() -> None:
    found = read_spans(
        "Ada Okonjo on Friday declared that the quay was safe. "
        "“It is fine,” Okonjo said of the crane."
    )
    triples = source_cue_content(found)
    assert ("Ada Okonjo", "declared", "that the quay was safe") in triples
    assert ("Okonjo", "said", "“It is fine,”") in triples


def test_question_put_to_someone_is_content_with_no_source() -> None:
    found = read_spans("Asked whether the quay was safe, Ada Okonjo said, “It is fine.”")
    triples = source_cue_content(found)
    assert (None, "Asked", "whether the quay was safe") in triples
    assert ("Ada Okonjo", "said", "“It is fine.”") in triples


def test_after_a_quotation_the_rest_of_the_sentence_is_the_source() -> None:
    found = read_spans(
        "“It was not a convincing argument,” said one official familiar with the talks. "
        "“We will see,” said retired judge Ada Okonjo."
    )
    triples = source_cue_content(found)
    assert (
        "one official familiar with the talks",
        "said",
        "“It was not a convincing argument,”",
    ) in triples
    assert ("retired judge Ada Okonjo", "said", "“We will see,”") in triples


def test_after_a_quotation_a_pronoun_opens_content_not_source() -> None:
    found = read_spans("The quay, he noted, is “a ruin,” said he fears the worst.")
    assert all(
        a.claimer is None or a.claimer.span is None or a.claimer.span.text != "he fears the worst"
        for a in found
    )


def test_issued_a_statement_saying_is_one_cue() -> None:
    found = read_spans("The Velmar port board issued a statement saying the quay was safe.")
    triples = source_cue_content(found)
    assert ("The Velmar port board", "issued a statement saying", "the quay was safe") in triples


def test_quotation_after_a_colon_closed_by_its_cue_is_the_quote_alone() -> None:
    text = (
        "The sheriff gave the count: “Deputies found two rifles and three live shells,” "
        "the sheriff said."
    )
    assert (
        "the sheriff",
        "said",
        "“Deputies found two rifles and three live shells,”",
    ) in source_cue_content(read_spans(text))


def test_content_before_a_closing_cue_is_the_speakers() -> None:
    text = (
        "The fire spread through the Velmar warehouse overnight. Deputies found two rifles and "
        "three live shells in the car, the sheriff said."
    )
    assert (
        "the sheriff",
        "said",
        "Deputies found two rifles and three live shells in the car",
    ) in source_cue_content(read_spans(text))


def test_quote_over_lines_closed_by_its_cue_is_the_speakers() -> None:
    text = (
        "Deputies stopped the car near Velmar.\n"
        '"The driver did not resist.\n'
        'We found two rifles and three live shells in the boot," the sheriff said.\n'
    )
    contents = {a.content.text for a in read_spans(text) if a.cue and a.cue.text == "said"}
    assert (
        '"The driver did not resist.\nWe found two rifles and three live shells in the boot,"'
    ) in contents


def test_quote_opening_mid_line_over_lines_takes_the_words_before_it() -> None:
    text = (
        "Deputies found two rifles and three live shells, but the driver was “calm.\n"
        "Very, very calm,” the sheriff said.\n"
    )
    contents = {a.content.text for a in read_spans(text) if a.cue and a.cue.text == "said"}
    assert (
        "Deputies found two rifles and three live shells, but the driver was “calm.\n"
        "Very, very calm,”"
    ) in contents


def test_estimated_at_after_a_noun_is_a_measure_not_a_cue() -> None:
    found = read_spans(
        "The Velmar storm caused damage estimated at around 4 million dollars, with 30 homes "
        "left unsafe, Mayor Ilse Broch said."
    )
    assert {a.cue.text for a in found if a.cue} == {"said"}
    assert {a.claimer.name for a in found if a.claimer} == {"Ilse Broch"}


def test_source_after_a_description_is_claimed_by_the_name() -> None:
    found = read_spans(
        "The governor of Velmar, Ada al-Okonjo, told the Ledger that two villagers were hurt."
    )
    assert {a.claimer.name for a in found if a.claimer} == {"Ada al-Okonjo"}


def test_evidence_noun_is_the_source_of_found_and_show() -> None:
    found = read_spans(
        "The audit found that the port board had overspent by three million dollars. "
        "Polls show the mayor trailing her rival by ten points."
    )
    triples = source_cue_content(found)
    assert (
        "The audit",
        "found",
        "that the port board had overspent by three million dollars",
    ) in triples
    assert ("Polls", "show", "the mayor trailing her rival by ten points") in triples


def test_evidence_noun_source_keeps_its_modifiers() -> None:
    found = read_spans("An audit of the port accounts in March found that the board had overspent.")
    assert (
        "An audit of the port accounts in March",
        "found",
        "that the board had overspent",
    ) in source_cue_content(found)


def test_found_and_show_without_evidence_subject_are_no_cues() -> None:
    found = read_spans(
        "The divers found the wreck near the quay. The map shows the route of the march."
    )
    assert not {cue for _, cue, _ in source_cue_content(found)} & {"found", "shows"}


def test_source_after_a_paragraph_break_keeps_its_first_word() -> None:
    found = read_spans(
        "The vote in the harbour town is close.\n\n"
        "An earlier report in a local paper found that the mayor had misled the council."
    )
    assert (
        "An earlier report in a local paper",
        "found",
        "that the mayor had misled the council",
    ) in source_cue_content(found)


def test_reporting_word_used_as_a_noun_modifier_stays_in_the_source() -> None:
    found = read_spans(
        "Velmar's state television said the blast killed three sailors. "
        "The talk show host said that the mayor had lied."
    )
    triples = source_cue_content(found)
    assert ("Velmar's state television", "said", "the blast killed three sailors") in triples
    assert ("The talk show host", "said", "that the mayor had lied") in triples


def test_reported_clause_ends_before_the_writers_who_and_while() -> None:
    found = read_spans(
        "Okonjo told the Ledger that she had met the port chief, who resigned a day later. "
        "The union says the strike will go on, while the port board has offered a new deal."
    )
    contents = {content for _, _, content in source_cue_content(found)}
    assert "that she had met the port chief" in contents
    assert "the strike will go on" in contents


def test_a_quantifier_can_be_the_source() -> None:
    found = read_spans(
        "Several said they would rather the port board paid for the repairs. "
        "The mayor and the harbour chief both condemned the plan to close the quay. "
        "All told, the storm sank nine boats."
    )
    triples = source_cue_content(found)
    assert ("Several", "said", "they would rather the port board paid for the repairs") in triples
    assert (
        "The mayor and the harbour chief",
        "both condemned",
        "the plan to close the quay",
    ) in triples
    assert not [cue for _, cue, _ in triples if cue and "told" in cue]


def test_cue_coordinated_with_another_verb_takes_its_subject() -> None:
    found = read_spans(
        "In an interview with the Ledger, Okonjo toured the flooded quay and said the port "
        "would reopen within a month. In a long interview with the Ledger, the diver lived in "
        "Velmar and wrote his thesis on tides."
    )
    triples = source_cue_content(found)
    assert ("Okonjo", "said", "the port would reopen within a month") in triples
    assert not [cue for _, cue, _ in triples if cue == "wrote"]


def test_participle_takes_the_parsed_subject_of_its_clause() -> None:
    found = read_spans(
        "But the harbour chief of Velmar drew a contrast, saying the port had never flooded before."
    )
    assert (
        "the harbour chief of Velmar",
        "saying",
        "the port had never flooded before",
    ) in source_cue_content(found)


def test_when_asked_gives_the_question_and_the_quote_after_keeps_its_speaker() -> None:
    found = read_spans(
        "“Nobody gets it perfect,” Okonjo said when asked about the new port rules, which were "
        "written in May.\n\n“The job of the board is to keep making them better every year.”"
    )
    triples = source_cue_content(found)
    assert (None, "asked about", "the new port rules") in triples
    continued = [a for a in found if a.content.text.startswith("“The job")]
    assert continued and continued[0].claimer is not None
    assert continued[0].claimer.name == "Okonjo"


def test_in_a_statement_is_in_the_cue_after_the_content() -> None:
    found = read_spans(
        "“We will not reopen the quay,” the port board said in a written statement. "
        "The union said in a statement that the strike would go on."
    )
    triples = source_cue_content(found)
    assert (
        "the port board",
        "said in a written statement",
        "“We will not reopen the quay,”",
    ) in triples
    assert ("The union", "said", "that the strike would go on") in triples


def test_particle_of_respond_ask_for_and_write_about_is_in_the_cue() -> None:
    found = read_spans(
        "The port board responded to the union's letter within a day. "
        "The union asked for a new vote on the wage deal."
    )
    triples = source_cue_content(found)
    assert ("The port board", "responded to", "the union's letter") in triples or (
        "The port board",
        "responded to",
        "the union's letter within a day",
    ) in triples
    assert ("The union", "asked for", "a new vote on the wage deal") in triples


def test_referring_to_after_a_cue_is_an_aside_of_the_same_speaker() -> None:
    found = read_spans(
        "“The port was sold out by the board,” said Ms. Okonjo, referring to the harbour board. "
        "“Nobody asked the fishermen what they wanted from the quay.”"
    )
    triples = source_cue_content(found)
    assert ("Ms. Okonjo", "referring to", "the harbour board") in triples
    assert ("Ms. Okonjo", "said", "“The port was sold out by the board,”") in triples
    continued = [a for a in found if a.content.text.startswith("“Nobody")]
    assert continued and continued[0].claimer is not None
    assert continued[0].claimer.name == "Okonjo"


def test_calling_someone_something_is_a_cue_a_phone_call_is_not() -> None:
    found = read_spans(
        "In a fiery speech, Okonjo called him divisive. Broch called her on Tuesday."
    )
    triples = source_cue_content(found)
    assert ("Okonjo", "called", "him divisive") in triples
    assert not [t for t in triples if t[0] == "Broch"]


def test_object_content_ends_before_a_second_verb_and_a_closing_bracket() -> None:
    found = read_spans(
        "Okonjo criticized the plan and called for a new vote. (The mayor said he would resign.)"
    )
    triples = source_cue_content(found)
    assert ("Okonjo", "criticized", "the plan") in triples
    assert ("Okonjo", "called for", "a new vote") in triples
    assert ("The mayor", "said", "he would resign") in triples


def test_inverted_source_keeps_an_apposition_with_a_noun_like_state() -> None:
    found = read_spans(
        "“The quay is safe,” said Ada Okonjo, a former Velmar state senator who ran for mayor. "
        "“The bridge is not,” said Lena Broch, a member of the harbour board, referring to the "
        "north bridge."
    )
    sources = {source for source, _, _ in source_cue_content(found)}
    assert "Ada Okonjo, a former Velmar state senator who ran for mayor" in sources
    assert "Lena Broch, a member of the harbour board" in sources


def test_parsed_subject_adds_the_words_before_the_phrase_found() -> None:
    found = read_spans(
        "Some delegates at the convention in Velmar said the vote had been rigged. "
        "On Sunday, Mr. Okafor said the quay would reopen."
    )
    sources = {source for source, _, _ in source_cue_content(found)}
    assert "Some delegates at the convention in Velmar" in sources
    assert "Mr. Okafor" in sources


def test_is_expected_to_gives_two_pieces_with_no_claimer() -> None:
    found = read_spans(
        "The embattled mayor of Velmar is expected to run for re-election in 2027. "
        "Officials said the toll was expected to rise to 40."
    )
    triples = source_cue_content(found)
    assert (None, "is expected", "The embattled mayor of Velmar") in triples
    assert (None, "is expected", "to run for re-election in 2027") in triples
    assert ("Officials", "said", "the toll was expected to rise to 40") in triples
    assert not [t for t in triples if t[1] == "was expected"]


def test_earlier_after_the_verb_stays_out_of_the_cue() -> None:
    found = read_spans("The harbour chief said earlier that the quay would stay shut.")
    assert ("The harbour chief", "said", "that the quay would stay shut") in source_cue_content(
        found
    )


def test_that_after_a_cue_beats_the_quotation_before_it() -> None:
    found = read_spans(
        "“We will win here,” the mayor said, noting that the vote would be close. "
        "“The quay is shut,” Okonjo said, asking whether the ferry could still run."
    )
    triples = source_cue_content(found)
    assert ("the mayor", "noting", "that the vote would be close") in triples
    assert ("the mayor", "said", "“We will win here,”") in triples
    assert ("Okonjo", "asking", "whether the ferry could still run") in triples
