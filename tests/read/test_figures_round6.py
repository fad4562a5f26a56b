"""Figures in one article, round 6: victims written as a pronoun object.

Every sentence here is invented (made-up places, people and outlets).
"""

from __future__ import annotations

from figure_support import fixture_article as _article

from corroborate.nlp import load_pipeline
from corroborate.read.figures import read_figures
from corroborate.record import Figure


def _read(text: str) -> list[Figure]:
    article = _article(text)
    return list(read_figures(article, load_pipeline()(article.text), (), ()))


def _counts(text: str) -> list[tuple[str, str, float | None]]:
    return [(figure.span.text, figure.category, figure.best) for figure in _read(text)]


def test_a_pronoun_object_of_a_killing_verb_is_one_killed() -> None:
    text = "The motorist walked over to the stranger in Orvel and killed him, deputies said."
    assert _counts(text) == [("him", "killed", 1.0)]
    assert _counts("The guard fatally shot her outside the depot in Dellow.") == [
        ("her", "killed", 1.0)
    ]


def test_a_pronoun_object_of_an_injuring_verb_is_one_injured() -> None:
    text = "A stray round from the range in Dellow injured him and he drove to a clinic."
    assert _counts(text) == [("him", "injured", 1.0)]


def test_a_pronoun_object_with_a_toll_adds_no_victim() -> None:
    figures = _counts("Two people died in Orvel on Friday. A neighbour said the gunman killed him.")
    assert [best for _, category, best in figures if category == "killed"] == [2.0]


def test_fired_at_or_nearly_killed_is_no_victim() -> None:
    assert _counts("The robber in Orvel fired at him but missed.") == []
    assert _counts("The falling crane in Orvel nearly killed him.") == []


def test_a_suicide_is_the_death_of_the_one_who_killed_himself() -> None:
    # round 6 read no figure here; GVDB round 7 (2026-11-25) counts a suicide as a death
    assert _counts("The gunman killed himself in the garage in Orvel.") == [
        ("The gunman", "killed", 1.0)
    ]


def test_the_pronoun_span_is_the_text() -> None:
    text = "Deputies in Orvel said the intruder murdered her in the kitchen."
    article = _article(text)
    for figure in read_figures(article, load_pipeline()(text), (), ()):
        assert text[figure.span.start : figure.span.end] == figure.span.text
        assert figure.population == "people"


def test_a_name_after_of_with_a_relative_clause_is_the_victim() -> None:
    text = (
        "Mara Vess, the daughter of Tobin Vess, 51, who was shot and killed in his Orvel home, "
        "said she had no idea why."
    )
    assert _counts(text) == [("Tobin Vess", "killed", 1.0)]
    assert _counts("The son of Ada Kell, who runs the bakery in Orvel, saw the gunman.") == []


def test_a_cut_suffered_is_a_hurt() -> None:
    text = "One person, a 22-year-old man, suffered a cut to his head during the brawl in Orvel."
    assert ("a 22-year-old man", "injured", 1.0) in _counts(text)
    assert _counts("A clerk in Dellow took a cut in pay.") == []


def test_a_one_word_name_found_or_pronounced_dead_is_one_killed() -> None:
    text = "Velo was found dead with a gunshot wound in the back seat of a car in Orvel."
    assert _counts(text) == [("Velo", "killed", 1.0)]
    text = "Orrin had been shot several times and was pronounced dead at the scene, Kell said."
    assert _counts(text) == [("Orrin", "killed", 1.0)]


def test_no_one_found_dead_is_no_victim() -> None:
    assert _counts("Police were called to Dellow. Nobody was found dead.") == []
    assert _counts("Tuesday was the day the mill in Orvel closed.") == []


def test_weapons_found_by_officers_are_seized() -> None:
    figures = {written: category for written, category, _ in _counts(
        "Officers in Orvel found a shotgun and three live shells in the van."
    )}  # fmt: skip
    assert figures["three"] == "seized"
    people = {written: category for written, category, _ in _counts(
        "Officers in Orvel found three people hiding in the van."
    )}  # fmt: skip
    assert people.get("three") != "seized"


def test_other_before_a_count_after_a_casualty_verb() -> None:
    figures = _counts("The blast in Orvel killed 12 people, wounding other 40, officials said.")
    assert ("12", "killed", 12.0) in figures
    assert ("40", "injured", 40.0) in figures


def test_a_person_found_dead_in_a_headline_is_one_killed() -> None:
    figures = _counts("Couple claims man found dead on Orvel road was a burglar")
    assert ("man", "killed", 1.0) in figures
    assert _counts("A man found dead in Orvel on Friday had been shot, deputies said.") == [
        ("A man", "killed", 1.0)
    ]
