"""The two real seed reports (read from ../shared/seeds; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

from ingest_support import assert_blocks_well_formed, block_texts, seed_path

from corroborate.ingest import load_sources


def _seed(prefix: str):
    path = seed_path(prefix)
    loaded = load_sources([path])
    assert loaded.problems == ()
    (article,) = loaded.articles
    assert article.text == Path(path).read_text(encoding="utf-8")
    assert_blocks_well_formed(article)
    return article


def test_outlets_read_from_the_text():
    assert _seed("000").outlet == "The National"
    assert _seed("002").outlet == "Fox News Digital"


def test_date_header_on_the_first_line_of_000():
    article = _seed("000")
    assert article.published == "2023-06-21"
    assert block_texts(article, "header") == ["date 2023-06-21"]
    # The body text on the same line is read.
    assert article.is_readable(article.text.index("A coalition"))
    assert _seed("002").published is None


def test_capitals_promo_lines_of_002_are_promo():
    promos = block_texts(_seed("002"), "promo")
    # Short prefixes only: the seed's own lines stay in ../shared.
    assert any(promo.startswith("ALBANIAN COURT CONVICTS") for promo in promos)
    assert any(promo.startswith("US ACCUSED OF RETREATING") for promo in promos)
    assert all(text.isupper() for text in promos)


def test_photo_caption_and_tweet_of_000():
    article = _seed("000")
    (caption,) = block_texts(article, "caption")
    assert caption.startswith("A photo shared by") and "Photo: " in caption
    (embed,) = block_texts(article, "embed")
    assert "pic.twitter.com/" in embed and "(@" in embed
    assert article.is_readable(article.text.index(caption))
    assert article.is_readable(article.text.index(embed))


def test_only_promo_and_header_are_unreadable():
    for prefix in ("000", "002"):
        article = _seed(prefix)
        kinds = {block.kind for block in article.blocks}
        assert "body" in kinds
        assert "title" not in kinds  # neither seed starts with a headline
