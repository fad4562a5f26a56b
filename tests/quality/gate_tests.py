"""The floor tests every ECB+ gate shares (development, held-out, second held-out).

A gate test module calls :func:`floor_tests` with its gold and floors files and binds what it
returns to module names, which pytest then collects::

    scores, test_metric_at_or_above_floor, test_every_gold_subtopic_has_floors = floor_tests(...)

Each sub-topic is rebuilt as text files from ../shared/data/eval/ecbplus/ and compared; every
metric must stay at or above its floor. The floor tests skip with a reason when ../shared/ is
absent, or when the floors file has not been written yet (the command that writes it is named).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import corroborate
from tests.quality.ecbplus import ECBPLUS_DIR, REPO, load_gold, score_gold, write_subtopic
from tests.quality.scoring import Scores


def floor_tests(
    *, gold_path: Path, baseline_path: Path, label: str
) -> tuple[Callable[..., Any], Callable[..., None], Callable[..., None]]:
    """The module-scoped ``scores`` fixture and the two floor tests of one gate."""
    gold = load_gold(path=gold_path)
    floors: dict[str, dict[str, float]] = (
        json.loads(baseline_path.read_text(encoding="utf-8"))["floors"]
        if baseline_path.exists()
        else {}
    )
    gold_argument = "" if gold_path.name == "ecbplus.json" else f" --gold {_relative(gold_path)}"
    no_floors = (
        f"{_relative(baseline_path)} does not exist yet: run "
        f"benchmarks/ecbplus_gate.py{gold_argument} --raise-floors"
    )
    no_shared = f"../shared/ not present: the {label} reads ../shared/data/eval/ecbplus/"

    @pytest.fixture(scope="module")
    def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Scores]:
        folder = tmp_path_factory.mktemp(gold_path.stem)
        result = {}
        for name, subtopic in gold["subtopics"].items():
            paths = write_subtopic(list(subtopic["articles"].values()), folder / name)
            result[name] = score_gold(corroborate.compare(paths), gold, name)
        return result

    cases: list[Any] = [
        (name, metric) for name in sorted(floors) for metric in sorted(floors[name])
    ] or [pytest.param("", "", marks=pytest.mark.skip(reason=no_floors), id="no-floors")]

    @pytest.mark.skipif(not ECBPLUS_DIR.is_dir(), reason=no_shared)
    @pytest.mark.parametrize(("subtopic", "metric"), cases)
    def test_metric_at_or_above_floor(
        scores: dict[str, Scores], subtopic: str, metric: str
    ) -> None:
        misses = "\n".join(scores[subtopic].misses)
        assert scores[subtopic].values[metric] >= floors[subtopic][metric], (
            f"{label}, {subtopic}: {metric} fell below its floor\n{misses}"
        )

    @pytest.mark.skipif(not floors, reason=no_floors)
    def test_every_gold_subtopic_has_floors() -> None:
        """The gold and its floors name the same sub-topics (no ../shared needed)."""
        assert sorted(floors) == sorted(gold["subtopics"])

    return scores, test_metric_at_or_above_floor, test_every_gold_subtopic_has_floors


def _relative(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)
