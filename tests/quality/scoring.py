"""Score an EventRecord against the project's own gold for the seed reports (tests/gold/seeds.json).

Shared by the quality gate (tests/quality/test_seed_gate.py) and benchmarks/seed_gate.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corroborate.record import Article, EventRecord, Figure

REPO = Path(__file__).resolve().parents[2]
GOLD_PATH = REPO / "tests" / "gold" / "seeds.json"
BASELINE_PATH = REPO / "tests" / "gold" / "baseline.json"
SEEDS_DIR = REPO.parent / "shared" / "seeds"


def load_gold() -> dict[str, Any]:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def seed_paths(gold: dict[str, Any]) -> dict[str, Path]:
    return {key: SEEDS_DIR / name for key, name in gold["articles"].items()}


@dataclass
class Scores:
    """The gate's figures, each between 0 and 1."""

    values: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, hits: int, total: int) -> None:
        self.values[name] = round(hits / total, 4) if total else 1.0


def anchor_range(article: Article, anchor: str, nth: int = 1) -> tuple[int, int]:
    """Where the anchor phrase occurs in the article: its first occurrence, or its nth."""
    start = -1
    for _ in range(nth):
        start = article.text.find(anchor, start + 1)
        if start < 0:
            raise AssertionError(f"gold anchor not found in {article.source}: {anchor!r} (#{nth})")
    return start, start + len(anchor)


def _overlaps(figure: Figure, bounds: tuple[int, int]) -> bool:
    return figure.span.start < bounds[1] and bounds[0] < figure.span.end


def _value_matches(figure: Figure, gold: dict[str, Any]) -> bool:
    if "best" in gold and gold["best"] is not None:
        lo = figure.low if figure.low is not None else figure.best
        hi = figure.high if figure.high is not None else float("inf")
        if figure.best == gold["best"]:
            return True
        return lo is not None and lo <= gold["best"] <= hi and "low" not in gold
    if "low" in gold:
        return figure.low == gold["low"]
    return True


def _claimer_names(record: EventRecord, figure: Figure) -> set[str | None]:
    if figure.claimer is None:
        return {None}
    names: set[str | None] = {figure.claimer.name.lower()}
    if figure.claimer.span is not None:
        names.add(figure.claimer.span.text.lower())
    if figure.claimer.entity_id:
        entity = record.entity(figure.claimer.entity_id)
        names.update(variant.lower() for variant in entity.variants)
    return names


def score_record(record: EventRecord, gold: dict[str, Any]) -> Scores:
    scores = Scores()
    by_key: dict[str, Article] = {}
    for key, name in gold["articles"].items():
        by_key[key] = next(a for a in record.articles if Path(a.source).name == name)

    # Figures: a gold figure is found when an extracted figure overlaps its anchor with the same
    # category, value and polarity.
    found: dict[str, Figure] = {}
    matched_ids: set[str] = set()
    optional_ids: set[str] = set()
    for item in gold["figures"]:
        article = by_key[item["article"]]
        bounds = anchor_range(article, item["anchor"], item.get("nth", 1))
        candidates = [
            f
            for f in record.figures
            if f.article_id == article.id
            and _overlaps(f, bounds)
            and f.category == item["category"]
            and f.polarity == item.get("polarity", "asserted")
            and _value_matches(f, item)
        ]
        if candidates:
            found[item["id"]] = candidates[0]
            (optional_ids if item.get("optional") else matched_ids).update(f.id for f in candidates)
        elif not item.get("optional"):
            scores.misses.append(f"figure not found: {item['id']} ({item['anchor']!r})")
    required = [item for item in gold["figures"] if not item.get("optional")]
    scores.add("figure_recall", sum(item["id"] in found for item in required), len(required))

    # Precision: extracted figures that match a required gold figure, over all extracted figures
    # in the gold articles except those that match only an optional one (optional figures count
    # neither for nor against).
    seed_ids = {a.id for a in by_key.values()}
    extracted = [
        f
        for f in record.figures
        if f.article_id in seed_ids and (f.id in matched_ids or f.id not in optional_ids)
    ]
    scores.add("figure_precision", sum(f.id in matched_ids for f in extracted), len(extracted))
    for f in extracted:
        if f.id not in matched_ids:
            scores.misses.append(
                f"extra figure: {f.span.text!r} as {f.category} in {f.sentence.text[:60]!r}"
            )

    # Qualifiers and claimers of the figures found.
    qualified = [i for i in required if i["id"] in found and "qualifier" in i]
    scores.add(
        "qualifier_accuracy",
        sum(
            (
                (found[i["id"]].qualifier or None) is not None
                and i["qualifier"] is not None
                and found[i["id"]].qualifier.lower() == i["qualifier"]
            )
            or (found[i["id"]].qualifier is None and i["qualifier"] is None)
            for i in qualified
        ),
        len(qualified),
    )
    claimed = [i for i in required if i["id"] in found]
    claimer_hits = 0
    for item in claimed:
        want = {name.lower() if name else None for name in item["claimers"]}
        got = _claimer_names(record, found[item["id"]])
        if want & got:
            claimer_hits += 1
        else:
            scores.misses.append(
                f"claimer of {item['id']}: got {sorted(map(str, got))}, want {item['claimers']}"
            )
    scores.add("claimer_accuracy", claimer_hits, len(claimed))

    # Not figures.
    false_hits = 0
    for item in gold["not_figures"]:
        article = by_key[item["article"]]
        bounds = anchor_range(article, item["anchor"], item.get("nth", 1))
        if any(f.article_id == article.id and _overlaps(f, bounds) for f in record.figures):
            false_hits += 1
            scores.misses.append(f"not a figure, but extracted: {item['anchor']!r}")
    scores.add(
        "non_figures_rejected", len(gold["not_figures"]) - false_hits, len(gold["not_figures"])
    )

    # Entities: merges and guards.
    def entity_of(name: str) -> set[str]:
        return {e.id for e in record.entities if name.lower() in {v.lower() for v in e.variants}}

    merges = gold["entities"]["merge"]
    merge_hits = 0
    for group in merges:
        ids = [entity_of(name) for name in group]
        if all(ids) and set.intersection(*ids):
            merge_hits += 1
        else:
            scores.misses.append(f"entities not merged: {group}")
    scores.add("entity_merges", merge_hits, len(merges))
    apart = gold["entities"]["apart"]
    apart_hits = 0
    for first, second in apart:
        if not (entity_of(first) & entity_of(second)):
            apart_hits += 1
        else:
            scores.misses.append(f"false merge: {first} / {second}")
    scores.add("entity_guards", apart_hits, len(apart))

    # Facts: a gold fact is found when one record fact holds most of its members and none of
    # another gold fact's; its verdict is right when the status (and conflict kind) match.
    fact_of_figure = {fid: fact for fact in record.facts for fid in fact.figure_ids}
    member_owner = {m: i for i, fact in enumerate(gold["facts"]) for m in fact["members"]}
    fact_hits = verdict_hits = 0
    for index, item in enumerate(gold["facts"]):
        members = [found[m] for m in item["members"] if m in found]
        facts = [fact_of_figure.get(f.id) for f in members]
        facts = [f for f in facts if f is not None]
        if not facts:
            scores.misses.append(f"fact not found: {item['label']}")
            continue
        best = max(set(facts), key=facts.count)
        grouped = facts.count(best)
        foreign = [
            gid
            for gid, figure in found.items()
            if figure.id in best.figure_ids and member_owner.get(gid, index) != index
        ]
        if grouped * 3 < len(item["members"]) * 2 or foreign:
            scores.misses.append(f"fact grouped wrongly: {item['label']} (foreign: {foreign})")
            continue
        fact_hits += 1
        statuses = {item["status"], *item.get("also_status", [])}
        kinds = set(item.get("conflict", []))
        if best.verdict.status in statuses and (
            best.verdict.status != "conflict" or not kinds or best.verdict.conflict in kinds
        ):
            verdict_hits += 1
        else:
            scores.misses.append(
                f"verdict of {item['label']}: got {best.verdict.status}/{best.verdict.conflict}, "
                f"want {sorted(statuses)}/{sorted(kinds)}"
            )
    scores.add("fact_recall", fact_hits, len(gold["facts"]))
    scores.add("verdict_accuracy", verdict_hits, len(gold["facts"]))

    # Hedges.
    hedge_hits = 0
    for item in gold["hedges"]:
        article = by_key[item["article"]]
        start, end = anchor_range(article, item["anchor"])
        if any(
            h.article_id == article.id and h.cue.start < end and start < h.cue.end
            for h in record.hedges
        ):
            hedge_hits += 1
        else:
            scores.misses.append(f"hedge not found: {item['anchor']!r}")
    scores.add("hedge_recall", hedge_hits, len(gold["hedges"]))

    # Outlets and dates.
    meta_hits = meta_total = 0
    for key, outlet in gold["outlets"].items():
        meta_total += 1
        meta_hits += by_key[key].outlet == outlet
    for key, date in gold["published"].items():
        meta_total += 1
        meta_hits += by_key[key].published == date
    scores.add("metadata", meta_hits, meta_total)
    return scores
