"""Assemble an Article from its text and metadata: id, blocks, header lines, outlet."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from corroborate.ingest.blocks import cut_blocks
from corroborate.ingest.headers import read_header_lines
from corroborate.ingest.metadata import NO_METADATA, Metadata
from corroborate.ingest.outlet import outlet_from_text
from corroborate.ingest.url_dates import url_date
from corroborate.read.dates import publication_date
from corroborate.record import READABLE_BLOCKS, Article, Block

__all__ = ["article_id", "build_article"]


def article_id(text: str) -> str:
    """The content hash that keys an article: sha256 of the UTF-8 text, first 16 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def build_article(
    text: str,
    source: str,
    *,
    metadata: Metadata = NO_METADATA,
    weak_outlet: str | None = None,
    header_lines: bool = True,
) -> Article:
    """An Article for ``text`` as it is (offsets are never shifted).

    ``metadata`` wins over header lines, which win over what the text says. With
    ``header_lines=True`` the metadata lines at the top become ``header`` blocks and fill
    metadata. When no outlet is known, it is read from the text (``outlet_from_text``), and
    failing that ``weak_outlet`` (a bare host name) is used.
    """
    blocks: list[Block] = []
    body_start = 0
    if header_lines:
        headers = read_header_lines(text)
        metadata = metadata.filled_from(headers.metadata)
        blocks.extend(Block("header", start, end) for start, end in headers.spans)
        body_start = headers.body_start
    starts_mid_line = body_start > 0 and text[body_start - 1] != "\n"
    blocks.extend(
        cut_blocks(text, body_start, known_title=metadata.title, title_allowed=not starts_mid_line)
    )
    blocks.sort(key=lambda block: block.start)
    blocks, byline = _bylines_as_headers(text, blocks)
    if metadata.author is None and byline is not None:
        metadata = replace(metadata, author=byline)
    outlet = metadata.outlet
    if outlet is None:
        readable = [(block.start, block.end) for block in blocks if block.kind in READABLE_BLOCKS]
        outlet = outlet_from_text(text, readable=readable) or weak_outlet
    title = metadata.title
    if title is None:
        title = next(
            (text[block.start : block.end] for block in blocks if block.kind == "title"), None
        )
    return Article(
        id=article_id(text),
        text=text,
        source=source,
        outlet=outlet,
        title=title,
        url=metadata.url,
        published=metadata.published or publication_date(text) or url_date(metadata.url),
        author=metadata.author,
        blocks=tuple(blocks),
    )


_BYLINE = re.compile(
    r"By:? (?P<author>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:(?:,| and| &) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}){0,3})"
    r"(?: (?:in|for) [A-Z][\w ,.'’-]{0,40})?"
)
_BYLINE_WINDOW = 3
"""Bylines are looked for in this many paragraphs after the header lines."""


def _bylines_as_headers(text: str, blocks: list[Block]) -> tuple[list[Block], str | None]:
    """A "By Name" paragraph near the top becomes a header block; returns the first author."""
    author = None
    result = list(blocks)
    seen = 0
    for index, block in enumerate(blocks):
        if block.kind == "header":
            continue
        seen += 1
        if seen > _BYLINE_WINDOW:
            break
        match = _BYLINE.fullmatch(text, block.start, block.end)
        if match is not None and block.kind in ("body", "title"):
            result[index] = Block("header", block.start, block.end)
            author = author or match.group("author")
    return result, author
