"""Articles from http(s) URLs: fetched with a timeout, redirects followed, errors in one line."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from email.message import Message

from corroborate._version import __version__
from corroborate.errors import BinarySourceError, FetchError
from corroborate.ingest.decode import decode_text, reject_binary
from corroborate.ingest.html import article_from_html, looks_like_html
from corroborate.ingest.jsonl import looks_like_json_lines, read_json_text
from corroborate.ingest.loaded import Loaded
from corroborate.ingest.text import article_from_text

__all__ = ["Fetched", "fetch", "read_url"]

MAX_BYTES = 20 * 1024 * 1024
"""Pages larger than this are refused (no news article is this big)."""
_UTF8_NAMES = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
_JSON_TYPES = frozenset(
    {"application/json", "application/x-ndjson", "application/jsonl", "application/jsonlines"}
)
_PAGE_TYPES = frozenset({"application/xhtml+xml", "application/xml"})
_ACCEPT = "text/html, text/plain;q=0.9, */*;q=0.5"
_USER_AGENT = f"corroborate/{__version__} (+https://github.com/corroborate)"


@dataclass(frozen=True)
class Fetched:
    """A fetched page."""

    url: str
    """The URL finally answered, after redirects."""
    body: bytes
    """The body as sent."""
    content_type: str
    """The media type (``text/html``), lower case, without parameters."""
    charset: str | None
    """The charset named in the Content-Type header, if any."""


def read_url(url: str, *, timeout: float = 20.0) -> Loaded:
    """The article(s) at a URL.

    HTML goes through trafilatura; plain text is read as a text article; JSON lines
    (``application/x-ndjson``, ``application/jsonl``, or JSON whose first line is an article
    object) give one article per line, named ``url#N``.
    """
    page = fetch(url, timeout=timeout)
    if page.content_type in _JSON_TYPES or (
        page.content_type == "text/plain" and not looks_like_html(page.body)
    ):
        text = decode_text(_as_utf8(page, url), url)
        if page.content_type in _JSON_TYPES or looks_like_json_lines(text):
            return read_json_text(text, url)
        article = article_from_text(text, url)
        return Loaded((article if article.url else replace(article, url=page.url),), ())
    if not _is_page_type(page.content_type) and not looks_like_html(page.body):
        raise BinarySourceError(url, f"not a web page ({page.content_type})")
    reject_binary(page.body, url)
    return Loaded((article_from_html(_html_input(page), url, url=page.url),), ())


def fetch(url: str, *, timeout: float = 20.0) -> Fetched:
    """GET a URL. Error statuses, refusals and time-outs raise FetchError with a one-line reason."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
            headers: Message = response.headers
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        reason = f" {error.reason}" if error.reason else ""
        raise FetchError(url, f"HTTP {error.code}{reason}") from None
    except urllib.error.URLError as error:
        raise FetchError(url, _reason(error.reason, timeout)) from None
    except TimeoutError:
        raise FetchError(url, _timed_out(timeout)) from None
    except (OSError, ValueError) as error:
        raise FetchError(url, _reason(error, timeout)) from None
    if len(body) > MAX_BYTES:
        raise FetchError(url, f"page larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not body.strip():
        raise FetchError(url, "empty response")
    return Fetched(
        url=final_url,
        body=body,
        content_type=headers.get_content_type().lower(),
        charset=headers.get_content_charset(),
    )


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return _timed_out(timeout)
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, ConnectionResetError):
        return "connection reset"
    text = str(getattr(reason, "strerror", None) or reason)
    return " ".join(text.split()) or "fetch failed"


def _timed_out(timeout: float) -> str:
    return f"timed out after {timeout:g} s"


def _is_page_type(content_type: str) -> bool:
    return content_type.startswith("text/") or content_type in _PAGE_TYPES


def _html_input(page: Fetched) -> bytes | str:
    """The page decoded with the charset the server named, or its bytes for trafilatura to
    decode (from its meta charset, or by guessing)."""
    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return page.body


def _as_utf8(page: Fetched, url: str) -> bytes:
    """The body as UTF-8 bytes, recoded when the server names another charset."""
    if not page.charset or page.charset.lower().replace("_", "-") in _UTF8_NAMES:
        return page.body
    try:
        return page.body.decode(page.charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        raise FetchError(url, f"text does not decode as {page.charset}") from None
