"""The record as JSON (the documented schema in corroborate/schema/record.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

from corroborate.record import EventRecord


def record_json(record: EventRecord) -> str:
    """The record's JSON text."""
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=2)


def write_json(record: EventRecord, path: str | Path) -> None:
    """Write the record's JSON to a file."""
    Path(path).write_text(record_json(record) + "\n", encoding="utf-8")
