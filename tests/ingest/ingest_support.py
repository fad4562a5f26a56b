"""Helpers for the ingest tests: fixture files, the real seeds, a local HTTP server."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from corroborate.record import Article

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "ingest"
SHARED = REPO_ROOT / ".." / "shared"


def fixture_path(name: str) -> str:
    """The path of one of our own fixture files, as a string source."""
    return str(FIXTURES / name)


def seed_path(prefix: str) -> str:
    """The path of a real seed report under ../shared/seeds, or skip when it is absent."""
    seeds = SHARED / "seeds"
    matches = sorted(seeds.glob(f"{prefix}_*.txt")) if seeds.is_dir() else []
    if not matches:
        pytest.skip("../shared/ not present: the real seed reports are not on this machine")
    return str(matches[0])


def block_texts(article: Article, kind: str) -> list[str]:
    """The text of every block of one kind."""
    return [article.text[block.start : block.end] for block in article.blocks if block.kind == kind]


def assert_blocks_well_formed(article: Article) -> None:
    """Blocks follow the text in order, never overlap, and never start or end in whitespace."""
    previous_end = 0
    for block in article.blocks:
        assert previous_end <= block.start < block.end <= len(article.text)
        piece = article.text[block.start : block.end]
        assert piece == piece.strip()
        previous_end = block.end
    uncovered = "".join(
        article.text[end:start]
        for end, start in zip(
            [0, *(block.end for block in article.blocks)],
            [*(block.start for block in article.blocks), len(article.text)],
            strict=True,
        )
    )
    assert not uncovered.strip(), f"text outside every block: {uncovered.strip()[:80]!r}"


class _CannedHandler(http.server.BaseHTTPRequestHandler):
    """Serves canned pages; ``routes`` maps a path to (status, content type, body, headers)."""

    routes: ClassVar[dict[str, tuple[int, str, bytes, dict[str, str]]]] = {}
    delay_paths: ClassVar[dict[str, float]] = {}

    def do_GET(self) -> None:
        delay = self.delay_paths.get(self.path)
        if delay:
            time.sleep(delay)
        status, content_type, body, headers = self.routes.get(
            self.path, (404, "text/plain", b"not found", {})
        )
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet during tests."""


@pytest.fixture
def canned_server() -> Iterator[tuple[str, type[_CannedHandler]]]:
    """A local HTTP server on 127.0.0.1 in a thread; yields (base URL, handler class to fill)."""
    handler = type("Handler", (_CannedHandler,), {"routes": {}, "delay_paths": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()
