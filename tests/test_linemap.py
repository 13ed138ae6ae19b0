"""The line map: header and key lines, and the limits that stop the scan at the right line."""

from __future__ import annotations

import inspect
import pickle

import pytest
import tomli
from hypothesis import assume, example, given
from hypothesis import strategies as st

from _interleave import read_while_held
from aktobe_facts.claims.linemap import MAX_DOTS, Block, KeyLines, LineMap, key_path


def test_lines_inside_multiline_strings_are_not_keys() -> None:
    text = '[[claim]]\nnote = """\n[[claim]]\nid = "x"\n"""\nid = "a"\n'
    found = LineMap.scan(text, 100)
    assert [b.line for b in found.arrays["claim"]] == [1]
    assert found.arrays["claim"][0].keys == {"note": 2, "id": 6}


_TRIPLE_QUOTES = [
    "[a.'" + '"""' + "']",  # a triple quote inside a one-line literal string
    '[a."' + r"\"\"\"" + '"]',  # escaped quotes inside a one-line basic string
    "[a] # " + "'''",  # a triple quote in a comment
    "[a]\nnote = '" + '"""' + "' # " + '"""',
    '[a]\nnote = """x' + r"\"" + '"""""',  # an escaped quote; two quotes of content at the end
    "[a]\nnote = '''\n" + "''''",  # a line that ends the string, one quote of content first
]


@pytest.mark.parametrize("opening", _TRIPLE_QUOTES)
def test_triple_quotes_open_a_string_only_where_the_parser_reads_one(opening: str) -> None:
    text = f"{opening}\n[[claim]]\nid = 'x'\n"
    tomli.loads(text)  # valid TOML
    found = LineMap.scan(text, 100)
    start = opening.count("\n") + 2
    assert [b.line for b in found.arrays["claim"]] == [start]
    assert found.arrays["claim"][0].keys == {"id": start + 1}


def test_lines_and_keys_of_a_claims_file() -> None:
    text = (
        "[article]\ntitle = 'x'\n\n[[claim]]\nid = 'a'\n  value = '3'\n"
        "[claim.extra]\n[[claim]]\n\"id\" = 'b'\n# quote = 'no'\n"
    )
    found = LineMap.scan(text, 100)
    assert found.tables["article"].line == 1 and found.tables["article"].keys == {"title": 2}
    first, second = found.arrays["claim"]
    assert (first.line, first.keys) == (4, {"id": 5, "value": 6, "extra": 7})
    assert (second.line, second.keys) == (8, {"id": 9})


def test_limits_stop_the_scan_at_their_line() -> None:
    many = "[[claim]]\nid = 'a'\n" * 4
    assert LineMap.scan(many, 3).too_many == 7
    deep = "[[claim]]\nid = 'a.b.c'\n" + "k" + ".k" * (MAX_DOTS + 1) + " = 1\n[[claim]]\n"
    found = LineMap.scan(deep, 100)
    assert found.too_deep == 3 and len(found.arrays["claim"]) == 1
    # dots inside strings do not count
    quoted = "[[claim]]\nnote = '" + "." * 40 + "'\n"
    assert LineMap.scan(quoted, 100).too_deep is None


def test_headers_and_keys_written_any_way_toml_allows() -> None:
    text = (
        'settings.locale = "en"\nsettings . "approx" = "5 percent"\narticle = { path = "a" }\n'
        '[[ "claim" ]]\nid = "a"\n"value" = "1"\ncomputed . "US$" = "x"\n'
        "[[ 'claim' ]]\nid = 'b'\n[ claim . 'extra' ]\n[[claim]]\n'quote' = 'q'\n"
    )
    for found in (LineMap._scan_headers(text, 100), LineMap._scan_lines(text, 100)):
        assert found.tables["settings"].line == 1
        assert found.tables["settings"].keys == {"locale": 1, "approx": 2}
        assert found.tables["article"].line == 3
        first, second, third = found.arrays["claim"]
        assert (first.line, first.keys) == (4, {"id": 5, "value": 6, "computed": 7})
        assert (second.line, second.keys) == (8, {"id": 9, "extra": 10})
        assert (third.line, third.keys) == (11, {"quote": 12})


# Lines a claims file is made of, and some that only look like it.
_PIECES = [
    "[[claim]]",
    "  [[ claim ]]  # a comment",
    "[[group]]",
    "[article]",
    "[settings]",
    "[settings.currencies]",
    "[claim.extra]",
    "[claim.extra.more]",
    '[ "quoted" ]',
    '[[ "claim" ]]',
    "[ 'settings' . currencies ]",
    '[["claim"]]',
    'article.path = "x"',
    '"claim" . "extra" = 1',
    "'literal' = 2",
    'settings = { approx = "1" }',
    '"bad\\q" = 1',
    'id = "a"',
    '  value = "1.5 billion"',
    '"quoted key" = 1',
    "counterpart=['US$3.5 million']",
    "extra = 1",
    "# value = 3",
    "[not a header",
    "= no key",
    "x.y.z = 1",
    "a" + ".b" * (MAX_DOTS + 1) + " = 1",
    'note = "' + "." * (MAX_DOTS + 5) + '"',
    "",
    "   ",
    "\t\r",
    "\u3000[[claim]]",
    "value = 1\u2028[[claim]]",
    'claim = [{id = "a", value = "1"},',
    '  { "id" = "b", counterpart = ["x", "]"] }, {',
    "  note = '[[claim]]' },",
    "  [not, a, header]",
    "]",
    "claim = [ # a comment [",
]


def _as_data(m: LineMap) -> object:
    arrays = {k: [(b.line, b.keys) for b in v] for k, v in m.arrays.items()}
    tables = {k: (b.line, b.keys) for k, b in m.tables.items()}
    return arrays, tables, m.reopened


@given(
    st.lists(st.sampled_from(_PIECES) | st.text(alphabet="[]{},\"'=.# ab\n\t", max_size=12)),
    st.integers(min_value=0, max_value=6),
)
def test_the_header_scan_equals_the_line_scan(pieces: list[str], limit: int) -> None:
    text = "\n".join(pieces)
    assume('"""' not in text and "'''" not in text)  # the one case only the line scan handles
    fast, slow = LineMap._scan_headers(text, limit), LineMap._scan_lines(text, limit)
    assert (fast.too_many, fast.too_deep) == (slow.too_many, slow.too_deep)
    refused = fast.too_many is not None or fast.too_deep is not None  # keys never read
    if not refused and _as_data(fast) != _as_data(slow):
        # they may differ only on a text the TOML parser refuses (a table defined twice, as in
        # 'article.path = "x"' then '[article]'), whose lines no message ever reads
        with pytest.raises(tomli.TOMLDecodeError):
            tomli.loads(text)


def test_claims_written_as_an_inline_array_have_their_own_lines() -> None:
    text = (
        "# claims written inline\n"
        'settings = { locale = "en",\n'
        '  approx = "5 percent" }\n'
        "claim = [\n"
        '  {id = "a", value = "1", counterpart = ["US$1", "[[claim]]"]},  # a comment {\n'
        "  {\n"
        '    id = "b",\n'
        "    computed = { x = 'y', z = '}' },\n"
        '    "value" = """\n[[claim]]\nid = "c"\n""",\n'
        "  },\n"
        "  { id = 'd' , quote = 'q' }, { id = 'e' },\n"
        "]\n"
        "[[relation]]\n"
        "id = 'r'\n"
    )
    data = tomli.loads(text)
    assert [c["id"] for c in data["claim"]] == ["a", "b", "d", "e"]
    for found in (LineMap.scan(text, 100), LineMap._scan_lines(text, 100)):
        assert found.tables["settings"].keys == {"locale": 2, "approx": 3}
        blocks = found.arrays["claim"]
        assert [(b.line, b.keys) for b in blocks] == [
            (5, {"id": 5, "value": 5, "counterpart": 5}),
            (6, {"id": 7, "computed": 8, "value": 9}),
            (14, {"id": 14, "quote": 14}),
            (14, {"id": 14}),
        ]
        assert [(b.line, b.keys) for b in found.arrays["relation"]] == [(16, {"id": 17})]


def test_inline_tables_count_toward_the_limit_of_headers() -> None:
    text = "claim = [\n" + "{id = 'a'},\n" * 5 + "]\n"
    assert LineMap.scan(text, 4).too_many == 6
    assert LineMap.scan(text, 5).too_many is None


@st.composite
def _inline_claims(draw: st.DrawFn) -> tuple[str, list[tuple[int, dict[str, int]]]]:
    """An array of claims written inline, with line breaks and comments wherever TOML allows
    them, and the line of each claim's brace and of each of its keys."""
    gap = st.sampled_from([" ", "\n", " # c [[claim]] {\n  ", "\n\n"])
    values = st.sampled_from(["'x'", '"]}"', "['a', {b = 1}]", '"""\n[x]\n"""', "{ c = 2 }"])
    written, expected, line = ["claim = ["], [], 1
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        before = draw(gap)
        line += before.count("\n")
        brace = line
        written.append(before + "{")
        keys: dict[str, int] = {}
        names = draw(st.lists(st.sampled_from(["id", "value", "quote", "note"]), unique=True))
        for n, name in enumerate(names):
            space = draw(gap)
            line += space.count("\n")
            keys[name] = line
            value = draw(values)
            written.append(f"{space}{name} = {value}" + ("," if n + 1 < len(names) else ""))
            line += value.count("\n")
        after = draw(gap) + "},"
        written.append(after)
        line += after.count("\n")
        expected.append((brace, keys))
    written.append("\n]\n[[relation]]\nid = 'z'\n")
    return "".join(written), expected


@given(_inline_claims())
def test_inline_claims_are_mapped_to_the_lines_they_are_written_on(
    case: tuple[str, list[tuple[int, dict[str, int]]]],
) -> None:
    text, expected = case
    tomli.loads(text)
    relation = text.count("\n") - 1
    for found in (LineMap.scan(text), LineMap._scan_lines(text, len(text))):
        assert [(b.line, b.keys) for b in found.arrays.get("claim", [])] == expected
        assert [(b.line, b.keys) for b in found.arrays["relation"]] == [
            (relation, {"id": relation + 1})
        ]


def test_key_lines_read_while_another_thread_scans_them() -> None:
    text = "[[claim]]\nid = 'a'\nvalue = '3'\n[[claim]]\nid = 'b'\n"
    found_map = LineMap.scan(text)  # no limit given: none applies
    block = found_map.arrays["claim"][0]
    getter = inspect.getattr_static(Block, "keys").fget
    found = read_while_held(getter, "lazy = self._lazy", lambda: dict(block.keys))
    assert found == {"held": {"id": 2, "value": 3}, "free": {"id": 2, "value": 3}}


def test_field_lines_travel_as_a_plain_dict() -> None:
    block = LineMap.scan("[[claim]]\nid = 'a'\n").arrays["claim"][0]
    copy = pickle.loads(pickle.dumps(KeyLines(block), protocol=0))
    assert type(copy) is dict and copy == {"id": 2} == KeyLines(block)


_BARE = st.text(alphabet="abcXYZ019_-", min_size=1, max_size=6)
_SHORT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\b": "\\b", "\f": "\\f", "\r": "\\r"}


@st.composite
def _toml_keys(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    """A dotted key as TOML may write it (bare, basic or literal parts, blanks around the dots),
    and its parts."""
    parts = draw(
        st.lists(_BARE | st.text(max_size=6) | st.text('"\\\n\t\b\f\rab'), min_size=1, max_size=4)
    )
    written = []
    for part in parts:
        style = draw(st.sampled_from(["bare", "basic", "literal"]))
        if style == "bare" and part and set(part) <= set("abcXYZ019_-"):
            written.append(part)
        elif style == "literal" and not set(part) & set("'\n\r\x7f") and part.isprintable():
            written.append(f"'{part}'")
        else:  # a basic string: each character as it is, or escaped as \u or \U
            escaped = []
            for char in part:
                how = draw(st.sampled_from(["raw", "short", "u", "U"]))
                if how == "raw" and char not in '"\\\x7f' and char >= " ":
                    escaped.append(char)
                elif how == "short" and char in _SHORT:
                    escaped.append(_SHORT[char])
                elif how == "u" and ord(char) <= 0xFFFF:
                    escaped.append(f"\\u{ord(char):04x}")
                else:
                    escaped.append(f"\\U{ord(char):08X}")
            written.append('"' + "".join(escaped) + '"')
    glue = draw(st.sampled_from([".", " . ", ".\t"]))
    return glue.join(written), tuple(parts)


@given(_toml_keys())
# a triple quote inside a literal part is no multi-line string
@example(("0.'" + '"""' + "'", ("0", '"""')))
def test_key_parts_read_as_the_toml_parser_reads_them(case: tuple[str, tuple[str, ...]]) -> None:
    written, parts = case
    parsed: object = tomli.loads(f"{written} = 0")
    path = []
    while isinstance(parsed, dict):
        ((key, parsed),) = parsed.items()
        path.append(key)
    assert tuple(path) == parts
    assert key_path(written) == parts
    line_map = LineMap.scan(f"[[claim]]\n{written} = 0\n[{written}]\n", 100)
    assert line_map.arrays["claim"][0].keys == {parts[0]: 2}
    assert line_map.tables[".".join(parts)].line == 3


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("[a.b]\n[c]\n[a]", 3),  # 'a' made by [a.b], then declared
        ("[[a.b]]\n[a]", 2),
        ("[a]\n[a.b]\n[a.c]", None),  # declared first, then its sub-tables: nothing reopened
        ("[[claim]]\n[[claim]]\n[article]", None),
    ],
)
def test_a_header_that_names_a_table_made_before_is_found(text: str, line: int | None) -> None:
    for scan in (LineMap._scan_headers, LineMap._scan_lines):
        assert scan(text, 100).reopened == line
