"""Score `compare` on the two seed reports against tests/gold/seeds.json.

    .venv/bin/python benchmarks/seed_gate.py                 # print scores next to the floors
    .venv/bin/python benchmarks/seed_gate.py --raise-floors  # raise floors to today's scores

Floors in tests/gold/baseline.json are only ever raised; the test suite fails below them.
"""

from __future__ import annotations

import argparse
import json
import sys

from _shared import REPO, require_shared, save_result

sys.path.insert(0, str(REPO))

import corroborate
from tests.quality.scoring import BASELINE_PATH, load_gold, score_record, seed_paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--raise-floors", action="store_true", help="raise floors to today's scores"
    )
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    require_shared("seeds")
    gold = load_gold()
    record = corroborate.compare(sorted(seed_paths(gold).values()))
    scores = score_record(record, gold)
    baseline = json.loads(BASELINE_PATH.read_text(encoding="utf-8"))
    floors = baseline["floors"]
    print(f"{'metric':<22} {'score':>7} {'floor':>7}")
    for metric, value in scores.values.items():
        print(f"{metric:<22} {value:>7.3f} {floors.get(metric, 0.0):>7.3f}")
    if args.misses:
        print("\n".join(scores.misses))
    save_result("seed_gate", {"scores": scores.values, "floors": floors, "misses": scores.misses})
    if args.raise_floors:
        for metric, value in scores.values.items():
            floors[metric] = max(floors.get(metric, 0.0), value)
        BASELINE_PATH.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"floors raised in {BASELINE_PATH}")


if __name__ == "__main__":
    main()
