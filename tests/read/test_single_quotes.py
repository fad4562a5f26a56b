"""Quotations in single marks, as many British and Commonwealth outlets write them (invented
sentences)."""

from __future__ import annotations

import pytest

from corroborate.ingest.text import article_from_text
from corroborate.nlp import load_pipeline
from corroborate.read import read_article
from corroborate.read.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'The fire spread fast,' the chief said.", ["'The fire spread fast,'"]),
        ("‘The fire spread fast,’ the chief said.", ["‘The fire spread fast,’"]),
        ("He said: 'Four were hurt.' Then he left.", ["'Four were hurt.'"]),
        ("\"He told me 'no' twice,\" she said.", ["\"He told me 'no' twice,\""]),
        ("The players' union said it's fine.", []),
        ("In the '90s, rock 'n' roll ruled.", []),
        ("The dockers’ union said the port’s offer was fair.", []),
    ],
)
def test_single_marks_open_and_close_quotations_but_apostrophes_do_not(
    text: str, quoted: list[str]
) -> None:
    assert [text[start:end] for start, end in find_quotes(text)] == quoted


def _attributions(text: str) -> list[tuple[str, str | None, str | None, str]]:
    reading = read_article(article_from_text(text + "\n", "wire.txt"), load_pipeline())
    return [
        (
            a.kind,
            a.claimer.name if a.claimer else None,
            a.cue.text if a.cue else None,
            a.content.text,
        )
        for a in reading.attributions
    ]


def test_a_single_quoted_statement_before_its_cue_is_attributed() -> None:
    assert _attributions("'Four people were hurt,' said fire chief Ada Vell.") == [
        ("direct", "Ada Vell", "said", "'Four people were hurt,'")
    ]
    assert _attributions("‘The fire spread fast,’ the chief said.") == [
        ("direct", "chief", "said", "‘The fire spread fast,’")
    ]


def test_a_figure_in_single_quotes_is_claimed_by_the_speaker() -> None:
    reading = read_article(
        article_from_text("'Four people were hurt,' said fire chief Ada Vell.\n", "wire.txt"),
        load_pipeline(),
    )
    (figure,) = reading.figures
    assert figure.category == "injured" and figure.claimer is not None
    assert figure.claimer.name == "Ada Vell"
