"""The record store: one SQLite file holding articles and event records, pleasant in Datasette.

Each record is written in one transaction: the full record JSON (for exact reload) and the same
record as rows (articles, entities, mentions, attributions, hedges, figures, facts, fact values)
for querying. Articles are keyed by their content hash, so storing the same article twice, or the
same record twice, changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from corroborate.errors import RecordNotFoundError, StoreError
from corroborate.record import EventRecord, record_from_dict
from corroborate.store.migrations import apply_migrations
from corroborate.store.rows import record_outlets, record_title, write_record_rows


@dataclass(frozen=True)
class StoredRecord:
    """A stored record as listed by :meth:`RecordStore.records` (without loading it whole)."""

    id: str
    """The record's id (a hash of its sorted article ids)."""
    created: str
    """When the record was first stored, ISO 8601 in UTC."""
    article_count: int
    """How many articles it compares."""
    outlets: tuple[str, ...]
    """The outlets of its articles, in article order, each once."""
    title: str
    """A label a person recognises: the first article's headline, or its first words."""
    fact_count: int
    """How many facts the record has."""
    conflict_count: int
    """How many of them are in conflict."""


@dataclass(frozen=True)
class ArticleMatch:
    """An article found by :meth:`RecordStore.search_articles`."""

    article_id: str
    """The article's id (content hash)."""
    outlet: str | None
    """Its outlet, when known."""
    title: str | None
    """Its headline, when known."""
    snippet: str
    """Words around the match, the matched words between ``[`` and ``]``."""


class RecordStore:
    """Event records in a SQLite file. Use :func:`open_store` to get one."""

    def __init__(self, connection: sqlite3.Connection, *, path: str) -> None:
        self._connection = connection
        self.path = path
        """The database file (or ``:memory:``)."""

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying SQLite connection (autocommit mode), for queries of your own."""
        return self._connection

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    def save(self, record: EventRecord) -> bool:
        """Store a record; True if anything was written.

        Saving a record identical to the stored one changes nothing and returns False. A record
        with a stored id but different content (the same articles compared by a newer version)
        replaces the stored one, keeping its ``created`` time. Everything is written in one
        transaction: if any part fails, the database is left as it was and StoreError is raised.
        """
        record_json = json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        connection = self._connection
        try:
            connection.execute("begin immediate")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot write ({error})") from error
        try:
            stored = connection.execute(
                "select created, record_json from records where id = ?", (record.id,)
            ).fetchone()
            if stored is not None and stored[1] == record_json:
                connection.execute("rollback")
                return False
            created = stored[0] if stored is not None else now
            if stored is not None:
                _delete_record_rows(connection, record.id)
            connection.execute(
                "insert into records (id, created, updated, title, article_count, outlets,"
                " fact_count, conflict_count, tool_version, schema_version, models, record_json)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    created,
                    now,
                    record_title(record),
                    len(record.articles),
                    json.dumps(record_outlets(record), ensure_ascii=False),
                    len(record.facts),
                    sum(1 for fact in record.facts if fact.verdict.status == "conflict"),
                    record.versions.tool,
                    record.versions.schema,
                    json.dumps(record.versions.models, ensure_ascii=False, sort_keys=True),
                    record_json,
                ),
            )
            write_record_rows(connection, record)
        except BaseException as error:
            connection.execute("rollback")
            if isinstance(error, sqlite3.Error | ValueError):
                raise StoreError(
                    f"{self.path}: could not store record {record.id} ({error})"
                ) from error
            raise
        connection.execute("commit")
        return True

    def records(self) -> list[StoredRecord]:
        """Every stored record, newest first."""
        rows = self._connection.execute(
            "select id, created, article_count, outlets, title, fact_count, conflict_count"
            " from records order by created desc, id"
        ).fetchall()
        return [
            StoredRecord(
                id=row[0],
                created=row[1],
                article_count=row[2],
                outlets=tuple(json.loads(row[3])),
                title=row[4],
                fact_count=row[5],
                conflict_count=row[6],
            )
            for row in rows
        ]

    def load(self, record_id: str) -> EventRecord:
        """The stored record with this id, or with the one id that starts with it.

        Raises RecordNotFoundError when no record, or more than one, matches.
        """
        wanted = record_id.strip()
        row = self._connection.execute(
            "select record_json from records where id = ?", (wanted,)
        ).fetchone()
        if row is None and wanted:
            pattern = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            matches = self._connection.execute(
                "select id, record_json from records where id like ? escape '\\' order by id",
                (pattern,),
            ).fetchall()
            if len(matches) > 1:
                ids = ", ".join(match[0] for match in matches[:5])
                raise RecordNotFoundError(
                    f"record id {wanted!r} is ambiguous in {self.path}: it starts {ids}"
                    + (" and more" if len(matches) > 5 else "")
                )
            row = (matches[0][1],) if matches else None
        if row is None:
            raise RecordNotFoundError(
                f"no record {wanted!r} in {self.path} (`corroborate show` lists them)"
            )
        return record_from_dict(json.loads(row[0]))

    def search_articles(self, query: str, *, limit: int = 20) -> list[ArticleMatch]:
        """Articles whose title or text match a full-text query (SQLite FTS5 syntax), best first.

        Raises StoreError for a query FTS5 cannot parse.
        """
        try:
            rows = self._connection.execute(
                "select articles.id, articles.outlet, articles.title,"
                " snippet(articles_fts, 1, '[', ']', '…', 12)"
                " from articles_fts join articles on articles.rowid = articles_fts.rowid"
                " where articles_fts match ? order by rank limit ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as error:
            raise StoreError(f"cannot search for {query!r}: {error}") from error
        return [ArticleMatch(row[0], row[1], row[2], row[3]) for row in rows]

    def table_counts(self) -> dict[str, int]:
        """Number of rows in each of the store's tables (for checks and summaries)."""
        names = [
            name
            for (name,) in self._connection.execute(
                "select name from sqlite_master where type = 'table'"
                " and name not like 'sqlite_%' and name not like 'articles_fts%' order by name"
            )
        ]
        return {
            name: self._connection.execute(f'select count(*) from "{name}"').fetchone()[0]
            for name in names
        }


def open_store(path: str | Path) -> RecordStore:
    """Open (creating if needed) the record store in a SQLite file; ``:memory:`` works too.

    Brings the file's schema up to date. Raises StoreError when the file cannot be opened or is
    not a SQLite database.
    """
    where = str(path)
    try:
        connection = sqlite3.connect(where, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(f"{where}: cannot open database ({error})") from error
    try:
        connection.execute("pragma foreign_keys = on")
        apply_migrations(connection)
    except sqlite3.Error as error:
        connection.close()
        raise StoreError(f"{where}: not a usable corroborate database ({error})") from error
    return RecordStore(connection, path=where)


_PER_RECORD_TABLES = ("problems", "hedges", "record_articles")


def _delete_record_rows(connection: sqlite3.Connection, record_id: str) -> None:
    """Remove a record's rows (not its articles), children before parents."""
    connection.execute(
        "delete from fact_values where fact in (select id from facts where record_id = ?)",
        (record_id,),
    )
    connection.execute("delete from facts where record_id = ?", (record_id,))
    connection.execute("delete from claims where record_id = ?", (record_id,))
    connection.execute("delete from figures where record_id = ?", (record_id,))
    connection.execute("delete from attributions where record_id = ?", (record_id,))
    connection.execute(
        "delete from mentions where entity in (select id from entities where record_id = ?)",
        (record_id,),
    )
    connection.execute("delete from entities where record_id = ?", (record_id,))
    for table in _PER_RECORD_TABLES:
        connection.execute(f"delete from {table} where record_id = ?", (record_id,))
    connection.execute("delete from records where id = ?", (record_id,))
