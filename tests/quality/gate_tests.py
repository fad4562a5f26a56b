"""The tests every ECB+ gate shares: floors (every gate) and the fit of a held-out gold.

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
from corroborate.record import Article
from tests.quality.ecbplus import (
    ECBPLUS_DIR,
    REPO,
    document_path,
    document_text,
    load_gold,
    score_gold,
    subtopic_gold,
    write_subtopic,
)
from tests.quality.scoring import Scores, anchor_range


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


def held_out_tests(
    *, gold_path: Path, earlier: tuple[Path, ...], label: str, whole_topics: bool
) -> tuple[Callable[[], None], Callable[[], None]]:
    """The two tests that a held-out gold fits its purpose, with no compare run:

    * ``test_held_out_subtopics_are_new``: no sub-topic (with ``whole_topics``, no topic, either
      half) and no document of this gold is in an ``earlier`` gold (no ../shared needed); in ECB+
      the two halves of a topic are different events, so without ``whole_topics`` the other half
      of a used topic is allowed;
    * ``test_every_anchor_is_in_its_document``: every figure, non-figure and hedge anchor occurs
      in the text the gate rebuilds, every fact names figures of the gold, and no non-figure
      overlaps a figure.
    """
    gold = load_gold(path=gold_path)
    no_shared = f"../shared/ not present: the {label} reads ../shared/data/eval/ecbplus/"

    def test_held_out_subtopics_are_new() -> None:
        ours = _documents(gold)
        for other_path in earlier:
            other = load_gold(path=other_path)
            if whole_topics:
                assert not _topics(gold) & _topics(other), other_path.name
            assert not set(gold["subtopics"]) & set(other["subtopics"]), other_path.name
            assert not ours & _documents(other), other_path.name

    @pytest.mark.skipif(not ECBPLUS_DIR.is_dir(), reason=no_shared)
    def test_every_anchor_is_in_its_document() -> None:
        for name, subtopic in gold["subtopics"].items():
            _check_anchors(name, subtopic_gold(gold, name), subtopic["articles"])

    return test_held_out_subtopics_are_new, test_every_anchor_is_in_its_document


def _documents(gold: dict[str, Any]) -> set[str]:
    return {stem for sub in gold["subtopics"].values() for stem in sub["articles"].values()}


def _topics(gold: dict[str, Any]) -> set[str]:
    """The ECB+ topics of a gold's sub-topics: ``"3"`` for ``"3_ecb"``."""
    return {name.split("_", 1)[0] for name in gold["subtopics"]}


def _check_anchors(name: str, gold: dict[str, Any], articles: dict[str, str]) -> None:
    texts = {
        key: Article(id=stem, text=document_text(document_path(stem)), source=f"{stem}.txt")
        for key, stem in articles.items()
    }
    for section in ("figures", "not_figures", "hedges"):
        for item in gold[section]:
            anchor_range(texts[item["article"]], item["anchor"], item.get("nth", 1))
    ids = [item["id"] for item in gold["figures"]]
    assert len(ids) == len(set(ids)), f"{name}: figure ids repeat"
    for fact in gold["facts"]:
        assert set(fact["members"]) <= set(ids), f"{name}: {fact['label']}"
    for not_figure in gold["not_figures"]:
        start, end = anchor_range(texts[not_figure["article"]], not_figure["anchor"])
        for figure in gold["figures"]:
            if figure["article"] != not_figure["article"]:
                continue
            figure_start, figure_end = anchor_range(
                texts[figure["article"]], figure["anchor"], figure.get("nth", 1)
            )
            assert not (start < figure_end and figure_start < end), (
                f"{name}: {not_figure['anchor']!r} overlaps figure {figure['id']}"
            )


def _relative(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)
