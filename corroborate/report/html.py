"""The record as one self-contained HTML file: a fact matrix linked to the quoted article text.

Layout: header (articles, outlets, versions); the fact matrix (facts as rows, articles as columns,
each cell the values that article gives with qualifier and claimer, conflicting cells marked, the
verdict and its reason per row); entities with their spellings; hedges; attributions; then every
article's text with the quoted spans highlighted. Each value links to its span in the text
(anchors named after the offsets: ``s-<article id>-<start>-<end>``).

Safety: everything is rendered by Jinja2 with autoescaping on; the highlighted article text is
built as a list of plain-text pieces cut at span offsets, and each piece is escaped like any other
string. Links are only made from ``http``/``https`` URLs. No external resources: CSS and the small
script are inlined from ``templates/``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from corroborate.read.figure_times import describe_time
from corroborate.record import (
    Article,
    Claim,
    Claimer,
    Entity,
    EventRecord,
    Fact,
    Figure,
    Span,
)
from corroborate.store.rows import record_title

__all__ = ["render_html", "write_html"]

_ENVIRONMENT = Environment(
    loader=PackageLoader("corroborate.report", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)

_MARK_ORDER = ("block", "quote", "claim", "mention", "claimer", "cue", "hedge", "figure")
"""Mark kinds from outermost to innermost (the order their classes are listed in)."""


def render_html(record: EventRecord) -> str:
    """The record as one self-contained HTML page."""
    template = _ENVIRONMENT.get_template("report.html")
    return template.render(report=_report(record))


def write_html(record: EventRecord, path: str | Path) -> None:
    """Write the record's HTML page to a file (UTF-8)."""
    Path(path).write_text(render_html(record), encoding="utf-8")


@dataclass(frozen=True)
class _Value:
    """One value in a fact-matrix cell."""

    text: str
    anchor: str
    claimer: str
    kind: str
    """figure or claim."""
    qualifier: str | None = None
    range: str | None = None
    as_of: str | None = None
    """When a figure was counted, for a reader ("2014", "since March 2020", "now")."""
    denied: bool = False
    hedged: bool = False


@dataclass(frozen=True)
class _Cell:
    values: tuple[_Value, ...]
    conflict: bool


@dataclass(frozen=True)
class _Row:
    fact: Fact
    cells: tuple[_Cell, ...]
    summary: str | None


@dataclass(frozen=True)
class _Segment:
    """A piece of article text and the marks covering it."""

    text: str
    classes: str = ""
    ids: tuple[str, ...] = ()
    marks: str = ""
    title: str = ""


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str
    anchor: str | None = None
    title: str = ""


@dataclass(frozen=True)
class _Column:
    article: Article
    heading: str
    link: str | None
    segments: tuple[_Segment, ...]


@dataclass
class _Report:
    record: EventRecord
    title: str
    columns: list[_Column]
    rows: list[_Row]
    unfaceted_figures: list[tuple[Figure, _Value]]
    entities: list[dict[str, object]]
    hedges: list[dict[str, object]]
    attributions: list[dict[str, object]]
    counts: dict[str, int] = field(default_factory=dict)


class _Lookup:
    """The record's parts by id, built once per page (the record's own lookups scan tuples)."""

    def __init__(self, record: EventRecord) -> None:
        self.figures = {figure.id: figure for figure in record.figures}
        self.claims = {claim.id: claim for claim in record.claims}
        self.attributions = {attribution.id: attribution for attribution in record.attributions}
        self.outlets = {article.id: _heading(article) for article in record.articles}

    def outlet(self, article_id: str) -> str:
        return self.outlets.get(article_id, article_id)


def _report(record: EventRecord) -> _Report:
    lookup = _Lookup(record)
    marks = _marks_by_article(record)
    columns = [
        _Column(
            article=article,
            heading=_heading(article),
            link=_safe_link(article.url),
            segments=tuple(_segments(article, _block_marks(article) + marks[article.id])),
        )
        for article in record.articles
    ]
    rows = [_row(record, lookup, fact) for fact in record.facts]
    grouped = {figure_id for fact in record.facts for figure_id in fact.figure_ids}
    unfaceted = [
        (figure, _figure_value(lookup, figure))
        for figure in record.figures
        if figure.id not in grouped
    ]
    return _Report(
        record=record,
        title=_title(record),
        columns=columns,
        rows=rows,
        unfaceted_figures=unfaceted,
        entities=[
            _entity_view(lookup, entity)
            for entity in sorted(
                record.entities,
                key=lambda entity: (len(entity.variants) < 2, -len(entity.mentions)),
            )
        ],
        hedges=[
            {
                "hedge": hedge,
                "outlet": lookup.outlet(hedge.article_id),
                "anchor": _anchor(hedge.scope),
            }
            for hedge in record.hedges
        ],
        attributions=[
            {
                "attribution": attribution,
                "outlet": lookup.outlet(attribution.article_id),
                "claimer": _claimer_name(attribution.claimer),
                "anchor": _anchor(attribution.content),
            }
            for attribution in record.attributions
        ],
        counts={
            "articles": len(record.articles),
            "outlets": len(set(lookup.outlets.values())),
            "facts": len(record.facts),
            "conflicts": sum(1 for fact in record.facts if fact.verdict.status == "conflict"),
            "problems": len(record.problems),
        },
    )


def _row(record: EventRecord, lookup: _Lookup, fact: Fact) -> _Row:
    by_article: dict[str, list[_Value]] = defaultdict(list)
    for figure_id in fact.figure_ids:
        figure = lookup.figures.get(figure_id)
        if figure is not None:
            by_article[figure.article_id].append(_figure_value(lookup, figure))
    for claim_id in fact.claim_ids:
        claim = lookup.claims.get(claim_id)
        if claim is not None:
            by_article[claim.article_id].append(_claim_value(lookup, claim))
    conflict = fact.verdict.status == "conflict"
    cells = tuple(
        _Cell(tuple(by_article[article.id]), conflict and bool(by_article[article.id]))
        for article in record.articles
    )
    return _Row(fact, cells, _range_text(fact.low, fact.high, fact.best))


def _figure_value(lookup: _Lookup, figure: Figure) -> _Value:
    return _Value(
        text=figure.span.text,
        anchor=_anchor(figure.span),
        claimer=_claimer_name(figure.claimer) or f"{lookup.outlet(figure.article_id)} itself",
        kind="figure",
        qualifier=figure.qualifier,
        range=_range_text(figure.low, figure.high, figure.best),
        as_of=describe_time(figure.as_of),
        denied=figure.polarity == "denied",
        hedged=figure.hedged,
    )


def _claim_value(lookup: _Lookup, claim: Claim) -> _Value:
    attribution = lookup.attributions.get(claim.attribution_id or "")
    return _Value(
        text=claim.text.text,
        anchor=_anchor(claim.text),
        claimer=_claimer_name(claim.claimer) or f"{lookup.outlet(claim.article_id)} itself",
        kind="claim",
        denied=attribution is not None and attribution.kind in ("denial", "dispute"),
    )


def _entity_view(lookup: _Lookup, entity: Entity) -> dict[str, object]:
    per_outlet: dict[str, int] = defaultdict(int)
    for mention in entity.mentions:
        per_outlet[lookup.outlet(mention.article_id)] += 1
    return {
        "entity": entity,
        "others": [variant for variant in entity.variants if variant != entity.name],
        "per_outlet": sorted(per_outlet.items()),
        "anchor": _anchor(entity.mentions[0]) if entity.mentions else None,
    }


def _block_marks(article: Article) -> list[_Mark]:
    """The blocks of an article that are not read (promos, header lines)."""
    return [
        _Mark(block.start, block.end, f"block block-{block.kind}", title=f"{block.kind}: not read")
        for block in article.blocks
        if block.kind in ("promo", "header")
    ]


def _marks_by_article(record: EventRecord) -> dict[str, list[_Mark]]:
    """Every highlighted stretch of every article, with the anchor the report links to."""
    marks: dict[str, list[_Mark]] = defaultdict(list)

    def add(span: Span | None, kind: str, title: str = "", *, anchored: bool = True) -> None:
        if span is not None and span.start < span.end:
            marks[span.article_id].append(
                _Mark(span.start, span.end, kind, _anchor(span) if anchored else None, title)
            )

    for entity in record.entities:
        for mention in entity.mentions:
            add(mention, "mention", f"{entity.name} ({entity.type})")
    for attribution in record.attributions:
        who = _claimer_name(attribution.claimer) or "unattributed"
        add(attribution.content, "claim", f"{attribution.kind}, {who}")
        add(attribution.cue, "cue", f"cue: {attribution.kind}", anchored=False)
        if attribution.claimer is not None:
            add(attribution.claimer.span, "claimer", f"claimer: {who}", anchored=False)
    for claim in record.claims:
        add(claim.text, "claim", f"claim: {_claimer_name(claim.claimer) or 'own reporting'}")
    for hedge in record.hedges:
        add(hedge.scope, "quote hedged-scope", f"hedged: {hedge.kind}")
        add(hedge.cue, "hedge", f"hedge: {hedge.kind}", anchored=False)
    for figure in record.figures:
        add(figure.sentence, "quote", anchored=False)
        label = f"{figure.category}" + (f", {figure.population}" if figure.population else "")
        add(figure.span, "figure", f"{label} — {_claimer_name(figure.claimer) or 'own reporting'}")
    return marks


def _segments(article: Article, marks: list[_Mark]) -> list[_Segment]:
    """Article text cut at every mark boundary; each piece knows the marks that cover it.

    One sweep over the cut points: a mark is active from its start to its end, and since every
    mark end is a cut point, every active mark covers the whole piece.
    """
    text = article.text
    clamped = [
        _Mark(max(0, mark.start), min(mark.end, len(text)), mark.kind, mark.anchor, mark.title)
        for mark in marks
        if min(mark.end, len(text)) > max(0, mark.start)
    ]
    starting: dict[int, list[_Mark]] = defaultdict(list)
    for mark in clamped:
        starting[mark.start].append(mark)
    points = sorted({0, len(text)} | {mark.start for mark in clamped} | {m.end for m in clamped})
    active: list[_Mark] = []
    segments = []
    for start, end in pairwise(points):
        active = [mark for mark in active if mark.end > start] + starting.get(start, [])
        if not active:
            segments.append(_Segment(text[start:end]))
            continue
        ids = list(dict.fromkeys(mark.anchor for mark in starting.get(start, []) if mark.anchor))
        kinds = sorted(
            {kind for mark in active for kind in mark.kind.split()},
            key=lambda kind: (_MARK_ORDER.index(kind) if kind in _MARK_ORDER else 0, kind),
        )
        segments.append(
            _Segment(
                text[start:end],
                classes=" ".join(kinds),
                ids=tuple(ids),
                marks=" ".join(sorted({mark.anchor for mark in active if mark.anchor})),
                title=" · ".join(dict.fromkeys(mark.title for mark in active if mark.title)),
            )
        )
    return segments


def _anchor(span: Span) -> str:
    return f"s-{span.article_id}-{span.start}-{span.end}"


def _safe_link(url: str | None) -> str | None:
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _heading(article: Article) -> str:
    return article.outlet or Path(article.source).name or article.id


def _title(record: EventRecord) -> str:
    return record_title(record)


def _claimer_name(claimer: Claimer | None) -> str | None:
    return claimer.name if claimer is not None else None


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def _range_text(low: float | None, high: float | None, best: float | None) -> str | None:
    """``12``, ``25–35 (best 30)``, ``101 or more``; None when nothing is known."""
    if low is None and high is None:
        return _number(best) if best is not None else None
    if low is not None and high is not None and low == high:
        return _number(low)
    if high is None:
        text = f"{_number(low)} or more" if low is not None else "unknown"
    elif low is None:
        text = f"up to {_number(high)}"
    else:
        text = f"{_number(low)}–{_number(high)}"
    if best is not None and best not in (low, high):
        text += f" (best {_number(best)})"
    return text
