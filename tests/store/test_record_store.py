"""The SQLite record store: exact reload, idempotent saves, all-or-nothing writes, search."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from corroborate.errors import RecordNotFoundError, StoreError
from corroborate.record import EventRecord, Versions
from corroborate.store import migrations, open_store, rows
from corroborate.store.migrations import MIGRATIONS, Migration


def test_the_store_exports_a_small_api() -> None:
    import corroborate.store

    assert sorted(corroborate.store.__all__) == [
        "ArticleMatch",
        "RecordStore",
        "StoredRecord",
        "open_store",
    ]


def test_a_saved_record_loads_back_exactly(tmp_path: Path, record: EventRecord) -> None:
    with open_store(tmp_path / "c.db") as store:
        assert store.save(record) is True
    with open_store(tmp_path / "c.db") as store:
        assert store.load(record.id) == record


def test_saving_the_same_record_again_changes_nothing(tmp_path: Path, record: EventRecord) -> None:
    with open_store(tmp_path / "c.db") as store:
        store.save(record)
        before = store.table_counts()
        changes = store.connection.total_changes
        assert store.save(record) is False
        assert store.table_counts() == before
        assert store.connection.total_changes == changes
    assert before["records"] == 1
    assert before["articles"] == 2
    assert before["figures"] == len(record.figures)
    assert before["claims"] == len(record.claims)
    assert before["fact_values"] == sum(
        len(fact.figure_ids) + len(fact.claim_ids) for fact in record.facts
    )  # attributions behind the facts' claims are reached through claims.attribution


def test_an_article_shared_by_two_records_is_stored_once(
    record: EventRecord, single_record: EventRecord
) -> None:
    courier = record.articles[0]
    with open_store(":memory:") as store:
        store.save(record)
        store.save(
            dataclasses.replace(
                single_record, articles=(*single_record.articles, courier), id="other-record"
            )
        )
        counts = store.table_counts()
    assert counts["records"] == 2
    assert counts["articles"] == 3


def test_a_stored_article_only_gains_missing_metadata(record: EventRecord) -> None:
    courier = record.articles[0]
    bare = dataclasses.replace(courier, outlet=None, url=None, title="Old headline")
    empty = dataclasses.replace(
        record, entities=(), attributions=(), figures=(), hedges=(), facts=(), claims=()
    )
    with open_store(":memory:") as store:
        store.save(dataclasses.replace(empty, id="first", articles=(bare,)))
        store.save(dataclasses.replace(empty, id="second", articles=(courier,)))
        stored = store.connection.execute(
            "select outlet, url, title from articles where id = ?", (courier.id,)
        ).fetchone()
        assert store.search_articles("Courier")[0].title == "Old headline"
    assert stored == ("The Harbour Courier", "https://courier.example/raid", "Old headline")


def test_a_changed_record_replaces_the_stored_one(record: EventRecord) -> None:
    newer = dataclasses.replace(record, versions=Versions(tool="0.2.0"), facts=record.facts[:2])
    with open_store(":memory:") as store:
        store.save(record)
        created = store.records()[0].created
        assert store.save(newer) is True
        assert store.load(record.id) == newer
        listed = store.records()
        counts = store.table_counts()
    assert [stored.created for stored in listed] == [created]
    assert listed[0].fact_count == 2
    assert counts["records"] == 1
    assert counts["facts"] == 2


def test_records_lists_what_a_reader_needs(record: EventRecord, single_record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        store.save(single_record)
        listed = {stored.id: stored for stored in store.records()}
    raid = listed[record.id]
    assert raid.article_count == 2
    assert raid.outlets == ("The Harbour Courier", "Northfield Daily")
    assert raid.title == "Police raid on Kestrel Ridge commune leaves one dead"
    assert (raid.fact_count, raid.conflict_count) == (7, 3)
    assert raid.created.endswith("+00:00")
    flood = listed[single_record.id]
    assert flood.title == "Flood closes Marrow Bridge"  # no headline given: its first words
    assert (flood.fact_count, flood.conflict_count) == (0, 0)


def test_load_accepts_a_unique_id_prefix(record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        assert store.load(record.id[:4]) == record


def test_load_of_an_unknown_id_says_so_in_one_line(record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        with pytest.raises(RecordNotFoundError) as caught:
            store.load("zzzz")
    message = str(caught.value)
    assert "zzzz" in message and "\n" not in message


def test_an_ambiguous_prefix_is_refused(record: EventRecord, single_record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(dataclasses.replace(record, id="abc111"))
        store.save(dataclasses.replace(single_record, id="abc222"))
        with pytest.raises(RecordNotFoundError, match="ambiguous"):
            store.load("abc")
        with pytest.raises(RecordNotFoundError):
            store.load("")
        assert store.load("abc2").id == "abc222"


def test_a_save_that_fails_midway_leaves_nothing_behind(
    tmp_path: Path, record: EventRecord, single_record: EventRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    with open_store(tmp_path / "c.db") as store:
        store.save(single_record)
        before = store.table_counts()
        monkeypatch.setattr(rows, "_write_facts", fail)
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.save(record)
        assert store.table_counts() == before
        assert [stored.id for stored in store.records()] == [single_record.id]
        monkeypatch.undo()
        assert store.save(record) is True  # the store is still usable
    with open_store(tmp_path / "c.db") as store:
        assert store.load(record.id) == record


def test_a_record_that_breaks_its_own_references_is_refused_whole(record: EventRecord) -> None:
    broken_fact = dataclasses.replace(record.facts[0], figure_ids=("no-such-figure",))
    broken = dataclasses.replace(record, facts=(*record.facts[1:], broken_fact))
    with open_store(":memory:") as store:
        with pytest.raises(StoreError, match="no-such-figure"):
            store.save(broken)
        assert all(
            count == 0 for name, count in store.table_counts().items() if name != "migrations"
        )


def test_stored_offsets_point_at_the_stored_article_text(record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        connection = store.connection
        for table, start, end, text in (
            ("mentions", "start", "end", "text"),
            ("figures", "start", "end", "text"),
            ("figures", "sentence_start", "sentence_end", "sentence"),
            ("attributions", "content_start", "content_end", "content"),
            ("hedges", "cue_start", "cue_end", "cue"),
            ("claims", "start", "end", "text"),
        ):
            mismatched = connection.execute(
                f"select count(*) from {table} join articles on articles.id = {table}.article_id"
                f" where substr(articles.text, {start} + 1, {end} - {start}) != {table}.{text}"
            ).fetchone()[0]
            assert mismatched == 0, table
        assert connection.execute("pragma foreign_key_check").fetchall() == []


def test_the_fact_table_view_shows_who_says_what(record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        rows_ = store.connection.execute(
            "select value, claimer, outlet, verdict from fact_table where fact_id = 'f2'"
        ).fetchall()
    assert rows_ == [
        ("more than 100", "Brightwater Fellowship", "The Harbour Courier", "conflict"),
        ("around 30", "local reporting", "Northfield Daily", "conflict"),
    ]


def test_claim_facts_show_both_sides(record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        rows_ = store.connection.execute(
            "select value, claimer, outlet, conflict from fact_table where fact = ?",
            ("Police used tear gas",),
        ).fetchall()
        negated = store.connection.execute(
            "select claims.text, attributions.kind from claims"
            " join attributions on attributions.id = claims.attribution where claims.negated"
        ).fetchall()
    assert rows_ == [
        ("police used tear gas", "Residents", "The Harbour Courier", "denial"),
        ("no tear gas was used", "Officers", "Northfield Daily", "denial"),
    ]
    assert negated == [("no tear gas was used", "indirect")]


def test_claimers_link_to_their_entities(record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        names = store.connection.execute(
            "select distinct entities.name from figures"
            " join entities on entities.id = figures.claimer_entity order by 1"
        ).fetchall()
    assert names == [("Anna Dorsey",), ("Brightwater Fellowship",)]


def test_article_text_is_searchable(record: EventRecord, single_record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        store.save(single_record)
        outrage = store.search_articles("outrage")
        flooded = store.search_articles("flooded")
        with pytest.raises(StoreError):
            store.search_articles('"unbalanced')
    assert [match.outlet for match in outrage] == ["Northfield Daily"]
    assert "[outrage]" in outrage[0].snippet
    assert [match.article_id for match in flooded] == [single_record.articles[0].id]


def test_migrations_are_applied_once_and_recorded(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.db") as store:
        applied = store.connection.execute("select name, applied from migrations").fetchall()
    with open_store(tmp_path / "c.db") as store:
        again = store.connection.execute("select name, applied from migrations").fetchall()
    assert [name for name, _ in applied] == [migration.name for migration in MIGRATIONS]
    assert again == applied


def test_a_new_migration_is_applied_once_to_an_existing_file(
    tmp_path: Path, record: EventRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(tmp_path / "c.db") as store:
        store.save(record)

    def m999_record_notes(connection: sqlite3.Connection) -> None:
        connection.execute("create table record_notes (record_id text references records (id))")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", [*MIGRATIONS, Migration("m999_record_notes", m999_record_notes)]
    )
    with open_store(tmp_path / "c.db") as store:
        assert store.table_counts()["record_notes"] == 0
        assert store.load(record.id) == record
    with open_store(tmp_path / "c.db") as store:
        names = [name for (name,) in store.connection.execute("select name from migrations")]
    assert names.count("m999_record_notes") == 1 and names[-1] == "m999_record_notes"


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(tmp_path / "c.db").close()

    def m999_broken(connection: sqlite3.Connection) -> None:
        connection.execute("create table half_done (x)")
        connection.execute("this is not sql")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", [*MIGRATIONS, Migration("m999_broken", m999_broken)]
    )
    with pytest.raises(StoreError):
        open_store(tmp_path / "c.db")
    monkeypatch.undo()
    with open_store(tmp_path / "c.db") as store:
        assert "half_done" not in store.table_counts()
        assert "m999_broken" not in migrations.applied_migrations(store.connection)


def test_a_file_that_is_not_a_database_gives_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_the_record_json_column_is_the_record(record: EventRecord) -> None:
    with open_store(":memory:") as store:
        store.save(record)
        (stored,) = store.connection.execute("select record_json from records").fetchone()
    assert json.loads(stored) == record.to_dict()


def _datasette() -> str | None:
    beside_python = Path(sys.executable).with_name("datasette")
    return str(beside_python) if beside_python.exists() else shutil.which("datasette")


def test_the_file_opens_in_datasette(tmp_path: Path, record: EventRecord) -> None:
    datasette = _datasette()
    if datasette is None:
        pytest.skip("datasette not installed (it is in the dev extra)")
    path = tmp_path / "corroborate.db"
    with open_store(path) as store:
        store.save(record)
    done = subprocess.run(
        [datasette, "inspect", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    tables = json.loads(done.stdout)["corroborate"]["tables"]
    assert tables["facts"]["count"] == len(record.facts)
    assert tables["articles_fts"]["count"] == 2
    assert sqlite3.connect(path).execute("pragma integrity_check").fetchone() == ("ok",)


def test_a_file_from_before_figure_times_gains_the_column_and_keeps_its_records(
    tmp_path: Path, record: EventRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a store file made by the schema before m006: only the earlier migrations, and a record
    # saved then (schema 1.0 JSON, figure rows without as_of)
    before = [step for step in MIGRATIONS if step.name != "m006_figure_as_of"]
    assert len(before) == len(MIGRATIONS) - 1
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    path = tmp_path / "old.db"
    untimed = dataclasses.replace(
        record, figures=tuple(dataclasses.replace(f, as_of=None) for f in record.figures)
    )
    old_json = untimed.to_dict()
    old_json["schema_version"] = "1.0"
    for figure in old_json["figures"]:
        del figure["as_of"]
    with open_store(path) as store:
        columns = [row[1] for row in store.connection.execute("pragma table_info(figures)")]
        assert "as_of" not in columns
        store.connection.execute(
            "insert into records (id, created, updated, title, article_count, outlets,"
            " fact_count, conflict_count, tool_version, schema_version, models, record_json)"
            " values (?, '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', 'old', 2,"
            " '[]', 0, 0, '0.1.0', '1.0', '{}', ?)",
            (record.id, json.dumps(old_json, sort_keys=True)),
        )
    monkeypatch.undo()

    timed = dataclasses.replace(
        record,
        figures=(dataclasses.replace(record.figures[0], as_of="2019"), *record.figures[1:]),
    )
    with open_store(path) as store:
        assert "m006_figure_as_of" in migrations.applied_migrations(store.connection)
        assert store.load(record.id) == untimed  # the old record reads back, times unknown
        assert store.save(timed) is True  # the same articles read again now carry times
        changes = store.connection.total_changes
        assert store.save(timed) is False  # and reading them once more changes nothing
        assert store.connection.total_changes == changes
        stored = dict(store.connection.execute("select figure_id, as_of from figures").fetchall())
    assert stored[record.figures[0].id] == "2019"
    assert stored[record.figures[1].id] is None
    with open_store(path) as store:
        assert store.load(record.id) == timed
