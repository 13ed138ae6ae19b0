"""A JSON Schema of the claims format, generated from the loader's own field specification.

``aktobe-facts schema > claims.schema.json``; editors that validate TOML with JSON Schema (Even
Better TOML / taplo) then check claims files as they are typed. The schema is derived from
:data:`aktobe_facts.claims.model.TABLES` and, for ``[[relation]]``, the fields each kind declares
(:mod:`aktobe_facts.relations.registry`): the same specification the loader validates against, so
the two cannot drift apart. The number grammar itself is checked by the loader, not the schema.
"""

from __future__ import annotations

from typing import Any

from aktobe_facts import __version__
from aktobe_facts.claims.model import ARRAY_TABLES, SINGLE_TABLES, TABLES, FieldSpec

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}$"


def _field(spec: FieldSpec) -> dict[str, Any]:
    schema: dict[str, Any]
    if spec.type == "stated":
        schema = {"type": "string", "minLength": 1}
    elif spec.type == "stated-list":
        schema = {
            "anyOf": [
                {"type": "string", "minLength": 1},
                {"type": "array", "items": {"type": "string", "minLength": 1}},
            ]
        }
    elif spec.type == "id":
        schema = {"type": "string", "pattern": ID_PATTERN}
    elif spec.type == "bool":
        schema = {"type": "boolean"}
    elif spec.type == "id-list":
        schema = {"type": "array", "items": {"type": "string", "pattern": ID_PATTERN}}
    elif spec.type == "string-list":
        schema = {"type": "array", "items": {"type": "string"}}
    elif spec.type == "table":
        schema = {"type": "object", "additionalProperties": {"type": "string"}}
    else:
        schema = {"type": "string"}
    if spec.choices:
        schema["enum"] = list(spec.choices)
    schema["description"] = spec.help
    return schema


def _table(name: str, specs: tuple[FieldSpec, ...] | None = None) -> dict[str, Any]:
    specs = TABLES[name] if specs is None else specs
    table: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {s.name: _field(s) for s in specs},
    }
    required = [s.name for s in specs if s.required]
    if required:
        table["required"] = required
    return table


def _relations() -> dict[str, Any]:
    """A ``[[relation]]``: one of the kinds, each with the common fields and its own."""
    from aktobe_facts.relations.registry import KINDS, spec, writable

    options = []
    for kind in writable():
        kind_spec = spec(KINDS[kind])
        table = _table("relation", TABLES["relation"] + kind_spec.fields)
        table["properties"]["kind"] = {"const": kind, "description": kind_spec.help}
        options.append(table)
    return {"oneOf": options}


def json_schema() -> dict[str, Any]:
    """The schema as a dict (draft-07, which taplo reads)."""
    properties: dict[str, Any] = {name: _table(name) for name in SINGLE_TABLES}
    for name in ARRAY_TABLES:
        properties[name] = {"type": "array", "items": _table(name)}
    properties["relation"]["items"] = _relations()
    properties["claim"]["minItems"] = 1
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": f"https://aktobe-facts.invalid/schema/claims-{__version__}.json",
        "title": "aktobe-facts claims file",
        "description": "Numeric statements of a news article and their relations; see "
        "docs/claims-format.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["claim"],
        "properties": properties,
    }
