"""The ECB+ quality gate: records of seven real news events, scored against our own gold.

Each sub-topic of ``tests/gold/ecbplus.json`` (several outlets reporting one earthquake, police
sweep, pirate attack, bombing or shooting) is rebuilt as text files from
../shared/data/eval/ecbplus/ and compared; every metric must stay at or above its floor in
``tests/gold/ecbplus_baseline.json``.
Floors are only ever raised (``python benchmarks/ecbplus_gate.py --raise-floors``).
"""

from __future__ import annotations

import pytest

import corroborate
from tests.quality.ecbplus import (
    BASELINE_PATH,
    ECBPLUS_DIR,
    GOLD_PATH,
    document_path,
    document_text,
    join_tokens,
    write_subtopic,
)
from tests.quality.gate_tests import floor_tests

needs_ecbplus = pytest.mark.skipif(
    not ECBPLUS_DIR.is_dir(),
    reason="../shared/data/eval/ecbplus/ not present (it is in CI and the dev workspace)",
)

scores, test_metric_at_or_above_floor, test_every_gold_subtopic_has_floors = floor_tests(
    gold_path=GOLD_PATH, baseline_path=BASELINE_PATH, label="ECB+ gate"
)


@needs_ecbplus
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


@needs_ecbplus
def test_rebuilding_is_deterministic(tmp_path):
    (first,) = write_subtopic(["8_1ecb"], tmp_path / "first")
    (second,) = write_subtopic(["8_1ecb"], tmp_path / "second")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text(encoding="utf-8") == document_text(document_path("8_1ecb"))


def test_tokens_join_into_plain_text():
    """Invented tokens, split the way the corpus splits them, come back as ordinary prose."""
    tokens = [
        "``",
        "We",
        "counted",
        "1",
        ",",
        "200",
        "people",
        "at",
        "the",
        "Harbourview",
        "mill",
        "'s",
        "gate",
        ",",
        "''",
        "the",
        "warden",
        "said",
        ";",
        "a",
        "6",
        ".",
        "2",
        "-",
        "magnitude",
        "quake",
        "struck",
        "at",
        "14",
        ":",
        "05",
        "(",
        "local",
        "time",
        ")",
        "and",
        "did",
        "n't",
        "stop",
        ".",
    ]
    text, quote_open = join_tokens(tokens)
    assert text == (
        '"We counted 1,200 people at the Harbourview mill\'s gate," the warden said; '
        "a 6.2-magnitude quake struck at 14:05 (local time) and didn't stop."
    )
    assert quote_open is False


def test_plain_quotes_open_and_close_across_sentences():
    first, quote_open = join_tokens(['"', "Nobody", "came", "."])
    second, quote_open = join_tokens(
        ["It", "was", "quiet", ",", '"', "she", "said", "."], quote_open=quote_open
    )
    assert (first, second) == ('"Nobody came.', 'It was quiet," she said.')
    assert quote_open is False
