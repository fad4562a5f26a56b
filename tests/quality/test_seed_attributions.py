"""The attribution gate: who said what in the two seed reports, scored against our own gold.

Gold: tests/gold/seed_attributions.json. Floors: tests/gold/seed_attributions_baseline.json,
only ever raised (``python benchmarks/seed_attributions.py --raise-floors``), never lowered.
"""

from __future__ import annotations

import json

import pytest

import corroborate
from tests.quality.attribution_scoring import (
    ATTRIBUTION_BASELINE_PATH,
    load_attribution_gold,
    score_attributions,
    token_f1,
)
from tests.quality.scoring import SEEDS_DIR, seed_paths

FLOORS = json.loads(ATTRIBUTION_BASELINE_PATH.read_text(encoding="utf-8"))["floors"]

needs_seeds = pytest.mark.skipif(
    not SEEDS_DIR.is_dir(),
    reason="../shared/seeds/ not present: the seed reports are third-party text kept outside the "
    "repository (they are in CI and the dev workspace)",
)


@pytest.fixture(scope="module")
def scores():
    gold = load_attribution_gold()
    record = corroborate.compare(sorted(seed_paths(gold).values()))
    return score_attributions(record, gold)


@needs_seeds
@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_at_or_above_floor(scores, metric):
    misses = "\n".join(scores.misses)
    assert scores.values[metric] >= FLOORS[metric], f"{metric} fell below its floor\n{misses}"


def test_every_metric_has_a_floor():
    assert set(FLOORS) == {
        "recall",
        "precision",
        "source_accuracy",
        "claimer_accuracy",
        "pronoun_claimer_accuracy",
        "kind_accuracy",
        "content_f1",
        "right_claimer_share",
    }


def test_gold_is_anchors_only():
    """The gold locates attributions by a few words each, never by whole sentences."""
    gold = load_attribution_gold()
    for item in gold["attributions"]:
        for key in ("cue", "content_start", "content_end"):
            assert item[key] is None or len(item[key].split()) <= 6, (item["id"], key)
        assert item["kind"] in {"direct", "indirect", "mixed", "according_to", "denial", "dispute"}


def test_token_f1_counts_shared_words():
    assert token_f1("the ferry is late", "The ferry is late.") == 1.0
    assert token_f1("the ferry", "a bus") == 0.0
    assert token_f1("ferry late", "the ferry is late") == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def _invented_record():
    """An invented two-attribution report, read by hand, with one wrong claimer."""
    from corroborate.record import Article, Attribution, Claimer, Entity, EventRecord, Versions

    text = (
        "The Harbour Union says that two ferries sank. “We were not warned,” it said. "
        "Velmar allegedly closed the quay."
    )
    article = Article(id="a1", text=text, source="/nowhere/harbour.txt")

    def span(phrase: str):
        start = text.index(phrase)
        return article.span(start, start + len(phrase))

    union = Entity("e1", "ORG", "Harbour Union", ("Harbour Union",), (span("Harbour Union"),))
    velmar = Entity("e2", "GPE", "Velmar", ("Velmar",), (span("Velmar"),))
    says = Attribution(
        "a1-1",
        "a1",
        "indirect",
        span("that two ferries sank"),
        cue=span("says"),
        claimer=Claimer("Harbour Union", "entity", span("The Harbour Union"), entity_id="e1"),
    )
    said = Attribution(
        "a1-2",
        "a1",
        "direct",
        span("“We were not warned,”"),
        cue=span("said"),
        claimer=Claimer("Velmar", "pronoun", span("it"), entity_id="e2"),
    )
    return EventRecord(
        "r1", (article,), Versions(tool="test"), entities=(union, velmar), attributions=(says, said)
    )


def _invented_gold():
    def item(ident, cue, source, source_type, kind, start, end, **extra):
        return {
            "id": ident,
            "article": "x",
            "cue": cue,
            "source": source,
            "source_type": source_type,
            "claimers": ["Harbour Union"],
            "kind": kind,
            "content_start": start,
            "content_end": end,
            **extra,
        }

    return {
        "articles": {"x": "harbour.txt"},
        "attributions": [
            item(
                "says", "says", "The Harbour Union", "name", "indirect", "that two", "ferries sank"
            ),
            item("it-said", "said", "it", "pronoun", "direct", "We were not", "not warned"),
            item(
                "allegedly",
                "allegedly",
                None,
                "none",
                "indirect",
                "closed",
                "the quay",
                optional=True,
            ),
        ],
    }


def test_scorer_counts_a_pronoun_resolved_to_the_wrong_party():
    scores = score_attributions(_invented_record(), _invented_gold())
    assert scores.values["recall"] == 1.0
    assert scores.values["precision"] == 1.0
    assert scores.values["claimer_accuracy"] == 0.5
    assert scores.values["pronoun_claimer_accuracy"] == 0.0
    assert scores.values["source_accuracy"] == 1.0
    assert any(miss.startswith("claimer of it-said") for miss in scores.misses)
