"""The quality gate: the record of the two seed reports, scored against our own gold.

Floors live in tests/gold/baseline.json; they are only ever raised
(``python benchmarks/seed_gate.py --raise-floors``), never lowered.
"""

from __future__ import annotations

import json

import pytest

import corroborate
from tests.quality.scoring import BASELINE_PATH, SEEDS_DIR, load_gold, score_record, seed_paths

pytestmark = pytest.mark.skipif(
    not SEEDS_DIR.is_dir(),
    reason="../shared/seeds/ not present (it is in CI and the dev workspace)",
)


@pytest.fixture(scope="module")
def scores():
    gold = load_gold()
    record = corroborate.compare(sorted(seed_paths(gold).values()))
    return score_record(record, gold)


FLOORS = json.loads(BASELINE_PATH.read_text(encoding="utf-8"))["floors"]


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_at_or_above_floor(scores, metric):
    misses = "\n".join(scores.misses)
    assert scores.values[metric] >= FLOORS[metric], f"{metric} fell below its floor\n{misses}"
