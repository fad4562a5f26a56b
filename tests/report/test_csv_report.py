"""The CSV export: one row per fact value, with claimer, outlet, quote and offsets; UTF-8."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from corroborate.record import EventRecord
from corroborate.report.csv import CSV_COLUMNS, csv_rows, write_csv


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


def test_one_row_per_fact_value_with_who_says_it(tmp_path: Path, record: EventRecord) -> None:
    path = tmp_path / "record.csv"
    write_csv(record, path)
    rows = _read(path)
    assert tuple(rows[0]) == CSV_COLUMNS
    injured = [row for row in rows if row["fact_id"] == "f2"]
    assert [(row["value"], row["claimer"], row["outlet"]) for row in injured] == [
        ("more than 100", "Brightwater Fellowship", "The Harbour Courier"),
        ("around 30", "local reporting", "Northfield Daily"),
    ]
    first = injured[0]
    assert (first["low"], first["high"], first["best"], first["qualifier"]) == (
        "101",
        "",
        "101",
        "more than",
    )
    assert (first["verdict"], first["conflict"], first["hedged"]) == ("conflict", "numbers", "yes")
    assert first["quote"].startswith("The Brightwater Fellowship said more than 100")


def test_offsets_point_at_the_value_in_the_article(record: EventRecord) -> None:
    for row in csv_rows(record):
        text = record.article(row["article_id"]).text
        assert text[int(row["start"]) : int(row["end"])] == row["value"]
        assert row["value"] in row["quote"]


def test_every_fact_value_and_every_other_claim_is_there(record: EventRecord) -> None:
    rows = csv_rows(record)
    values = sum(len(fact.figure_ids) + len(fact.claim_ids) for fact in record.facts)
    assert len([row for row in rows if row["fact_id"]]) == values
    tear_gas = [row for row in rows if row["fact_id"] == "f7"]
    assert [(row["value"], row["claimer"], row["polarity"]) for row in tear_gas] == [
        ("police used tear gas", "Residents", "asserted"),
        ("no tear gas was used", "Officers", "denied"),
    ]
    (loose,) = [row for row in rows if row["row_type"] == "claim" and not row["fact_id"]]
    assert (loose["value"], loose["claimer"]) == ("We acted within the law,", "Anna Dorsey")
    denial = next(row for row in rows if row["value_id"] == "g4")
    assert (denial["polarity"], denial["best"]) == ("denied", "0")


def test_figures_outside_any_fact_are_kept(single_record: EventRecord) -> None:
    (row,) = csv_rows(single_record)
    assert (row["fact_id"], row["value"], row["claimer"], row["outlet"]) == (
        "",
        "40",
        "The river authority",
        "Marrow Gazette",
    )


def test_text_survives_the_round_trip(tmp_path: Path, record: EventRecord) -> None:
    courier = record.articles[0]
    renamed = dataclasses.replace(courier, outlet='Le Courrier du Port, «édition» "soir"\nbis')
    path = tmp_path / "record.csv"
    write_csv(dataclasses.replace(record, articles=(renamed, *record.articles[1:])), path)
    rows = _read(path)
    assert rows[0]["outlet"] == 'Le Courrier du Port, «édition» "soir"\nbis'
    assert path.read_bytes().decode("utf-8")  # plain UTF-8, no other encoding


def test_each_figure_row_says_when_it_was_counted(tmp_path: Path, record: EventRecord) -> None:
    first, *rest = record.figures
    timed = dataclasses.replace(
        record, figures=(dataclasses.replace(first, as_of="2014/.."), *rest)
    )
    path = tmp_path / "record.csv"
    write_csv(timed, path)
    rows = {row["value_id"]: row for row in _read(path)}
    assert CSV_COLUMNS[-1] == "as_of"  # a new column goes last: old readers keep their columns
    assert rows[first.id]["as_of"] == "2014/.."
    assert {rows[figure.id]["as_of"] for figure in rest} == {""}
