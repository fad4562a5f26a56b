"""Figures, GVDB round 9 (issue 5): people hurt by their own shot, intersections, and the
claimer of a quotation continued from the sentence before.

Every sentence here is invented (made-up places and people).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read
from figure_support import fixture_article as _article
from figure_support import gvdb_counts as _benchmark_counts

from corroborate.nlp import load_pipeline
from corroborate.read import read_article


def test_a_street_number_in_an_intersection_is_no_count() -> None:
    figures = _read("The suspect shot at 26 & Orvane has been pronounced dead.")
    assert all(figure.best != 26.0 for figure in figures.values())
    figures = _read("Police said a man was shot near 14 and Birch on Monday.")
    assert all(figure.best != 14.0 for figure in figures.values())


def test_counts_joined_by_and_stay_counts() -> None:
    figures = _read("Gunmen killed 26 and wounded 14 in Orvane.")
    assert (figures["26"].category, figures["14"].category) == ("killed", "injured")


def _claimers(text: str) -> dict[str, str | None]:
    article = _article(text)
    record = read_article(article, load_pipeline())
    return {
        figure.span.text: figure.claimer.name if figure.claimer else None
        for figure in record.figures
    }


def test_a_quotation_after_a_speakers_sentence_is_the_speakers() -> None:
    claimers = _claimers(
        "The fire chief, Ana Vell, said the blaze began in a kitchen. "
        '"It spread fast. Four people were hurt."'
    )
    assert claimers["Four"] == "Ana Vell"
    claimers = _claimers(
        "Chief Ana Vell said the blaze began in a kitchen.\n"
        '"It spread fast. Three people were injured."\nOfficers closed the road.'
    )
    assert claimers["Three"] == "Ana Vell"


def test_a_quotation_continued_after_a_direct_quote_keeps_its_speaker() -> None:
    claimers = _claimers(
        '"We got here in minutes," the chief said. "Two firefighters were hurt on the stairs."'
    )
    assert claimers["Two"] == "chief"


def test_a_quotation_with_a_speaker_of_its_own_is_that_speakers() -> None:
    claimers = _claimers(
        "Police said the blaze began in a kitchen. Officers closed the road. "
        '"Four were hurt," a neighbour said.'
    )
    assert claimers["Four"] == "neighbour"


def test_a_quotation_after_a_sentence_with_no_speaker_has_no_claimer() -> None:
    claimers = _claimers('The blaze began in a kitchen on Orvane Road. "Four people were hurt."')
    assert claimers["Four"] is None


def test_a_person_murdered_or_slain_is_dead() -> None:
    figures = _read("A 23-year-old man was murdered outside a bar on Orvane Street.")
    assert (figures["A 23-year-old man"].best, figures["A 23-year-old man"].category) == (
        1.0,
        "killed",
    )
    assert _read("Man slain in Velmora park")["Man"].category == "killed"


def test_slain_before_a_noun_is_about_that_noun() -> None:
    figures = _read('"It was hard," said Ada Vell, daughter of slain court reporter Ona Brel.')
    assert "Ada Vell" not in figures
    figures = _read("Tam Vess murdered his wife in 2015.")
    assert "Tam Vess" not in figures


def test_a_person_pistol_whipped_is_hurt() -> None:
    figures = _read("Woman pistol-whipped, robbed in Orvane stairwell")
    assert (figures["Woman"].best, figures["Woman"].category) == (1.0, "injured")
    assert _read("Two men were pistol whipped during the robbery.")["Two"].category == "injured"


def test_the_one_who_pistol_whips_is_not_hurt() -> None:
    figures = _read("A man pistol-whipped Tam Vess.")
    assert "A man" not in figures
    figures = _read("He pistol-whipped the clerk and fled.")
    assert figures["the clerk"].category == "injured"


def test_a_quotation_over_several_paragraphs_is_the_speakers() -> None:
    claimers = _claimers(
        "Chief Ana Vell said the fire spread fast.\n"
        '"It was terrible. We had no water.\n'
        '"Three people were injured."'
    )
    assert claimers["Three"] == "Ana Vell"
    claimers = _claimers(
        'The blaze began in a kitchen.\n"It was terrible. We had no water.\n"Three were hurt."'
    )
    assert claimers["Three"] is None


def test_a_life_claimed_or_passed_away_is_a_death() -> None:
    figures = _read("The crash took the life of a Velmora woman.")
    assert figures["a Velmora woman"].category == "killed"
    assert _read("A man passed away at the hospital.")["A man"].category == "killed"
    assert _read("Two people passed away on Sunday.")["Two"].category == "killed"


def test_a_shooting_that_claimed_a_life_claims_nothing() -> None:
    claimers = _claimers("The shooting claimed the life of a 19-year-old man.")
    assert claimers == {"a 19-year-old man": None}
    claimers = _claimers("The group claimed the attack killed 40 people.")
    assert claimers["40"] == "group"


def test_a_fatal_wound_is_a_death() -> None:
    figures = _read("Police found a man with a fatal gunshot wound.")
    assert figures["a man"].category == "killed"
    figures = _read("A man was found with a gunshot wound.")
    assert figures["A man"].category == "injured"


def test_the_dead_told_right_after_the_people_shot_are_not_counted_hurt() -> None:
    counts = _benchmark_counts(
        "Five people were shot Sunday night in Velmora, two of them fatally."
    )
    assert counts == {"killed": 2, "injured": 3}
    assert _benchmark_counts("Three shot, one dead in Velmora") == {"killed": 1, "injured": 2}
