"""Paths and output helpers shared by the benchmark scripts."""

from __future__ import annotations

import datetime as _dt
import json
import platform
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RESULTS = REPO / "benchmarks" / "results"


def require_shared(*parts: str) -> Path:
    """The path under ../shared/, or exit with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"{path} not found: the benchmarks need ../shared/ beside the repository")
    return path


def save_result(name: str, result: dict[str, Any]) -> Path:
    """Write a benchmark's result as JSON, stamped with the date and the machine."""
    import corroborate
    from corroborate.nlp import pipeline_version

    RESULTS.mkdir(parents=True, exist_ok=True)
    stamped = {
        "benchmark": name,
        "date": _dt.date.today().isoformat(),
        "corroborate": corroborate.__version__,
        "nlp_model": pipeline_version(),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}",
        **result,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(stamped, indent=2) + "\n", encoding="utf-8")
    return path


def precision_recall_f1(
    correct_predicted: int, predicted: int, correct_gold: int, gold: int
) -> dict[str, float]:
    """Precision, recall and F1 in percent (one decimal), from counts; 0 where a count is 0."""
    precision = correct_predicted / predicted if predicted else 0.0
    recall = correct_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(100 * precision, 1),
        "recall": round(100 * recall, 1),
        "f1": round(100 * f1, 1),
    }
