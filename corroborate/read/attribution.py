"""Who said what: source, cue and content of every attribution in one article.

Reads: the article, its Doc and its mentions. Adds: Attribution spans with a resolved Claimer.

Cues come from the lexicon in :mod:`corroborate.read.cues` and need no parse. Around each cue:

* the source is the noun phrase before the cue ("The FMW says"), after it when the cue follows
  a quote or a comma ("..., said the FMW"), the object of "according to", the subject of the
  clause for "saying ...", or the source of the cue it is coordinated with ("denied ... and said");
  with a dependency parse, the cue verb's subject is used when there is one;
* the content is the quote before the cue (a quote may run over several sentences and
  paragraphs), the clause before the comma ("..., Mr Okafor said."), or the clause after the
  cue ("says that ...", "told Fox News Digital that ...", "called the raid ...");
* a quote paragraph with no cue of its own continues the previous direct quote's speaker.

Claimers are resolved by :mod:`corroborate.read.coref`.

This module runs the readers and puts their findings together; each shape lives in its own
module: :mod:`~corroborate.read.quotes`, :mod:`~corroborate.read.reported_speech` (with
:mod:`~corroborate.read.cue_filters`, :mod:`~corroborate.read.source_phrases`,
:mod:`~corroborate.read.noun_phrases` and :mod:`~corroborate.read.content_spans`),
:mod:`~corroborate.read.according_to`, :mod:`~corroborate.read.quoted_as_saying`,
:mod:`~corroborate.read.colon_attributions` and :mod:`~corroborate.read.via_outlets`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from corroborate.errors import BinarySourceError, EmptySourceError, SourceError
from corroborate.read.according_to import according_to_attribution, in_a_poll_attribution
from corroborate.read.asked_questions import asked_question, opening_participle
from corroborate.read.colon_attributions import headline_colons, name_colon_quotes
from corroborate.read.content_spans import dash_asides
from corroborate.read.coref import Referent, resolve_claimer
from corroborate.read.cue_filters import (
    headline_verb,
    plausible_cue,
    stance_cue,
    stance_object_cue,
    stance_particle_cue,
)
from corroborate.read.cues import (
    REPORTING_VERBS,
    STANCE_CLAUSE_VERBS,
    STANCE_INFINITIVE_VERBS,
    STANCE_OBJECT_VERBS,
    STANCE_PARTICLE_VERBS,
    STANCE_PARTICLES,
    ReportingVerb,
)
from corroborate.read.expectations import expected_outcome
from corroborate.read.found_attribution import FoundAttribution
from corroborate.read.interrupted_content import interrupted_pieces
from corroborate.read.quoted_as_saying import quoted_as_saying
from corroborate.read.quotes import find_quotes, quote_at
from corroborate.read.reported_speech import around_reporting_verb
from corroborate.read.sentences import sentence_of
from corroborate.read.via_outlets import strip_text_via_prefix, via_outlet
from corroborate.record import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    Claimer,
    Mention,
    Span,
)

__all__ = [
    "AttributionReading",
    "attributions_of_file",
    "find_quotes",
    "read_attribution_details",
    "read_attributions",
    "sentence_of",
]


@dataclass(frozen=True)
class AttributionReading:
    """An attribution as read (kept for callers of :func:`read_attribution_details`)."""

    attribution: Attribution
    """The attribution as it goes into the record; its ``via`` is filled in."""
    via: Span | None = None
    """The same span as ``attribution.via``: the outlet that first carried the words ("first
    reported by Radio Meridian"); the claimer stays the speaker."""


def read_attributions(
    article: Article, doc: Doc, mentions: tuple[Mention, ...]
) -> tuple[Attribution, ...]:
    """Every attribution in the readable blocks of the article."""
    return tuple(
        reading.attribution for reading in read_attribution_details(article, doc, mentions)
    )


def read_attribution_details(
    article: Article, doc: Doc, mentions: Sequence[Mention]
) -> tuple[AttributionReading, ...]:
    """Every attribution, with the outlet each was first carried by when the report says so."""
    text = article.text
    quotes = find_quotes(text)
    found = _find_cues(article, doc, quotes)
    _clip_coordinated(text, found)
    found.extend(interrupted_pieces(doc, found, quotes))
    found.sort(
        key=lambda item: (item.content[0] if item.content else item.cue_start, item.cue_start)
    )
    readings: list[AttributionReading] = []
    referents: list[Referent] = []
    previous_claimer: dict[tuple[int, int], Referent] = {}
    for item in sorted(found, key=lambda f: f.cue_start):
        if item.content is None:
            continue
        claimer = None
        if item.source is not None:
            if item.source in previous_claimer:
                referent = previous_claimer[item.source]
            else:
                referent = _resolve(article, item.source, mentions, referents)
                governing = _governing_subject(doc, item.source)
                if governing is not None and referent.claimer.kind == "pronoun":
                    referent = _taken_up(article, item.source, governing, mentions, referents)
                previous_claimer[item.source] = referent
                referents.append(referent)
            claimer = referent.claimer
        kind = _kind(text, item, quotes)
        content = article.span(*item.content)
        cue = article.span(item.cue_start, item.cue_end)
        via = via_outlet(article, item)
        readings.append(
            AttributionReading(
                Attribution(
                    f"{article.id}-a{len(readings) + 1}",
                    article.id,
                    kind,
                    content,
                    cue,
                    claimer,
                    via=via,
                ),
                via=via,
            )
        )
    readings.extend(_continued_quotes(article, quotes, readings, len(readings)))
    readings = [
        r for r in readings if r.attribution.claimer is not None or not _nested(r, readings)
    ]
    readings.sort(key=lambda r: (r.attribution.content.start, r.attribution.content.end))
    return tuple(
        AttributionReading(
            Attribution(
                f"{article.id}-a{n}",
                r.attribution.article_id,
                r.attribution.kind,
                r.attribution.content,
                r.attribution.cue,
                r.attribution.claimer,
                via=r.attribution.via,
            ),
            via=r.attribution.via,
        )
        for n, r in enumerate(readings, start=1)
    )


def attributions_of_file(path: str) -> list[dict[str, object]]:
    """Who said what in a UTF-8 text file, with character offsets into the text as read.

    Each item is ``{"source", "cue", "content", "kind", "claimer", "via"}`` where source, cue,
    content and via are ``{"start", "end", "text"}`` or None, and claimer is the resolved name.
    Raises a :class:`~corroborate.errors.SourceError` when the file is missing, binary or empty.
    """
    from corroborate.ingest.text import article_from_text
    from corroborate.nlp import load_pipeline
    from corroborate.read.mentions import read_mentions

    text = _read_text(path)
    read = article_from_text(text, path)
    shift = len(text) - len(read.text)
    blocks = tuple(Block(b.kind, b.start + shift, b.end + shift) for b in read.blocks)
    article = Article(id=read.id, text=text, source=path, outlet=read.outlet, blocks=blocks)
    doc = load_pipeline()(text)
    mentions = read_mentions(article, doc)
    return [_as_dict(reading) for reading in read_attribution_details(article, doc, mentions)]


def _read_text(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise SourceError(path, f"cannot read file ({error.strerror or error})") from None
    if b"\x00" in raw[:4096]:
        raise BinarySourceError(path, "binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BinarySourceError(path, f"not valid UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise EmptySourceError(path, "empty file")
    return text


def _as_dict(reading: AttributionReading) -> dict[str, object]:
    attribution = reading.attribution
    claimer = attribution.claimer

    def offsets(span: Span | None) -> dict[str, object] | None:
        return None if span is None else {"start": span.start, "end": span.end, "text": span.text}

    return {
        "source": offsets(claimer.span if claimer else None),
        "cue": offsets(attribution.cue),
        "content": offsets(attribution.content),
        "kind": attribution.kind,
        "claimer": None
        if claimer is None
        else {
            "name": claimer.name,
            "kind": claimer.kind,
            "antecedent": offsets(claimer.antecedent),
        },
        "via": offsets(attribution.via),
    }


def _find_cues(
    article: Article, doc: Doc, quotes: Sequence[tuple[int, int]]
) -> list[FoundAttribution]:
    found: list[FoundAttribution] = headline_colons(article, doc) + name_colon_quotes(
        article, quotes
    )
    for token in doc:
        if not article.is_readable(token.idx):
            continue
        lowered = token.text.lower()
        inside = quote_at(quotes, token.idx)
        if inside is not None:
            continue
        if lowered == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            item = according_to_attribution(doc, token, quotes)
            if item is not None:
                found.append(item)
            continue
        poll = in_a_poll_attribution(doc, token)
        if poll is not None:
            found.append(poll)
            continue
        question = asked_question(doc, token, quotes)
        if question is not None:
            found.append(question)
            continue
        opening = opening_participle(doc, token)
        if opening is not None:
            found.append(opening)
            continue
        expected = expected_outcome(doc, token)
        if expected:
            found.extend(expected)
            continue
        verb = REPORTING_VERBS.get(lowered)
        if token.text == lowered:
            stance = _stance_verb(token, lowered, lexicon=verb is not None)
            if stance is not None:
                block = article.block_at(token.idx)
                item = around_reporting_verb(
                    doc, token, stance, quotes, found, block_start=block.start if block else 0
                )
                if item is not None:
                    found.append(item)
                continue
        if verb is None or (token.text != lowered and not headline_verb(doc, token)):
            continue
        if lowered in {"saying", "said"}:
            quoted = quoted_as_saying(doc, token, quotes)
            if quoted is not None:
                found.append(quoted)
                continue
        if not plausible_cue(doc, token, verb):
            continue
        block = article.block_at(token.idx)
        item = around_reporting_verb(
            doc, token, verb, quotes, found, block_start=block.start if block else 0
        )
        if item is not None:
            found.append(item)
    return found


def _stance_verb(token: Token, lowered: str, *, lexicon: bool) -> ReportingVerb | None:
    """The verb of thought or stance at ``token`` when it is a cue in its frame (round 10)."""
    particle_verb = STANCE_PARTICLE_VERBS.get(lowered)
    if particle_verb is not None and stance_particle_cue(
        token, STANCE_PARTICLES[particle_verb.lemma]
    ):
        return particle_verb
    if lexicon:
        return None
    clause_verb = STANCE_CLAUSE_VERBS.get(lowered)
    if clause_verb is not None and stance_cue(token, infinitive=False):
        return clause_verb
    object_verb = STANCE_OBJECT_VERBS.get(lowered)
    if object_verb is not None and stance_object_cue(token):
        return object_verb
    infinitive_verb = STANCE_INFINITIVE_VERBS.get(lowered)
    if infinitive_verb is not None and stance_cue(token, infinitive=True):
        return infinitive_verb
    return None


def _clip_coordinated(text: str, found: list[FoundAttribution]) -> None:
    """End a reported clause where a coordinated cue begins ("denied X and said Y")."""
    for item in found:
        if not item.content_after or item.content is None:
            continue
        for other in found:
            if (
                other is item
                or other.sentence_start != item.sentence_start
                or not other.coordinated
            ):
                continue
            if item.content[0] < other.cue_start < item.content[1]:
                item.content = (
                    item.content[0],
                    _rstrip_words(text, item.content[0], other.cue_start),
                )


_TRAILING_LINKS = re.compile(
    r"(?:[\s,]+(?:and|but|or|has|have|had|also|was|were|is|are|then))*[\s,]*$"
)


def _rstrip_words(text: str, start: int, end: int) -> int:
    """Drop the conjunction and auxiliaries left at the end of a clipped clause."""
    match = _TRAILING_LINKS.search(text, start, end)
    return match.start() if match and match.start() > start else end


def _kind(text: str, item: FoundAttribution, quotes: Sequence[tuple[int, int]]) -> AttributionKind:
    if item.verb is None and not item.colon:
        return "according_to"
    negated = any(
        word in {"not", "n't", "never"} for word in text[item.cue_start : item.cue_end].split()
    )
    if item.verb is not None and item.verb.kind == "deny" and not negated:
        return "denial"
    if item.verb is not None and item.verb.kind == "dispute":
        return "dispute"
    assert item.content is not None
    start, end = item.content
    if (start, end) in quotes:
        return "direct"
    # A quotation inside the writer's aside ("– which was granted “candidate status” –") does not
    # make the speaker's words a mixed quotation.
    asides = dash_asides(text[start:end])
    content = "".join(
        character
        for offset, character in enumerate(text[start:end])
        if not any(aside_start <= offset < aside_end for aside_start, aside_end in asides)
    )
    if any(mark in content for mark in ("“", "”", '"', "''", "‘")) or content.startswith("'"):
        return "mixed"
    return "indirect"


def _resolve(
    article: Article,
    source: tuple[int, int],
    mentions: Sequence[Mention],
    referents: list[Referent],
) -> Referent:
    span = article.span(*source)
    stripped = strip_text_via_prefix(span.text)
    if stripped != span.text:
        span = article.span(source[0] + len(span.text) - len(stripped), source[1])
    return resolve_claimer(article, span, mentions, referents)


# Rule (round 8): "it" or "they" as the subject of a free relative ("with Velmar vowing to punish
# Kelan for what it called “an attack”") is the subject of the clause the relative hangs on
# (Velmar), found in the parse, before any earlier claimer or mention.

_RELATIVE_PRONOUNS = frozenset({"it", "they"})


def _governing_subject(doc: Doc, source: tuple[int, int]) -> tuple[int, int] | None:
    """The character span of the subject of the clause that a free relative ("what it called")
    hangs on, when the source is the relative's pronoun subject."""
    if not doc.has_annotation("DEP"):
        return None
    tokens = doc.char_span(source[0], source[1])
    if tokens is None or len(tokens) != 1 or tokens[0].lower_ not in _RELATIVE_PRONOUNS:
        return None
    pronoun = tokens[0]
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or not verb.dep_.startswith("acl") or verb.head.tag_ != "WP":
        return None
    node = verb.head.head
    for _ in range(6):
        subjects = [
            child
            for child in node.children
            if child.dep_ == "nsubj" and child.pos_ in {"PROPN", "NOUN"}
        ]
        if subjects:
            subject = subjects[0]
            first = min(
                (t.i for t in subject.subtree if t.i <= subject.i and t.dep_ != "punct"),
                default=subject.i,
            )
            return (doc[first].idx, subject.idx + len(subject.text))
        if node.head is node or node.dep_ in {"ROOT", "parataxis"} or node.sent != pronoun.sent:
            return None
        node = node.head
    return None


def _taken_up(
    article: Article,
    source: tuple[int, int],
    governing: tuple[int, int],
    mentions: Sequence[Mention],
    referents: Sequence[Referent],
) -> Referent:
    """The pronoun at ``source`` resolved to the subject at ``governing``."""
    found = resolve_claimer(article, article.span(*governing), mentions, referents)
    span = article.span(*source)
    claimer = Claimer(
        found.claimer.name,
        "pronoun",
        span,
        antecedent=found.claimer.antecedent or found.named_at or article.span(*governing),
    )
    return Referent(claimer, found.label, found.description, found.named_at)


def _continued_quotes(
    article: Article,
    quotes: Sequence[tuple[int, int]],
    readings: Sequence[AttributionReading],
    counter: int,
) -> list[AttributionReading]:
    """Quotes with no cue of their own that open a sentence right after a direct quote, or that a
    reported clause ending with a colon introduces: the same speaker goes on."""
    text = article.text
    covered = [(r.attribution.content.start, r.attribution.content.end) for r in readings]
    added: list[AttributionReading] = []
    ordered = sorted(readings, key=lambda r: r.attribution.content.start)
    for start, end in quotes:
        if any(s <= start < e for s, e in covered) or not article.is_readable(start):
            continue
        if len(text[start:end].split()) < 4:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        preceding = text[line_start:start].strip()
        if preceding and not preceding.endswith((".", "!", "?", "”", '"', ":")):
            continue
        previous = [r for r in ordered if r.attribution.content.end <= start and not _aside(r)]
        previous += [a for a in added if a.attribution.content.end <= start]
        previous.sort(key=lambda r: r.attribution.content.end)
        if not previous:
            continue
        last = previous[-1]
        gap = text[last.attribution.content.end : start]
        # "X says the ferry came back:⏎“It drove ...”": the clause a colon ends introduces the
        # quotation after it, whatever its own kind.
        colon_introduced = gap.strip() == ":"
        if preceding.endswith(":") and not colon_introduced:
            continue
        if (
            (last.attribution.kind not in {"direct", "mixed"} and not colon_introduced)
            or gap.count("\n") > 4
            or len(gap) > 400
        ):
            continue
        if last.attribution.claimer is None:
            continue
        counter += 1
        added.append(
            AttributionReading(
                Attribution(
                    f"{article.id}-a{counter}",
                    article.id,
                    "direct",
                    article.span(start, end),
                    None,
                    last.attribution.claimer,
                    via=last.attribution.via,
                ),
                via=last.attribution.via,
            )
        )
    return added


def _aside(reading: AttributionReading) -> bool:
    """Whether the reading is an aside to a speaker's words: a question put to someone ("when
    asked about ...") or what the speaker referred to (", referring to the levy"); a quotation after
    it goes on with the speaker before it."""
    cue = reading.attribution.cue
    if cue is None:
        return False
    lowered = cue.text.lower()
    if reading.attribution.claimer is None and lowered.startswith("asked"):
        return True
    return lowered.endswith(("referring to", "referring"))


def _nested(reading: AttributionReading, readings: Sequence[AttributionReading]) -> bool:
    content = reading.attribution.content
    return any(
        other is not reading
        and other.attribution.content.start <= content.start
        and content.end <= other.attribution.content.end
        for other in readings
    )
