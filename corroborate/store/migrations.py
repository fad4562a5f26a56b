"""The store's schema, as registered migrations applied in order, each once.

Every change to the SQLite schema is a new function appended here with :func:`migration`; a
migration that has shipped is never edited. :func:`apply_migrations` records each applied migration
in the ``migrations`` table (name and UTC time), so opening an old file brings it up to date and
opening a current one changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

MigrationStep = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Migration:
    """One schema change: a unique name and the function that makes it."""

    name: str
    """Unique, never reused; recorded in the ``migrations`` table once applied."""
    step: MigrationStep
    """Called with the connection inside the migration's transaction."""


MIGRATIONS: list[Migration] = []
"""Every migration, in the order it is applied."""


def migration(step: MigrationStep) -> MigrationStep:
    """Register ``step`` as the next migration, named after the function."""
    if any(existing.name == step.__name__ for existing in MIGRATIONS):
        raise ValueError(f"migration {step.__name__} is registered twice")
    MIGRATIONS.append(Migration(step.__name__, step))
    return step


def applied_migrations(connection: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied to this database, oldest first."""
    _ensure_migrations_table(connection)
    rows = connection.execute("select name from migrations order by rowid").fetchall()
    return [name for (name,) in rows]


def apply_migrations(connection: sqlite3.Connection) -> list[str]:
    """Apply every registered migration not yet applied; return the names applied now.

    Each migration runs in its own transaction together with its ``migrations`` row, so a failed
    migration leaves the database as it was before it. The connection must be in autocommit mode
    (``isolation_level=None``).
    """
    done = set(applied_migrations(connection))
    applied_now = []
    for pending in MIGRATIONS:
        if pending.name in done:
            continue
        connection.execute("begin immediate")
        try:
            pending.step(connection)
            connection.execute(
                "insert into migrations (name, applied) values (?, ?)",
                (pending.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except BaseException:
            connection.execute("rollback")
            raise
        connection.execute("commit")
        applied_now.append(pending.name)
    return applied_now


def _ensure_migrations_table(connection: sqlite3.Connection) -> None:
    connection.execute(
        "create table if not exists migrations ( name text primary key, applied text not null)"
    )


def _run(connection: sqlite3.Connection, statements: str) -> None:
    """Run ``;``-separated SQL statements one by one, inside the caller's transaction.

    (``executescript`` would commit first.) Pieces are joined until SQLite calls them a complete
    statement, so trigger bodies with their own semicolons stay whole.
    """
    pending = ""
    for piece in statements.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                connection.execute(pending)
            pending = ""
    if pending.strip(" \n;"):
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


@migration
def m001_articles_and_records(connection: sqlite3.Connection) -> None:
    """Articles (keyed by content hash), records, and which articles each record compares."""
    _run(
        connection,
        """
        create table articles (
            id text primary key,
            outlet text,
            title text,
            url text,
            published text,
            author text,
            source text not null,
            text text not null,
            blocks text not null default '[]'
        );
        create index articles_outlet on articles (outlet);
        create table records (
            id text primary key,
            created text not null,
            updated text not null,
            title text not null,
            article_count integer not null,
            outlets text not null,
            fact_count integer not null,
            conflict_count integer not null,
            tool_version text not null,
            schema_version text not null,
            models text not null,
            record_json text not null
        );
        create index records_created on records (created);
        create table record_articles (
            record_id text not null references records (id),
            article_id text not null references articles (id),
            position integer not null,
            primary key (record_id, article_id)
        );
        create index record_articles_article on record_articles (article_id);
        create table problems (
            id integer primary key,
            record_id text not null references records (id),
            source text not null,
            message text not null
        );
        create index problems_record on problems (record_id)
        """,
    )


@migration
def m002_entities_and_claims(connection: sqlite3.Connection) -> None:
    """Entities and their mentions, attributions, hedges, figures and claims, per record."""
    _run(
        connection,
        """
        create table entities (
            id integer primary key,
            record_id text not null references records (id),
            entity_id text not null,
            type text not null,
            name text not null,
            variants text not null,
            mention_count integer not null,
            unique (record_id, entity_id)
        );
        create index entities_name on entities (name);
        create table mentions (
            id integer primary key,
            entity integer not null references entities (id),
            article_id text not null references articles (id),
            start integer not null,
            end integer not null,
            text text not null
        );
        create index mentions_entity on mentions (entity);
        create index mentions_article on mentions (article_id);
        create table attributions (
            id integer primary key,
            record_id text not null references records (id),
            attribution_id text not null,
            article_id text not null references articles (id),
            kind text not null,
            claimer text,
            claimer_kind text,
            claimer_entity integer references entities (id),
            claimer_start integer,
            claimer_end integer,
            cue text,
            cue_start integer,
            cue_end integer,
            content text not null,
            content_start integer not null,
            content_end integer not null,
            unique (record_id, attribution_id)
        );
        create index attributions_article on attributions (article_id);
        create index attributions_claimer_entity on attributions (claimer_entity);
        create table hedges (
            id integer primary key,
            record_id text not null references records (id),
            hedge_id text not null,
            article_id text not null references articles (id),
            kind text not null,
            cue text not null,
            cue_start integer not null,
            cue_end integer not null,
            scope text not null,
            scope_start integer not null,
            scope_end integer not null,
            unique (record_id, hedge_id)
        );
        create index hedges_article on hedges (article_id);
        create table figures (
            id integer primary key,
            record_id text not null references records (id),
            figure_id text not null,
            article_id text not null references articles (id),
            text text not null,
            start integer not null,
            end integer not null,
            low real,
            high real,
            best real,
            qualifier text,
            category text not null,
            population text,
            counted text,
            polarity text not null,
            hedged integer not null,
            claimer text,
            claimer_kind text,
            claimer_entity integer references entities (id),
            attribution integer references attributions (id),
            sentence text not null,
            sentence_start integer not null,
            sentence_end integer not null,
            unique (record_id, figure_id)
        );
        create index figures_article on figures (article_id);
        create index figures_category on figures (category);
        create index figures_claimer_entity on figures (claimer_entity);
        create table claims (
            id integer primary key,
            record_id text not null references records (id),
            claim_id text not null,
            article_id text not null references articles (id),
            text text not null,
            start integer not null,
            end integer not null,
            claimer text,
            claimer_kind text,
            claimer_entity integer references entities (id),
            attribution integer references attributions (id),
            negated integer not null,
            years text not null,
            unique (record_id, claim_id)
        );
        create index claims_article on claims (article_id);
        create index claims_claimer_entity on claims (claimer_entity)
        """,
    )


@migration
def m003_facts(connection: sqlite3.Connection) -> None:
    """Facts with their verdicts, and the figures, claims and attributions grouped in each."""
    _run(
        connection,
        """
        create table facts (
            id integer primary key,
            record_id text not null references records (id),
            fact_id text not null,
            label text not null,
            category text not null,
            population text,
            verdict text not null,
            conflict text,
            reason text not null,
            low real,
            best real,
            high real,
            related text not null,
            unique (record_id, fact_id)
        );
        create index facts_verdict on facts (verdict);
        create table fact_values (
            id integer primary key,
            fact integer not null references facts (id),
            figure integer references figures (id),
            claim integer references claims (id),
            attribution integer references attributions (id),
            position integer not null,
            check ((figure is not null) + (claim is not null) + (attribution is not null) = 1)
        );
        create index fact_values_fact on fact_values (fact);
        create index fact_values_figure on fact_values (figure);
        create index fact_values_claim on fact_values (claim);
        create index fact_values_attribution on fact_values (attribution);
        create view fact_table as
        select
            facts.record_id as record_id,
            facts.fact_id as fact_id,
            facts.label as fact,
            facts.verdict as verdict,
            facts.conflict as conflict,
            coalesce(figures.text, claims.text, attributions.content) as value,
            figures.low as low,
            figures.high as high,
            coalesce(figures.claimer, claims.claimer, attributions.claimer) as claimer,
            articles.outlet as outlet,
            coalesce(figures.sentence, claims.text, attributions.content) as quote,
            facts.reason as reason
        from fact_values
        join facts on facts.id = fact_values.fact
        left join figures on figures.id = fact_values.figure
        left join claims on claims.id = fact_values.claim
        left join attributions on attributions.id = fact_values.attribution
        join articles on articles.id
            = coalesce(figures.article_id, claims.article_id, attributions.article_id)
        order by facts.record_id, facts.id, fact_values.position
        """,
    )


@migration
def m004_article_search(connection: sqlite3.Connection) -> None:
    """Full-text search over article titles and text (FTS5), kept in sync by triggers."""
    _run(
        connection,
        """
        create virtual table articles_fts using fts5 (
            title, text, content="articles", content_rowid="rowid"
        );
        insert into articles_fts (rowid, title, text) select rowid, title, text from articles;
        create trigger articles_ai after insert on articles begin
            insert into articles_fts (rowid, title, text) values (new.rowid, new.title, new.text);
        end;
        create trigger articles_ad after delete on articles begin
            insert into articles_fts (articles_fts, rowid, title, text)
            values ('delete', old.rowid, old.title, old.text);
        end;
        create trigger articles_au after update on articles begin
            insert into articles_fts (articles_fts, rowid, title, text)
            values ('delete', old.rowid, old.title, old.text);
            insert into articles_fts (rowid, title, text) values (new.rowid, new.title, new.text);
        end
        """,
    )


@migration
def m005_attribution_via(connection: sqlite3.Connection) -> None:
    """The outlet or source an attribution cites as first carrying the words ("first reported
    by EuroNews"), with its offsets."""
    _run(
        connection,
        """
        alter table attributions add column via text;
        alter table attributions add column via_start integer;
        alter table attributions add column via_end integer
        """,
    )


@migration
def m006_figure_as_of(connection: sqlite3.Connection) -> None:
    """When each figure was counted (``Figure.as_of``: ``2019``, ``2023-06-20``, ``2014/..``,
    ``now``); null for figures saved before record schema 1.1."""
    _run(connection, "alter table figures add column as_of text")
