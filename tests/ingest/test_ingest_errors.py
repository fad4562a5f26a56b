"""Sources that cannot be read: each a one-line problem naming the source, never an exception."""

from __future__ import annotations

import pytest
from ingest_support import fixture_path

from corroborate.errors import BinarySourceError, EmptySourceError, SourceError
from corroborate.ingest import load_sources, read_source


def _problem(source: str) -> str:
    loaded = load_sources([source])
    assert loaded.articles == ()
    (problem,) = loaded.problems
    assert problem.source == source
    assert "\n" not in problem.message
    assert problem.message.startswith(f"{source}: ")
    return problem.message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _problem(str(path)).endswith("empty file")
    with pytest.raises(EmptySourceError):
        read_source(str(path))


def test_whitespace_only_file_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n")
    assert "empty" in _problem(str(path))


def test_binary_file(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    assert "binary" in _problem(str(path))
    with pytest.raises(BinarySourceError):
        read_source(str(path))


def test_bytes_that_are_not_utf8(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Die Behörde sagte, 41 Häuser seien beschädigt.".encode("latin-1"))
    assert "not valid UTF-8" in _problem(str(path))
    with pytest.raises(BinarySourceError):
        read_source(str(path))


def test_missing_file(tmp_path):
    assert _problem(str(tmp_path / "nowhere.txt")).endswith("no such file")


def test_directory(tmp_path):
    assert "is a directory" in _problem(str(tmp_path))
    with pytest.raises(SourceError):
        read_source(str(tmp_path))


def test_unsupported_scheme():
    assert "unsupported URL scheme" in _problem("ftp://example.invalid/report.txt")


def test_one_bad_source_does_not_stop_the_others(tmp_path):
    missing = str(tmp_path / "missing.txt")
    good = fixture_path("velmora_no_metadata.txt")
    no_article = fixture_path("velmora_no_article.html")
    loaded = load_sources([missing, good, no_article])
    assert [article.source for article in loaded.articles] == [good]
    assert [problem.source for problem in loaded.problems] == [missing, no_article]
