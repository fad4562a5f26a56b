"""Sources become articles: text files, HTML files, URLs, JSON-lines files.

What a source is, is decided by its scheme (``http``/``https``: a URL), then its extension
(``.txt``/``.text``/``.md``: text; ``.html``/``.htm``/``.xhtml``: HTML; ``.jsonl``/``.ndjson``:
JSON lines; ``.json``: one object, a list, or JSON lines), then by sniffing the content (HTML
tags, a first line that is a JSON article object, otherwise text).

Each reader returns Articles or raises a SourceError naming the source; ``load_sources`` collects
both, so that one bad source never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from corroborate.errors import SourceError
from corroborate.ingest.article import article_id
from corroborate.ingest.decode import decode_text, read_file_bytes, reject_binary
from corroborate.ingest.html import article_from_html, looks_like_html, read_html_file
from corroborate.ingest.jsonl import looks_like_json_lines, read_json_file, read_jsonl_file
from corroborate.ingest.loaded import Loaded
from corroborate.ingest.text import article_from_text, read_text_file
from corroborate.ingest.url import read_url
from corroborate.record import Article, Problem

__all__ = ["Loaded", "article_id", "load_sources", "read_source"]

_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}


def load_sources(sources: Iterable[str], *, timeout: float = 20.0) -> Loaded:
    """Read every source; a source that fails becomes a Problem, the rest are still read.

    Never raises for a bad source. ``timeout`` (seconds) applies to each URL.
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            loaded = read_source(source, timeout=timeout)
        except SourceError as error:
            problems.append(Problem(source=error.source, message=_one_line(str(error))))
            continue
        articles.extend(loaded.articles)
        problems.extend(loaded.problems)
    return Loaded(tuple(articles), tuple(problems))


def read_source(source: str, *, timeout: float = 20.0) -> Loaded:
    """The articles in one source (a JSON-lines file may also give problems, one per bad line).

    Raises SourceError (or a subclass) when the source as a whole cannot be read.
    """
    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        return read_url(source, timeout=timeout)
    if scheme == "file":
        source = unquote(urlsplit(source).path)
    elif len(scheme) > 1 and "://" in source:
        raise SourceError(source, f"unsupported URL scheme {scheme!r} (use http or https)")
    suffix = Path(source).suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return _single(read_text_file(source))
    if suffix in _HTML_SUFFIXES:
        return _single(read_html_file(source))
    if suffix in _JSONL_SUFFIXES:
        return read_jsonl_file(source)
    if suffix == ".json":
        return read_json_file(source)
    return _sniffed(source)


def _sniffed(path: str) -> Loaded:
    """A file whose extension says nothing: HTML, JSON lines, or text, by its content."""
    raw = read_file_bytes(path)
    reject_binary(raw, path)
    if looks_like_html(raw):
        return _single(article_from_html(raw, path))
    text = decode_text(raw, path)
    if looks_like_json_lines(text):
        return read_jsonl_file(path)
    return _single(article_from_text(text, path))


def _single(article: Article) -> Loaded:
    return Loaded((article,), ())


def _one_line(message: str) -> str:
    return " ".join(message.split())
