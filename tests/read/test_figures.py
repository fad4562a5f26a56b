"""Figures in one article: value, category, population, polarity, claimer, hedging.

Fixture sentences are invented (made-up outlets, places and people); the seed reports are read
from ../shared/seeds only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.ingest import load_sources
from corroborate.nlp import load_pipeline
from corroborate.read.figures import read_figures
from corroborate.record import Article, Attribution, Block, Claimer, Figure, Hedge

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def _article(text: str, *, blocks: tuple[Block, ...] = ()) -> Article:
    return Article(id="fixture", text=text, source="fixture.txt", outlet="Velmora Post",
                   blocks=blocks)  # fmt: skip


def _figures(
    article: Article,
    attributions: tuple[Attribution, ...] = (),
    hedges: tuple[Hedge, ...] = (),
) -> tuple[Figure, ...]:
    return read_figures(article, load_pipeline()(article.text), attributions, hedges)


def _read(text: str) -> dict[str, Figure]:
    return {figure.span.text: figure for figure in _figures(_article(text))}


def test_every_span_points_at_its_text() -> None:
    article = _article(
        "Twelve guards were hurt at the Brelka-2 shelter, with 9 residents requiring hospital "
        "treatment. The ministry denied there were any deaths."
    )
    figures = _figures(article)
    assert figures
    for figure in figures:
        for span in (figure.span, figure.sentence, figure.counted):
            if span is not None:
                assert article.text[span.start : span.end] == span.text
                assert span.article_id == article.id


def test_category_from_the_verb_across_coordinated_clauses() -> None:
    figures = _read(
        "Twelve guards were injured after they used tear gas, with 9 shelter residents "
        "requiring hospital treatment."
    )
    assert figures["Twelve"].category == "injured"
    assert figures["Twelve"].population == "guards"
    assert figures["Twelve"].counted is not None
    assert figures["Twelve"].counted.text == "guards"
    assert figures["9"].category == "hospitalised"
    assert figures["9"].population == "residents"


@pytest.mark.parametrize(
    ("sentence", "written", "category"),
    [
        ("Officials seized 40 laptops during the search.", "40", "seized"),
        ("Police confiscated 12 phones.", "12", "seized"),
        ("Six fishermen died in the storm.", "Six", "killed"),
        ("Eight people were killed on Sunday.", "Eight", "killed"),
        ("At least 14 protesters were arrested.", "At least 14", "arrested"),
        ("The militia detained 30 villagers.", "30", "arrested"),
        ("Some 200 officers descended upon the harbour.", "Some 200", "deployed"),
        ("The valley is home to 4,000 herders.", "4,000", "population"),
        ("The camp housed 900 refugees.", "900", "population"),
        ("The compound has 60 buildings.", "60", "buildings"),
        ("Nine people are still missing.", "Nine", "missing"),
        ("Three riders were wounded.", "Three", "injured"),
    ],
)
def test_what_is_counted(sentence: str, written: str, category: str) -> None:
    assert _read(sentence)[written].category == category


def test_one_person_described_is_one() -> None:
    died = _read("Witnesses said a fisherman named Oren Tal died on the pier.")
    assert died["a fisherman"].category == "killed"
    assert died["a fisherman"].best == 1
    killed = _read("The individual killed was a harbour pilot.")
    assert killed["The individual"].category == "killed"
    one = _read("Dozens of walkers were reportedly hurt and one allegedly killed.")
    assert one["one"].category == "killed"
    assert one["one"].hedged
    assert one["Dozens"].category == "injured"


def test_a_person_with_no_casualty_is_not_a_figure() -> None:
    assert _read("A man walked into the bakery and ordered bread.") == {}


def test_population_is_normalised_and_inherited() -> None:
    figures = _read(
        "The league said some 80 camp inhabitants were injured, though local reporting put "
        "the number of those injured at around two dozen."
    )
    assert figures["some 80"].population == "residents"
    assert figures["around two dozen"].population == "residents"
    assert figures["around two dozen"].category == "injured"


def test_denial_gives_denied_zeros() -> None:
    figures = _figures(
        _article("The governor denied there were any fatalities or injuries in the raid.")
    )
    zeros = {figure.category: figure for figure in figures}
    assert set(zeros) == {"killed", "injured"}
    for figure in zeros.values():
        assert figure.polarity == "denied"
        assert (figure.low, figure.best, figure.high) == (0, 0, 0)


def test_no_injuries_is_an_asserted_zero() -> None:
    figures = _figures(_article("Officials said there were no injuries."))
    assert len(figures) == 1
    assert figures[0].category == "injured"
    assert figures[0].polarity == "asserted"
    assert figures[0].best == 0


def test_claimer_comes_from_the_attribution_holding_the_figure() -> None:
    text = "The Dunmore Alliance said more than 50 of its members were wounded."
    article = _article(text)
    content_start = text.index("more than")
    claimer = Claimer(name="Dunmore Alliance", kind="entity", span=article.span(4, 19))
    attribution = Attribution(
        id="fixture-a1",
        article_id=article.id,
        kind="indirect",
        content=article.span(content_start, len(text) - 1),
        cue=article.span(20, 24),
        claimer=claimer,
    )
    (figure,) = _figures(article, (attribution,))
    assert figure.claimer == claimer
    assert figure.attribution_id == "fixture-a1"
    assert figure.category == "injured"
    assert figure.low == 51 and figure.high is None


def test_figure_in_a_denial_attribution_is_denied() -> None:
    text = "The ministry denied that 40 guards were hurt."
    article = _article(text)
    attribution = Attribution(
        id="fixture-a1", article_id=article.id, kind="denial",
        content=article.span(text.index("40"), len(text) - 1),
        claimer=Claimer(name="the ministry", kind="description"),
    )  # fmt: skip
    (figure,) = _figures(article, (attribution,))
    assert figure.polarity == "denied"
    assert figure.claimer is not None and figure.claimer.name == "the ministry"


def test_outlet_voice_has_no_claimer() -> None:
    (figure,) = _figures(_article("Rescuers pulled 14 survivors from the river."))
    assert figure.claimer is None


def test_hedges_mark_figures() -> None:
    text = "The group claimed some 70 campers were hurt. The Post could not verify this claim."
    article = _article(text)
    hedge = Hedge(
        id="fixture-h1", article_id=article.id, kind="could_not_verify",
        cue=article.span(text.index("could"), text.index("could") + 24),
        scope=article.span(0, len(text)),
    )  # fmt: skip
    (hedged,) = _figures(article, hedges=(hedge,))
    assert hedged.hedged
    (plain,) = _figures(article)
    assert not plain.hedged
    alleged = _read("An alleged 500 troopers surrounded the farm.")
    assert alleged["An alleged 500"].hedged
    assert alleged["An alleged 500"].qualifier == "alleged"


def test_promo_blocks_are_not_read() -> None:
    text = "Nine sailors were injured.\nFIVE THINGS 200 READERS WERE KILLED FOR\n"
    promo_start = text.index("FIVE")
    article = _article(
        text, blocks=(Block("body", 0, promo_start), Block("promo", promo_start, len(text)))
    )
    assert [figure.span.text for figure in _figures(article)] == ["Nine"]


def test_non_counts_are_not_figures() -> None:
    figures = _read(
        "The 71-year-old pilot flew 30km in 2019 with 4 percent fuel, landing at Brelka-3 "
        "on June 20 after an eight-year wait."
    )
    assert figures == {}


# --- the seed reports -------------------------------------------------------------------------


def _seed_figures() -> dict[str, list[Figure]]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/ not present: the seed reports live in ../shared/seeds")
    paths = sorted(str(path) for path in SEEDS.glob("*.txt"))
    loaded = load_sources(paths)
    by_file: dict[str, list[Figure]] = {}
    for article in loaded.articles:
        by_file[Path(article.source).name[:3]] = list(_figures(article))
    return by_file


def _find(figures: list[Figure], written: str) -> Figure:
    matching = [figure for figure in figures if figure.span.text == written]
    assert matching, f"{written!r} not among {[f.span.text for f in figures]}"
    return matching[0]


def test_seed_figures_the_national() -> None:
    national = _seed_figures()["000"]
    assert _find(national, "150").category == "seized"
    assert _find(national, "150").population == "computers"
    assert _find(national, "About 2,500").category == "population"
    assert _find(national, "127").category == "buildings"
    assert _find(national, "17").category == "buildings"
    fifteen = _find(national, "Fifteen")
    assert (fifteen.category, fifteen.population, fifteen.best) == (
        "injured", "police officers", 15
    )  # fmt: skip
    assert _find(national, "21").category == "hospitalised"
    wounded = _find(national, "more than 100")
    assert (wounded.category, wounded.low, wounded.high) == ("injured", 101, None)
    assert _find(national, "a man").category == "killed"


def test_seed_figures_fox() -> None:
    fox = _seed_figures()["002"]
    assert _find(fox, "at least 3,000").category == "population"
    assert _find(fox, "at least 3,000").low == 3000
    assert _find(fox, "Some 2,700").category == "population"
    some = _find(fox, "some 100")
    assert (some.category, some.low, some.high) == ("injured", 90, 110)
    dozen = _find(fox, "around three dozen")
    assert dozen.category == "injured" and dozen.best == 36
    police = _find(fox, "An alleged 1,000")
    assert (police.category, police.qualifier, police.hedged) == ("deployed", "alleged", True)
    assert _find(fox, "dozens").category == "injured"
    assert _find(fox, "one").category == "killed"
    denied = [figure for figure in fox if figure.polarity == "denied"]
    assert {figure.category for figure in denied} == {"killed", "injured"}
    assert all(figure.best == 0 for figure in denied)


def test_seed_non_figures() -> None:
    everything = [figure for figures in _seed_figures().values() for figure in figures]
    written = " | ".join(figure.span.text for figure in everything)
    for not_a_count in ("66", "30", "2013", "2014", "1997", "2019", "40", "3", "1980"):
        assert not any(figure.span.text == not_a_count for figure in everything), written


def test_the_victim_of_a_verb_is_counted_not_its_subject() -> None:
    figures = _read("A teenager who police say shot and killed a 22-year-old driver was arrested.")
    assert figures["a 22-year-old driver"].category == "killed"
    shooters = _read("Two deputies arrived and shot the man, who later died.")
    assert shooters["Two"].category != "killed"
    assert shooters["the man"].category == "killed"


def test_an_age_stands_for_the_person() -> None:
    figures = _read("A 9-year-old was fatally shot in Dunmore on Sunday.")
    assert figures["A 9-year-old"].category == "killed"


def test_a_weapon_is_never_a_casualty() -> None:
    figures = _read("A man carrying two rifles was shot and killed at the depot.")
    assert figures["two"].category == "other"
    assert figures["A man"].category == "killed"


def test_named_person_with_a_casualty_word() -> None:
    doc = load_pipeline()("Tamsin Orrery was found dead in Dunmore.")
    if not doc.has_annotation("ENT_IOB"):
        pytest.skip("the pipeline in use has no named entities (blank stand-in)")
    article = _article("Tamsin Orrery was found dead in Dunmore.")
    figures = _figures(article)
    assert [(f.category, f.best, f.population) for f in figures] == [("killed", 1, "people")]


def test_a_list_of_counts_shares_its_verb() -> None:
    figures = _read("Marines recovered six rifles, 12 magazines and about 300 rounds.")
    assert {figures[w].category for w in ("six", "12", "about 300")} == {"seized"}
    pirates = _read("The navy seized 26 pirates off the cape.")
    assert pirates["26"].category == "arrested"


def test_a_crowd_is_counted_as_people_present() -> None:
    figures = _read("Tens of thousands of people took to the streets of Velmora.")
    assert figures["Tens of thousands"].category == "population"
    assert figures["Tens of thousands"].low == 20_000


def test_headline_capitals_are_not_objects() -> None:
    assert _read("Three Killed In Dunmore Depot Fire")["Three"].category == "killed"


def test_the_part_counts_not_the_whole() -> None:
    figures = _read("Two of the three victims died at the hospital.")
    assert figures["Two"].category == "killed"
    assert figures["three"].category == "other"  # the whole: its verb is about the part
    wounded = _read("Doctors said 30 of the 80 wounded remained in hospital.")
    assert wounded["80"].category == "injured"
    assert figures["Two"].counted is not None and figures["Two"].counted.text == "victims"


def test_negated_subjects_are_denied_zeros() -> None:
    figures = _read(
        "No one died during the eviction, and no one was seriously hurt. "
        "Later the mayor said no officers had been injured."
    )
    assert (figures["No one"].category, figures["No one"].best) == ("killed", 0)
    assert figures["No one"].polarity == "denied"
    assert figures["no one"].category == "injured"
    officers = figures["no officers"]
    assert (officers.category, officers.population, officers.polarity) == (
        "injured",
        "police officers",
        "denied",
    )
    assert not _read("There was no one to help them at the Kestrel gate.")


def test_a_death_toll_counts_the_dead() -> None:
    assert _read("Storm hits Orvane coast, death toll rises to 14")["14"].category == "killed"
    figures = _read("The death toll from the landslide two days earlier rose to 9.")
    assert figures["9"].category == "killed"


def test_the_part_of_a_whole_takes_what_its_clause_says() -> None:
    figures = _read("Doctors said 12 of the 40 wounded remained in hospital on Friday.")
    assert figures["12"].category == "hospitalised"
    assert figures["40"].category == "injured"
    assert _read("Nine people were admitted to Saint Orla Hospital.")["Nine"].category == (
        "hospitalised"
    )


def test_crowds_and_people_inside_are_a_population() -> None:
    figures = _read("A group of about 300 pensioners had stormed the Velmora town hall.")
    assert figures["about 300"].category == "population"
    figures = _read("Guards said as many as 40 people had been inside the depot when it burned.")
    assert figures["as many as 40"].category == "population"
    figures = _read("Some 2,000 dockers joined the strike, and Tam Vess joined two colleagues.")
    assert figures["Some 2,000"].category == "population"
    assert figures["two"].category != "population"


def test_magnitudes_and_family_are_not_counts() -> None:
    figures = _read("A quake of magnitude at least 5.4 hit Orvane, killing 3 people.")
    assert set(figures) == {"3"}
    assert not _read("The late ferryman leaves a wife and two children.")


def test_headline_counts_the_parser_cut_off() -> None:
    figures = _read("Gunman kills 2, wounds 3 at Orvane depot")
    assert (figures["2"].category, figures["3"].category) == ("killed", "injured")
    assert _read("Four Wounded by Storm in Orvane")["Four"].category == "injured"


def test_a_victim_written_as_a_pronoun_is_one_killed_when_nothing_else_counts_the_dead() -> None:
    figures = _read("Police found a man in an Orvane alley. He was pronounced dead at the scene.")
    assert figures["He"].category == "killed" and figures["He"].best == 1
    figures = _read("Kest is charged in the shooting death of 41-year-old Tam Vess.")
    assert figures["death"].category == "killed"
    assert "He" not in _read("Three people were killed in Orvane. He died at the scene.")
    figures = _read("Police said he killed her near the Orvane depot.")
    assert "he" not in figures  # the killer is no victim; she is (round 6: a pronoun object)
    assert figures["her"].category == "killed" and figures["her"].best == 1


def test_a_negated_cue_says_nothing_happened() -> None:
    assert not _read("Two small children were not hurt in the Orvane fire.")
    assert _read("Gunman kills 2, wounds 3")["3"].category == "injured"
    assert _read("The clerk suffered six gunshot wounds.")["six"].category == "other"


def test_forces_counted_are_deployed_and_busts_arrest() -> None:
    figures = _read("He was held during raids by 900 police backed by dogs in Orvane.")
    assert figures["900"].category == "deployed"
    assert _read("Two officers opened fire on the Orvane road.")["Two"].category != "deployed"
    figures = _read("He died after a police bust of almost 80 people in Kest.")
    assert figures["almost 80"].category == "arrested"


def test_a_person_only_shot_in_a_report_of_a_death_is_not_counted_injured() -> None:
    figures = _read("Woman shot, killed in Orvane. Police said a 37-year-old woman was shot twice.")
    assert [f.category for f in figures.values()] == ["killed"]
    figures = _read("Police said a 37-year-old woman was shot twice in Orvane.")
    assert figures["a 37-year-old woman"].category == "injured"
    figures = _read("A man died in Orvane. Police said a woman was shot and wounded.")
    assert figures["a woman"].category == "injured"


def test_a_model_number_is_part_of_what_is_counted() -> None:
    figures = _read("Guards seized six AK 47 rifles, 12 magazines and 300 rounds in Kest.")
    assert [(f.category, f.population) for f in figures.values()] == [
        ("seized", "weapons"),
        ("seized", "magazines"),
        ("seized", "rounds"),
    ]


def test_two_people_joined_by_and_are_two() -> None:
    figures = _read("A blast in Kest killed a night guard and a state bomb technician.")
    assert figures["a night guard and a state bomb technician"].best == 2
    figures = _read("Tam Vess was shot by a neighbour and later died in Kest.")
    assert "a neighbour" not in figures and "a neighbour and later" not in figures


def test_a_title_before_a_name_is_not_a_person_described() -> None:
    assert "Senior" not in _read("Senior Trooper Tam Vess, 51, died at the Kest depot.")
    assert _read("Man Shot In Kest Dies")["Man"].category == "killed"


def test_people_needing_shelter_are_displaced() -> None:
    figures = _read("About 600 people are housed temporarily in tents and another 900 are "
                    "waiting to be housed in Kest.")  # fmt: skip
    assert figures["About 600"].category == figures["900"].category == "displaced"
    assert _read("Some 300 villagers needed accommodation.")["Some 300"].category == "displaced"


def test_what_nearly_happened_is_not_a_figure() -> None:
    assert not _read("The bullet came within inches of possibly killing the Kest trooper.")
    assert not _read("The gunman could have killed a guard at the Kest depot.")


def test_one_person_in_critical_condition_or_with_a_wound_is_injured() -> None:
    assert _read("A shooting left a man in critical condition in Kest.")["a man"].category == (
        "injured"
    )
    assert _read("Man critical after Kest shooting")["Man"].category == "injured"
    figures = _read("A woman with a gunshot wound walked into the Kest clinic.")
    assert figures["A woman"].category == "injured"
    assert _read("One person was grazed by a bullet.")["One"].category == "injured"


def test_a_person_described_not_hurt_is_no_figure() -> None:
    assert not _read("Luckily, the ferry pilot was not injured.")
    assert not _read("THE TRAM DRIVER WAS NOT HURT.")


def test_shot_at_is_not_hit() -> None:
    sought = _read("Search goes on for 2 men after a parked van was shot at in Dorrow Flats.")
    assert sought["2"].category not in {"injured", "killed"}
    assert not _read("A courier was shot at by a passing rider.")
    hit = _read("Man shot at Quillbrook market")
    assert hit["Man"].category == "injured"


def test_a_casualty_word_with_its_own_subject_is_not_about_the_person_before() -> None:
    doc = load_pipeline()("Then Vell was shot.")
    if not doc.has_annotation("DEP"):
        pytest.skip("needs the trained pipeline's parser")
    figures = _read("The cashier fired again and Orrin Vell was shot.")
    assert "The cashier" not in figures


def test_two_people_described_in_one_sentence_are_both_figures() -> None:
    figures = _read("Police say a 30-year-old man and a 15-year-old boy were shot.")
    assert figures["a 30-year-old man"].category == "injured"
    assert figures["a 15-year-old boy"].category == "injured"


def test_another_person_described_is_a_figure() -> None:
    figures = _read("A bus driver was shot in the arm. Another man was wounded in the leg.")
    assert figures["A bus driver"].category == "injured"
    assert figures["Another man"].category == "injured"


def test_a_person_after_with_is_not_the_one_hurt() -> None:
    figures = _read(
        "A 19-year-old woman found in the flat she shared with her cousin died of a wound."
    )
    assert "her cousin" not in figures


def test_a_shot_fired_and_a_person_fired_at_are_not_hurt() -> None:
    figures = _read(
        "Police say the robber fired a flare gun at the guard, and the guard returned one shot, "
        "but nobody was struck."
    )
    assert not [figure for figure in figures.values() if figure.category == "injured"]
