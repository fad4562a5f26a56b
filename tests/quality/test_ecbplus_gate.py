"""The ECB+ quality gate: records of five real news events, scored against our own gold.

Each sub-topic of ``tests/gold/ecbplus.json`` (several outlets reporting one earthquake, police
sweep, pirate attack or bombing) is rebuilt as text files from ../shared/data/eval/ecbplus/ and
compared; every metric must stay at or above its floor in ``tests/gold/ecbplus_baseline.json``.
Floors are only ever raised (``python benchmarks/ecbplus_gate.py --raise-floors``).
"""

from __future__ import annotations

import json

import pytest

import corroborate
from tests.quality.ecbplus import (
    BASELINE_PATH,
    ECBPLUS_DIR,
    document_path,
    document_text,
    load_gold,
    score_gold,
    write_subtopic,
)

pytestmark = pytest.mark.skipif(
    not ECBPLUS_DIR.is_dir(),
    reason="../shared/data/eval/ecbplus/ not present (it is in CI and the dev workspace)",
)

GOLD = load_gold()
FLOORS = json.loads(BASELINE_PATH.read_text(encoding="utf-8"))["floors"]


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ecbplus")
    result = {}
    for name, subtopic in GOLD["subtopics"].items():
        paths = write_subtopic(list(subtopic["articles"].values()), folder / name)
        result[name] = score_gold(corroborate.compare(paths), GOLD, name)
    return result


@pytest.mark.parametrize(
    ("subtopic", "metric"),
    [(name, metric) for name in sorted(FLOORS) for metric in sorted(FLOORS[name])],
)
def test_metric_at_or_above_floor(scores, subtopic, metric):
    misses = "\n".join(scores[subtopic].misses)
    assert scores[subtopic].values[metric] >= FLOORS[subtopic][metric], (
        f"{subtopic}: {metric} fell below its floor\n{misses}"
    )


def test_every_gold_subtopic_has_floors():
    assert sorted(FLOORS) == sorted(GOLD["subtopics"])


def test_rebuilt_text_reads_like_news(tmp_path):
    """Numbers the corpus split into tokens come back whole; web addresses become header lines."""
    (path,) = write_subtopic(["20_1ecbplus"], tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("url: http://news.bbc.co.uk/")
    assert "home to 120,000 people" in text
    assert "The 6.1-magnitude quake" in text
    assert 'hospital," one woman in Qeshm told AFP.' in text
    record = corroborate.compare([path])
    assert record.articles[0].url == "http://news.bbc.co.uk/2/hi/middle_east/4475546.stm"


def test_rebuilding_is_deterministic(tmp_path):
    (first,) = write_subtopic(["8_1ecb"], tmp_path / "first")
    (second,) = write_subtopic(["8_1ecb"], tmp_path / "second")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text(encoding="utf-8") == document_text(document_path("8_1ecb"))
