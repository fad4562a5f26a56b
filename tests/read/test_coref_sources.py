"""Claimers resolved from what a source is written as (invented reports)."""

from __future__ import annotations

from corroborate.ingest.text import article_from_text
from corroborate.nlp import load_pipeline
from corroborate.read import read_article


def test_an_acronym_spelt_like_a_relative_pronoun_is_a_name() -> None:
    text = (
        "Health ministers from Velmar and Orlan met in Pellworth on Monday.\n"
        "WHO said the outbreak in the port district was under control.\n"
    )
    reading = read_article(article_from_text(text, "wire.txt"), load_pipeline())
    said = [a for a in reading.attributions if a.cue and a.cue.text == "said"]
    assert said and said[0].claimer is not None
    assert said[0].claimer.kind != "pronoun"
    assert said[0].claimer.name == "WHO"


def test_a_country_of_two_words_is_a_place_not_a_person() -> None:
    from corroborate.read.coref import guess_label

    assert guess_label("New Zealand") == "GPE"
    assert guess_label("South Africa") == "GPE"
    assert guess_label("Ada Vell") == "PERSON"


def test_a_relative_pronoun_after_a_description_is_claimed_by_the_description() -> None:
    text = "A dock worker who said he saw the crane fall was taken to hospital.\n"
    reading = read_article(article_from_text(text, "wire.txt"), load_pipeline())
    said = [a for a in reading.attributions if a.cue and a.cue.text == "said"]
    assert said and said[0].claimer is not None
    assert said[0].claimer.name == "dock worker"


def test_a_person_of_a_place_is_claimed_by_the_person() -> None:
    text = (
        "Mayor Tavro Lenk of Pellworth said the river Orlan had flooded dozens of homes.\n"
        "Dr Ana Vell of Harbour Hospital said four people were treated.\n"
    )
    reading = read_article(article_from_text(text, "wire.txt"), load_pipeline())
    said = [a.claimer.name for a in reading.attributions if a.cue and a.claimer]
    assert said == ["Tavro Lenk", "Ana Vell"]
