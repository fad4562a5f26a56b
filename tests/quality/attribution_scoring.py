"""Score a record's attributions against the project's own gold for the seed reports.

The gold is tests/gold/seed_attributions.json (the developers' reading of every attribution in
the two seed reports, anchors only). Shared by the gate (tests/quality/test_seed_attributions.py)
and benchmarks/seed_attributions.py. Matching, one system attribution per gold one:

* a gold attribution with a cue is found by a system attribution in the same article whose cue
  overlaps the gold cue anchor (when several do, the one whose content overlaps the gold content
  most); one with no cue (a quotation that continues a speaker) by content overlap;
* required gold attributions are matched first, optional ones after; a system attribution that
  matches only an optional one counts neither for nor against precision.

Metrics, each between 0 and 1 (the found ones are the required gold attributions matched):
``recall``, ``precision``, ``source_accuracy`` (the claimer's span overlaps the gold source; no
span when the gold has no source), ``claimer_accuracy`` (the claimer's name, source text or
entity variants hold a gold name), ``pronoun_claimer_accuracy`` (the same, for sources that are
pronouns or descriptions of a named party: "it", "he", "the group", "the minister"),
``kind_accuracy``, ``content_f1`` (mean token F1 of the contents) and ``right_claimer_share``
(required gold attributions found with the right claimer, over all of them: the issue's
"every attribution carries the right claimer").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corroborate.record import Article, Attribution, EventRecord
from tests.quality.scoring import REPO

ATTRIBUTION_GOLD_PATH = REPO / "tests" / "gold" / "seed_attributions.json"
ATTRIBUTION_BASELINE_PATH = REPO / "tests" / "gold" / "seed_attributions_baseline.json"
ANAPHORIC_SOURCES = frozenset({"pronoun", "anaphor"})
"""Gold source types whose claimer has to be resolved to the party they refer to."""
WORDS_SHOWN = 6
"""Words of seed text a miss line shows at most (the seeds' text is not copied into results)."""


def load_attribution_gold() -> dict[str, Any]:
    """The gold attributions of the seed reports."""
    return json.loads(ATTRIBUTION_GOLD_PATH.read_text(encoding="utf-8"))


@dataclass
class AttributionScores:
    """The figures, the misses by gold id, and one row per gold attribution."""

    values: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, name: str, hits: float, total: int) -> None:
        self.values[name] = round(hits / total, 4) if total else 1.0


@dataclass(frozen=True)
class _Located:
    """A gold attribution's anchors as character ranges of its article."""

    item: dict[str, Any]
    article: Article
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    content: tuple[int, int]


def _occurrences(text: str, phrase: str) -> list[int]:
    starts, at = [], text.find(phrase)
    while at >= 0:
        starts.append(at)
        at = text.find(phrase, at + 1)
    return starts


def _nth_range(article: Article, phrase: str, nth: int) -> tuple[int, int]:
    starts = _occurrences(article.text, phrase)
    if len(starts) < nth:
        raise AssertionError(f"gold anchor not found in {article.source}: {phrase!r} (#{nth})")
    return starts[nth - 1], starts[nth - 1] + len(phrase)


def _nearest_range(article: Article, phrase: str, near: int) -> tuple[int, int]:
    starts = _occurrences(article.text, phrase)
    if not starts:
        raise AssertionError(f"gold anchor not found in {article.source}: {phrase!r}")
    start = min(starts, key=lambda s: (abs(s - near), s))
    return start, start + len(phrase)


def _locate(item: dict[str, Any], article: Article) -> _Located:
    cue = None
    if item["cue"] is not None:
        cue = _nth_range(article, item["cue"], item.get("nth", 1))
    near = cue[0] if cue else 0
    start = _nearest_range(article, item["content_start"], near)[0]
    ends = [s for s in _occurrences(article.text, item["content_end"]) if s >= start]
    if not ends:
        raise AssertionError(f"gold content end not found: {item['content_end']!r}")
    content = (start, ends[0] + len(item["content_end"]))
    source = None
    if item["source"] is not None:
        source = _nearest_range(article, item["source"], near)
    return _Located(item, article, cue, source, content)


def _overlaps(first: tuple[int, int] | None, second: tuple[int, int] | None) -> bool:
    return (
        first is not None and second is not None and first[0] < second[1] and second[0] < first[1]
    )


def _bounds(attribution_span: Any) -> tuple[int, int] | None:
    return None if attribution_span is None else (attribution_span.start, attribution_span.end)


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def token_f1(got: str, want: str) -> float:
    """Token F1 of two texts (words, case-folded, counted with repeats)."""
    got_tokens, want_tokens = _tokens(got), _tokens(want)
    common = sum((got_tokens & want_tokens).values())
    if not common:
        return 0.0
    precision = common / sum(got_tokens.values())
    recall = common / sum(want_tokens.values())
    return 2 * precision * recall / (precision + recall)


def _content_f1(attribution: Attribution, located: _Located) -> float:
    start, end = located.content
    return token_f1(attribution.content.text, located.article.text[start:end])


def _shown(text: str | None) -> str:
    if text is None:
        return "None"
    words = text.split()
    return " ".join(words[:WORDS_SHOWN]) + (" ..." if len(words) > WORDS_SHOWN else "")


def claimer_names(record: EventRecord, attribution: Attribution) -> set[str | None]:
    """Every name the attribution's claimer answers to, lower-cased ({None}: no claimer)."""
    claimer = attribution.claimer
    if claimer is None:
        return {None}
    names: set[str | None] = {claimer.name.lower()}
    if claimer.span is not None:
        names.add(claimer.span.text.lower())
    if claimer.entity_id:
        names.update(variant.lower() for variant in record.entity(claimer.entity_id).variants)
    return names


def _match(located: _Located, candidates: list[Attribution], taken: set[str]) -> Attribution | None:
    """The free system attribution that best answers a gold one, if any."""
    if located.cue is not None:
        pool = [a for a in candidates if _overlaps(_bounds(a.cue), located.cue)]
    else:
        pool = [a for a in candidates if _overlaps(_bounds(a.content), located.content)]
    pool = [a for a in pool if a.id not in taken]
    if not pool:
        return None
    return max(pool, key=lambda a: (_content_f1(a, located), a.cue is None))


def score_attributions(record: EventRecord, gold: dict[str, Any]) -> AttributionScores:
    """Score ``record.attributions`` on the seed reports against the gold attributions."""
    scores = AttributionScores()
    by_key = {
        key: next(a for a in record.articles if Path(a.source).name == name)
        for key, name in gold["articles"].items()
    }
    seed_ids = {article.id for article in by_key.values()}
    system = [a for a in record.attributions if a.article_id in seed_ids]
    located = [_locate(item, by_key[item["article"]]) for item in gold["attributions"]]
    required = [g for g in located if not g.item.get("optional")]
    optional = [g for g in located if g.item.get("optional")]

    found: dict[str, Attribution] = {}
    taken: set[str] = set()
    # Gold with a cue first (a cue is the surest anchor), required before optional.
    for group in (required, optional):
        for gold_item in sorted(group, key=lambda g: g.cue is None):
            in_article = [a for a in system if a.article_id == gold_item.article.id]
            match = _match(gold_item, in_article, taken)
            if match is not None:
                found[gold_item.item["id"]] = match
                taken.add(match.id)
    optional_ids = {found[g.item["id"]].id for g in optional if g.item["id"] in found}
    required_ids = {found[g.item["id"]].id for g in required if g.item["id"] in found}

    matched = [g for g in required if g.item["id"] in found]
    scores.add("recall", len(matched), len(required))
    counted = [a for a in system if a.id not in optional_ids]
    scores.add("precision", sum(a.id in required_ids for a in counted), len(counted))

    source_hits = claimer_hits = anaphor_hits = kind_hits = 0
    content_total = 0.0
    for gold_item in required:
        item = gold_item.item
        ident = item["id"]
        row: dict[str, Any] = {"id": ident, "found": ident in found}
        scores.rows.append(row)
        if ident not in found:
            scores.misses.append(f"not found: {ident} (cue {item['cue']!r})")
            continue
        got = found[ident]
        claimer_span = got.claimer.span if got.claimer else None
        source_right = (
            claimer_span is None
            if gold_item.source is None
            else _overlaps(_bounds(claimer_span), gold_item.source)
        )
        want = {name.lower() if name else None for name in item["claimers"]}
        names = claimer_names(record, got)
        claimer_right = bool(want & names)
        kind_right = got.kind == item["kind"]
        content = _content_f1(got, gold_item)
        row.update(
            source=source_right,
            claimer=claimer_right,
            kind=kind_right,
            content_f1=round(content, 3),
        )
        source_hits += source_right
        claimer_hits += claimer_right
        anaphor_hits += claimer_right and item["source_type"] in ANAPHORIC_SOURCES
        kind_hits += kind_right
        content_total += content
        if not source_right:
            scores.misses.append(
                f"source of {ident}: got {_shown(claimer_span.text if claimer_span else None)!r},"
                f" want {_shown(item['source'])!r}"
            )
        if not claimer_right:
            got_names = sorted(_shown(n) for n in names)
            scores.misses.append(f"claimer of {ident}: got {got_names}, want {item['claimers']}")
        if not kind_right:
            scores.misses.append(f"kind of {ident}: got {got.kind}, want {item['kind']}")
        if content < 0.5:
            scores.misses.append(
                f"content of {ident}: token F1 {content:.2f}, got {_shown(got.content.text)!r}"
            )
    anaphoric = [g for g in matched if g.item["source_type"] in ANAPHORIC_SOURCES]
    scores.add("source_accuracy", source_hits, len(matched))
    scores.add("claimer_accuracy", claimer_hits, len(matched))
    scores.add("pronoun_claimer_accuracy", anaphor_hits, len(anaphoric))
    scores.add("kind_accuracy", kind_hits, len(matched))
    scores.add("content_f1", content_total, len(matched))
    scores.add("right_claimer_share", claimer_hits, len(required))
    for attribution in counted:
        if attribution.id not in required_ids:
            cue = attribution.cue.text if attribution.cue else None
            scores.misses.append(
                f"extra attribution: cue {cue!r}, content {_shown(attribution.content.text)!r}"
            )
    return scores
