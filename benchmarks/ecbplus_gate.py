"""Score `compare` on seven ECB+ sub-topics against the project's own gold (tests/gold/ecbplus.json).

    .venv/bin/python benchmarks/ecbplus_gate.py                 # scores next to the floors
    .venv/bin/python benchmarks/ecbplus_gate.py --misses        # and every miss
    .venv/bin/python benchmarks/ecbplus_gate.py --raise-floors  # raise floors to today's scores
    .venv/bin/python benchmarks/ecbplus_gate.py --gold tests/gold/ecbplus_heldout.json  # held out

Reads ../shared/data/eval/ecbplus/ (ECB+, Cybulska and Vossen 2014, CC BY 3.0); each sub-topic's
documents are rebuilt as text files in a temporary folder (tests/quality/ecbplus.py) and compared
together. Floors in tests/gold/ecbplus_baseline.json, one set per sub-topic, are only ever
raised; tests/quality/test_ecbplus_gate.py fails below them. There is no published anchor for
this gold (it is ours); the seed gate (benchmarks/seed_gate.py) is the nearest comparison.
Writes benchmarks/results/ecbplus_gate.json.

``--gold tests/gold/ecbplus_heldout.json`` scores the held-out gold instead (issue 5: three
sub-topics no rule was studied on; never tune on it): floors in
tests/gold/ecbplus_heldout_baseline.json (tests/quality/test_ecbplus_heldout.py), results in
benchmarks/results/ecbplus_gate_heldout.json. Any other gold ``<name>.json`` has its floors in
``<name>_baseline.json`` beside it and its results in ``ecbplus_gate_<suffix>.json``, the suffix
being what its name adds to ``ecbplus``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _shared import REPO, require_shared, save_result

sys.path.insert(0, str(REPO))

import corroborate
from tests.quality.ecbplus import (
    BASELINE_PATH,
    GOLD_PATH,
    METRICS,
    applicable_metrics,
    load_gold,
    overall,
    score_gold,
    write_subtopic,
)


def _times_noted(record: corroborate.EventRecord) -> tuple[int, int]:
    """How many numbers / population conflicts carry the "counted at different times" note, of
    how many (no gold: a check that the note does not fire where nothing says so)."""
    conflicts = [
        fact.verdict for fact in record.facts if fact.verdict.conflict in ("numbers", "population")
    ]
    noted = sum("counted at different times" in verdict.reason for verdict in conflicts)
    return noted, len(conflicts)


def gold_files(gold_path: Path) -> tuple[Path, str]:
    """The floors file and the result name that go with a gold file (the development gate's
    for ``tests/gold/ecbplus.json``)."""
    gold_path = gold_path.resolve()
    if gold_path == GOLD_PATH.resolve():
        return BASELINE_PATH, "ecbplus_gate"
    suffix = gold_path.stem.removeprefix("ecbplus").strip("_") or gold_path.stem
    return gold_path.with_name(f"{gold_path.stem}_baseline.json"), f"ecbplus_gate_{suffix}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--raise-floors", action="store_true", help="raise floors to today's scores"
    )
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--gold",
        type=Path,
        default=GOLD_PATH,
        help="gold file (default: the development gate's tests/gold/ecbplus.json)",
    )
    args = parser.parse_args()
    require_shared("data", "eval", "ecbplus", "ECB+")
    gold_path = args.gold if args.gold.is_absolute() else REPO / args.gold
    baseline_path, result_name = gold_files(gold_path)
    gold = load_gold(path=gold_path)
    baseline: dict[str, Any] = (
        json.loads(baseline_path.read_text(encoding="utf-8"))
        if baseline_path.exists()
        else {
            "about": f"Floors of {gold_path.relative_to(REPO)}, one set per sub-topic. Only ever "
            "raised, by benchmarks/ecbplus_gate.py --gold ... --raise-floors.",
            "floors": {},
        }
    )
    scores = {}
    seconds = {}
    timed: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, subtopic in gold["subtopics"].items():
            paths = write_subtopic(list(subtopic["articles"].values()), Path(folder) / name)
            started = time.perf_counter()
            record = corroborate.compare(paths)
            seconds[name] = round(time.perf_counter() - started, 2)
            scores[name] = score_gold(record, gold, name)
            timed[name] = _times_noted(record)
    names = list(scores)
    print(f"{'metric':<22}" + "".join(f" {name:>17}" for name in names) + f" {'mean':>7}")
    means = overall(gold, scores)
    tested = {name: applicable_metrics(gold, name, scores[name]) for name in names}
    for metric in METRICS:
        cells = ""
        for name in names:
            floor = baseline["floors"].get(name, {}).get(metric, 0.0)
            value = f"{scores[name].values[metric]:.3f}" if metric in tested[name] else "  n/a"
            cells += f" {value:>7} ({floor:.3f})"
        mean = means[metric]
        print(f"{metric:<22}{cells} {'n/a' if mean is None else f'{mean:.3f}':>7}")
    print("each cell: today's score (floor); n/a: nothing to count in that sub-topic's gold")
    print("mean: over the sub-topics where the metric counts something")
    print("seconds per sub-topic:", seconds)
    noted = sum(n for n, _ in timed.values())
    print(
        f"numbers/population conflicts noted as counted at different times: {noted} of "
        f"{sum(total for _, total in timed.values())}"
    )
    if args.misses:
        for name in names:
            print(f"\n== {name}")
            print("\n".join(scores[name].misses))
    command = "python benchmarks/ecbplus_gate.py"
    if result_name != "ecbplus_gate":
        command += f" --gold {gold_path.relative_to(REPO)}"
    save_result(
        result_name,
        {
            "command": command,
            "gold": str(gold_path.relative_to(REPO)),
            "anchor": "none published: the gold is the project's own reading of ECB+ sub-topics",
            "subtopics": {
                name: {
                    "documents": list(gold["subtopics"][name]["articles"].values()),
                    "scores": scores[name].values,
                    "vacuous": sorted(set(METRICS) - tested[name]),
                    "floors": baseline["floors"].get(name, {}),
                    "seconds": seconds[name],
                    "misses": scores[name].misses,
                    "conflicts_counted_at_different_times": timed[name][0],
                    "numbers_or_population_conflicts": timed[name][1],
                }
                for name in names
            },
            "mean": means,
        },
    )
    if args.raise_floors:
        for name in names:
            floors = baseline["floors"].setdefault(name, {})
            for metric, score in scores[name].values.items():
                floors[metric] = max(floors.get(metric, 0.0), score)
        baseline_path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"floors raised in {baseline_path}")


if __name__ == "__main__":
    main()
