"""Pronoun sources resolved to the person or group they stand for (invented reports)."""

from __future__ import annotations

from functools import cache

from corroborate.ingest.text import article_from_text
from corroborate.nlp import load_pipeline
from corroborate.read import read_article
from corroborate.record import Attribution


@cache
def _attributions(text: str) -> tuple[Attribution, ...]:
    return read_article(article_from_text(text, "harbour.txt"), load_pipeline()).attributions


def _claimer_of(text: str, source: str, cue_after: str) -> str:
    """The antecedent of the source written ``source`` whose content follows ``cue_after``."""
    at = text.index(cue_after)
    for attribution in _attributions(text):
        claimer = attribution.claimer
        if claimer is None or claimer.span is None or claimer.span.text != source:
            continue
        if abs(claimer.span.start - at) < 40:
            assert claimer.kind == "pronoun"
            assert claimer.antecedent is not None
            return claimer.antecedent.text
    raise AssertionError(f"no source {source!r} near {cue_after!r}")


def test_he_is_the_person_who_opens_the_sentence_before_not_an_older_speaker() -> None:
    text = (
        "Mr Tomas Brandt, the harbour master, said the quay would reopen on Friday.\n\n"
        "Karl Weber chaired the talks on Monday. He said the fees would stay as they are.\n"
    )
    assert _claimer_of(text, "He", "He said") == "Karl Weber"


def test_an_older_speaker_stays_when_nobody_else_opens_a_sentence() -> None:
    text = (
        "Mr Tomas Brandt, the harbour master, said the quay would reopen on Friday.\n\n"
        "The talks lasted four hours. He said the fees would stay as they are.\n"
    )
    assert _claimer_of(text, "He", "He said") == "Tomas Brandt"


def test_a_title_of_the_other_gender_rules_a_person_out() -> None:
    text = (
        "Mrs Ada Okonjo said the port would reopen in May.\n\n"
        "Mr Karl Weber said the fees would stay as they are. "
        "She said the ferries would run every hour.\n"
    )
    assert _claimer_of(text, "She", "She said") == "Ada Okonjo"


def test_they_is_a_group_described_before_rather_than_a_country() -> None:
    text = (
        "The inspectors said the hull of the ferry was sound.\n\n"
        "Velmar has ordered a review of every ferry in its fleet. "
        "They said the review would take a month.\n"
    )
    assert _claimer_of(text, "They", "They said").lower() == "the inspectors"


def test_i_is_never_the_antecedent_of_he() -> None:
    text = (
        "Karl Weber runs the ferry company in Pellworth.\n\n"
        "I told the harbour board that the plan was late. "
        "He replied that the plan was on time.\n"
    )
    assert _claimer_of(text, "He", "He replied") == "Karl Weber"


def test_a_name_taken_up_by_a_pronoun_is_its_antecedent() -> None:
    text = (
        "Mr Tomas Brandt, the harbour master, said the quay would reopen on Friday.\n\n"
        "In a ruling last year by Judge Karl Weber, he wrote that the fees were lawful, "
        "and he said the port could raise them.\n"
    )
    assert _claimer_of(text, "he", "he said") == "Karl Weber"
