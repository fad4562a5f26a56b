"""A record as rows of the store's tables (the queryable twin of the stored record JSON).

Called by :meth:`corroborate.store.RecordStore.save` inside its transaction; writes nothing on
its own account and never commits.
"""

from __future__ import annotations

import json
import sqlite3

from corroborate.record import Claimer, EventRecord, Span

_TITLE_LENGTH = 80


def record_title(record: EventRecord) -> str:
    """A label for a record: the first headline, else the first words of the first article."""
    for article in record.articles:
        if article.title and article.title.strip():
            return _shorten(article.title)
    for article in record.articles:
        for block in article.blocks:
            if block.kind in ("title", "body"):
                text = article.text[block.start : block.end].strip()
                if text:
                    return _shorten(text)
        if article.text.strip():
            return _shorten(article.text)
    return f"record {record.id}"


def record_outlets(record: EventRecord) -> list[str]:
    """The outlets of a record's articles, in article order, each once."""
    outlets: list[str] = []
    for article in record.articles:
        if article.outlet and article.outlet not in outlets:
            outlets.append(article.outlet)
    return outlets


def write_record_rows(connection: sqlite3.Connection, record: EventRecord) -> None:
    """Insert the rows of one record (its ``records`` row must already exist)."""
    _write_articles(connection, record)
    entity_keys = _write_entities(connection, record)
    attribution_keys = _write_attributions(connection, record, entity_keys)
    _write_hedges(connection, record)
    figure_keys = _write_figures(connection, record, entity_keys, attribution_keys)
    claim_keys = _write_claims(connection, record, entity_keys, attribution_keys)
    _write_facts(connection, record, figure_keys, claim_keys)
    connection.executemany(
        "insert into problems (record_id, source, message) values (?, ?, ?)",
        [(record.id, problem.source, problem.message) for problem in record.problems],
    )


def _shorten(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _TITLE_LENGTH else line[: _TITLE_LENGTH - 1].rstrip() + "…"


_ARTICLE_METADATA = ("outlet", "title", "url", "published", "author")
_FILL_MISSING_METADATA = (
    " on conflict (id) do update set "
    + ", ".join(
        f"{name} = coalesce(articles.{name}, excluded.{name})" for name in _ARTICLE_METADATA
    )
    + " where "
    + " or ".join(
        f"(articles.{name} is null and excluded.{name} is not null)" for name in _ARTICLE_METADATA
    )
)
"""A stored article (same text, same id) is never changed, except that metadata it lacked
(outlet, headline, URL, date, byline) is filled in when a later record knows it."""


def _write_articles(connection: sqlite3.Connection, record: EventRecord) -> None:
    for position, article in enumerate(record.articles):
        blocks = [
            {"kind": block.kind, "start": block.start, "end": block.end} for block in article.blocks
        ]
        connection.execute(
            "insert into articles"
            " (id, outlet, title, url, published, author, source, text, blocks)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?)" + _FILL_MISSING_METADATA,
            (
                article.id,
                article.outlet,
                article.title,
                article.url,
                article.published,
                article.author,
                article.source,
                article.text,
                json.dumps(blocks),
            ),
        )
        connection.execute(
            "insert into record_articles (record_id, article_id, position) values (?, ?, ?)",
            (record.id, article.id, position),
        )


def _write_entities(connection: sqlite3.Connection, record: EventRecord) -> dict[str, int]:
    keys: dict[str, int] = {}
    for entity in record.entities:
        cursor = connection.execute(
            "insert into entities (record_id, entity_id, type, name, variants, mention_count)"
            " values (?, ?, ?, ?, ?, ?)",
            (
                record.id,
                entity.id,
                entity.type,
                entity.name,
                json.dumps(list(entity.variants), ensure_ascii=False),
                len(entity.mentions),
            ),
        )
        key = _last_key(cursor)
        keys[entity.id] = key
        connection.executemany(
            "insert into mentions (entity, article_id, start, end, text) values (?, ?, ?, ?, ?)",
            [(key, span.article_id, span.start, span.end, span.text) for span in entity.mentions],
        )
    return keys


def _write_attributions(
    connection: sqlite3.Connection, record: EventRecord, entity_keys: dict[str, int]
) -> dict[str, int]:
    keys: dict[str, int] = {}
    for attribution in record.attributions:
        claimer = _claimer_columns(attribution.claimer, entity_keys)
        cursor = connection.execute(
            "insert into attributions (record_id, attribution_id, article_id, kind, claimer,"
            " claimer_kind, claimer_entity, claimer_start, claimer_end, cue, cue_start, cue_end,"
            " content, content_start, content_end, via, via_start, via_end)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                attribution.id,
                attribution.article_id,
                attribution.kind,
                *claimer,
                *_span_columns(attribution.cue),
                *_span_columns(attribution.content),
                *_span_columns(attribution.via),
            ),
        )
        keys[attribution.id] = _last_key(cursor)
    return keys


def _write_hedges(connection: sqlite3.Connection, record: EventRecord) -> None:
    connection.executemany(
        "insert into hedges (record_id, hedge_id, article_id, kind, cue, cue_start, cue_end,"
        " scope, scope_start, scope_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                record.id,
                hedge.id,
                hedge.article_id,
                hedge.kind,
                *_span_columns(hedge.cue),
                *_span_columns(hedge.scope),
            )
            for hedge in record.hedges
        ],
    )


def _write_figures(
    connection: sqlite3.Connection,
    record: EventRecord,
    entity_keys: dict[str, int],
    attribution_keys: dict[str, int],
) -> dict[str, int]:
    keys: dict[str, int] = {}
    for figure in record.figures:
        claimer = _claimer_columns(figure.claimer, entity_keys)
        cursor = connection.execute(
            "insert into figures (record_id, figure_id, article_id, text, start, end, low, high,"
            " best, qualifier, category, population, counted, polarity, hedged, claimer,"
            " claimer_kind, claimer_entity, attribution, sentence, sentence_start, sentence_end,"
            " as_of)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                figure.id,
                figure.article_id,
                *_span_columns(figure.span),
                figure.low,
                figure.high,
                figure.best,
                figure.qualifier,
                figure.category,
                figure.population,
                figure.counted.text if figure.counted else None,
                figure.polarity,
                int(figure.hedged),
                claimer[0],
                claimer[1],
                claimer[2],
                attribution_keys.get(figure.attribution_id or ""),
                *_span_columns(figure.sentence),
                figure.as_of,
            ),
        )
        keys[figure.id] = _last_key(cursor)
    return keys


def _write_claims(
    connection: sqlite3.Connection,
    record: EventRecord,
    entity_keys: dict[str, int],
    attribution_keys: dict[str, int],
) -> dict[str, int]:
    keys: dict[str, int] = {}
    for claim in record.claims:
        claimer = _claimer_columns(claim.claimer, entity_keys)
        cursor = connection.execute(
            "insert into claims (record_id, claim_id, article_id, text, start, end, claimer,"
            " claimer_kind, claimer_entity, attribution, negated, years)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                claim.id,
                claim.article_id,
                *_span_columns(claim.text),
                *claimer[:3],
                attribution_keys.get(claim.attribution_id or ""),
                int(claim.negated),
                json.dumps(list(claim.years)),
            ),
        )
        keys[claim.id] = _last_key(cursor)
    return keys


def _write_facts(
    connection: sqlite3.Connection,
    record: EventRecord,
    figure_keys: dict[str, int],
    claim_keys: dict[str, int],
) -> None:
    """Facts and their values (figures and claims); a claim's attribution is reached through
    ``claims.attribution``."""
    for fact in record.facts:
        cursor = connection.execute(
            "insert into facts (record_id, fact_id, label, category, population, verdict,"
            " conflict, reason, low, best, high, related)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                fact.id,
                fact.label,
                fact.category,
                fact.population,
                fact.verdict.status,
                fact.verdict.conflict,
                fact.verdict.reason,
                fact.low,
                fact.best,
                fact.high,
                json.dumps(list(fact.related)),
            ),
        )
        fact_key = _last_key(cursor)
        values = [
            (_key_of(figure_keys, figure_id, f"fact {fact.id}: figure"), None, None)
            for figure_id in fact.figure_ids
        ] + [
            (None, _key_of(claim_keys, claim_id, f"fact {fact.id}: claim"), None)
            for claim_id in fact.claim_ids
        ]
        connection.executemany(
            "insert into fact_values (fact, figure, claim, attribution, position)"
            " values (?, ?, ?, ?, ?)",
            [(fact_key, *value, position) for position, value in enumerate(values)],
        )


def _key_of(keys: dict[str, int], item_id: str, what: str) -> int:
    if item_id not in keys:
        raise ValueError(f"{what} {item_id} is not in the record")
    return keys[item_id]


def _last_key(cursor: sqlite3.Cursor) -> int:
    key = cursor.lastrowid
    if key is None:  # pragma: no cover - sqlite3 always sets it after an insert
        raise sqlite3.DatabaseError("insert gave no row id")
    return key


def _span_columns(span: Span | None) -> tuple[str | None, int | None, int | None]:
    if span is None:
        return (None, None, None)
    return (span.text, span.start, span.end)


def _claimer_columns(
    claimer: Claimer | None, entity_keys: dict[str, int]
) -> tuple[str | None, str | None, int | None, int | None, int | None]:
    """Name, kind, entity row, start and end of a claimer (all None when there is none)."""
    if claimer is None:
        return (None, None, None, None, None)
    start, end = (claimer.span.start, claimer.span.end) if claimer.span else (None, None)
    entity = entity_keys.get(claimer.entity_id) if claimer.entity_id else None
    return (claimer.name, claimer.kind, entity, start, end)
