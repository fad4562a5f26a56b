"""Figures, round 7 (issue 5): categories, zeros and claimers the held-out ECB+ gate found missing.

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read
from figure_support import fixture_article as _article

from corroborate.nlp import load_pipeline
from corroborate.read.figures import read_figures
from corroborate.record import Attribution, Claimer, Span


def test_firefighters_fighting_a_blaze_are_deployed() -> None:
    figures = _read("Around 40 firefighters battled the blaze at the Orvane timber yard overnight.")
    assert figures["Around 40"].category == "deployed"
    assert figures["Around 40"].population == "firefighters"


def test_a_large_fire_crew_with_no_cue_of_its_own_is_deployed() -> None:
    figures = _read(
        "More than 30 firefighters with eight fire engines fought the flames in Dellby."
    )
    assert figures["More than 30"].category == "deployed"
    assert figures["eight"].category == "deployed"  # engines a force sends


def test_fire_equipment_in_attendance_is_deployed() -> None:
    figures = _read("About 12 fire service pumps are in attendance at the Corran mill.")
    assert figures["About 12"].category == "deployed"


def test_people_moved_from_their_homes_are_displaced() -> None:
    figures = _read("Forty residents were moved from their homes on Kessel Road.")
    assert figures["Forty"].category == "displaced"


def test_people_freed_or_trapped_are_displaced() -> None:
    freed = _read("Rescuers freed nine people who had sheltered in a basement in Tarrow.")
    assert freed["nine"].category == "displaced"
    trapped = _read("Five miners were trapped below ground at the Holt pit.")
    assert trapped["Five"].category == "displaced"


def test_people_inside_a_building_are_a_population_unless_something_happened_to_them() -> None:
    inside = _read("About 80 people were in the building when the alarm sounded in Ferrow.")
    assert inside["About 80"].category == "population"
    workers = _read("Most of the other 60 workers inside were able to leave unharmed.")
    assert workers["60"].category == "population"
    hurt = _read("Two people inside were hurt when the roof of the Ferrow depot fell.")
    assert hurt["Two"].category == "injured"


def test_gunned_down_is_killed() -> None:
    figures = _read("the three guards he is accused of gunning down at the Velm depot")
    assert figures["three"].category == "killed"
    before = _read("A man gunned down two shopkeepers in Arlow on Sunday.")
    assert before["two"].category == "killed"


def test_falling_to_a_death_is_killed() -> None:
    figures = _read("Two hikers have fallen to their deaths on the Skarn ridge.")
    assert figures["Two"].category == "killed"


def test_hyphenated_no_one_is_a_denied_zero() -> None:
    figures = _read("No-one was injured in the blaze at the Corran mill.")
    zero = figures["No-one"]
    assert (zero.best, zero.category, zero.polarity) == (0, "injured", "denied")
    assert zero.qualifier is None  # the words are the zero, not a qualifier of it


def test_a_hedge_between_the_negated_subject_and_the_verb_keeps_the_zero() -> None:
    believed = _read("No one is believed to have been injured in the Dellby fire.")
    assert believed["No one"].best == 0
    assert believed["No one"].category == "injured"
    thought = _read("At this stage, nobody is thought to have been hurt, the council said.")
    assert thought["nobody"].category == "injured"
    assert thought["nobody"].polarity == "denied"


def test_a_figure_on_the_line_after_an_open_quotation_takes_its_speaker() -> None:
    text = (
        'A spokeswoman for Orvane Stores said: "The depot is destroyed.\n'
        "No-one has been injured.\n"
        '"We will rebuild," she added.'
    )
    article = _article(text)
    start = text.index('"The depot')
    end = text.index("\n")
    quote = Attribution(
        id="fixture-attr1",
        article_id=article.id,
        kind="direct",
        content=article.span(start, end),
        claimer=Claimer(name="spokeswoman", kind="description"),
    )
    figures = _read(text, (quote,))
    assert figures["No-one"].claimer is not None
    assert figures["No-one"].claimer.name == "spokeswoman"


def test_a_closed_quotation_gives_no_speaker_to_what_follows() -> None:
    text = 'A spokeswoman said: "The depot is destroyed."\nNo-one was injured, police said later.'
    article = _article(text)
    start = text.index('"The depot')
    quote = Attribution(
        id="fixture-attr1",
        article_id=article.id,
        kind="direct",
        content=article.span(start, text.index("\n")),
        claimer=Claimer(name="spokeswoman", kind="description"),
    )
    figures = _read(text, (quote,))
    assert figures["No-one"].claimer is None or figures["No-one"].claimer.name != "spokeswoman"


def test_spans_still_point_at_their_text() -> None:
    text = "No-one was hurt. More than 30 firefighters tackled the fire."
    article = _article(text)
    for figure in read_figures(article, load_pipeline()(text), (), ()):
        span: Span = figure.span
        assert text[span.start : span.end] == span.text


def test_inside_further_on_says_nothing_of_what_was_counted() -> None:
    figures = _read("Police placed two machine guns aiming at inside the Corran compound.")
    assert all(figure.category != "population" for figure in figures.values())


def test_a_title_case_headline_cut_before_its_number_is_read_whole() -> None:
    figures = _read("Night Guard Marta Velle Kills Three In Orvane Depot Shooting")
    assert figures["Three"].best == 3
    assert figures["Three"].category == "killed"


def test_what_the_clause_says_of_one_of_the_wounded_comes_first() -> None:
    figures = _read("The firm said that one of the wounded guards is in the hospital.")
    assert figures["one"].category == "hospitalised"
    died = _read("Two of the injured miners died on Friday in Tarrow.")
    assert died["Two"].category == "killed"


def test_a_gun_calibre_is_no_count() -> None:
    figures = _read("She came back with a .357 Magnum and shot two guards in Velm.")
    assert "357" not in figures
    assert figures["two"].best == 2


def test_a_person_told_by_age_counts_people() -> None:
    figures = _read("A 41-year-old is dead after falling 150 metres on the Skarn ridge.")
    (figure,) = [f for f in figures.values() if f.category == "killed"]
    assert figure.population == "people"


def test_two_counts_of_one_noun_told_apart_by_a_word_are_added() -> None:
    figures = _read("One Danish and one Dutch hiker have fallen to their deaths on the Skarn.")
    (figure,) = figures.values()
    assert figure.best == 2
    assert figure.category == "killed"
    apart = _read("Two Democrats and three Republicans voted against the Velm bill.")
    assert sorted(f.best or 0 for f in apart.values()) == [2, 3]


def test_the_people_a_report_already_counted_are_not_counted_again() -> None:
    figures = _read(
        "A guard shot and killed two co-workers at the Velm depot. "
        "He had argued with the two women on Monday."
    )
    assert [f.best for f in figures.values()] == [2]
    alone = _read("He had argued with the two women on Monday.")
    assert alone["two"].category == "other"


def test_a_force_that_rushed_to_the_scene_is_deployed_but_a_crowd_is_not() -> None:
    officers = _read("At least nine of the officers who rushed to the Velm depot were armed.")
    assert officers["At least nine"].category == "deployed"
    hospital = _read("Two men were rushed to the hospital in Tarrow.")
    assert hospital["Two"].category == "hospitalised"
    crowd = _read("Five people rushed to the exit of the Tarrow hall.")
    assert crowd["Five"].category == "other"


# GVDB round 7 (2026-11-25): misses of the first 300 GVDB dev articles, grouped by cause; every
# sentence below is invented.


def _counts(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.span.text, f.best, f.category) for f in _read(text).values()]


def test_a_decade_written_with_an_apostrophe_is_an_age_not_a_count() -> None:
    for text in (
        "Police say a woman in her 20's was shot in the foot near Orvane Road.",
        "Police say a woman in her 20’s was shot in the foot near Orvane Road.",
    ):
        assert _counts(text) == [("a woman", 1.0, "injured")]


def test_a_part_of_counted_wounds_is_wounds_not_dead() -> None:
    figures = _read(
        "An autopsy shows the man shot dead by Velmora police suffered 14 gunshot wounds, "
        "including five in the back, and had alcohol in his system when he died."
    )
    assert figures["five"].category == figures["14"].category == "other"


def test_a_part_of_a_casualty_count_keeps_its_own_cue() -> None:
    figures = _read("Three people were shot in Orvane, including one who later died.")
    assert figures["Three"].category == "injured"
    assert figures["one"].category == "killed"


def test_the_body_of_a_person_is_one_dead_whatever_wound_it_had() -> None:
    assert _counts("A jogger found the body of a man with a gunshot wound in the Velm River.") == [
        ("a man", 1.0, "killed")
    ]


def test_pronounced_or_found_deceased_is_dead() -> None:
    figures = _read(
        "Deputies were called to Orvane Lane on Sunday. The woman was taken to Velmora General, "
        "where she was later pronounced deceased."
    )
    assert [(f.best, f.category) for f in figures.values() if f.category == "killed"] == [
        (1.0, "killed")
    ]
    assert _counts("Corrin was found deceased in his car on Monday.") == [("Corrin", 1.0, "killed")]


def test_a_name_found_with_a_wound_is_hurt_but_a_name_found_with_someone_is_not() -> None:
    assert _counts("Deputies found Tobin Vess with a gunshot wound to the leg.") == [
        ("Tobin Vess", 1.0, "injured")
    ]
    assert _counts("Officers found Ana Vell with her brother at the Orvane mall.") == []


def test_a_headline_count_of_people_shot_is_people_not_shots() -> None:
    figures = _read("Three shot, one dead after party at Velmora hall")
    assert (figures["Three"].category, figures["Three"].population) == ("injured", "people")
    assert figures["one"].category == "killed"
    assert _counts("Two stabbed in Orvane bar fight") == [("Two", 2.0, "injured")]
    assert _counts("The gunman fired one shot, police said.") == []
    assert _read("Officers fired three shots at the car.")["three"].category == "other"


def test_the_victim_of_a_deadly_attack_is_one_dead() -> None:
    for text in (
        "Police released the name of the victim of a deadly weekend shooting in Velmora.",
        "Police named the victim of Friday's fatal stabbing.",
    ):
        assert [(f.best, f.category) for f in _read(text).values()] == [(1.0, "killed")]
    assert _counts("The victim of a shooting on Orvane Road is recovering.") == []


def test_a_pronoun_that_suffered_a_wound_is_one_hurt_unless_someone_is_counted() -> None:
    assert _counts(
        "During a struggle with the dealer, he suffered a non-life threatening wound."
    ) == [("he", 1.0, "injured")]
    assert _counts("A man was shot on Orvane Road. He suffered a gunshot wound to the leg.") == [
        ("A man", 1.0, "injured")
    ]
    assert _counts("She suffered a broken arm, and wounds to her pride.") == []


def test_people_found_deceased_are_dead() -> None:
    assert _counts("A man was found deceased in his car on Orvane Road.") == [
        ("A man", 1.0, "killed")
    ]
    figures = _read("Upon arrival, officers found a male and female deceased inside the residence.")
    assert [(f.best, f.category) for f in figures.values()] == [(2.0, "killed")]


def test_a_victim_who_went_to_a_hospital_is_hurt_but_not_anyone_who_went_there() -> None:
    assert _counts("The 27-year-old victim went to Velmora Hospital on his own.") == [
        ("The 27-year-old victim", 1.0, "injured")
    ]
    assert _counts("The victim went to the store before the shooting.") == []


def test_treated_for_injuries_is_hurt() -> None:
    assert _counts("A woman was treated for minor injuries at the scene.") == [
        ("A woman", 1.0, "injured")
    ]


def test_a_person_who_killed_himself_is_dead_but_one_who_shot_himself_is_hurt() -> None:
    assert _counts("The suspect later killed himself, police said.") == [
        ("The suspect", 1.0, "killed")
    ]
    assert _counts("Police said Tam Orrin killed himself.") == [("Tam Orrin", 1.0, "killed")]
    assert _counts("The gunman fatally shot himself.") == [("The gunman", 1.0, "killed")]
    assert _counts("A 4-year-old boy shot himself in the leg.") == [
        ("A 4-year-old boy", 1.0, "injured")
    ]


def test_an_age_and_a_home_town_between_commas_do_not_hide_what_happened() -> None:
    figures = _read(
        "Tam Vess, 18, of Velmora, who is still hospitalized at Orvane General with non "
        "life-threatening injuries, has been charged with robbery."
    )
    assert [(f.span.text, f.category) for f in figures.values()] == [("Tam Vess", "hospitalised")]


def test_no_one_else_hurt_is_no_zero_of_the_hurt() -> None:
    assert _counts("A man was shot in the leg on Orvane Road. No one else was hurt.") == [
        ("A man", 1.0, "injured")
    ]
    assert [(f.best, f.polarity) for f in _read("No one was hurt in Orvane.").values()] == [
        (0.0, "denied")
    ]


def test_a_person_fatally_shot_is_one_dead() -> None:
    assert _counts("Officer Tam Vess fatally shot a 19-year-old man on Orvane Road.") == [
        ("a 19-year-old man", 1.0, "killed")
    ]


def test_a_surname_with_a_capital_inside_stands_for_the_person_named_in_full() -> None:
    figures = _read(
        "Ronald McArdle, 19, called police from Orvane Road. An officer fatally shot McArdle, "
        "who the officer said was armed."
    )
    assert [(f.span.text, f.category) for f in figures.values() if f.category == "killed"] == [
        ("McArdle", "killed")
    ]


def test_deaths_told_in_several_words_are_deaths() -> None:
    for text, person in (
        ("A man succumbed to his injuries on Sunday.", "A man"),
        ("A 20-year-old woman lost her life in the shooting.", "A 20-year-old woman"),
        ("A teenager was gunned down outside a store in Orvane.", "A teenager"),
        ("Tam Vess lost his life in the crash.", "Tam Vess"),
    ):
        assert _counts(text) == [(person, 1.0, "killed")]
    assert _counts("A man who lost his job in Orvane was arrested on Monday.") == [
        ("A man", 1.0, "arrested")
    ]


def test_a_pronoun_shot_dead_is_one_dead_but_a_gunman_who_shot_dead_is_not() -> None:
    assert _counts("He was shot dead by police on Orvane Road.") == [("He", 1.0, "killed")]
    assert _counts("She had been shot to death, police said.") == [("She", 1.0, "killed")]
    assert _counts("He was shot in the leg on Orvane Road.") == []


def test_two_people_joined_by_and_share_the_cue_after_them() -> None:
    assert _counts("A man and a woman were killed in Orvane.") == [
        ("A man and a woman", 2.0, "killed")
    ]
    assert _counts("A man and his girlfriend were shot Sunday.") == [
        ("A man and his girlfriend", 2.0, "injured")
    ]


def test_people_counted_with_wounds_are_hurt_unless_they_died() -> None:
    for text in (
        "Officers found two men suffering from gunshot wounds.",
        "Two men were found with gunshot wounds.",
        "Two men suffered gunshot wounds.",
    ):
        assert [(f.best, f.category) for f in _read(text).values()] == [(2.0, "injured")]
    figures = _read("Two men suffered gunshot wounds and later died.")
    assert [(f.best, f.category) for f in figures.values()] == [(2.0, "killed")]


def test_a_count_of_people_who_succumbed_is_killed() -> None:
    assert [
        (f.best, f.category) for f in _read("Two men succumbed to their injuries.").values()
    ] == [(2.0, "killed")]


def test_two_names_joined_by_and_share_the_cue_after_them() -> None:
    assert _counts("Tam Vess and Ana Vell were killed early Saturday.") == [
        ("Tam Vess", 1.0, "killed"),
        ("Ana Vell", 1.0, "killed"),
    ]
    assert _counts("Tam Vess was killed and Ana Vell watched.") == [("Tam Vess", 1.0, "killed")]


def test_a_name_or_a_pronoun_at_the_very_end_of_a_text_is_read_without_error() -> None:
    for text in ("Officers arrested Tam Vess", "He saw Tam Vess", "Tam Vess", "Tam Vess lost"):
        _read(text)  # no IndexError at the end of the text


def test_a_count_set_off_by_including_does_not_hide_the_wholes_category() -> None:
    """The cue after an "including" part belongs to the whole before it too."""
    text = "A handful of worshippers, including two children, were inside the chapel at Dunmere."
    figures = {f.span.text: f for f in read_figures(_article(text), load_pipeline()(text), (), ())}
    whole = figures["A handful"]
    assert whole.category == "population"
