"""Time `compare`: a cold process on the two seeds, a warm call, and 200 articles; peak memory.

    .venv/bin/python benchmarks/compare_speed.py [--articles 200]

Target (issue 2): a cold `compare` of the two seeds under 2 s on a 2-core machine. The 200
articles are GVDB dev news reports (../shared/data/eval/gvdb/dev.json), fed as one JSON-lines file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import require_shared, save_result

COLD = """
import resource, sys, time
t0 = time.perf_counter()
import corroborate
record = corroborate.compare(sys.argv[1:])
elapsed = time.perf_counter() - t0
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def cold_run(paths: list[str]) -> tuple[float, float]:
    output = subprocess.run(
        [sys.executable, "-c", COLD, *paths], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(output[0]), float(output[1])


def gvdb_jsonl(count: int, folder: Path) -> tuple[Path, int]:
    source = require_shared("data", "eval", "gvdb", "dev.json")
    target = folder / "gvdb.jsonl"
    words = 0
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for index, line in enumerate(lines):
            if index >= count:
                break
            doc = json.loads(line)
            sentences = [" ".join(tokens) for tokens in doc["full_text"]]
            words += sum(len(tokens) for tokens in doc["full_text"])
            out.write(
                json.dumps({"text": "\n".join(sentences), "published": doc.get("date")}) + "\n"
            )
    return target, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seeds = sorted(str(p) for p in require_shared("seeds").glob("*.txt"))

    cold = [cold_run(seeds) for _ in range(args.runs)]
    cold_s = statistics.median(t for t, _ in cold)
    cold_peak = max(m for _, m in cold)

    import corroborate

    corroborate.compare(seeds)
    warm_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        corroborate.compare(seeds)
        warm_times.append(time.perf_counter() - start)
    warm_s = statistics.median(warm_times)

    with tempfile.TemporaryDirectory() as folder:
        jsonl, words = gvdb_jsonl(args.articles, Path(folder))
        many_s, many_peak = cold_run([str(jsonl)])

    result = {
        "cold_seeds_s": round(cold_s, 3),
        "cold_seeds_peak_mb": round(cold_peak, 1),
        "cold_target_s": 2.0,
        "warm_seeds_s": round(warm_s, 3),
        "many_articles": args.articles,
        "many_words": words,
        "many_cold_s": round(many_s, 2),
        "many_words_per_s": round(words / many_s),
        "many_peak_mb": round(many_peak, 1),
    }
    print(f"cold compare of the 2 seeds: {cold_s:.2f} s (target < 2 s), peak {cold_peak:.0f} MB")
    print(f"warm compare of the 2 seeds: {warm_s * 1000:.0f} ms")
    print(
        f"{args.articles} GVDB articles ({words} words), cold: {many_s:.1f} s, "
        f"{words / many_s:.0f} words/s, peak {many_peak:.0f} MB"
    )
    print(f"saved {save_result('compare_speed', result)}")


if __name__ == "__main__":
    main()
