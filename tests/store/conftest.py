"""Fixtures for the store tests: the hand-built records of ``tests/report/records.py``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from corroborate.record import EventRecord


def load_fixture_records() -> ModuleType:
    """``tests/report/records.py`` as a module, whatever the import mode of the test run."""
    name = "corroborate_fixture_records"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "report" / "records.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def records_module() -> ModuleType:
    """The fixture-record builders."""
    return load_fixture_records()


@pytest.fixture
def record() -> EventRecord:
    """Two invented reports that disagree on deaths and injuries."""
    return load_fixture_records().two_report_record()


@pytest.fixture
def single_record() -> EventRecord:
    """One invented report, no facts."""
    return load_fixture_records().single_article_record()
