"""Figures in one article, round 4 of the per-article count rules: casualty adjectives, fire
that misses, family sizes, people told apart.

Every sentence here is invented (made-up places and people).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read


def _casualties(text: str) -> dict[str, tuple[str, float | None]]:
    return {
        written: (figure.category, figure.best)
        for written, figure in _read(text).items()
        if figure.category in {"killed", "injured", "hospitalised"}
    }


def test_a_casualty_adjective_is_about_the_noun_after_it() -> None:
    assert _casualties("The blog told of a courier, a parcel, a dead woman and a chase.") == {}
    assert _casualties("A couple of men tried to lift an injured man into a van in Orvel.") == {}


def test_people_fired_at_are_not_counted_hurt() -> None:
    assert _casualties("The gunman started shooting at the two cousins outside the kiosk.") == {}


def test_shooting_a_number_of_people_still_counts_them_hurt() -> None:
    assert _casualties("A gunman opened fire in Orvel, shooting three people.") == {
        "three": ("injured", 3.0)
    }


def test_the_size_of_a_family_is_not_a_death_toll() -> None:
    figures = _casualties("A young mother of three is dead after a shooting in Orvel on Monday.")
    assert all(best == 1 for _, best in figures.values())


def test_the_nearer_person_is_the_one_hurt() -> None:
    figures = _casualties("A friend drove the woman, who suffered two gunshot wounds, to a clinic.")
    assert figures == {"the woman": ("injured", 1.0)}


def test_a_person_shot_after_shooting_is_hurt() -> None:
    assert _casualties("A teenager is accused of shooting a 19-year-old man in Orvel.") == {
        "a 19-year-old man": ("injured", 1.0)
    }
    assert _casualties("Detectives reviewed the shooting a neighbour reported on Sunday.") == {}


def test_a_second_victim_without_a_noun_is_a_person() -> None:
    assert _casualties("One man was killed and a second was injured in Orvel.") == {
        "One": ("killed", 1.0),
        "a second": ("injured", 1.0),
    }
    assert _casualties(
        "The attack left one man dead and another with life-threatening injuries."
    ) == {
        "one": ("killed", 1.0),
        "another": ("injured", 1.0),
    }
    assert _casualties("The second was a blue sedan.") == {}


def test_a_relative_clause_between_commas_does_not_hide_the_casualty() -> None:
    figures = _casualties(
        "Police say a 30-year-old man, who was later identified as Tam Vess, was shot and killed "
        "at that corner."
    )
    assert figures == {"a 30-year-old man": ("killed", 1.0)}


def test_a_surname_alone_stands_for_the_person_named_in_full() -> None:
    figures = _casualties(
        "Police found Ronald Munn near a gas station in Orvel. Munn died in surgery later."
    )
    assert figures == {"Munn": ("killed", 1.0)}


def test_a_body_found_is_one_dead() -> None:
    figures = _casualties("An inquiry began after a man's body was found behind a shed in Orvel.")
    assert list(figures.values()) == [("killed", 1.0)]
    assert _casualties("The man's car was found on Sunday in Orvel.") == {}


def test_a_double_shooting_counts_two_people_hit() -> None:
    assert _casualties("Police are investigating a double shooting in Orvel.") == {
        "double shooting": ("injured", 2.0)
    }


def test_a_double_shooting_does_not_cut_the_clause_of_the_count_before_it() -> None:
    figures = _casualties(
        "A 25-year-old man, one of the victims in a double shooting on Tuesday in Orvel, has died."
    )
    assert figures["one"] == ("killed", 1.0)
