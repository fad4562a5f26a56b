"""Text files: exact text, header lines, blocks, outlet from the text."""

from __future__ import annotations

from pathlib import Path

from ingest_support import assert_blocks_well_formed, block_texts, fixture_path

from corroborate.ingest import article_id, load_sources


def _one(source: str):
    loaded = load_sources([source])
    assert loaded.problems == ()
    (article,) = loaded.articles
    return article


def test_text_is_the_file_exactly_and_id_is_its_hash():
    path = fixture_path("velmora_headers.txt")
    article = _one(path)
    assert article.text == Path(path).read_text(encoding="utf-8")
    assert article.id == article_id(article.text)
    assert article.source == path
    assert_blocks_well_formed(article)


def test_header_lines_fill_metadata_and_are_header_blocks():
    article = _one(fixture_path("velmora_headers.txt"))
    assert article.outlet == "Velmora Evening Star"
    assert article.published == "2025-03-15"
    assert article.author == "Petra Lind"
    assert article.url == "https://eveningstar.example/velmora-flood"
    assert block_texts(article, "header") == [
        "outlet: Velmora Evening Star",
        "date: March 15, 2025",
        "author: Petra Lind",
        "url: https://eveningstar.example/velmora-flood",
    ]
    assert not article.is_readable(article.text.index("Velmora Evening Star"))


def test_first_short_line_without_final_punctuation_is_the_title():
    article = _one(fixture_path("velmora_headers.txt"))
    assert block_texts(article, "title") == ["Water board and mayor differ on Velmora flood count"]
    assert article.title == "Water board and mayor differ on Velmora flood count"


def test_promo_lines_are_kept_as_blocks_but_not_read():
    article = _one(fixture_path("velmora_headers.txt"))
    assert block_texts(article, "promo") == [
        "SIGN UP FOR THE EVENING STAR MORNING BRIEFING",
        "WATCH: Drone footage of the breach",
    ]
    assert not article.is_readable(article.text.index("SIGN UP"))
    assert not article.is_readable(article.text.index("Drone footage"))


def test_captions_and_embedded_posts_stay_readable():
    article = _one(fixture_path("velmora_headers.txt"))
    (caption,) = block_texts(article, "caption")
    assert caption.endswith("Photo: Kai Rautio / Velmora Evening Star")
    (embed,) = block_texts(article, "embed")
    assert "pic.twitter.com/AbCdEf1234" in embed and embed.endswith("March 15, 2025")
    assert article.is_readable(article.text.index("Rescue boats"))
    assert article.is_readable(article.text.index("Boats are still going"))


def test_date_header_running_on_into_the_body_on_one_line():
    path = fixture_path("velmora_wrapped.txt")
    article = _one(path)
    assert article.published == "2025-03-16"
    assert block_texts(article, "header") == ["date 2025-03-16"]
    assert article.is_readable(article.text.index("Clean-up begins"))
    assert_blocks_well_formed(article)


def test_hard_wrapped_paragraphs_are_one_block_each():
    article = _one(fixture_path("velmora_wrapped.txt"))
    bodies = block_texts(article, "body")
    assert bodies[0].startswith("Clean-up begins") and bodies[0].endswith("flood damaged.")
    assert (
        bodies[1]
        == 'The water board said 41 homes were damaged, a figure the mayor\ncalled "far too low".'
    )
    assert block_texts(article, "promo") == ["READ MORE: WHO BUILT THE VELMORA DAM"]


def test_outlet_from_the_text_when_no_metadata_names_it():
    article = _one(fixture_path("velmora_no_metadata.txt"))
    # "could not independently verify" / "has contacted" outweigh "told the Kettle Hill Gazette".
    assert article.outlet == "The Riverside Courier"
    assert article.published is None and article.title is None


def test_outlet_from_told_when_nothing_stronger(tmp_path):
    path = tmp_path / "told.txt"
    path.write_text("The mayor told The Velmora Tribune on Sunday that 41 homes were damaged.\n")
    assert _one(str(path)).outlet == "The Velmora Tribune"


def test_metadata_in_header_lines_wins_over_the_text(tmp_path):
    path = tmp_path / "both.txt"
    path.write_text(
        "outlet: Kettle Hill Gazette\n\nThe Riverside Courier could not independently verify it.\n"
    )
    assert _one(str(path)).outlet == "Kettle Hill Gazette"


def test_byte_order_mark_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2025-03-16\nThe board said 41 homes were damaged.\n".encode())
    article = _one(str(path))
    assert article.text.startswith("date 2025-03-16")
    assert article.published == "2025-03-16"


def test_spans_taken_from_blocks_match_the_file(tmp_path):
    text = "title: Flood\r\n\r\nThe board said 41 homes were damaged.\r\nREAD MORE: OTHER STORY\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode())
    article = _one(str(path))
    assert article.text == text
    for block in article.blocks:
        span = article.span(block.start, block.end)
        assert text[span.start : span.end] == span.text
        assert "\r" not in span.text
    assert block_texts(article, "promo") == ["READ MORE: OTHER STORY"]


def test_file_without_extension_is_sniffed_as_text(tmp_path):
    path = tmp_path / "report"
    path.write_text("The board said 41 homes were damaged in Velmora.\n")
    assert _one(str(path)).text == "The board said 41 homes were damaged in Velmora.\n"


def test_told_a_person_or_officials_is_not_an_outlet(tmp_path):
    path = tmp_path / "people.txt"
    path.write_text(
        "A neighbour told Lucas that the river rose at night. The mayor told US officials and "
        "told police that 41 homes were damaged.\n"
    )
    assert _one(str(path)).outlet is None


def test_call_signs_and_possessives_after_told(tmp_path):
    path = tmp_path / "station.txt"
    path.write_text(
        "A resident told KVLM 7 that the water rose fast. Another told KVLM’s reporter the same.\n"
    )
    assert _one(str(path)).outlet == "KVLM 7"


def test_byline_near_the_top_is_a_header_and_gives_the_author(tmp_path):
    path = tmp_path / "byline.txt"
    path.write_text(
        "Velmora counts the cost of the flood\n"
        "By Petra Lind and Ola Brenn\n"
        "By Tuesday, 41 homes had been declared unsafe, the water board said.\n"
    )
    article = _one(str(path))
    assert article.author == "Petra Lind and Ola Brenn"
    assert block_texts(article, "header") == ["By Petra Lind and Ola Brenn"]
    assert article.is_readable(article.text.index("By Tuesday"))


def test_photo_released_by_is_a_caption(tmp_path):
    path = tmp_path / "caption.txt"
    path.write_text(
        "The water board said 41 homes were damaged.\n"
        "A photo released by the Velmora fire service shows water pouring through the breach.\n"
        "The mayor disputed the figure.\n"
    )
    (caption,) = block_texts(_one(str(path)), "caption")
    assert caption.startswith("A photo released by")


def test_sentences_in_capitals_of_a_transcript_are_body(tmp_path):
    path = tmp_path / "transcript.txt"
    path.write_text(
        "REPORTER: THE WATER BOARD SAYS 41 HOMES WERE DAMAGED.\n"
        "THE MAYOR SAYS THE NUMBER IS FAR HIGHER.\n"
        "> > WE LOST EVERYTHING ON THE GROUND FLOOR.\n"
        "CREWS WILL INSPECT THE SPILLWAY ON MONDAY.\n"
        "THE BOARD HAS NOT SAID WHEN ITS SURVEY WILL BE PUBLISHED.\n"
    )
    article = _one(str(path))
    assert block_texts(article, "promo") == []
    assert article.is_readable(article.text.index("THE MAYOR SAYS"))


def test_a_shouted_sentence_in_a_story_is_not_a_promo(tmp_path):
    path = tmp_path / "shout.txt"
    path.write_text(
        "Residents gathered outside the town hall on Monday.\n"
        "ONE BANNER READ: WE WANT THE SURVEY NOW.\n"
        "The board said it would publish its survey on Tuesday.\n"
    )
    assert block_texts(_one(str(path)), "promo") == []


def test_post_text_before_its_signature_line_joins_the_embed(tmp_path):
    path = tmp_path / "tweet.txt"
    path.write_text(
        "The fire service posted an update on Saturday.\n"
        "Boats are still going street to street in lower Velmora\n"
        "— Velmora Fire Service (@VelmoraFire) March 15, 2025\n"
        "The board said nobody was missing.\n"
    )
    (embed,) = block_texts(_one(str(path)), "embed")
    assert embed.startswith("Boats are still going") and embed.endswith("March 15, 2025")


def test_header_line_with_no_value_or_an_unreadable_date(tmp_path):
    path = tmp_path / "odd_headers.txt"
    path.write_text(
        "title:   \nDate: sometime last week\n\nThe board said 41 homes were damaged.\n"
    )
    article = _one(str(path))
    assert block_texts(article, "header") == ["title:", "Date: sometime last week"]
    assert article.title is None and article.published is None
    assert_blocks_well_formed(article)


def test_a_body_line_starting_with_a_key_word_is_not_a_header(tmp_path):
    path = tmp_path / "not_headers.txt"
    path.write_text("Date palms lined the flooded road into Velmora.\nThe board said 41 homes.\n")
    article = _one(str(path))
    assert block_texts(article, "header") == []
    assert article.published is None


def test_a_dateline_near_the_top_gives_the_publication_date(tmp_path):
    path = tmp_path / "dateline.txt"
    path.write_text(
        "Ferry stranded off Caldera Point\n"
        "Posted: Tuesday, 4 March 2025 09:12 GMT\n\n"
        "Forty passengers spent the night aboard a ferry that lost power on Monday, "
        "the harbour office said.\n",
        encoding="utf-8",
    )
    assert _one(str(path)).published == "2025-03-04"


def test_header_lines_win_over_a_dateline(tmp_path):
    path = tmp_path / "both.txt"
    path.write_text(
        "date: 2025-03-05\n\nFerry stranded off Caldera Point\n4 March 2025\n\n"
        "Forty passengers spent the night aboard a ferry.\n",
        encoding="utf-8",
    )
    assert _one(str(path)).published == "2025-03-05"


def test_a_news_agency_the_report_cites_is_not_its_outlet(tmp_path):
    path = tmp_path / "agency.txt"
    path.write_text(
        "Two villages were damaged, the district governor told KNRA news agency on Sunday.\n",
        encoding="utf-8",
    )
    assert _one(str(path)).outlet is None
