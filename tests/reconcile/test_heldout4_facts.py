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
