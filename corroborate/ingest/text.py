"""Plain-text articles, with optional header lines (``date 2023-06-21``, ``outlet: ...``).

``Article.text`` is the file decoded as UTF-8 exactly, so that every offset matches the file.
The one exception: a leading byte-order mark (U+FEFF) is stripped, so offsets then count from
the character after it.
"""

from __future__ import annotations

from corroborate.ingest.article import article_id, build_article
from corroborate.ingest.decode import decode_text, read_file_bytes
from corroborate.ingest.metadata import NO_METADATA, Metadata
from corroborate.record import Article

__all__ = ["article_from_text", "article_id", "read_text_file"]


def read_text_file(path: str) -> Article:
    """An article from a UTF-8 text file (see the module docstring for the offset rule)."""
    return article_from_text(decode_text(read_file_bytes(path), path), path)


def article_from_text(text: str, source: str, *, metadata: Metadata = NO_METADATA) -> Article:
    """An article from text already decoded; header lines at its top fill ``metadata`` gaps."""
    return build_article(text, source, metadata=metadata, header_lines=True)
