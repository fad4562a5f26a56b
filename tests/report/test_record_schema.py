"""The record's JSON schema describes exactly what ``EventRecord.to_dict()`` produces."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path
from typing import Any

import pytest

import corroborate
from corroborate.record import CATEGORIES, SCHEMA_VERSION, EventRecord, Figure, record_from_dict

jsonschema = pytest.importorskip(
    "jsonschema", reason="jsonschema not installed (it is in the dev extra)"
)

SCHEMA_PATH = Path(corroborate.__file__).resolve().parent / "schema" / "record.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _validator(schema: dict[str, Any]) -> Any:
    return jsonschema.Draft202012Validator(schema)


def _record_types() -> dict[str, type]:
    """Every dataclass a record's JSON holds, by name."""
    found: dict[str, type] = {}

    def visit(kind: Any) -> None:
        if dataclasses.is_dataclass(kind) and isinstance(kind, type):
            if kind.__name__ in found:
                return
            found[kind.__name__] = kind
            for hint in typing.get_type_hints(kind).values():
                visit(hint)
        for argument in typing.get_args(kind):
            visit(argument)

    visit(EventRecord)
    return found


def test_the_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_records_validate(
    schema: dict[str, Any],
    record: EventRecord,
    single_record: EventRecord,
    hostile_record: EventRecord,
) -> None:
    for each in (record, single_record, hostile_record):
        _validator(schema).validate(each.to_dict())
        _validator(schema).validate(record_from_dict(each.to_dict()).to_dict())


def test_every_field_of_every_record_type_is_described(schema: dict[str, Any]) -> None:
    types = _record_types()
    assert set(schema["$defs"]) == set(types) - {"EventRecord"}
    for name, kind in types.items():
        described = schema if name == "EventRecord" else schema["$defs"][name]
        fields = [field.name for field in dataclasses.fields(kind)]
        expected = ["schema_version", *fields] if name == "EventRecord" else fields
        assert list(described["properties"]) == expected, name
        assert described["required"] == expected, name
        assert described["additionalProperties"] is False
        assert all(prop.get("description") for key, prop in described["properties"].items()), name


def test_categories_are_the_fixed_vocabulary(schema: dict[str, Any]) -> None:
    assert schema["$defs"]["Figure"]["properties"]["category"]["enum"] == list(CATEGORIES)
    assert schema["$defs"]["Fact"]["properties"]["category"]["enum"] == [*CATEGORIES, "claim"]


def test_wrong_records_are_rejected(schema: dict[str, Any], record: EventRecord) -> None:
    wrong_category = record.to_dict()
    wrong_category["figures"][0]["category"] = "deaths"
    missing_offset = record.to_dict()
    del missing_offset["figures"][0]["span"]["end"]
    stray_field = record.to_dict()
    stray_field["facts"][0]["confidence"] = 0.9
    for document in (wrong_category, missing_offset, stray_field):
        assert list(_validator(schema).iter_errors(document)), document


def test_a_figure_unbounded_above_is_valid(schema: dict[str, Any], record: EventRecord) -> None:
    unbounded: Figure = dataclasses.replace(record.figures[0], high=None)
    _validator(schema).validate(dataclasses.replace(record, figures=(unbounded,)).to_dict())


def test_a_figures_time_is_an_iso_time_or_now(schema: dict[str, Any], record: EventRecord) -> None:
    for as_of in ("2019", "2019-03", "2023-06-20", "2014/..", "now", None):
        timed = dataclasses.replace(record.figures[0], as_of=as_of)
        _validator(schema).validate(dataclasses.replace(record, figures=(timed,)).to_dict())
    for wrong in ("yesterday", "since 2014", "2019/03"):
        timed = dataclasses.replace(record.figures[0], as_of=wrong)
        document = dataclasses.replace(record, figures=(timed,)).to_dict()
        assert list(_validator(schema).iter_errors(document)), wrong
