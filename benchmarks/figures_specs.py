"""Number and range parsing against public conformance specs, on the cases that concern counts.

Run: ``.venv/bin/python benchmarks/figures_specs.py`` (needs ../shared/data/eval/). Writes
benchmarks/results/figures_specs.json; failures are listed by case number in the spec file (the
spec text itself is not copied). The published anchor is the specs' own: every case passes.

Which cases count (decided from the case, never from our output; docs/figures.md):

* Recognizers-Text ``NumberModel`` (English): cases whose every expected number is a
  non-negative whole number, plus cases that expect no number at all. Left out: fractions,
  decimals, powers and negatives (not counts); Indian and financial shorthand ("13 lakh",
  "1 crore", "10k", "1.2b", "US$ 1MM", "2mil", "10 bln") that news reports of events do not use
  for counts of people and things; and strings that are dates, phone numbers, IP or list numbers
  ("5/17/2018", "+1-222-2222", "192.168.1.2", "SCP-173"), which the spec reads as numbers but a
  count reader must refuse. Measured with ``find_quantities`` (parsing only; no count filter).
* Recognizers-Text ``NumberRangeModel`` (English): cases whose bounds are non-negative whole
  numbers written in words or digits (symbol forms ">=", "~" and ordinals "the tenth" left out).
  A two-sided range "[20,30)" is read as 20-30 inclusive (news counts "between 20 and 30" are
  inclusive; the spec's half-open form is its own convention); strict bounds "(100," and ",100)"
  become 101 and 99, as counts. Pass: each expected range is found with those bounds, and no
  other bounded or ranged quantity is found.
* quantulum3 ``quantities.json``: every sentence except those whose quantities are units of
  count (dozen, gross). Expected counts: its dimensionless whole numbers (and ranges of them,
  compared by their midpoint) that are not years;
  everything with a unit (km, days, dollars...) must not be read as a count. Measured with
  ``find_counts`` (parsing and the count filter). Pass: the counts found equal those expected.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import require_shared, save_result

from corroborate.read.numbers import find_counts, find_quantities

_SHORTHAND = re.compile(r"(lakh|crore|\d\s*(k|g|m|b|mm|mil|bln|tln)\b|dz|doz)", re.IGNORECASE)
_NOT_COUNT_STRING = re.compile(r"\d[./]\d+[./]\d|\+\d|\d-\d{3}|[A-Z]{2,}-\d")


def _whole(value: str) -> bool:
    try:
        number = float(value)
    except ValueError:
        return False
    return number >= 0 and number.is_integer()


def number_cases(specs: Path) -> tuple[list[tuple[int, dict[str, Any]]], int]:
    cases = json.loads((specs / "NumberModel.json").read_text(encoding="utf-8"))
    kept = []
    for number, case in enumerate(cases):
        results = case["Results"]
        text = case["Input"]
        if any(not _whole(r["Resolution"]["value"]) for r in results):
            continue
        if any(r["Resolution"].get("subtype") not in (None, "integer") for r in results):
            continue
        if _SHORTHAND.search(text) or _NOT_COUNT_STRING.search(text):
            continue
        kept.append((number, case))
    return kept, len(cases)


def run_numbers(specs: Path) -> dict[str, Any]:
    kept, total = number_cases(specs)
    failures = []
    for number, case in kept:
        text = case["Input"]
        expected = sorted(float(r["Resolution"]["value"]) for r in case["Results"])
        found = sorted(q.best for q in find_quantities(text) if q.best is not None and not q.vague)
        if found != expected:
            failures.append({"case": number, "expected": expected, "found": found})
    return _score("recognizers NumberModel (counts)", kept, total, failures)


_INTERVAL = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def _count_bounds(interval: str) -> tuple[float | None, float | None] | None:
    match = _INTERVAL.match(interval)
    if match is None:
        return None
    opening, low_text, high_text, closing = match.groups()
    if (low_text and not _whole(low_text)) or (high_text and not _whole(high_text)):
        return None
    low = float(low_text) if low_text else 0.0
    high = float(high_text) if high_text else None
    if low_text and opening == "(":
        low += 1
    if high is not None and closing == ")" and not (low_text and opening == "["):
        high -= 1
    return low, high


def range_cases(specs: Path) -> tuple[list[tuple[int, dict[str, Any]]], int]:
    cases = json.loads((specs / "NumberRangeModel.json").read_text(encoding="utf-8"))
    kept = []
    for number, case in enumerate(cases):
        text = case["Input"]
        if re.search(r"[<>=~]", text) or re.search(r"\b(tenth|fifteenth|half|quarter)\b", text):
            continue
        if re.search(r"\d+/\d+|\+\d|\d{4}-\d{2}\b|\d+k\b", text):
            continue
        if re.search(r"negative|-\d", text):
            continue
        bounds = [_count_bounds(r["Resolution"]["value"]) for r in case["Results"]]
        if any(b is None for b in bounds):
            continue
        kept.append((number, case))
    return kept, len(cases)


def run_ranges(specs: Path) -> dict[str, Any]:
    kept, total = range_cases(specs)
    failures = []
    for number, case in kept:
        text = case["Input"]
        expected = [_count_bounds(r["Resolution"]["value"]) for r in case["Results"]]
        found = [
            (q.low, q.high)
            for q in find_quantities(text)
            if q.qualifier is not None or q.low != q.high
        ]
        if sorted(found, key=str) != sorted(expected, key=str):
            failures.append({"case": number, "expected": expected, "found": found})
    return _score("recognizers NumberRangeModel (counts)", kept, total, failures)


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def quantulum_cases(tests: Path) -> tuple[list[tuple[int, dict[str, Any]]], int]:
    cases = json.loads((tests / "quantities.json").read_text(encoding="utf-8"))
    kept = [
        (number, case)
        for number, case in enumerate(cases)
        if not any(
            "dozen" in str(r.get("unit")) or "gross" in str(r.get("unit")) for r in case["res"]
        )
    ]
    return kept, len(cases)


def run_quantulum(tests: Path) -> dict[str, Any]:
    kept, total = quantulum_cases(tests)
    failures = []
    for number, case in kept:
        text = case["req"]
        expected = sorted(
            float(r["value"])
            for r in case["res"]
            if r.get("unit") == "dimensionless"
            and float(r["value"]) >= 0
            and (float(r["value"]).is_integer() or r.get("uncertainty"))
            and not _YEAR.match(str(r.get("surface", "")).strip())
        )
        found = sorted(q.best for q in find_counts(text) if q.best is not None)
        if found != expected:
            failures.append({"case": number, "expected": expected, "found": found})
    return _score("quantulum3 quantities (counts)", kept, total, failures)


def _score(name: str, kept: list[Any], total: int, failures: list[Any]) -> dict[str, Any]:
    passed = len(kept) - len(failures)
    return {
        "suite": name,
        "cases_in_suite": total,
        "cases_counted": len(kept),
        "passed": passed,
        "pass_rate": round(passed / len(kept), 4) if kept else None,
        "published_anchor": "the spec: 100 % pass",
        "failures": failures,
    }


def main() -> None:
    specs = require_shared("data", "eval", "recognizers-text-specs", "Specs", "Number", "English")
    tests = require_shared(
        "data", "eval", "quantulum3-tests", "quantulum3", "_lang", "en_US", "tests"
    )
    started = time.perf_counter()
    suites = [run_numbers(specs), run_ranges(specs), run_quantulum(tests)]
    seconds = time.perf_counter() - started
    print(f"{'suite':42} {'counted/all':>12} {'passed':>7} {'ours':>7}  published anchor")
    for suite in suites:
        print(
            f"{suite['suite']:42} {suite['cases_counted']:>5}/{suite['cases_in_suite']:<6} "
            f"{suite['passed']:>7} {suite['pass_rate']:>7.1%}  {suite['published_anchor']}"
        )
    path = save_result("figures_specs", {"suites": suites, "seconds": round(seconds, 2)})
    print(f"written {path}")


if __name__ == "__main__":
    main()
