"""Figures and hedges: general causes the second held-out ECB+ set revealed (issue 5).

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from figure_support import figures_by_text as _read
from figure_support import fixture_article as _article

from corroborate.nlp import load_pipeline
from corroborate.read import read_article
from corroborate.read.figures import read_figures
from corroborate.read.hedges import read_hedges
from corroborate.read.numbers import find_quantities, non_count_reason, tokenize


def _reasons(text: str) -> dict[str, str | None]:
    tokens = tokenize(text)
    return {
        text[q.start : q.end]: non_count_reason(text, q, tokens)
        for q in find_quantities(text, tokens=tokens)
    }


def _hedge_cues(text: str) -> list[str]:
    return [hedge.cue.text for hedge in read_hedges(_article(text), load_pipeline()(text))]


# Premises damaged or attacked are buildings


def test_premises_set_on_fire_or_smashed_are_buildings() -> None:
    banks = _read("Masked rioters overturned cars in Tessany, setting fire to four banks.")
    assert banks["four"].category == "buildings"
    stores = _read("Dozens of stores have been smashed and looted in the old town of Karvel.")
    assert stores["Dozens"].category == "buildings"
    damaged = _read("The mayor said there were 212 damaged shops in Karvel after the storm.")
    assert damaged["212"].category == "buildings"


def test_police_stations_attacked_are_buildings_not_police() -> None:
    figures = _read("Students rose up to attack dozens of police stations across Ostland.")
    assert figures["dozens"].category == "buildings"
    assert figures["dozens"].population == "stations"


def test_premises_nothing_happened_to_are_no_figure() -> None:
    figures = _read("Two bomb threats came into the two banks, which sit side by side in Dellby.")
    assert "two" not in figures
    one = _read("The gunman was a former employee of one of the offices, police in Tarrow said.")
    assert "one" not in one


# Crowds that act are a population


def test_a_crowd_hurling_missiles_is_a_population() -> None:
    figures = _read("Later about 80 youths hurled stones at a police station in Karvel.")
    assert figures["about 80"].category == "population"


def test_people_in_a_clash_are_a_population() -> None:
    figures = _read("The officer fired during a clash with around 20 youths in Tessany.")
    assert figures["around 20"].category == "population"


def test_protesters_attacking_police_are_a_population() -> None:
    figures = _read("Several hundred protesters set up barricades and attacked police in Dellby.")
    assert figures["Several hundred"].category == "population"


def test_a_congregation_a_building_holds_is_a_population() -> None:
    figures = _read(
        "The chapel, which normally accommodates Sunday congregations of up to 600 people, "
        "was badly damaged."
    )
    assert figures["up to 600"].category == "population"
    worship = _read("The pastor and up to 600 fellow parishioners will worship in a school hall.")
    assert worship["up to 600"].category == "population"
    assert worship["up to 600"].population == "members"


# Numbers that count nothing of the event


def test_a_poll_sample_is_not_a_count() -> None:
    assert _reasons("The Velmora poll of 1,200 people gave a 3 percent margin.")["1,200"] == (
        "sample"
    )
    assert _reasons("The institute surveyed 900 voters in Karvel.")["900"] == "sample"
    assert not _read("A survey of 800 people published on Monday found most trust the courts.")


def test_a_temperature_below_zero_is_not_a_count() -> None:
    assert _reasons("Temperatures were minus 15 as firefighters fought the blaze.")["15"] == (
        "negative"
    )
    assert "15" not in _read("Temperatures were minus 15 as firefighters fought the blaze.")


def test_half_brothers_are_counted_and_their_ages_are_not() -> None:
    text = "Tolan was charged with murder; his two half-brothers, 16 and 21, were also arrested."
    reasons = _reasons(text)
    assert reasons["two"] is None
    assert reasons["16"] == "age"
    assert reasons["21"] == "age"
    figures = _read(text)
    assert figures["two"].category == "arrested"
    assert "21" not in figures and "16" not in figures


def test_two_and_a_half_is_still_a_fraction() -> None:
    assert _reasons("The march lasted two and a half hours.")["two"] in {"fraction", "duration"}
    assert _reasons("Two thirds of the voters stayed home.")["Two"] == "fraction"


# Hedges


def test_events_told_as_reported_are_hedged() -> None:
    assert _hedge_cues("Fresh clashes were reported in Karvel on Sunday.") == ["were reported in"]
    assert _hedge_cues("Ten deaths were reported by the health ministry.") == []


def test_what_the_authorities_did_not_know_is_hedged() -> None:
    cues = _hedge_cues("Authorities also did not know whether the fire in Dellby was set.")
    assert cues == ["did not know whether"]
    assert _hedge_cues("Police didn't know if anyone was inside.") == ["didn't know if"]


def test_possibly_is_a_hedge_and_hedges_the_figure() -> None:
    text = "Four adult women and possibly two children were inside the chapel in Tarrow."
    assert _hedge_cues(text) == ["possibly"]
    doc = load_pipeline()(text)
    article = _article(text)
    figures = read_figures(article, doc, (), read_hedges(article, doc))
    assert next(f for f in figures if f.span.text == "two").hedged


def test_dozen_after_a_determiner_is_twelve() -> None:
    text = "He told police his dozen rounds were meant for a rival gang in Tessany."
    assert [(text[q.start : q.end], q.best) for q in find_quantities(text)] == [("dozen", 12.0)]
    assert _read(text)["dozen"].population == "rounds"


def test_people_interviewed_are_a_sample() -> None:
    text = "Few of the dozen people interviewed in Karvel had a permanent job."
    assert _reasons(text)["dozen"] == "sample"
    assert _reasons("The 40 people questioned by police were released.")["40"] is None


def test_stores_and_shops_count_one_thing() -> None:
    stores = _read("Hundreds of stores have been smashed and looted in Karvel.")
    shops = _read("The mayor said 212 shops were damaged in Karvel.")
    assert stores["Hundreds"].population == shops["212"].population == "shops"


def test_a_suspicion_is_a_hedge() -> None:
    cues = _hedge_cues("Carlo Vess is suspected of having directed the gunman in Karvel.")
    assert cues == ["is suspected of"]


def test_people_who_protest_or_riot_by_the_thousand_are_a_population() -> None:
    figures = _read("The shooting unleashed a wave of unrest by thousands of students in Karvel.")
    assert figures["thousands"].category == "population"
    strike = _read("Schools shut during a strike by 5,000 teachers in Dellby.")
    assert strike["5,000"].category == "population"


def _read_claimers(text: str) -> dict[str, str | None]:
    reading = read_article(_article(text), load_pipeline())
    return {f.span.text: (f.claimer.name if f.claimer else None) for f in reading.figures}


def test_the_accused_are_not_the_claimer_of_the_charge() -> None:
    claimers = _read_claimers(
        "The video was shown during the trial of two men accused in killing Ana Brel in 2011 "
        "and wounding two others, including a girl."
    )
    assert claimers["two"] is None


def test_an_accuser_is_still_the_claimer() -> None:
    claimers = _read_claimers("The opposition accused the police of killing 40 protesters.")
    assert claimers["40"] == "opposition"


def test_doubt_and_appearance_hedges() -> None:
    assert _hedge_cues("Women shooters are rare but may be on the rise in Ostland.") == [
        "may be on the rise"
    ]
    assert _hedge_cues("Police said it appeared the group was poorly equipped.") == ["it appeared"]
    assert _hedge_cues("He said it looks like a lack of experience.") == ["it looks like"]
    assert _hedge_cues("He said: I might be wrong, but she had a score to settle.") == [
        "I might be wrong"
    ]
    assert _hedge_cues("He said: I don't know for sure.") == ["don't know for sure"]
    assert _hedge_cues("It appeared on television on Monday.") == []


def test_crowds_throwing_stones_dispersed_or_taking_part_in_a_march_are_a_population() -> None:
    assert _read("Around 200 youths threw stones at police in Karvel.")["Around 200"].category == (
        "population"
    )
    assert _read("Police dispersed some 500 demonstrators in Dellby.")["some 500"].category == (
        "population"
    )
    tear_gas = _read("Police fired tear gas at about 2,000 protesters in Karvel.")
    assert tear_gas["about 2,000"].category == "population"
    march = _read("Thousands of people took part in the march in Karvel.")
    assert march["Thousands"].category == "population"
    raid = _read("About 200 police took part in the raid on the camp at Dellby.")
    assert raid["About 200"].category == "deployed"
    assert not _read("During the unrest, one protester threw a petrol bomb in Karvel.")


def test_people_airlifted_or_taken_to_hospitals_are_hospitalised() -> None:
    assert _read("Three people were airlifted to hospital in Karvel.")["Three"].category == (
        "hospitalised"
    )
    taken = _read("About 60 people were taken to local hospitals in Karvel.")
    assert taken["About 60"].category == "hospitalised"


def test_people_in_shelters_or_pulled_alive_from_rubble_are_displaced() -> None:
    shelters = _read("Nearly 300 people spent the night in emergency shelters in Dellby.")
    assert shelters["Nearly 300"].category == "displaced"
    rubble = _read("Four people were pulled alive from the rubble in Karvel.")
    assert rubble["Four"].category == "displaced"


def test_what_could_not_be_verified_or_may_have_happened_is_hedged() -> None:
    assert _hedge_cues("The figures from Karvel could not be independently verified.") == [
        "could not be independently verified"
    ]
    assert _hedge_cues("Witnesses said as many as 20 people may have died.") == ["may have died"]
    assert _hedge_cues("Residents of Dellby may have to wait for power.") == []
