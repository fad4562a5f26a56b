"""Number expressions read as counts: values, ranges, qualifiers, and what is not a count.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from corroborate.read.numbers import (
    Quantity,
    find_counts,
    find_quantities,
    non_count_reason,
    parse_number_words,
    tokenize,
)


def _only(text: str) -> Quantity:
    found = find_counts(text)
    assert len(found) == 1, [text[q.start : q.end] for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Fifteen guards were hurt.", "Fifteen", 15, 15),
        ("The depot held 2,500 crates.", "2,500", 2500, 2500),
        ("Some 1,000 volunteers came.", "Some 1,000", 900, 1100),
        ("around three dozen walkers", "around three dozen", 32, 40),
        ("three dozen walkers", "three dozen", 36, 36),
        ("half a dozen boats", "half a dozen", 6, 6),
        ("one hundred and sixty-one sheep", "one hundred and sixty-one", 161, 161),
        ("2 million visitors", "2 million", 2_000_000, 2_000_000),
        ("more than 100 of its members", "more than 100", 101, None),
        ("over 40 fishermen", "over 40", 41, None),
        ("at least 3,000 settlers", "at least 3,000", 3000, None),
        ("3,000 or more settlers", "3,000 or more", 3000, None),
        ("up to 700 workers", "up to 700", 0, 700),
        ("fewer than 10 boats", "fewer than 10", 0, 9),
        ("nearly 100 pilgrims", "nearly 100", 90, 100),
        ("almost 50 riders were hurt", "almost 50", 45, 50),
        ("half a million settlers", "half a million", 500_000, 500_000),
        ("nearly half a million settlers", "nearly half a million", 450_000, 500_000),
        ("between 20 and 30 riders", "between 20 and 30", 20, 30),
        ("20 to 30 riders", "20 to 30", 20, 30),
        ("20-30 riders", "20-30", 20, 30),
        ("two or three riders", "two or three", 2, 3),
        ("dozens of walkers", "dozens", 24, 99),
        ("hundreds of walkers", "hundreds", 200, 999),
        ("several walkers", "several", 3, 9),
        ("a few walkers", "a few", 2, 5),
        ("an alleged 1,000 guards", "an alleged 1,000", 1000, 1000),
    ],
)
def test_counts_are_read_with_their_range(
    text: str, written: str, low: float, high: float | None
) -> None:
    quantity = _only(text)
    assert text[quantity.start : quantity.end] == written
    assert quantity.low == low
    assert quantity.high == high
    assert quantity.low is not None and quantity.best is not None
    assert quantity.low <= quantity.best <= (quantity.high if quantity.high is not None else 1e18)


def test_qualifiers_are_kept_as_written() -> None:
    assert _only("some 100 campers").qualifier == "some"
    assert _only("more than 100 campers").qualifier == "more than"
    assert _only("an alleged 1,000 guards").qualifier == "alleged"
    assert _only("dozens of campers").qualifier == "dozens"
    assert _only("at least 3 boats").qualifier == "at least"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a 66-year-old farmer", "age"),
        ("Dario Vess, 41, was hurt", "age"),
        ("aged 30", "age"),
        ("in 2013 the port closed", "year"),
        ("in the 1990-95 period", "year"),
        ("the 2013-14 season", "year"),
        ("two thirds of the crew", "fraction"),
        ("2 1/2 boats", "fraction"),
        ("the one you saw", "pronoun"),
        ("a five-boat attack", "modifier"),
        ("on June 20", "date"),
        ("on 20 June", "date"),
        ("at 11:45 in the morning", "time"),
        ("at 2 pm", "time"),
        ("for three days", "duration"),
        ("an eight-year war", "duration"),
        ("30 km west of the capital", "measure"),
        ("40 hectares of land", "measure"),
        ("12 miles away", "measure"),
        ("35% of voters", "percent"),
        ("12 percent of voters", "percent"),
        ("a fee of $20", "money"),
        ("the Brelka-2 shelter", "label"),
        ("on Route 66", "label"),
        ("in the 3300 block of Main Street", "label"),
        ("a young mother of three", "family"),
        ("the father of two boys", "family"),
        ("she came back with a .357 Magnum", "calibre"),
        ("she came back with a. 357 Magnum", "calibre"),
        ("a .22-calibre rifle", "calibre"),
        ("a 12-gauge shotgun", "calibre"),
        ("he was armed with a .38 and a knife", "calibre"),
    ],
)
def test_numbers_that_are_not_counts_are_left_out(text: str, reason: str) -> None:
    tokens = tokenize(text)
    quantities = find_quantities(text, tokens=tokens)
    assert quantities, text
    assert non_count_reason(text, quantities[0], tokens) == reason
    assert find_counts(text) == ()


@pytest.mark.parametrize("text", ["30km away", "the 1980s", "the 21st century", "10k runners"])
def test_numbers_glued_to_letters_are_not_numbers(text: str) -> None:
    assert find_quantities(text) == ()


def test_lower_and_upper_bounds_join_into_a_range() -> None:
    quantity = _only("more than 20 and fewer than 30 riders")
    assert (quantity.low, quantity.high) == (21, 29)


def test_one_of_many_numbers_in_a_sentence() -> None:
    text = "In 2019, 127 huts stood on 40 hectares, 30km from the Brelka-4 pier."
    found = find_counts(text)
    assert [text[q.start : q.end] for q in found] == ["127"]


def test_number_words() -> None:
    assert parse_number_words(["twenty", "-", "one"]) == 21
    assert parse_number_words(["three", "hundred", "and", "two"]) == 302
    assert parse_number_words(["a", "dozen"]) == 12
    assert parse_number_words(["one", "two"]) is None


def test_offsets_point_at_the_text() -> None:
    text = "Officials said nearly 1,200 people, and perhaps two thousand, came."
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end].strip() == text[quantity.start : quantity.end]
        assert quantity.start <= quantity.number_start < quantity.number_end <= quantity.end


def test_almost_a_number_is_best_read_as_that_number() -> None:
    # the reporter's figure is the number written; "almost" says the truth lies just below it
    quantity = _only("The storm injured almost 50 hikers.")
    assert quantity.best == 50
    assert quantity.qualifier == "almost"


def test_a_total_of_is_no_qualifier() -> None:
    quantity = _only("The patrol seized a total of 40 rifles.")
    assert quantity.best == 40 and quantity.low == quantity.high == 40
    assert quantity.qualifier is None


def test_a_count_after_a_casualty_verb_in_a_title_case_headline_is_kept() -> None:
    assert _only("Gunman Kills 2 Guards At Orvane Depot").best == 2
    assert _only("Storm Injures 14 In Dellby").best == 14


def test_one_of_after_a_conjunction_is_a_count() -> None:
    text = "The firm said that one of the injured guards is in hospital."
    assert text[_only(text).start : _only(text).end] == "one"
    tokens = tokenize("the one of them you saw")
    assert (
        non_count_reason(
            "the one of them you saw",
            find_quantities("the one of them you saw", tokens=tokens)[0],
            tokens,
        )
        == "pronoun"
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The council in Karvel approved it by a 3-2 vote.", "score"),
        ("Dellby won 2-1 on Sunday.", "score"),
        ("One in five people in Karvel were affected.", "ratio"),
        ("One in every 500 Karvel users was hit, the firm said.", "ratio"),
        ("The victims, ages 15, 17 and 22, were taken to hospital.", "age"),
        ("The victims were 17 and 22 years old.", "age"),
        ("He called 911 from the depot.", "label"),
    ],
)
def test_votes_scores_ratios_ages_and_emergency_numbers_are_not_counts(
    text: str, reason: str
) -> None:
    tokens = tokenize(text)
    quantities = find_quantities(text, tokens=tokens)
    assert quantities
    assert {non_count_reason(text, q, tokens) for q in quantities} == {reason}


def test_a_range_written_with_a_hyphen_and_one_killed_in_two_attacks_are_counts() -> None:
    assert [(q.low, q.high) for q in find_counts("Between 3-5 people were hurt.")] == [(3, 5)]
    assert [q.best for q in find_counts("Gunmen killed one in two attacks on Monday.")] == [1, 2]
