"""The `corroborate` command as a user runs it: a real process, real files, a real database."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="../shared/seeds/ not present (it is in CI and the dev workspace)"
)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "corroborate", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_demo_prints_and_stores_the_record(tmp_path):
    result = run(
        "demo", "--json", "demo.json", "--html", "demo.html", "--csv", "demo.csv", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    assert {a["outlet"] for a in record["articles"]} >= {"The Harbour Ledger", "Northgate Post"}
    assert (
        (tmp_path / "demo.html")
        .read_text(encoding="utf-8")
        .lstrip()
        .lower()
        .startswith("<!doctype html")
    )
    assert (tmp_path / "demo.csv").read_text(encoding="utf-8").splitlines()[0].startswith("fact")
    with sqlite3.connect(tmp_path / "corroborate.db") as db:
        assert db.execute("select count(*) from articles").fetchone()[0] == 3
    assert record["id"] in result.stdout


def test_show_lists_and_reprints(tmp_path):
    assert run("demo", cwd=tmp_path).returncode == 0
    record_id = _first_id(tmp_path)
    listing = run("show", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert record_id in listing.stdout
    again = run("show", record_id, "--json", cwd=tmp_path)
    assert json.loads(again.stdout)["id"] == record_id
    unknown = run("show", "no-such-record", cwd=tmp_path)
    assert unknown.returncode == 1
    assert "no-such-record" in unknown.stderr and "Traceback" not in unknown.stderr


def _first_id(folder: Path) -> str:
    with sqlite3.connect(folder / "corroborate.db") as db:
        return db.execute("select id from records").fetchone()[0]


def test_rerunning_changes_nothing(tmp_path):
    assert run("demo", cwd=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "corroborate.db") as db:
        before = [
            db.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("articles", "records", "figures")
        ]
    assert run("demo", cwd=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "corroborate.db") as db:
        after = [
            db.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("articles", "records", "figures")
        ]
    assert before == after


def test_bad_sources_are_named_and_the_rest_compared(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (tmp_path / "good.txt").write_text(
        "outlet: The Test Gazette\n\nThe mayor said 12 people were hurt in the fire.\n",
        encoding="utf-8",
    )
    result = run("compare", "empty.txt", "binary.txt", "missing.txt", "good.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt" in line for line in errors)
    assert any("binary.txt" in line for line in errors)
    assert any("missing.txt" in line for line in errors)


def test_nothing_usable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    result = run("compare", "empty.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "empty.txt" in result.stderr
    assert not (tmp_path / "corroborate.db").exists() or _record_count(tmp_path) == 0


def _record_count(folder: Path) -> int:
    with sqlite3.connect(folder / "corroborate.db") as db:
        return db.execute("select count(*) from records").fetchone()[0]


@needs_seeds
def test_compare_the_seeds(tmp_path):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    result = run("compare", *seeds, "--json", "record.json", "--html", "record.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))
    assert {a["outlet"] for a in record["articles"]} == {"The National", "Fox News Digital"}
    assert record["figures"], "no figures extracted from the seeds"


def test_search_finds_stored_articles(tmp_path):
    assert run("demo", cwd=tmp_path).returncode == 0
    found = run("search", "tear gas", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert "Northgate Post" in found.stdout and "Radio Meridian" in found.stdout
    assert "Harbour Ledger" not in found.stdout
    broken = run("search", '"unbalanced', cwd=tmp_path)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr


def test_attributions_json_offsets_match_the_file(tmp_path):
    from corroborate.demo import demo_sources

    path = next(p for p in demo_sources() if p.name == "harbour_ledger.txt")
    result = run("attributions", str(path), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)[str(path)]
    text = path.read_text(encoding="utf-8")
    assert items, "no attributions found in the demo article"
    for item in items:
        for part in ("source", "cue", "content"):
            if item[part] is not None:
                assert text[item[part]["start"] : item[part]["end"]] == item[part]["text"]
    assert any((item["claimer"] or {}).get("name") == "Aldo Renner" for item in items)
    readable = run("attributions", str(path), cwd=tmp_path)
    assert "Aldo Renner" in readable.stdout
    missing = run("attributions", "nope.txt", cwd=tmp_path)
    assert missing.returncode == 1 and "nope.txt" in missing.stderr
