"""The held-out ECB+ gate: three real news events that no rule was ever studied on (issue 5).

``tests/gold/ecbplus_heldout.json`` (a supermarket fire, a workplace shooting, two climbers'
falls) was written by hand before corroborate was run on its documents and is never tuned
against: its scores are the project's honest figure for reports it has not seen. Each sub-topic
is rebuilt as text files from ../shared/data/eval/ecbplus/ and compared; every metric must stay
at or above its floor in ``tests/gold/ecbplus_heldout_baseline.json``, set to the first scores.
Floors are only ever raised
(``python benchmarks/ecbplus_gate.py --gold tests/gold/ecbplus_heldout.json --raise-floors``).
"""

from __future__ import annotations

import json

import pytest

import corroborate
from tests.quality.ecbplus import (
    ECBPLUS_DIR,
    GOLD_PATH,
    HELDOUT_BASELINE_PATH,
    HELDOUT_GOLD_PATH,
    load_gold,
    score_gold,
    write_subtopic,
)

needs_ecbplus = pytest.mark.skipif(
    not ECBPLUS_DIR.is_dir(),
    reason="../shared/ not present: the held-out ECB+ gate reads ../shared/data/eval/ecbplus/",
)

GOLD = load_gold(path=HELDOUT_GOLD_PATH)
FLOORS = json.loads(HELDOUT_BASELINE_PATH.read_text(encoding="utf-8"))["floors"]


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ecbplus_heldout")
    result = {}
    for name, subtopic in GOLD["subtopics"].items():
        paths = write_subtopic(list(subtopic["articles"].values()), folder / name)
        result[name] = score_gold(corroborate.compare(paths), GOLD, name)
    return result


@needs_ecbplus
@pytest.mark.parametrize(
    ("subtopic", "metric"),
    [(name, metric) for name in sorted(FLOORS) for metric in sorted(FLOORS[name])],
)
def test_metric_at_or_above_floor(scores, subtopic, metric):
    misses = "\n".join(scores[subtopic].misses)
    assert scores[subtopic].values[metric] >= FLOORS[subtopic][metric], (
        f"held-out {subtopic}: {metric} fell below its floor\n{misses}"
    )


def test_every_gold_subtopic_has_floors():
    """The held-out gold and its floors name the same sub-topics (no ../shared needed)."""
    assert sorted(FLOORS) == sorted(GOLD["subtopics"])


def test_held_out_subtopics_are_not_development_ones():
    """No sub-topic or document of the held-out gold is in the development gate's gold."""
    development = load_gold(path=GOLD_PATH)["subtopics"]
    assert not set(GOLD["subtopics"]) & set(development)
    held_out_documents = {
        stem for subtopic in GOLD["subtopics"].values() for stem in subtopic["articles"].values()
    }
    development_documents = {
        stem for subtopic in development.values() for stem in subtopic["articles"].values()
    }
    assert not held_out_documents & development_documents
