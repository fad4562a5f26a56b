"""Statements that are not numbers, aligned across reports (invented reports)."""

from __future__ import annotations

from corroborate.compare import compare_articles
from corroborate.ingest.text import article_id
from corroborate.record import Article, Block


def _article(text: str, outlet: str) -> Article:
    return Article(
        id=article_id(text),
        text=text,
        source=f"{outlet}.txt",
        outlet=outlet,
        blocks=(Block("body", 0, len(text)),),
    )


FIRST = (
    "The town council of Pellworth agreed to host the Orlan refugee families in 2016 under a "
    "regional resettlement plan.\n"
)
SECOND = (
    "The Orlan refugee families have lived in Pellworth since the town council agreed to host "
    "them in 2017 under a regional resettlement plan.\n"
)
UNRELATED = "The Pellworth football club won the regional cup in 2017 after a penalty shoot-out.\n"


def test_different_years_for_one_statement_are_a_conflict():
    record = compare_articles(
        [_article(FIRST, "Daily Lantern"), _article(SECOND + UNRELATED, "Coast Wire")]
    )
    claim_facts = [f for f in record.facts if f.category == "claim"]
    assert len(claim_facts) == 1
    fact = claim_facts[0]
    assert fact.verdict.status == "conflict" and fact.verdict.conflict == "numbers"
    assert "2016" in fact.verdict.reason and "2017" in fact.verdict.reason
    assert "Daily Lantern" in fact.verdict.reason and "Coast Wire" in fact.verdict.reason
    texts = {record.claim(c).text.text for c in fact.claim_ids}
    assert not any("football" in t for t in texts)


def test_one_report_alone_gives_no_claim_fact():
    record = compare_articles([_article(FIRST + SECOND, "Daily Lantern")])
    assert not [f for f in record.facts if f.category == "claim"]
