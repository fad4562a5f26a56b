"""JSON-lines files: one article per line, a bad line is a problem for path#N."""

from __future__ import annotations

import json

from ingest_support import fixture_path

from corroborate.ingest import load_sources


def test_good_lines_become_articles_bad_lines_problems():
    path = fixture_path("velmora_articles.jsonl")
    loaded = load_sources([path])
    assert [article.source for article in loaded.articles] == [f"{path}#1", f"{path}#5"]
    assert [problem.source for problem in loaded.problems] == [
        f"{path}#3",
        f"{path}#4",
        f"{path}#6",
    ]
    for problem in loaded.problems:
        assert problem.message.startswith(problem.source + ": ")
        assert "\n" not in problem.message
    assert "invalid JSON" in loaded.problems[0].message


def test_fields_fill_metadata():
    loaded = load_sources([fixture_path("velmora_articles.jsonl")])
    first, second = loaded.articles
    assert first.outlet == "Kettle Hill Gazette"
    assert first.title == "River back in its banks"
    assert first.published == "2025-03-17"
    assert first.author == "Ola Brenn"
    assert first.url == "https://gazette.example/river"
    assert first.text.startswith("The Velmora water board said on Monday")
    # An html line is extracted; its fields win over the page's ("date" is accepted too).
    assert second.outlet == "Riverside Courier"
    assert second.published == "2025-03-16"
    assert second.title == "Velmora residents return home"


def test_jsonl_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "export"
    line = {"text": "The board said 41 homes were damaged in Velmora.", "outlet": "Gazette"}
    path.write_text(json.dumps(line) + "\n")
    loaded = load_sources([str(path)])
    (article,) = loaded.articles
    assert article.source == f"{path}#1"
    assert article.outlet == "Gazette"


def test_json_file_with_a_list_of_articles(tmp_path):
    path = tmp_path / "articles.json"
    articles = [
        {"text": "The board said 41 homes were damaged.", "outlet": "Gazette"},
        {"text": "", "outlet": "Courier"},
    ]
    path.write_text(json.dumps(articles))
    loaded = load_sources([str(path)])
    assert [article.source for article in loaded.articles] == [f"{path}#1"]
    assert [problem.source for problem in loaded.problems] == [f"{path}#2"]
