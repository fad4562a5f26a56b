"""HTML files: text and metadata through trafilatura, captions kept, promo dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_support import assert_blocks_well_formed, block_texts, fixture_path

from corroborate.errors import NoArticleError
from corroborate.ingest import article_id, load_sources, read_source


def _one(source: str):
    loaded = load_sources([source])
    assert loaded.problems == ()
    (article,) = loaded.articles
    return article


def test_metadata_from_html_meta_tags():
    article = _one(fixture_path("harbour_ledger_flood.html"))
    assert article.outlet == "The Harbour Ledger"
    assert article.title == "Velmora dam breach floods lower town"
    assert article.author == "Mira Tolvanen"
    assert article.published == "2025-03-14"
    assert article.url == "https://harbourledger.example/news/velmora-dam-breach"


def test_text_is_the_article_paragraphs_without_navigation():
    article = _one(fixture_path("harbour_ledger_flood.html"))
    assert "Water poured through a breach" in article.text
    assert "\nThe board said 340 people" in article.text
    assert "Sport" not in article.text and "All rights reserved" not in article.text
    assert article.id == article_id(article.text)
    assert_blocks_well_formed(article)


def test_html_blocks_title_promo_and_caption():
    article = _one(fixture_path("harbour_ledger_flood.html"))
    assert block_texts(article, "title") == ["Velmora dam breach floods lower town"]
    assert block_texts(article, "promo") == ["READ MORE: HOW THE VELMORA DAM WAS BUILT"]
    (caption,) = block_texts(article, "caption")
    assert caption.startswith("Residents wade through a flooded street")
    assert article.is_readable(article.text.index("Residents wade"))
    assert not article.is_readable(article.text.index("HOW THE VELMORA DAM"))


def test_outlet_from_text_when_the_page_names_no_site():
    article = _one(fixture_path("velmora_no_sitename.html"))
    assert article.outlet == "The Riverside Courier"
    assert article.author == "Jonas Erdal"
    assert article.published == "2025-03-16"


def test_page_without_an_article_is_a_problem():
    path = fixture_path("velmora_no_article.html")
    loaded = load_sources([path])
    assert loaded.articles == ()
    (problem,) = loaded.problems
    assert problem.source == path
    assert problem.message == f"{path}: no article text found"
    with pytest.raises(NoArticleError):
        read_source(path)


def test_html_without_extension_is_sniffed(tmp_path):
    page = tmp_path / "page"
    page.write_bytes(Path(fixture_path("harbour_ledger_flood.html")).read_bytes())
    article = _one(str(page))
    assert article.outlet == "The Harbour Ledger"


def test_html_in_another_encoding_is_decoded_by_its_meta_charset(tmp_path):
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Flut in Velmora</title></head><body>'
        "<article><p>Die Wasserbehörde sagte am Freitag, dass 41 Häuser in Velmora beschädigt "
        "wurden und dass niemand vermisst wird.</p></article></body></html>"
    )
    path = tmp_path / "latin1.html"
    path.write_bytes(page.encode("iso-8859-1"))
    article = _one(str(path))
    assert "Wasserbehörde" in article.text and "Häuser" in article.text


def test_embedded_tweet_is_one_readable_embed_block():
    article = _one(fixture_path("harbour_ledger_flood.html"))
    (embed,) = block_texts(article, "embed")
    assert embed.startswith("Our crews are taking residents")
    assert embed.endswith("— Velmora Fire Service (@VelmoraFire) March 14, 2025")
    assert article.is_readable(article.text.index("Our crews"))
