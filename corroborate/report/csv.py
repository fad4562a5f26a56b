"""The record as CSV: one row per fact value (a figure or a claim), for spreadsheets.

Rows come fact by fact: each fact's figures, then its claims (an attribution behind one of the
fact's claims is not repeated). After them: figures that are in no fact, then attributions that
are in no fact and carry no figure, with the fact columns empty, so that nothing the reports
attribute is left out. Columns are :data:`CSV_COLUMNS`; numbers are
written without a trailing ``.0``; missing values are empty.
"""

from __future__ import annotations

import csv
from pathlib import Path

from corroborate.record import Attribution, Claim, Claimer, EventRecord, Fact, Figure

__all__ = ["CSV_COLUMNS", "csv_rows", "write_csv"]

CSV_COLUMNS: tuple[str, ...] = (
    "fact_id",
    "fact_label",
    "category",
    "value",
    "low",
    "high",
    "best",
    "qualifier",
    "claimer",
    "outlet",
    "article_id",
    "quote",
    "start",
    "end",
    "verdict",
    "conflict",
    "row_type",
    "value_id",
    "population",
    "polarity",
    "hedged",
    "claimer_kind",
    "verdict_reason",
    "as_of",
)
"""The header row. ``value`` is the figure as written ("more than 100") or the claim's text;
``quote`` is the figure's sentence (for claims: the claim); ``start``/``end`` are the value's
character offsets in the article; ``row_type`` is ``figure`` or ``claim``; ``value_id`` is the
figure, claim or attribution id in the record; ``polarity`` is ``denied`` for denials and
negated claims; ``as_of`` is when a figure was counted (``Figure.as_of``: ``2019``,
``2023-06-20``, ``2014/..`` for "since 2014", ``now``), empty when its clause names no time."""


def csv_rows(record: EventRecord) -> list[dict[str, str]]:
    """The CSV rows of a record, as dicts keyed by :data:`CSV_COLUMNS`."""
    rows: list[dict[str, str]] = []
    grouped_figures: set[str] = set()
    grouped_claims: set[str] = set()
    for fact in record.facts:
        for figure_id in fact.figure_ids:
            grouped_figures.add(figure_id)
            figure = _find_figure(record, figure_id)
            if figure is not None:
                rows.append(_figure_row(record, figure, fact))
        for claim_id in fact.claim_ids:
            claim = _find_claim(record, claim_id)
            if claim is not None:
                if claim.attribution_id:
                    grouped_claims.add(claim.attribution_id)
                rows.append(_claim_row(record, claim, fact))
    carrying_figures = {figure.attribution_id for figure in record.figures}
    rows += [
        _figure_row(record, figure, None)
        for figure in record.figures
        if figure.id not in grouped_figures
    ]
    rows += [
        _attribution_row(record, attribution, None)
        for attribution in record.attributions
        if attribution.id not in grouped_claims and attribution.id not in carrying_figures
    ]
    return rows


def write_csv(record: EventRecord, path: str | Path) -> None:
    """Write the record's CSV (UTF-8, header row first)."""
    with Path(path).open("w", encoding="utf-8", newline="") as output:
        writer = csv.DictWriter(output, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_rows(record))


def _figure_row(record: EventRecord, figure: Figure, fact: Fact | None) -> dict[str, str]:
    return {
        **_fact_columns(fact),
        **_claimer_columns(figure.claimer),
        "category": figure.category,
        "value": figure.span.text,
        "low": _number(figure.low),
        "high": _number(figure.high),
        "best": _number(figure.best),
        "qualifier": figure.qualifier or "",
        "outlet": _outlet(record, figure.article_id),
        "article_id": figure.article_id,
        "quote": figure.sentence.text,
        "start": str(figure.span.start),
        "end": str(figure.span.end),
        "row_type": "figure",
        "value_id": figure.id,
        "population": figure.population or "",
        "polarity": figure.polarity,
        "hedged": "yes" if figure.hedged else "no",
        "as_of": figure.as_of or "",
    }


def _claim_row(record: EventRecord, claim: Claim, fact: Fact) -> dict[str, str]:
    attribution = _find_attribution(record, claim.attribution_id or "")
    denied = claim.negated or (attribution is not None and attribution.kind == "denial")
    return {
        **_fact_columns(fact),
        **_claimer_columns(claim.claimer),
        "category": fact.category,
        "value": claim.text.text,
        "low": "",
        "high": "",
        "best": "",
        "qualifier": "",
        "outlet": _outlet(record, claim.article_id),
        "article_id": claim.article_id,
        "quote": claim.text.text,
        "start": str(claim.text.start),
        "end": str(claim.text.end),
        "row_type": "claim",
        "value_id": claim.id,
        "population": fact.population or "",
        "polarity": "denied" if denied else "asserted",
        "hedged": "",
        "as_of": "",
    }


def _attribution_row(
    record: EventRecord, attribution: Attribution, fact: Fact | None
) -> dict[str, str]:
    return {
        **_fact_columns(fact),
        **_claimer_columns(attribution.claimer),
        "category": fact.category if fact is not None else "claim",
        "value": attribution.content.text,
        "low": "",
        "high": "",
        "best": "",
        "qualifier": "",
        "outlet": _outlet(record, attribution.article_id),
        "article_id": attribution.article_id,
        "quote": attribution.content.text,
        "start": str(attribution.content.start),
        "end": str(attribution.content.end),
        "row_type": "claim",
        "value_id": attribution.id,
        "population": fact.population or "" if fact is not None else "",
        "polarity": "denied" if attribution.kind == "denial" else "asserted",
        "hedged": "",
        "as_of": "",
    }


def _fact_columns(fact: Fact | None) -> dict[str, str]:
    if fact is None:
        keys = ("fact_id", "fact_label", "verdict", "conflict", "verdict_reason")
        return dict.fromkeys(keys, "")
    return {
        "fact_id": fact.id,
        "fact_label": fact.label,
        "verdict": fact.verdict.status,
        "conflict": fact.verdict.conflict or "",
        "verdict_reason": fact.verdict.reason,
    }


def _claimer_columns(claimer: Claimer | None) -> dict[str, str]:
    if claimer is None:
        return {"claimer": "", "claimer_kind": ""}
    return {"claimer": claimer.name, "claimer_kind": claimer.kind}


def _outlet(record: EventRecord, article_id: str) -> str:
    for article in record.articles:
        if article.id == article_id:
            return article.outlet or article.source
    return ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _find_figure(record: EventRecord, figure_id: str) -> Figure | None:
    try:
        return record.figure(figure_id)
    except KeyError:
        return None


def _find_claim(record: EventRecord, claim_id: str) -> Claim | None:
    try:
        return record.claim(claim_id)
    except KeyError:
        return None


def _find_attribution(record: EventRecord, attribution_id: str) -> Attribution | None:
    try:
        return record.attribution(attribution_id)
    except KeyError:
        return None
