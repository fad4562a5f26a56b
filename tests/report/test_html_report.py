"""The HTML report: one self-contained file, each value linked to its highlighted quote, escaped."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

from corroborate.record import EventRecord
from corroborate.report.html import render_html, write_html


class _Page(HTMLParser):
    """What a test needs from a page: ids, links, tags, cells and each article's text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, dict[str, str | None]] = {}
        self.links: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.article_texts: dict[str, str] = {}
        self.marked: dict[str, str] = {}
        self._article: str | None = None
        self._text_depth = 0
        self._marks_stack: list[list[str]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id"):
            self.ids[attributes["id"] or ""] = attributes
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"] or "")
        if tag == "article":
            self._article = (attributes.get("id") or "").removeprefix("article-")
        if self._text_depth:
            self._text_depth += 1
            self._marks_stack.append((attributes.get("data-marks") or "").split())
        elif tag == "div" and attributes.get("class") == "text":
            self._text_depth = 1
            self.article_texts[self._article or ""] = ""

    def handle_endtag(self, tag: str) -> None:
        if self._text_depth:
            self._text_depth -= 1
            if self._marks_stack:
                self._marks_stack.pop()

    def handle_data(self, data: str) -> None:
        if self._text_depth and self._article is not None:
            self.article_texts[self._article] += data
            for marks in self._marks_stack:
                for mark in marks:
                    self.marked[mark] = self.marked.get(mark, "") + data


def test_the_page_is_one_self_contained_file(record: EventRecord, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_html(record, path)
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    parsed = _Page(page)
    assert not [tag for tag, attributes in parsed.tags if tag == "link"]
    assert not [tag for tag, attributes in parsed.tags if attributes.get("src")]
    assert "@import" not in page and "url(" not in page
    external = [link for link in parsed.links if not link.startswith("#")]
    assert external == ["https://courier.example/raid"]  # the article's own link, nothing else


def test_every_value_links_to_its_highlighted_quote(record: EventRecord) -> None:
    parsed = _Page(render_html(record))
    internal = [link.removeprefix("#") for link in parsed.links if link.startswith("#")]
    assert internal and all(target in parsed.ids for target in internal)
    for figure in record.figures:
        anchor = f"s-{figure.span.article_id}-{figure.span.start}-{figure.span.end}"
        assert f"#{anchor}" in parsed.links
        assert parsed.marked[anchor] == figure.span.text


def test_no_anchor_is_named_twice(record: EventRecord) -> None:
    ids = re.findall(r' id="([^"]+)"', render_html(record))
    assert len(ids) == len(set(ids))


def test_the_highlighted_article_text_is_the_article_text(record: EventRecord) -> None:
    parsed = _Page(render_html(record))
    for article in record.articles:
        assert parsed.article_texts[article.id] == article.text


def test_the_matrix_marks_conflicting_cells_and_gives_verdicts(record: EventRecord) -> None:
    page = render_html(record)
    rows = {
        match.group(1): match.group(2)
        for match in re.finditer(r'<tr class="verdict-\w+" id="fact-(\w+)">(.*?)</tr>', page, re.S)
    }
    assert set(rows) == {fact.id for fact in record.facts}
    assert rows["f2"].count('class="conflict"') == 2
    assert 'class="conflict"' not in rows["f3"]
    assert "conflict: numbers" in rows["f2"]
    assert "more than 100 and around 30 cannot both be right." in rows["f2"]
    assert "— Brightwater Fellowship" in rows["f2"] and "— local reporting" in rows["f2"]
    assert "more than" in rows["f2"]  # the qualifier
    assert rows["f7"].count('class="conflict"') == 2
    assert "“police used tear gas”" in rows["f7"] and "— Officers" in rows["f7"]


def test_entities_hedges_and_attributions_are_listed(record: EventRecord) -> None:
    page = render_html(record)
    entities = page[page.index('id="entities"') : page.index('id="hedges"')]
    assert "Ana Dorsey" in entities
    hedges = page[page.index('id="hedges"') : page.index('id="attributions"')]
    assert "could not verify" in hedges
    attributions = page[page.index('id="attributions"') : page.index('id="articles"')]
    assert "According to" in attributions and "local reporting" in attributions


def test_everything_from_an_article_is_escaped(hostile_record: EventRecord) -> None:
    page = render_html(hostile_record)
    parsed = _Page(page)
    assert [tag for tag, _ in parsed.tags].count("script") == 1  # the report's own script
    assert "<b>" not in page and "<i>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "Smith &amp; Sons" in page
    assert "javascript:" not in page
    article = hostile_record.articles[0]
    assert parsed.article_texts[article.id] == article.text


def test_a_single_article_still_makes_a_page(single_record: EventRecord) -> None:
    page = render_html(single_record)
    assert "Nothing to compare: one article." in page
    assert "Figures not grouped into a fact" in page
    assert ">40</a>" in page


def test_text_that_is_not_read_is_shown_struck_through(record: EventRecord) -> None:
    page = render_html(record)
    assert re.search(r'<span class="block block-promo"[^>]*>SIGN UP FOR OUR NEWSLETTER', page)


def test_a_figure_shows_when_it_was_counted_escaped(record: EventRecord) -> None:
    first, second, *rest = record.figures
    figures = (
        dataclasses.replace(first, as_of="now"),
        dataclasses.replace(second, as_of="<b>2014</b>"),  # not a time we write; still escaped
        *rest,
    )
    page = render_html(dataclasses.replace(record, figures=figures))
    assert '<span class="as-of">(now)</span>' in page
    assert '<span class="as-of">(&lt;b&gt;2014&lt;/b&gt;)</span>' in page
    assert "<b>" not in page
