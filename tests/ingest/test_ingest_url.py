"""URLs, served by a local HTTP server on 127.0.0.1: pages, redirects and failures."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from ingest_support import fixture_path

from corroborate.errors import FetchError
from corroborate.ingest import load_sources, read_source

ARTICLE_HTML = Path(fixture_path("harbour_ledger_flood.html")).read_bytes()


def _serve(
    handler,
    path: str,
    status: int = 200,
    content_type: str = "text/html; charset=utf-8",
    body: bytes = ARTICLE_HTML,
    headers: dict[str, str] | None = None,
) -> None:
    handler.routes[path] = (status, content_type, body, headers or {})


def test_html_page_becomes_an_article(canned_server):
    base, handler = canned_server
    _serve(handler, "/news/velmora")
    loaded = load_sources([f"{base}/news/velmora"])
    assert loaded.problems == ()
    (article,) = loaded.articles
    assert article.source == f"{base}/news/velmora"
    assert article.outlet == "The Harbour Ledger"
    assert article.published == "2025-03-14"
    assert "Water poured through a breach" in article.text


def test_redirects_are_followed(canned_server):
    base, handler = canned_server
    _serve(handler, "/news/velmora")
    _serve(handler, "/short", status=302, body=b"", headers={"Location": "/news/velmora"})
    (article,) = load_sources([f"{base}/short"]).articles
    assert article.title == "Velmora dam breach floods lower town"


def test_plain_text_url_is_read_as_text(canned_server):
    base, handler = canned_server
    text = "date 2025-03-16\nThe board said 41 homes were damaged in Velmora.\n"
    _serve(handler, "/report.txt", content_type="text/plain; charset=utf-8", body=text.encode())
    (article,) = load_sources([f"{base}/report.txt"]).articles
    assert article.text == text
    assert article.published == "2025-03-16"
    assert article.url == f"{base}/report.txt"


def test_error_status(canned_server):
    base, _handler = canned_server
    url = f"{base}/gone"
    (problem,) = load_sources([url]).problems
    assert problem.source == url
    assert problem.message.startswith(f"{url}: HTTP 404")
    with pytest.raises(FetchError):
        read_source(url)


def test_time_out(canned_server):
    base, handler = canned_server
    _serve(handler, "/slow")
    handler.delay_paths["/slow"] = 2.0
    (problem,) = load_sources([f"{base}/slow"], timeout=0.3).problems
    assert problem.message == f"{base}/slow: timed out after 0.3 s"


def test_connection_refused():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    (problem,) = load_sources([url], timeout=2).problems
    assert problem.message == f"{url}: connection refused"


def test_page_without_article(canned_server):
    base, handler = canned_server
    _serve(handler, "/empty", body=Path(fixture_path("velmora_no_article.html")).read_bytes())
    (problem,) = load_sources([f"{base}/empty"]).problems
    assert problem.message == f"{base}/empty: no article text found"


def test_json_lines_url_gives_one_article_per_line(canned_server):
    base, handler = canned_server
    lines = [
        json.dumps({"text": "The board said 41 homes were damaged.", "outlet": "Gazette"}),
        "not json",
    ]
    body = ("\n".join(lines) + "\n").encode()
    _serve(handler, "/export", content_type="application/x-ndjson", body=body)
    loaded = load_sources([f"{base}/export"])
    assert [article.source for article in loaded.articles] == [f"{base}/export#1"]
    assert [problem.source for problem in loaded.problems] == [f"{base}/export#2"]


def test_binary_download_is_a_problem(canned_server):
    base, handler = canned_server
    _serve(handler, "/scan.pdf", content_type="application/pdf", body=b"%PDF-1.7\n\x00\x01")
    (problem,) = load_sources([f"{base}/scan.pdf"]).problems
    assert problem.message == f"{base}/scan.pdf: not a web page (application/pdf)"


def test_charset_from_the_content_type_header(canned_server):
    base, handler = canned_server
    page = (
        "<html><head><title>Flut</title></head><body><article><p>Die Wasserbehörde sagte am "
        "Freitag, dass 41 Häuser in Velmora beschädigt wurden.</p></article></body></html>"
    )
    _serve(
        handler, "/de", content_type="text/html; charset=iso-8859-1", body=page.encode("latin-1")
    )
    (article,) = load_sources([f"{base}/de"]).articles
    assert "Wasserbehörde" in article.text
