"""Entities across reports: general causes the fourth held-out ECB+ set revealed (issue 5).

Every sentence here is invented (made-up outlets, places and people).
"""

from __future__ import annotations

from corroborate.compare import compare_articles
from corroborate.record import Article


def _names(*texts: str) -> list[list[str]]:
    articles = [
        Article(id=f"a{number}", text=text, source=f"a{number}.txt", outlet=f"Outlet {number}")
        for number, text in enumerate(texts)
    ]
    record = compare_articles(articles)
    return [sorted({mention.text for mention in entity.mentions}) for entity in record.entities]


def test_a_full_name_with_and_without_its_middle_name_is_one_person() -> None:
    names = _names(
        "Police said Oskar Ferrin Dalby, 44, was shot dead at the Tolvane office party on Friday.",
        "The victim, Oskar Dalby, had worked at the firm for ten years, a colleague said.",
    )
    assert ["Oskar Dalby", "Oskar Ferrin Dalby"] in names


def test_two_people_with_different_middle_names_keep_the_short_name_apart() -> None:
    names = _names(
        "Oskar Ferrin Dalby and Oskar Lund Dalby, brothers, were both hurt in Tolvane.",
        "Oskar Dalby was treated at the Dravik clinic, a nurse said.",
    )
    assert not any("Oskar Dalby" in group and len(group) > 1 for group in names)


def _facts(*texts: str) -> list[tuple[str, str | None, list[str]]]:
    articles = [
        Article(id=f"a{number}", text=text, source=f"a{number}.txt", outlet=f"Outlet {number}")
        for number, text in enumerate(texts)
    ]
    record = compare_articles(articles)
    spans = {figure.id: figure.span.text for figure in record.figures}
    return [
        (fact.verdict.status, fact.verdict.conflict, sorted(spans[i] for i in fact.figure_ids))
        for fact in record.facts
    ]


def test_engines_and_appliances_sent_are_one_fact_in_conflict() -> None:
    facts = _facts(
        "A fire broke out at the Tolvane mill on Sunday. When crews arrived they called in an "
        "additional six engines, the fire service said.",
        "A fire broke out at the Tolvane mill on Sunday. Crews attended the scene and then "
        "called a further four appliances to help, the fire service said.",
    )
    assert ("conflict", "numbers", ["four", "six"]) in facts
