"""The compiled TOML reader (rtoml) and the reference (tomli) give the same answer.

:func:`aktobe_facts.claims.tomlread.loads` reads with rtoml and falls back to tomli whenever rtoml
refuses; these tests hold that its answer is tomli's on generated documents (valid ones, and the
same with characters dropped, doubled or put in), on the texts where the two parsers part, and
that the claims loader reads a valid file without importing tomli at all.
"""

from __future__ import annotations

import datetime
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import tomli
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.claims.linemap import LineMap
from aktobe_facts.claims.loader import LoadError, loads, parse_toml

ROOT = Path(__file__).resolve().parents[1]


def comparable(value: Any) -> Any:
    """A value that compares equal exactly when the parsed values are the same: NaN equal to
    itself, and a time with an offset compared by its fields and its offset (rtoml and tomli give
    offsets as different tzinfo classes)."""
    if isinstance(value, dict):
        return {"dict": [(k, comparable(v)) for k, v in value.items()]}  # key order counts too
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return ("nan", math.copysign(1, value))
    if isinstance(value, datetime.datetime | datetime.time) and value.tzinfo is not None:
        return (type(value).__name__, value.replace(tzinfo=None), value.utcoffset())
    return (type(value).__name__, value)


def same_answer(text: str) -> None:
    """The loader's TOML step (the line map, then :func:`tomlread.loads`) gives tomli's value, or
    refuses the text with tomli's message, line and column."""
    lines = LineMap.scan(text)
    try:
        expected = tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        refused = LoadError("t.toml", f"TOML syntax error: {exc.msg}", exc.lineno, exc.colno)
    except RecursionError:
        refused = LoadError("t.toml", "TOML nesting too deep")
    else:
        assert comparable(parse_toml(text, "t.toml", lines)) == comparable(expected)
        return
    with pytest.raises(LoadError) as raised:
        parse_toml(text, "t.toml", lines)
    assert raised.value == refused


# -- generated documents ------------------------------------------------------------------------

BARE = st.text("abcxyzAZ09_-", min_size=1, max_size=6)
ESCAPES = st.sampled_from(["\\n", "\\t", '\\"', "\\\\", "\\u00e9", "\\U0001F600", "\\e", "\\x41"])
PLAIN = st.text(st.characters(codec="utf-8", blacklist_characters='"\\'), max_size=8)
BASIC = st.lists(st.one_of(PLAIN, ESCAPES), max_size=4).map(
    lambda parts: '"' + "".join(parts) + '"'
)
LITERAL = st.text(st.characters(codec="utf-8", blacklist_characters="'\n\r"), max_size=8)
KEY = st.one_of(BARE, BASIC, LITERAL.map(lambda s: f"'{s}'"))
DOTTED = st.lists(KEY, min_size=1, max_size=3).map(".".join)

SCALARS = st.one_of(
    BASIC,
    LITERAL.map(lambda s: f"'{s}'"),
    st.lists(st.one_of(PLAIN, ESCAPES, st.just("\\\n  ")), max_size=3).map(
        lambda parts: '"""' + "".join(parts) + '"""'
    ),
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(["0x1F", "0o17", "0b101", "1_000", "+7", "-0"]),
    st.floats(allow_nan=False).map(repr),
    st.sampled_from(["nan", "-nan", "+inf", "-inf", "1e400", "-1e400", "6.02e+23"]),
    st.sampled_from(["true", "false"]),
    st.sampled_from(
        [
            "1979-05-27",
            "1979-05-27T07:32:00Z",
            "1979-05-27 07:32:00.999-08:00",
            "1979-05-27T07:32",
            "07:32:00",
            "07:32",
        ]
    ),
)
ODD = ["00", "1__0", "0x", "1.", ".5", "True", "2020-02-30", "1979-05-27T25:00:00", ",,"]
"""Values and separators TOML refuses: put into the damaged documents."""


def values(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return SCALARS
    inner = values(depth - 1)
    sep = st.sampled_from([", ", ",\n  ", " ,", ", # c\n"])
    return st.one_of(
        SCALARS,
        st.tuples(st.lists(inner, max_size=3), sep, st.booleans()).map(
            lambda t: "[" + t[1].join(t[0]) + ("," if t[2] else "") + "]"
        ),
        st.tuples(st.lists(st.tuples(DOTTED, inner), max_size=3), sep).map(
            lambda t: "{" + t[1].join(f"{k} = {v}" for k, v in t[0]) + "}"
        ),
    )


LINE = st.one_of(
    st.tuples(DOTTED, values(2)).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    DOTTED.map(lambda k: f"[{k}]"),
    DOTTED.map(lambda k: f"[[{k}]]"),
    st.just("# a comment"),
    st.just(""),
)
DOCUMENTS = st.tuples(st.lists(LINE, max_size=8), st.sampled_from(["\n", "\r\n"])).map(
    lambda t: t[1].join(t[0])
)
NOISE = st.sampled_from([*"\"'[]{}=,.#\n\r\t\\ \x00\x7f\u2028é0ae", '"""', "'''", *ODD])


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A generated document with a few characters dropped, doubled or put in."""
    text = draw(DOCUMENTS)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["drop", "double", "insert"]))
        if action == "drop":
            text = text[:at] + text[at + 1 :]
        elif action == "double":
            text = text[:at] + text[at : at + 1] + text[at:]
        else:
            text = text[:at] + draw(NOISE) + text[at:]
    return text


@given(DOCUMENTS)
def test_generated_documents_read_as_tomli_reads_them(text: str) -> None:
    same_answer(text)


@given(damaged())
def test_damaged_documents_read_or_refused_as_tomli_does(text: str) -> None:
    same_answer(text)


# -- where the two parsers part -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\ufeffa = 1",  # rtoml skips a byte order mark, tomli refuses it: tomli decides
        "big = 1e400",  # rtoml refuses a float beyond the double range, tomli reads infinity
        'lone = "\ud800"',  # rtoml cannot encode a lone surrogate, tomli reads it
        "deep = " + "[" * 100 + "]" * 100,  # deeper than rtoml's limit, within tomli's
        "deeper = " + "[" * 2000 + "]" * 2000,  # beyond tomli's too: its RecursionError
        "huge = 99999999999999999999999",
        'a = "unterminated',
        "a = 1\na = 2",
        "[a.b]\n[c]\n[a]",  # rtoml puts 'a' after 'c', tomli before: tomli decides
    ],
    ids=[
        "bom",
        "float-overflow",
        "surrogate",
        "nested",
        "too-deep",
        "big-int",
        "syntax",
        "dup",
        "reopened",
    ],
)
def test_where_the_parsers_part_tomli_decides(text: str) -> None:
    same_answer(text)


def test_a_syntax_error_names_line_and_column_as_tomli_does() -> None:
    text = '[[claim]]\nid = "a"\nquote = "x"\nvalue = 5 5\n'
    with pytest.raises(LoadError) as raised:
        loads(text, "bad.toml")
    error = raised.value
    assert (error.line, error.column) == (4, 11)
    assert (
        str(error)
        == "bad.toml:4:11: TOML syntax error: Expected newline or end of document after a statement"
    )


def test_a_message_names_the_first_unknown_table_in_the_order_of_the_file() -> None:
    # [extra] is made by [extra.notes] first, declared after [other]: tomli keeps it first
    text = '[extra.notes]\n[other]\n[extra]\n[[claim]]\nid = "a"\nquote = "5"\nvalue = "5"\n'
    with pytest.raises(LoadError) as raised:
        loads(text, "t.toml")
    assert "unknown table 'extra'" in raised.value.message
    assert raised.value.line == 3  # its own header


def test_a_valid_claims_file_is_read_without_tomli() -> None:
    loaded = "load('claims.toml'); print(sorted({'tomli', 'rtoml'} & set(sys.modules)))"
    code = f"import sys; from aktobe_facts.claims.loader import load; {loaded}"
    found = subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True)
    assert found.strip() == "['rtoml']"
