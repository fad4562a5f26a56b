"""Statements that are not numbers, aligned across reports (invented reports)."""

from __future__ import annotations

from corroborate.compare import compare_articles
from corroborate.ingest.text import article_id
from corroborate.nlp import load_pipeline
from corroborate.read import read_article
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


def _dated(text: str, outlet: str, published: str) -> Article:
    article = _article(text, outlet)
    return Article(
        id=article.id,
        text=text,
        source=article.source,
        outlet=outlet,
        published=published,
        blocks=article.blocks,
    )


def test_days_resolved_against_each_reports_date_that_differ_are_a_conflict():
    # Wednesday 16 March 2016: "on Monday" is 14 March; the other report says 10 March.
    first = _dated(
        "Mayor Ilsa Brandt said the Pellworth council closed the Orlan bridge on Monday.\n",
        "Daily Lantern",
        "2016-03-16",
    )
    second = _dated(
        "Mayor Ilsa Brandt said the Pellworth council closed the Orlan bridge on 10 March.\n",
        "Coast Wire",
        "2016-03-17",
    )
    record = compare_articles([first, second])
    (fact,) = [f for f in record.facts if f.category == "claim"]
    assert (fact.verdict.status, fact.verdict.conflict) == ("conflict", "numbers")
    assert "2016-03-14" in fact.verdict.reason and "2016-03-10" in fact.verdict.reason


def test_the_same_day_written_two_ways_agrees():
    # "yesterday" in a report of 15 March and "on Monday" in one of Wednesday 16 March.
    first = _dated(
        "Mayor Ilsa Brandt said the Pellworth council closed the Orlan bridge yesterday.\n",
        "Daily Lantern",
        "2016-03-15",
    )
    second = _dated(
        "Mayor Ilsa Brandt said the Pellworth council closed the Orlan bridge on Monday.\n",
        "Coast Wire",
        "2016-03-16",
    )
    record = compare_articles([first, second])
    claim_facts = [f for f in record.facts if f.category == "claim"]
    assert [f.verdict.status for f in claim_facts] == ["agreed"]


def test_a_decade_is_not_a_year_that_conflicts():
    first = _article(
        "The Orlan ferry line of Pellworth carried its most passengers in the 1950s, the harbour "
        "museum says.\n",
        "Daily Lantern",
    )
    second = _article(
        "The Orlan ferry line of Pellworth carried its most passengers in 1955, the harbour "
        "museum says.\n",
        "Coast Wire",
    )
    record = compare_articles([first, second])
    assert not [f for f in record.facts if f.verdict.conflict == "numbers"]


def test_the_same_weekday_in_reports_a_week_apart_is_no_conflict():
    # Both say "on Saturday"; one report is dated a week after the other, so the weekday resolves
    # to two different Saturdays, but nothing in the words sets the two days apart.
    first = "Mayor Ilsa Brandt said the Pellworth council closed the Orlan bridge on Saturday.\n"
    second = first.replace("council closed", "council had closed")
    record = compare_articles(
        [_dated(first, "Daily Lantern", "2016-03-14"), _dated(second, "Coast Wire", "2016-03-21")]
    )
    assert not [f for f in record.facts if f.verdict.status == "conflict"]


def test_a_day_without_its_year_matches_the_same_day_with_it():
    first = _dated(
        "Mayor Ilsa Brandt said the Pellworth council closed the Orlan bridge on June 24.\n",
        "Daily Lantern",
        "2017-03-20",
    )
    second = _dated(
        "Mayor Ilsa Brandt said the Pellworth council closed the Orlan bridge on June 24, 2015.\n",
        "Coast Wire",
        "2017-03-21",
    )
    record = compare_articles([first, second])
    assert not [f for f in record.facts if f.verdict.status == "conflict"]


def test_three_reports_giving_three_years_for_one_statement_stay_one_fact():
    texts = [
        FIRST,
        FIRST.replace("2016", "2017"),
        FIRST.replace("2016", "2018"),
    ]
    outlets = ["Daily Lantern", "Coast Wire", "Harbour Ledger"]
    record = compare_articles([_article(t, o) for t, o in zip(texts, outlets, strict=True)])
    (fact,) = [f for f in record.facts if f.category == "claim"]
    assert fact.verdict.conflict == "numbers"
    assert all(year in fact.verdict.reason for year in ("2016", "2017", "2018"))


def test_different_years_in_statements_that_are_not_paraphrases_are_compatible():
    # Similar (0.83) but not a close paraphrase: the two years may date different moments
    # (agreed to host in 2016; the families came in 2017), so no conflict, and the reason says so.
    loose = "Pellworth has housed Orlan refugee families since 2017, when the first of them came by bus.\n"
    record = compare_articles([_article(FIRST, "Daily Lantern"), _article(loose, "Coast Wire")])
    (fact,) = [f for f in record.facts if f.category == "claim"]
    assert fact.verdict.status == "compatible" and fact.verdict.conflict is None
    assert "2016" in fact.verdict.reason and "2017" in fact.verdict.reason
    assert "may date different moments" in fact.verdict.reason
    # The same sentence with another year is a close paraphrase: a conflict of numbers.
    twins = compare_articles(
        [_article(FIRST, "Daily Lantern"), _article(FIRST.replace("2016", "2017"), "Coast Wire")]
    )
    (twin,) = [f for f in twins.facts if f.category == "claim"]
    assert (twin.verdict.status, twin.verdict.conflict) == ("conflict", "numbers")


ASSERTED_SALE = "The Orlan harbour board sold the old pier to the Pellworth council.\n"


def _claim_verdicts(first: str, second: str) -> list[tuple[str, str | None]]:
    record = compare_articles([_article(first, "Daily Lantern"), _article(second, "Coast Wire")])
    return [(f.verdict.status, f.verdict.conflict) for f in record.facts if f.category == "claim"]


def test_a_denial_of_the_statement_another_report_makes_is_a_conflict_of_denial():
    denial = "The Orlan harbour board denied that it sold the old pier to the Pellworth council.\n"
    assert _claim_verdicts(denial, ASSERTED_SALE) == [("conflict", "denial")]


def test_a_denial_verb_in_a_clause_beside_the_statement_denies_nothing():
    # "rejected" dates the sale; it does not deny it.
    aside = (
        "The Orlan harbour board sold the old pier to the Pellworth council after the mayor "
        "rejected a first offer.\n"
    )
    assert ("conflict", "denial") not in _claim_verdicts(aside, ASSERTED_SALE)


def test_a_denial_beside_a_statement_with_a_subject_of_its_own_denies_nothing():
    # Two statements joined by "and": the denial governs the first, the other report quotes
    # only the second.
    both = (
        "The Pellworth council rejected the plan, and its members are now going after the rules "
        "that protect the Orlan pier.\n"
    )
    second = (
        "The members of the Pellworth council are now going after the rules that protect the "
        "Orlan pier.\n"
    )
    assert ("conflict", "denial") not in _claim_verdicts(both, second)


def test_a_claim_holding_a_negation_is_not_the_asserted_side_of_a_denial():
    # Both deny the sale, in two wordings.
    denial = (
        "Ilsa Brandt denied that the Orlan harbour board sold the old pier to the Pellworth "
        "council.\n"
    )
    insisted = (
        "Ilsa Brandt insisted that the Orlan harbour board did not sell the old pier to the "
        "Pellworth council.\n"
    )
    assert ("conflict", "denial") not in _claim_verdicts(denial, insisted)


def test_a_denial_verb_that_is_itself_negated_denies_nothing():
    text = (
        "Ilsa Brandt did not deny that the Orlan harbour board sold the old pier to the "
        "Pellworth council.\n"
    )
    reading = read_article(_article(text, "Daily Lantern"), load_pipeline())
    assert reading.claims and not any(claim.negated for claim in reading.claims)


def test_a_denial_joined_to_a_statement_of_the_same_speaker_still_denies():
    text = (
        "The Pellworth mayor also denied there were any injuries in the Orlan fire and said "
        "that the firemen had acted well.\n"
    )
    reading = read_article(_article(text, "Daily Lantern"), load_pipeline())
    assert reading.claims and all(claim.negated for claim in reading.claims)


def test_one_statement_in_other_words_from_two_reports_is_agreed() -> None:
    # Two named things in common and close wording (cosine 0.835): one statement, agreed. A
    # sentence naming the same two things but saying something else (0.78) stays out.
    first = _article(
        "The Velmar Port Authority closed the Dorsk terminal after the fuel spill.\n",
        "Daily Lantern",
    )
    second = _article(
        "After fuel leaked, the Velmar Port Authority turned ships away from the Dorsk "
        "terminal.\nThe Velmar Port Authority said the Dorsk terminal would reopen next week.\n",
        "Coast Wire",
    )
    record = compare_articles([first, second])
    (fact,) = [f for f in record.facts if f.category == "claim"]
    assert fact.verdict.status == "agreed"
    texts = {record.claim(c).text.text.strip() for c in fact.claim_ids}
    assert texts == {
        "The Velmar Port Authority closed the Dorsk terminal after the fuel spill.",
        "After fuel leaked, the Velmar Port Authority turned ships away from the Dorsk terminal.",
    }
