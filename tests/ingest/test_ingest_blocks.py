"""Block classification of single paragraphs, and block offsets on every fixture."""

from __future__ import annotations

import pytest
from ingest_support import FIXTURES, assert_blocks_well_formed

from corroborate.ingest import load_sources
from corroborate.ingest.blocks import classify_paragraph


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("VELMORA MAYOR FACES QUESTIONS OVER FLOOD WARNINGS", "promo"),
        ("CLICK HERE TO GET THE HARBOUR LEDGER APP", "promo"),
        ("READ MORE: Who built the Velmora dam?", "promo"),
        ("Sign up for our morning briefing", "promo"),
        ("WATCH: Drone footage of the breach", "promo"),
        ("Advertisement", "promo"),
        (
            "Residents on the roof of a house in Velmora. Photo: Kai Rautio / Evening Star",
            "caption",
        ),
        ("A rescue boat in lower Velmora on Friday. (Reuters)", "caption"),
        ("Water pours through the breach on Friday. Kai Rautio/Getty Images", "caption"),
        ("Image: the breach seen from Kettle Hill", "caption"),
        ("A photo shared by the fire service shows the breach.", "caption"),
        (
            "Crews at work pic.twitter.com/AbC123 — Velmora Fire (@VelmoraFire) March 15, 2025",
            "embed",
        ),
        ("View this post on Instagram", "embed"),
        ("The board said 41 homes had been damaged (the mayor says more).", "body"),
        ("Mayor Ansel Brook told the AP that the figure was too low.", "body"),
        ("Police said: “Nobody is missing.”", "body"),
    ],
)
def test_paragraph_kinds(paragraph, kind):
    assert classify_paragraph(paragraph) == kind


def test_first_headline_like_line_is_a_title_only_when_followed():
    headline = "Velmora dam breach floods lower town"
    assert classify_paragraph(headline, first=True, followed=True) == "title"
    assert classify_paragraph(headline, first=True, followed=False) == "body"
    assert classify_paragraph(headline, first=False) == "body"
    sentence = "Water poured through a breach in the old Velmora dam on Friday."
    assert classify_paragraph(sentence, first=True) == "body"


@pytest.mark.parametrize(
    "name", sorted(path.name for path in FIXTURES.iterdir() if path.suffix != ".md")
)
def test_every_block_is_a_valid_span_of_the_text(name):
    loaded = load_sources([str(FIXTURES / name)])
    for article in loaded.articles:
        assert_blocks_well_formed(article)
        for block in article.blocks:
            span = article.span(block.start, block.end)
            assert article.text[span.start : span.end] == span.text
            assert span.article_id == article.id
