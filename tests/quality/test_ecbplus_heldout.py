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

from tests.quality.ecbplus import GOLD_PATH, HELDOUT_BASELINE_PATH, HELDOUT_GOLD_PATH, load_gold
from tests.quality.gate_tests import floor_tests

GOLD = load_gold(path=HELDOUT_GOLD_PATH)

scores, test_metric_at_or_above_floor, test_every_gold_subtopic_has_floors = floor_tests(
    gold_path=HELDOUT_GOLD_PATH, baseline_path=HELDOUT_BASELINE_PATH, label="held-out ECB+ gate"
)


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
