"""The source-attributed event record: frozen dataclasses, and their JSON form.

Everything the pipeline produces is one of these types. Every extracted thing points at the text
it came from through a :class:`Span` (article id plus character offsets into ``Article.text``).

Flow of the types::

    Article ──read──▶ Reading (Mention, Attribution, Figure, Hedge; per article)
    Readings ──reconcile──▶ Entity, Fact (with Verdict) ──▶ EventRecord

The JSON form (``EventRecord.to_dict()``) is documented by ``corroborate/schema/record.schema.json``
and versioned by :data:`SCHEMA_VERSION`. ``record_from_dict`` reads it back.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.1"

BlockKind = Literal["header", "title", "body", "caption", "embed", "promo"]
"""What a block of an article's text is. ``promo`` and ``header`` blocks are not read for claims."""

READABLE_BLOCKS: frozenset[str] = frozenset({"title", "body", "caption", "embed"})

AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "denial", "dispute"]
"""How a claim is reported: a direct quote, reported speech, a mix, "according to", a denial, a
dispute ("disputed that ..."), or the reporter's own hedge ("allegedly")."""

ClaimerKind = Literal["entity", "description", "outlet", "pronoun"]
"""``entity``: a named person, organisation or place; ``description``: a party named by a
description ("local reporting", "Albanian authorities"); ``outlet``: the article's own outlet
speaking; ``pronoun``: a pronoun or anaphor ("it", "he", "the group") with its antecedent."""

Category = Literal[
    "killed",
    "injured",
    "hospitalised",
    "arrested",
    "missing",
    "displaced",
    "seized",
    "deployed",
    "population",
    "buildings",
    "other",
]
"""What a figure counts. Documented in docs/record.md; the vocabulary is fixed and versioned."""

CATEGORIES: tuple[str, ...] = typing.get_args(Category)

Polarity = Literal["asserted", "denied"]

VerdictStatus = Literal["agreed", "conflict", "single_source", "hedged", "compatible"]
ConflictKind = Literal["numbers", "denial", "population", "self_contradiction"]


@dataclass(frozen=True)
class Span:
    """A stretch of one article's text, ``Article.text[start:end] == text``."""

    article_id: str
    """Id of the article the span is in."""
    start: int
    """Offset of the first character (0-based, in characters, not bytes)."""
    end: int
    """Offset one past the last character."""
    text: str
    """The characters themselves."""


@dataclass(frozen=True)
class Block:
    """A region of an article's text and what kind of text it is."""

    kind: BlockKind
    """header, title, body, caption, embed (an embedded post) or promo (dropped from reading)."""
    start: int
    """Offset of the block's first character in ``Article.text``."""
    end: int
    """Offset one past its last character."""


@dataclass(frozen=True)
class Article:
    """One report, as read from a source. Offsets everywhere refer to ``text``."""

    id: str
    """Content hash of ``text`` (sha256, first 16 hex digits): the same text is the same article."""
    text: str
    """The article's text exactly as read (for text files: the file decoded as UTF-8)."""
    source: str
    """Where it was read from: a path, a URL, or ``path#line`` for JSON lines."""
    outlet: str | None = None
    """Publisher, from metadata, a header line or the text itself ("Fox News Digital could not...")."""
    title: str | None = None
    """Headline, when known."""
    url: str | None = None
    """Canonical URL, when known."""
    published: str | None = None
    """Publication date, ISO 8601 (``2023-06-21``), when known."""
    author: str | None = None
    """Byline, when known."""
    blocks: tuple[Block, ...] = ()
    """The text cut into blocks (body paragraphs, captions, embedded posts, promos, header lines)."""

    def span(self, start: int, end: int) -> Span:
        """The span of this article's text between two offsets."""
        return Span(self.id, start, end, self.text[start:end])

    def block_at(self, offset: int) -> Block | None:
        """The block that holds a character offset, if any."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def is_readable(self, offset: int) -> bool:
        """Whether claims at this offset are read (not in a promo or header block)."""
        block = self.block_at(offset)
        return block is None or block.kind in READABLE_BLOCKS


@dataclass(frozen=True)
class Mention:
    """A name of a person, organisation, group or place in one article."""

    span: Span
    """The name as written, titles included only when part of the name."""
    label: str
    """Entity type: PERSON, ORG, GPE, LOC, FAC, NORP, EVENT or OTHER."""
    name: str
    """Normalised name: titles and possessives stripped ("Interior Minister Katja Morvan's" -> "Katja Morvan")."""
    role: str | None = None
    """A title or role written with the name ("Interior Minister"), when present."""


@dataclass(frozen=True)
class Claimer:
    """Who makes a claim, as the article names them, and what that resolves to."""

    name: str
    """Display name: the resolved entity's name, the description, or the outlet."""
    kind: ClaimerKind
    """entity, description, outlet or pronoun."""
    span: Span | None = None
    """Where the claimer is written in the article; None when implicit (the outlet's own voice)."""
    antecedent: Span | None = None
    """For pronouns and descriptions: the mention they were resolved to, in the same article."""
    entity_id: str | None = None
    """The record entity the claimer is, filled in by reconciliation."""


@dataclass(frozen=True)
class Attribution:
    """A claim and who it is attributed to: source, cue and content."""

    id: str
    """Stable id within the record (article id plus a counter)."""
    article_id: str
    """The article the attribution is in."""
    kind: AttributionKind
    """direct, indirect, mixed, according_to, denial or dispute."""
    content: Span
    """What is claimed."""
    cue: Span | None = None
    """The reporting word(s): "said", "told", "according to", "denied"."""
    claimer: Claimer | None = None
    """Who claims it; None for unattributed claims."""
    via: Span | None = None
    """The outlet or source that first carried the words, when the report cites one ("he said in
    a statement first reported by EuroNews"): the chain is outlet -> ``via`` -> claimer."""


@dataclass(frozen=True)
class Hedge:
    """A place where a report marks something as unverified or uncertain."""

    id: str
    """Stable id within the record."""
    article_id: str
    """The article the hedge is in."""
    kind: str
    """could_not_verify, sought_evidence, allegedly, reportedly, unclear, claimed, apparently."""
    cue: Span
    """The hedging words ("could not independently verify")."""
    scope: Span
    """The sentence or clause the hedge applies to."""


@dataclass(frozen=True)
class Figure:
    """A count in a report, bound to its claimer and its text."""

    id: str
    """Stable id within the record."""
    article_id: str
    """The article the figure is in."""
    span: Span
    """The number expression as written, qualifier included ("more than 100")."""
    low: float | None
    """Lowest value the expression allows (None: unbounded below, which never happens for counts)."""
    high: float | None
    """Highest value the expression allows (None: unbounded, as in "more than 100")."""
    best: float | None
    """Best single estimate, for sorting and summaries (the written number for exact figures)."""
    category: str
    """What is counted: one of :data:`CATEGORIES` (documented in docs/record.md)."""
    sentence: Span
    """The sentence the figure is in (the quote shown to a reader)."""
    qualifier: str | None = None
    """The qualifier as written: "more than", "some", "around", "at least", "alleged", "dozens"."""
    population: str | None = None
    """Of whom or what: "camp residents", "police officers", "computers"."""
    counted: Span | None = None
    """The head noun that is counted ("members" in "100 of its members")."""
    polarity: Polarity = "asserted"
    """asserted, or denied ("denied there were any injuries" gives 0, denied)."""
    claimer: Claimer | None = None
    """Who gives the figure; None when the report states it in its own voice."""
    attribution_id: str | None = None
    """The attribution the figure sits in, when there is one."""
    hedged: bool = False
    """Whether the report hedges this figure ("alleged", "could not verify")."""
    as_of: str | None = None
    """When the count was made, as the figure's clause says (ISO 8601): a year ``2019``, a month
    ``2019-03``, a day ``2023-06-20`` (a day without a year, "on Tuesday", resolved against the
    article's published date), an open interval ``2014/..`` ("since 2014"), or ``now``, the
    article's own time ("currently", "is home to"); None when the clause names no time. Read by
    :mod:`corroborate.read.figure_times`; added in schema 1.1."""


@dataclass(frozen=True)
class Claim:
    """A statement in one article that is not (only) a number: a sentence, or an attribution's content."""

    id: str
    """Stable id within the record."""
    article_id: str
    """The article the claim is in."""
    text: Span
    """The statement: an attribution's content, or a sentence in the report's own voice."""
    claimer: Claimer | None = None
    """Who makes it; None when the report states it in its own voice."""
    attribution_id: str | None = None
    """The attribution the claim is the content of, when there is one."""
    negated: bool = False
    """Whether the statement is denied or negated ("denied that", "did not", "no one")."""
    years: tuple[int, ...] = ()
    """Years the statement names (for comparing dates across reports)."""
    mentions: tuple[Span, ...] = ()
    """Names the statement contains (linked to entities across reports)."""


@dataclass(frozen=True)
class Reading:
    """What the per-article stages found in one article."""

    article_id: str
    """The article read."""
    mentions: tuple[Mention, ...] = ()
    """Names of people, organisations and places."""
    attributions: tuple[Attribution, ...] = ()
    """Who said what."""
    figures: tuple[Figure, ...] = ()
    """Counts, with claimer and category."""
    hedges: tuple[Hedge, ...] = ()
    """What the report marks as unverified."""
    claims: tuple[Claim, ...] = ()
    """Statements that may be compared across reports (candidates for claim facts)."""


@dataclass(frozen=True)
class Entity:
    """One real person, organisation, place or group across all articles."""

    id: str
    """Stable id within the record (``e1``, ``e2``, ...)."""
    type: str
    """PERSON, ORG, GPE, LOC, FAC, NORP, EVENT or OTHER."""
    name: str
    """Canonical name: the fullest form seen."""
    variants: tuple[str, ...]
    """Every distinct name seen for it, canonical name included."""
    mentions: tuple[Span, ...]
    """Every mention, in every article."""


@dataclass(frozen=True)
class Verdict:
    """How the reports stand on a fact, and why."""

    status: VerdictStatus
    """agreed, conflict, single_source, hedged or compatible (values that differ but fit together)."""
    reason: str
    """One line a person understands: why this verdict."""
    conflict: ConflictKind | None = None
    """For conflicts: numbers, denial, population (different groups counted) or self_contradiction."""


@dataclass(frozen=True)
class Fact:
    """Figures and claims from all articles that speak of the same thing, side by side."""

    id: str
    """Stable id within the record (``f1``, ...)."""
    category: str
    """What is counted, one of :data:`CATEGORIES`, or ``claim`` for non-numeric facts."""
    label: str
    """A label a person understands: "Camp residents injured"."""
    verdict: Verdict
    """agreed, conflict (typed), single source, hedged or compatible, with its reason."""
    population: str | None = None
    """Of whom: "camp residents"."""
    figure_ids: tuple[str, ...] = ()
    """The figures grouped here, each with its own claimer, outlet and quote."""
    claim_ids: tuple[str, ...] = ()
    """Non-numeric claims grouped here (category ``claim``), each with its claimer and quote."""
    low: float | None = None
    """Summary range, lowest credible value (the rule is in docs/figures.md)."""
    best: float | None = None
    """Summary best estimate."""
    high: float | None = None
    """Summary range, highest value claimed (None: unbounded)."""
    related: tuple[str, ...] = ()
    """Ids of facts this one is compatible with or bounded by (21 hospitalised within 36 injured)."""


@dataclass(frozen=True)
class Problem:
    """A source that could not be read, and why (the one-line error shown to the user)."""

    source: str
    """The path, URL or ``path#line``."""
    message: str
    """What was wrong, in one line."""


@dataclass(frozen=True)
class Versions:
    """What made the record."""

    tool: str
    """corroborate's version."""
    schema: str = SCHEMA_VERSION
    """Version of the record's JSON schema."""
    models: dict[str, str] = field(default_factory=dict)
    """Model name to version, for every model used (the NLP pipeline, the embedding model)."""


@dataclass(frozen=True)
class EventRecord:
    """The source-attributed record of one event, from all its reports."""

    id: str
    """Hash of the sorted article ids: the same articles give the same record id."""
    articles: tuple[Article, ...]
    """The reports compared."""
    versions: Versions
    """Tool, schema and model versions."""
    entities: tuple[Entity, ...] = ()
    """One per real thing across articles."""
    attributions: tuple[Attribution, ...] = ()
    """Who said what, in every article."""
    figures: tuple[Figure, ...] = ()
    """Every count, with its claimer."""
    hedges: tuple[Hedge, ...] = ()
    """What the reports mark as unverified."""
    facts: tuple[Fact, ...] = ()
    """Figures and claims grouped across articles, with verdicts."""
    claims: tuple[Claim, ...] = ()
    """The statements that claim facts group (only those: every attribution is in ``attributions``)."""
    problems: tuple[Problem, ...] = ()
    """Sources that were given but could not be read."""

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def figure(self, figure_id: str) -> Figure:
        """The figure with this id."""
        for figure in self.figures:
            if figure.id == figure_id:
                return figure
        raise KeyError(figure_id)

    def attribution(self, attribution_id: str) -> Attribution:
        """The attribution with this id."""
        for attribution in self.attributions:
            if attribution.id == attribution_id:
                return attribution
        raise KeyError(attribution_id)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, as documented by the record schema."""
        return {"schema_version": SCHEMA_VERSION, **_to_json(self)}


def _to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_json(item) for key, item in value.items()}
    return value


def record_from_dict(data: dict[str, Any]) -> EventRecord:
    """Read a record back from its JSON form (``EventRecord.to_dict()``)."""
    body = {key: value for key, value in data.items() if key != "schema_version"}
    return _from_json(EventRecord, body)


def _from_json(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _from_json(options[0], value)
    if origin is tuple:
        (item_kind, _ellipsis) = typing.get_args(kind)
        return tuple(_from_json(item_kind, item) for item in value)
    if origin is dict:
        return dict(value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        fields = _field_types(kind)
        return kind(
            **{name: _from_json(hint, value[name]) for name, hint in fields if name in value}
        )
    return value


@functools.cache
def _field_types(kind: type) -> tuple[tuple[str, Any], ...]:
    """Each dataclass field's name and resolved type (resolving is slow: done once per class)."""
    hints = typing.get_type_hints(kind)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(kind))
