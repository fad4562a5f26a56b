"""Fixtures for the ingest tests (the helpers themselves live in ingest_support.py)."""

from ingest_support import canned_server

__all__ = ["canned_server"]
