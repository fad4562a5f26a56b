"""The publication date news sites write in article addresses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.ingest import load_sources
from corroborate.ingest.url_dates import url_date


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://gazette.example/2015/12/11/river-back-in-its-banks/", "2015-12-11"),
        ("https://courier.example/news/2016/jan/26/ferry-fire", "2016-01-26"),
        ("https://wire.example/article/20150803/NEWS/150809844/", "2015-08-03"),
        ("https://wire.example/stories/2016-01-27-harbour-closed", "2016-01-27"),
        ("https://wire.example/news/ferry-fire/36925834", None),
        ("https://wire.example/2016/13/45/not-a-date", None),
        ("https://wire.example/news/12345678/", None),
        (None, None),
    ],
)
def test_a_date_in_the_address_is_read(url: str | None, date: str | None) -> None:
    assert url_date(url) == date


def test_an_article_with_no_date_but_a_dated_address_takes_its_date(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"text": "The Velmora water board said the river was back in its banks.",
         "url": "https://gazette.example/2025/03/17/river"},
        {"text": "Velmora residents went home on Sunday.", "published": "2025-03-16",
         "url": "https://courier.example/2025/03/20/home"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    first, second = load_sources([str(path)]).articles
    assert first.published == "2025-03-17"
    assert second.published == "2025-03-16"  # a date given wins over the address
