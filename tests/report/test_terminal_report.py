"""The terminal report: disagreements first, who says what, readable in a pipe."""

from __future__ import annotations

import dataclasses
import io
import re

from rich.console import Console

from corroborate.record import EventRecord
from corroborate.report.terminal import print_record, print_record_list
from corroborate.store import StoredRecord


def _printed(record: EventRecord, *, width: int = 200, **options: object) -> str:
    output = io.StringIO()
    print_record(record, Console(file=output, width=width, **options))  # type: ignore[arg-type]
    return output.getvalue()


def test_conflicts_come_first_with_each_value_its_claimer_and_outlet(record: EventRecord) -> None:
    text = _printed(record)
    assert text.index("Where the reports disagree") < text.index("Other facts")
    assert text.index("Camp residents injured") < text.index("Police officers injured")
    assert "more than 100 — Brightwater Fellowship (The Harbour Courier)" in text
    assert "around 30 — local reporting (Northfield Daily)" in text
    assert "conflict: numbers" in text and "conflict: denial" in text
    assert "more than 100 and around 30 cannot both be right." in text


def test_denials_and_hedges_are_visible(record: EventRecord) -> None:
    text = _printed(record)
    assert "“police used tear gas” — Residents (The Harbour Courier)" in text
    assert "“no tear gas was used” — Officers (Northfield Daily)" in text
    assert "denial: “denied that anyone was killed” — Anna Dorsey (Northfield Daily)" in text
    assert "hedged" in text
    assert "could not independently verify" in text


def test_entities_show_their_other_spellings(record: EventRecord) -> None:
    text = _printed(record)
    dorsey_line = next(line for line in text.splitlines() if line.strip().startswith("Anna Dorsey"))
    assert "Ana Dorsey" in dorsey_line
    assert "Also named: Kestrel Ridge, Veloria" in text


def test_the_last_line_sums_up(record: EventRecord) -> None:
    last = _printed(record).strip().splitlines()[-1]
    assert last.startswith("2 articles · 2 outlets (The Harbour Courier, Northfield Daily)")
    assert "7 facts · 3 in conflict · 1 problem" in last


def test_no_colour_codes_when_not_a_terminal(record: EventRecord) -> None:
    assert "\x1b[" not in _printed(record)
    assert "\x1b[" in _printed(record, force_terminal=True)  # colours exist for terminals


def test_a_narrow_pipe_still_gets_every_conflict(record: EventRecord) -> None:
    text = _printed(record, width=60)
    assert "Where the reports disagree" in text
    for words in ("more than 100", "around 30", "cannot both be right"):
        assert words in text
    assert max(len(line) for line in text.splitlines()) <= 60


def test_a_single_article_prints_its_figures(single_record: EventRecord) -> None:
    text = _printed(single_record)
    assert "Nothing to compare: one article" in text
    assert "40 — The river authority (Marrow Gazette)" in text
    assert "disagree" not in text
    assert text.strip().splitlines()[-1].startswith("1 article · 1 outlet")


def test_article_text_is_never_read_as_markup(hostile_record: EventRecord) -> None:
    text = _printed(hostile_record)
    assert "[/red]" in text
    assert "Smith & Sons" in text and "<script>x</script>" in text


def test_stored_records_are_listed(record: EventRecord) -> None:
    output = io.StringIO()
    stored = StoredRecord(
        id=record.id,
        created="2031-05-07T10:00:00+00:00",
        article_count=2,
        outlets=("The Harbour Courier", "Northfield Daily"),
        title="Police raid [on] the commune",
        fact_count=6,
        conflict_count=2,
    )
    print_record_list([stored], Console(file=output, width=200))
    text = output.getvalue()
    assert record.id in text and "Police raid [on] the commune" in text
    assert "2031-05-07 10:00" in text
    assert "The Harbour Courier, Northfield Daily" in text
    assert re.search(r"\b2\s+6\s+2\b", text)
    assert "1 record;" in text


def test_an_empty_store_says_how_to_fill_it() -> None:
    output = io.StringIO()
    print_record_list([], Console(file=output, width=100))
    assert "corroborate compare" in output.getvalue()


def test_a_figure_shows_when_it_was_counted(record: EventRecord) -> None:
    figures = tuple(
        dataclasses.replace(figure, as_of="2019-03") if figure.span.text == "around 30" else figure
        for figure in record.figures
    )
    text = _printed(dataclasses.replace(record, figures=figures))
    assert "around 30 (March 2019) — local reporting (Northfield Daily)" in text
    assert "more than 100 — Brightwater Fellowship (The Harbour Courier)" in text
