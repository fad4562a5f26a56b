"""What a count counts, from the lemma of the verb that governs it (issue 5, sixth session).

Every sentence here is invented (made-up outlets, places and people). Each test says a rule of
news language that holds for every inflection of the verb and every noun it counts, not one
wording.
"""

from __future__ import annotations

import pytest
from figure_support import figures_by_text as _read


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        # a count that surrendered is arrested, whatever the noun
        ("Twenty-three personnel surrendered to the Dravik coastguard on Monday.", "Twenty-three",
         "arrested"),
        ("Officials said 14 crewmen had surrendered by nightfall.", "14", "arrested"),
        # passengers and crew evacuated, by a passive or an active verb
        ("Some 300 passengers and crew were evacuated from the Velmora ferry.", "Some 300",
         "displaced"),
        ("The navy evacuated some 300 passengers and crew from the ferry.", "some 300",
         "displaced"),
        # units sent to a fire, in any tense
        ("Ten fire engines were tackling the blaze at the Tolvane depot.", "Ten", "deployed"),
        # people present at a gathering
        ("At least a dozen guests were at the wedding when the roof gave way.",
         "At least a dozen", "population"),
    ],
)  # fmt: skip
def test_the_governing_verb_says_what_a_count_counts(text: str, number: str, category: str) -> None:
    assert _read(text)[number].category == category


def test_a_verb_the_count_does_not_undergo_gives_no_category() -> None:
    # the officers did the arresting: they are not arrested
    figure = _read("Nine constables arrested the driver outside Castelburg station.").get("Nine")
    assert figure is None or figure.category != "arrested"


def test_a_threat_is_no_casualty() -> None:
    figure = _read("The gang threatened to execute two hostages in Tolvane.").get("two")
    assert figure is None or figure.category != "killed"


def test_a_negated_verb_gives_no_category() -> None:
    figure = _read("Some 40 villagers were not evacuated from Dravik.").get("Some 40")
    assert figure is None or figure.category != "displaced"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Four nurses and two porters were inside the clinic when the fire broke out.", "Four"),
        ("About 30 guests were at the reception in Velmora.", "About 30"),
        ("Eight climbers were aboard the cable car.", "Eight"),
    ],
)
def test_a_count_of_people_somewhere_is_the_people_present(text: str, number: str) -> None:
    assert _read(text)[number].category == "population"


def test_a_state_is_no_place() -> None:
    figure = _read("Two labourers were in critical condition on Sunday.").get("Two")
    assert figure is None or figure.category != "population"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Eleven rifles were found in the lorry. There were also four radios and a map.", "four"),
        ("Customs officers seized a crate at Tolvane docks. It held 12 pistols.", "12"),
        ("The coastguard recovered a dinghy. It contained three outboard motors.", "three"),
    ],
)
def test_things_listed_right_after_a_find_were_seized(text: str, number: str) -> None:
    assert _read(text)[number].category == "seized"


def test_people_listed_after_a_find_are_not_seized() -> None:
    figure = _read("Police found the van near Dravik. There were three men in it.").get("three")
    assert figure is None or figure.category not in {"seized", "arrested"}


def test_the_lemma_covers_every_inflection() -> None:
    for verb in ("dispatched", "despatched", "deployed", "mobilised"):
        text = f"Nine helicopters were {verb} to the valley above Castelburg."
        assert _read(text)["Nine"].category == "deployed", verb


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        # a verb with its particle
        ("The brigade called in an additional five tenders from Dravik.", "five", "deployed"),
        ("Police rounded up 40 youths after the match in Castelburg.", "40", "arrested"),
        ("About 2,000 villagers turned out for the vigil in Tolvane.", "About 2,000",
         "population"),
        # a verb of taking or keeping with a destination that says the category
        ("The coastguard put eleven smugglers in detention off Velmora.", "eleven", "arrested"),
        ("Six miners were ferried to hospital in Castelburg.", "Six", "hospitalised"),
    ],
)  # fmt: skip
def test_a_particle_or_a_destination_completes_the_verb(
    text: str, number: str, category: str
) -> None:
    assert _read(text)[number].category == category


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("Five were slain in the raid on Tolvane.", "Five", "killed"),
        ("Three smugglers were nabbed near the border.", "Three", "arrested"),
        ("Eight men were interned at the Castelburg camp.", "Eight", "arrested"),
        ("Seven families fled the flooding in Dravik.", "Seven", "displaced"),
    ],
)
def test_past_forms_the_lemmatizer_misses_are_still_read(
    text: str, number: str, category: str
) -> None:
    assert _read(text)[number].category == category


def test_a_count_in_custody_or_hospital_takes_that_category() -> None:
    assert _read("Velmora radio reports that two drivers are in custody.")["two"].category == (
        "arrested"
    )
    assert _read("Three men are in detention in Dravik.")["Three"].category == "arrested"


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("The evacuation of 300 villagers from Dravik began at dawn.", "300", "displaced"),
        ("Castelburg police announced the detention of 12 dockers.", "12", "arrested"),
        ("Ministers approved the deployment of 500 soldiers.", "500", "deployed"),
        ("About 80 youths pelted the Tolvane town hall with bottles.", "About 80", "population"),
    ],
)
def test_a_noun_for_what_happened_or_a_crowd_acting_says_the_category(
    text: str, number: str, category: str
) -> None:
    assert _read(text)[number].category == category


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Volunteers led 45 pensioners to safety through the smoke.", "45"),
        ("Coastguards plucked 31 swimmers from the sea off Tolvane.", "31"),
    ],
)
def test_people_brought_to_safety_are_displaced(text: str, number: str) -> None:
    assert _read(text)[number].category == "displaced"


def test_the_crowd_in_a_clash_is_the_people_present() -> None:
    text = "The constable fired during a clash with around 30 youths in Dravik's old town."
    assert _read(text)["around 30"].category == "population"


def test_a_second_verb_shares_the_counts_subject() -> None:
    text = "About 300 dockers downed tools and picketed the Tolvane terminal."
    assert _read(text)["About 300"].category == "population"
    both = _read("Two porters were questioned and three others were released in Dravik.")
    assert both["Two"].category != "population"
