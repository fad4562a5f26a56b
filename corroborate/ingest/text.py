"""Plain-text articles, with optional header lines (``date 2023-06-21``, ``outlet: ...``)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from corroborate.errors import BinarySourceError, EmptySourceError, SourceError
from corroborate.record import Article, Block


def article_id(text: str) -> str:
    """The content hash that keys an article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_text_file(path: str) -> Article:
    """An article from a UTF-8 text file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise SourceError(path, f"cannot read file ({error.strerror or error})") from None
    if b"\x00" in raw[:4096]:
        raise BinarySourceError(path, "binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BinarySourceError(path, f"not valid UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise EmptySourceError(path, "empty file")
    return Article(id=article_id(text), text=text, source=path, blocks=(Block("body", 0, len(text)),))
