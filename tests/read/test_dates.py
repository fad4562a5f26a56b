"""Dates written in a report: its dateline, and the days its sentences name (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from corroborate.read.dates import parse_iso, publication_date, written_dates


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("Last Updated: Monday, 14 March 2016, 08:05 GMT", "2016-03-14"),
        ("03/14/16", "2016-03-14"),
        ("Posted 3/14/2016 7:21 AM\nUpdated 3/14/2016 3:41 PM", "2016-03-14"),
        ("Mar 14, 2016", "2016-03-14"),
        ("March 14th, 2016, 09:11 GMT", "2016-03-14"),
        ("Published on: Mon, 14 Mar 2016 at 09:56 IST", "2016-03-14"),
        ("7: 00pm UK, Monday 14 March 2016", "2016-03-14"),
        ("POSTED: 1052 GMT (1852 HKT), March 14, 2016", "2016-03-14"),
        ("Marhc 14, 2016", None),
        ("Novemer 3, 2016", "2016-11-03"),
        ("14/03/2016", "2016-03-14"),
        ("Harbourton, Mar 14 -", None),
    ],
)
def test_dateline_near_the_top(top: str, expected: str | None) -> None:
    text = f"url: http://example.org/story\n{top}\nFerry sinks off Velmora coast\nThe ferry sank.\n"
    assert publication_date(text) == expected


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    text = (
        "Ferry sinks off Velmora coast\n"
        "The ferry that sank on March 14, 2016 had been inspected a week earlier, officials said.\n"
    )
    assert publication_date(text) is None


def test_a_dateline_far_down_the_text_is_not_read() -> None:
    text = "\n".join(["The ferry sank."] * 8 + ["March 14, 2016"])
    assert publication_date(text) is None


def _resolved(text: str, published: str | None) -> list[tuple[str, str, str]]:
    return [
        (d.text, d.earliest.isoformat(), d.latest.isoformat())
        for d in written_dates(text, parse_iso(published))
    ]


def test_weekdays_and_relative_days_resolve_against_the_articles_date() -> None:
    # 2016-03-16 is a Wednesday
    text = "The ferry sank on Monday; divers went down yesterday and will return today."
    assert _resolved(text, "2016-03-16") == [
        ("Monday", "2016-03-14", "2016-03-14"),
        ("yesterday", "2016-03-15", "2016-03-15"),
        ("today", "2016-03-16", "2016-03-16"),
    ]


def test_the_articles_own_weekday_is_that_day_unless_last() -> None:
    assert _resolved("It sank on Wednesday.", "2016-03-16") == [
        ("Wednesday", "2016-03-16", "2016-03-16")
    ]
    assert _resolved("It sank last Wednesday.", "2016-03-16") == [
        ("last Wednesday", "2016-03-09", "2016-03-09")
    ]


def test_dates_without_a_year_take_the_articles_year() -> None:
    assert _resolved("Talks began on 12 March and ended Dec. 30.", "2016-03-16") == [
        ("12 March", "2016-03-12", "2016-03-12"),
        ("Dec. 30", "2015-12-30", "2015-12-30"),
    ]


def test_last_week_and_days_ago_are_ranges_and_days() -> None:
    assert _resolved("He was fired last week, three days ago.", "2016-03-16") == [
        ("last week", "2016-03-07", "2016-03-13"),
        ("three days ago", "2016-03-13", "2016-03-13"),
    ]


def test_without_the_articles_date_only_full_dates_resolve() -> None:
    text = "The ferry sank on Monday, March 14, 2016, and again on Tuesday."
    assert _resolved(text, None) == [("March 14, 2016", "2016-03-14", "2016-03-14")]


def test_months_that_are_also_words_are_not_dates_without_a_year() -> None:
    assert _resolved("Crews may 3 times a day march 5 miles.", "2016-03-16") == []


def test_parse_iso() -> None:
    assert parse_iso("2016-03-14T08:05:00Z") == dt.date(2016, 3, 14)
    assert parse_iso("not a date") is None
    assert parse_iso(None) is None
