"""The outlet read from the article's words: "told X" and the page's web address (invented
outlets and places)."""

from __future__ import annotations

from corroborate.ingest.outlet import outlet_from_text


def _body(text: str) -> list[tuple[int, int]]:
    """Everything after the first line (the header) is readable."""
    start = text.index("\n") + 1
    return [(start, len(text))]


def test_told_another_outlet_on_a_page_of_a_different_site_is_cited_not_the_outlet() -> None:
    text = (
        "url: https://www.velmorapost.com/world/climber-dies\n"
        "A second climber has died, Inspector Marek Telvo told the Dorvan Herald.\n"
    )
    assert outlet_from_text(text, readable=_body(text)) is None


def test_told_the_outlet_whose_web_address_the_page_has_is_the_outlet() -> None:
    text = (
        "url: http://www.ostlandnews.com/local/fire-at-the-mill\n"
        "One witness told Ostland News that the fire spread fast.\n"
    )
    assert outlet_from_text(text, readable=_body(text)) == "Ostland News"


def test_told_an_outlet_with_no_web_address_stays_weak_evidence() -> None:
    text = "The mayor told The Velmora Tribune on Sunday that 41 homes were damaged.\n"
    assert outlet_from_text(text) == "The Velmora Tribune"


def test_a_web_address_in_the_body_is_not_the_page() -> None:
    text = (
        "Flood in Velmora\n"
        "The mayor told The Velmora Tribune that 41 homes were damaged "
        "(see https://www.example.org/maps).\n"
    )
    assert outlet_from_text(text, readable=_body(text)) == "The Velmora Tribune"
