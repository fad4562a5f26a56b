"""HTML articles: main text and metadata extracted with trafilatura.

``Article.text`` is the extracted text, paragraphs separated by newlines. Photo captions
(``<figcaption>``) are kept as their own paragraphs, since captions carry attributable claims.
Title, author, date, site name and URL come from the page's metadata; when the page names no
site, the outlet is read from the text, and only then taken from the host name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corroborate.errors import NoArticleError
from corroborate.ingest.article import build_article
from corroborate.ingest.decode import read_file_bytes, reject_binary
from corroborate.ingest.metadata import NO_METADATA, Metadata, iso_date
from corroborate.record import Article

if TYPE_CHECKING:  # lxml comes with trafilatura; it is only named here for type hints.
    from lxml.html import HtmlElement

__all__ = ["article_from_html", "looks_like_html", "read_html_file"]

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body)\b", re.I | re.S
)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|body|html|head|meta|title)\b[^>]*>", re.I)
_SENTENCE_END = re.compile(r"[.!?…\"”’')]\s*$")


def read_html_file(path: str) -> Article:
    """An article from an HTML file."""
    raw = read_file_bytes(path)
    reject_binary(raw, path)
    return article_from_html(raw, path)


def looks_like_html(raw: bytes) -> bool:
    """Whether content is HTML: a doctype or html/head/body tag first, or several common tags."""
    head = raw[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def article_from_html(
    html: bytes | str,
    source: str,
    *,
    url: str | None = None,
    metadata: Metadata = NO_METADATA,
) -> Article:
    """An article from an HTML page. ``metadata`` (from the caller) wins over the page's own.

    Raises NoArticleError when the page holds no article text.
    """
    import trafilatura  # imported here: it costs a fifth of a second that text sources never need

    tree = trafilatura.load_html(html)
    if tree is None:
        raise NoArticleError(source, "no article text found")
    _keep_captions(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
    )
    text = _clean_text(getattr(document, "text", None) or "")
    if not _has_article_text(text):
        raise NoArticleError(source, "no article text found")
    sitename = _value(document, "sitename")
    hostname = _value(document, "hostname")
    site_is_host = sitename is not None and (sitename == hostname or _looks_like_host(sitename))
    page = Metadata(
        outlet=None if site_is_host else sitename,
        title=_value(document, "title"),
        url=_value(document, "url") or url,
        published=iso_date(_value(document, "date")),
        author=_value(document, "author"),
    )
    return build_article(
        text,
        source,
        metadata=metadata.filled_from(page),
        weak_outlet=sitename if site_is_host else hostname,
        header_lines=False,
    )


def _keep_captions(tree: HtmlElement) -> None:
    """Turn figures into plain containers and captions into paragraphs, which trafilatura keeps."""
    for figure in tree.iter("figure"):
        figure.tag = "div"
    for caption in tree.iter("figcaption"):
        caption.tag = "p"


def _clean_text(text: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _has_article_text(text: str) -> bool:
    """At least one sentence-like line: four words ending in punctuation, or twelve words."""
    for line in text.splitlines():
        words = line.split()
        if len(words) >= 12 or (len(words) >= 4 and _SENTENCE_END.search(line)):
            return True
    return False


def _looks_like_host(name: str) -> bool:
    return " " not in name and "." in name


def _value(document: object, name: str) -> str | None:
    value = getattr(document, name, None)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
