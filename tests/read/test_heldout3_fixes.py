"""Figures, hedges and claimers: general causes the third held-out ECB+ set revealed (issue 5).

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read
from figure_support import fixture_article as _article

from corroborate.nlp import load_pipeline
from corroborate.read import read_article
from corroborate.read.hedges import read_hedges
from corroborate.record import Figure


def _read_article(text: str) -> dict[str, Figure]:
    reading = read_article(_article(text), load_pipeline())
    return {figure.span.text: figure for figure in reading.figures}


def _hedge_cues(text: str) -> list[str]:
    return [hedge.cue.text for hedge in read_hedges(_article(text), load_pipeline()(text))]


# Killing told by a noun or a gerund before the count


def test_bodies_slayings_and_murdering_before_a_count_are_killed() -> None:
    for text, number, value in (
        (
            "The bodies of the three women were found on the shore near Tolvane on Monday.",
            "three",
            3,
        ),
        ("A Dravik man was arrested in the slayings of two shopkeepers on Friday.", "two", 2),
        ("Ennis Marlowe, 41, is accused of murdering two neighbours in Castelburg.", "two", 2),
        ("Police are investigating the killings of four hikers near Orrin Lake.", "four", 4),
    ):
        figure = _read(text)[number]
        assert (figure.category, figure.best) == ("killed", value), text


def test_bodies_of_more_victims_add_to_a_toll_and_are_not_the_dead() -> None:
    text = "Rescuers pulled the bodies of two more victims from the Tolvane mine on Monday."
    figure = _read(text).get("two")
    assert figure is None or figure.category != "killed"


# Hedges in the report's own voice with modal or likelihood words


def test_modal_and_likelihood_words_in_the_reports_own_voice_are_hedges() -> None:
    for text, cue in (
        ("Marlowe will likely spend the rest of his life in prison.", "likely"),
        ("The inquiry has cost $3 million, likely the most in county history.", "likely"),
        ("A spokesman said it was unlikely to have been sabotage.", "unlikely"),
        ("One cause could be the cold weather.", "could be"),
        ("And the dispute may not be over yet.", "may not be"),
        ("Tenants had complained about a possible gas leak.", "a possible"),
        ("It is thought the Orrin line was cut first.", "It is thought"),
        ("There were reports that trains had stopped in Castelburg.", "There were reports that"),
        ("Police believe the two men acted alone.", "Police believe"),
    ):
        assert cue in _hedge_cues(text), text


def test_modal_words_inside_quotations_or_before_a_participle_are_not_hedges() -> None:
    for text in (
        'Mayor Ilse Varn said: "It could be worse, and we will likely rebuild by spring."',
        "Smoke could be seen from the Tolvane harbour.",
        "The two men may be charged on Monday.",
        "Leave the building as soon as possible.",
    ):
        assert _hedge_cues(text) == [], text


# The accused is no claimer of the count of their victims


def test_the_accused_does_not_claim_the_count_of_their_victims() -> None:
    for text in (
        "Ennis Marlowe of Castelburg, accused in the deaths of two women found in a flat, "
        "appeared in court today.",
        "A hearing is set for Friday for a Castelburg man accused of murdering two women.",
    ):
        figure = _read_article(text)["two"]
        assert figure.category == "killed" and figure.claimer is None, text


def test_an_accuser_still_claims_the_count() -> None:
    figure = _read_article("The Dravik group accused the police of killing 40 protesters.")["40"]
    assert figure.claimer is not None


# What someone meant to do is no casualty


def test_a_killing_intended_or_tried_is_not_a_death() -> None:
    for text, number in (
        ("Prosecutors said Marlowe intended to kill one other person that night.", "one"),
        ("Marlowe tried to kill two guards before he fled.", "two"),
    ):
        figure = _read(text).get(number)
        assert figure is None or figure.category != "killed", text


# Counts of things: "three out of four lines", a dash written as a hyphen


def test_a_count_out_of_a_whole_counts_the_noun_after_the_whole() -> None:
    figures = _read("The storm cut three out of four lines between Tolvane and Dravik.")
    assert (figures["three"].best, figures["three"].category) == (3, "other")
    assert figures["three"].counted is not None and figures["three"].counted.text == "lines"


def test_a_number_word_after_a_hyphen_and_a_common_word_is_a_count() -> None:
    figures = _read("The cause-three undersea cables near Tolvane that were cut on Friday.")
    assert figures["three"].best == 3
    assert "one" not in _read("Officials said no-one had been injured in the Dravik fire.")


# A trial's jury is not counted as a figure of the event


def test_jurors_and_holdouts_are_not_figures_unless_a_casualty_word_counts_them() -> None:
    for text in (
        "Eight of the jurors in the Castelburg trial were women.",
        "Lawyers said the three holdouts refused to budge.",
    ):
        assert _read(text) == {}, text
    figure = _read("Two jurors were injured when the gunman opened fire in Castelburg.")["Two"]
    assert figure.category == "injured"
