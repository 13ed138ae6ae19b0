"""`aktobe-facts schema`: a JSON Schema built from the loader's field specification."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
import tomli
from typer.testing import CliRunner

from aktobe_facts.claims.model import TABLES
from aktobe_facts.claims.schema import json_schema
from aktobe_facts.cli import app
from conftest import ROOT


def _schema_from_cli() -> dict[str, Any]:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_the_seed_claims_file_validates() -> None:
    data = tomli.loads((ROOT / "claims.toml").read_text(encoding="utf-8"))
    jsonschema.validate(data, _schema_from_cli())


def test_schema_is_a_valid_draft7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(json_schema())


def test_every_loader_field_is_in_the_schema() -> None:
    schema = json_schema()
    for table, specs in TABLES.items():
        node = schema["properties"][table]
        if table == "relation":
            continue  # one table per kind: see the test below
        props = node["items"]["properties"] if node.get("type") == "array" else node["properties"]
        assert set(props) == {s.name for s in specs}, table


def test_every_relation_kind_is_in_the_schema_with_its_fields() -> None:
    from aktobe_facts.relations.registry import KINDS, spec, writable

    options = json_schema()["properties"]["relation"]["items"]["oneOf"]
    by_kind = {o["properties"]["kind"]["const"]: o for o in options}
    assert set(by_kind) == set(writable())
    for kind, table in by_kind.items():
        own = {s.name for s in spec(KINDS[kind]).fields}
        common = {s.name for s in TABLES["relation"]}
        assert set(table["properties"]) == own | common, kind
        assert set(table["required"]) >= {s.name for s in spec(KINDS[kind]).fields if s.required}


def test_a_relation_validates_by_its_kind() -> None:
    claims = [{"id": "a", "quote": "q", "value": "1"}, {"id": "b", "quote": "q", "value": "2"}]
    good = {"claim": claims, "relation": [{"id": "r", "kind": "equal", "claims": ["a", "b"]}]}
    jsonschema.validate(good, json_schema())
    bad = {"claim": claims, "relation": [{"id": "r", "kind": "equal", "total": "a"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json_schema())


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ({"claim": [{"id": "a", "quote": "q", "value": "1", "valu": "2"}]}, "valu"),
        ({"claim": [{"id": "a", "value": "1"}]}, "quote"),
        ({"claim": [{"id": "a", "quote": "q", "value": 1.5}]}, "1.5"),
        ({"claim": [{"id": "has space", "quote": "q", "value": "1"}]}, "has space"),
        ({"claim": [{"id": "a", "quote": "q", "value": "1", "kind": "amout"}]}, "amout"),
        ({"claim": []}, "[]"),
        ({"claims": [{"id": "a"}]}, "claims"),
    ],
)
def test_schema_rejects_what_the_loader_rejects(document: dict[str, Any], fragment: str) -> None:
    with pytest.raises(jsonschema.ValidationError) as info:
        jsonschema.validate(document, json_schema())
    assert fragment in str(info.value)
