"""Score the attributions `compare` finds in the two seed reports against tests/gold/seed_attributions.json.

    .venv/bin/python benchmarks/seed_attributions.py                 # scores next to the floors
    .venv/bin/python benchmarks/seed_attributions.py --raise-floors  # raise floors to today's

Floors in tests/gold/seed_attributions_baseline.json are only ever raised; the test suite
(tests/quality/test_seed_attributions.py) fails below them. There is no published figure for
these two reports: the gold is the developers' own reading (docs/attribution_seeds.md); the
nearest published anchor is PolNeAR (benchmarks/attribution_polnear.py).
"""

from __future__ import annotations

import argparse
import json
import sys

from _shared import REPO, require_shared, save_result

sys.path.insert(0, str(REPO))

import corroborate
from tests.quality.attribution_scoring import (
    ATTRIBUTION_BASELINE_PATH,
    load_attribution_gold,
    score_attributions,
)
from tests.quality.scoring import seed_paths

PUBLISHED = "none (own gold)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--raise-floors", action="store_true", help="raise floors to today's scores"
    )
    args = parser.parse_args()
    require_shared("seeds")
    gold = load_attribution_gold()
    record = corroborate.compare(sorted(seed_paths(gold).values()))
    scores = score_attributions(record, gold)
    baseline = json.loads(ATTRIBUTION_BASELINE_PATH.read_text(encoding="utf-8"))
    floors = baseline["floors"]
    required = [item for item in gold["attributions"] if not item.get("optional")]
    print(
        f"{len(gold['attributions'])} gold attributions ({len(required)} required) in "
        f"{len(gold['articles'])} seed reports"
    )
    print(f"{'metric':<26} {'ours':>7} {'floor':>7}  published")
    for metric, value in scores.values.items():
        print(f"{metric:<26} {value:>7.3f} {floors.get(metric, 0.0):>7.3f}  {PUBLISHED}")
    print("\n".join(scores.misses))
    save_result(
        "seed_attributions",
        {
            "gold_attributions": len(gold["attributions"]),
            "required": len(required),
            "scores": scores.values,
            "floors": floors,
            "misses": scores.misses,
            "rows": scores.rows,
        },
    )
    if args.raise_floors:
        for metric, value in scores.values.items():
            floors[metric] = max(floors.get(metric, 0.0), value)
        ATTRIBUTION_BASELINE_PATH.write_text(
            json.dumps(baseline, indent=2) + "\n", encoding="utf-8"
        )
        print(f"floors raised in {ATTRIBUTION_BASELINE_PATH}")


if __name__ == "__main__":
    main()
