"""The one-pass check of a table's fields (claims/fieldtypes.py) never accepts what the loader's
field-by-field walk refuses, and accepts the tables of usual files (else it saves nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import rtoml
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.claims import fieldtypes
from aktobe_facts.claims.loader import LoadError, _Loader
from aktobe_facts.claims.model import ARRAY_TABLES, SINGLE_TABLES, TABLES, Settings

ROOT = Path(__file__).resolve().parent.parent
CHECKED = [t for t in (*SINGLE_TABLES, *ARRAY_TABLES) if t not in fieldtypes.WALKED]


def _walk_accepts(table: str, item: dict[str, Any]) -> bool:
    loader = _Loader(Path("x.claims.toml"), "", Settings())
    try:
        loader.validate(table, None if table in SINGLE_TABLES else 0, item)
    except LoadError:
        return False
    return True


_IDS = st.sampled_from(["a", "share_1", "x.y-z", "1", "", "a b", "-a", "é", "a\n", "a" * 101])
_STRINGS = st.one_of(_IDS, st.sampled_from(["amount", "relative", "en", "de", "5 percent"]))
_VALUES = st.one_of(
    _STRINGS,
    st.booleans(),
    st.integers(-2, 2),
    st.floats(allow_nan=False, width=16),
    st.lists(_STRINGS, max_size=3),
    st.lists(st.one_of(_STRINGS, st.integers(0, 1)), min_size=1, max_size=2),
    st.dictionaries(_IDS, _STRINGS, max_size=2),
    st.dictionaries(_IDS, st.integers(0, 1), min_size=1, max_size=1),
)


@st.composite
def _items(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    table = draw(st.sampled_from(CHECKED))
    names = [s.name for s in TABLES[table]]
    keys = draw(st.lists(st.sampled_from([*names, "unknown"]), max_size=len(names) + 1))
    if draw(st.booleans()):  # mostly with the required ones, so that more items are valid
        keys += [s.name for s in TABLES[table] if s.required]
    return table, {key: draw(_VALUES) for key in dict.fromkeys(keys)}


@settings(max_examples=300, deadline=None)
@given(_items())
def test_what_the_one_pass_accepts_the_walk_accepts(found: tuple[str, dict[str, Any]]) -> None:
    table, item = found
    value = item if table in SINGLE_TABLES else [item]
    if fieldtypes.valid(table, value):
        assert _walk_accepts(table, item), (table, item)


@pytest.mark.parametrize(
    "path", [ROOT / "claims.toml", *sorted((ROOT / "tests" / "corpus").glob("*/claims.toml"))]
)
def test_the_tables_of_usual_files_pass_in_one_pass(path: Path) -> None:
    data = rtoml.loads(path.read_text(encoding="utf-8"))
    for table in CHECKED:
        if table in data:
            assert fieldtypes.valid(table, data[table]), (path, table)


def test_a_wrong_field_sends_the_table_to_the_walk() -> None:
    claim = {"id": "a", "quote": "5 percent", "value": "5 percent", "kind": "share"}
    assert fieldtypes.valid("claim", [claim])
    for wrong in ({"id": "a b"}, {"kind": "ratio"}, {"valu": "5"}, {"value": 5}, {"after": "x"}):
        assert not fieldtypes.valid("claim", [{**claim, **wrong}]), wrong
        assert not _walk_accepts("claim", {**claim, **wrong}), wrong
    assert not fieldtypes.valid("claim", [{"id": "a"}])  # no quote


def test_a_relation_is_always_walked() -> None:
    assert not fieldtypes.valid("relation", [{"id": "r", "kind": "sum"}])
