"""The claims tables' field types as msgspec types, to tell in one pass in C that a table is right.

The loader checks each item of a table field by field in Python (``loader._Loader.validate``),
naming the line, the item and the field of the first problem. On a usual file every field is right,
and that walk was about a sixteenth of the work of checking a file with ``-q`` (0.54M of 9.1M
instructions a copy of the seed, callgrind). :func:`valid` first asks msgspec
(``msgspec.convert``) whether a whole table is right; the loader's own walk runs only when it
says no, and then finds the problem and says where it is. So msgspec never decides a message, and
must never accept what the walk refuses: each type below is the walk's rule for its field type
(tests/test_fieldtypes.py holds the two in agreement on generated tables), and a table the walk
checks otherwise (``[[relation]]``, whose fields depend on its kind) is always walked.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Literal

import msgspec

from aktobe_facts.claims.model import SINGLE_TABLES, TABLES, FieldSpec

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}\Z"
"""An id as the loader's ``_ID_RE`` matches it whole (msgspec searches: anchored at both ends)."""

WALKED = frozenset({"relation"})
"""Tables whose fields depend on another field (a relation's kind): always walked."""


@cache
def _types() -> dict[str, Any]:
    """The type of each field type (made once, the first time a file is loaded)."""
    an_id = Annotated[str, msgspec.Meta(pattern=ID_PATTERN)]
    return {
        "string": str,
        "stated": str,
        "stated-list": str | list[str],
        "bool": bool,
        "string-list": list[str],
        "id": an_id,
        "id-list": list[an_id],
        "table": dict[str, str],
    }


def _type(spec: FieldSpec) -> Any:
    if spec.choices and spec.type in ("string", "id"):
        return Literal[spec.choices]
    return _types()[spec.type]


@cache
def _table_type(table: str) -> Any:
    """The table's type: a struct of its fields (unknown ones refused, required ones required);
    a list of them for an array of tables. Made the first time a file has the table: each is
    about half a million instructions of the cold start (msgspec compiles it when first used)."""
    fields = [(s.name, _type(s)) if s.required else (s.name, _type(s), None) for s in TABLES[table]]
    struct: Any = msgspec.defstruct(
        f"_{table.title()}Fields", fields, kw_only=True, forbid_unknown_fields=True
    )
    return struct if table in SINGLE_TABLES else list[struct]


def valid(table: str, value: object) -> bool:
    """Whether every item of ``table`` (one dict for a single table, a list of dicts for an array
    of tables) has only known fields, of their types, and its required ones. False says only that
    the loader must look for the problem itself."""
    if not value or table in WALKED:  # the walk has nothing to do, or always walks it
        return False
    try:
        msgspec.convert(value, _table_type(table))
    except msgspec.ValidationError:
        return False
    return True
