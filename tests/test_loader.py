"""Unusable input: every problem is a LoadError naming the line, item and field; the CLI exits 2."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aktobe_facts.claims.linemap import LineMap
from aktobe_facts.claims.loader import LoadError, load, loads
from aktobe_facts.cli import app
from aktobe_facts.reading.interval import Interval

ONE = """\
[[claim]]
id = "a"
quote = "q"
value = "5 percent"
"""


def claim(cid: str, value: str = "5 percent", **extra: str) -> str:
    lines = ["[[claim]]", f'id = "{cid}"', 'quote = "q"', f'value = "{value}"']
    lines += [f'{k} = "{v}"' for k, v in extra.items()]
    return "\n".join(lines) + "\n\n"


@dataclass(frozen=True)
class Bad:
    name: str
    text: str
    line: int | None
    fragment: str
    item: str | None = None
    field: str | None = None
    column: int | None = None


def _two_member_group(gid: str = "g") -> str:
    return f'[[group]]\nid = "{gid}"\n\n'


BAD: list[Bad] = [
    Bad(
        "toml syntax: unterminated string",
        '[[claim]]\nid = "a"\nquote = "q\nvalue = "5"\n',
        3,
        "TOML syntax error",
        column=11,
    ),
    Bad(
        "toml syntax: two values",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5" "6"\n',
        4,
        "TOML syntax error",
        column=13,
    ),
    Bad("unknown array table", ONE + '\n[[claims]]\nid = "b"\n', 6, "unknown table 'claims'"),
    Bad("unknown single table", '[artcle]\ntitle = "x"\n\n' + ONE, 1, "unknown table 'artcle'"),
    Bad("claim written as a table", '[claim]\nid = "a"\n', 1, "write [[claim]]"),
    Bad(
        "unknown field (typo)",
        '[[claim]]\nid = "a"\nquote = "q"\nvalu = "5"\n',
        4,
        "unknown field; claim fields are: id, quote, value",
        "claim 'a'",
        "valu",
    ),
    Bad(
        "missing id",
        '[[claim]]\nquote = "q"\nvalue = "5"\n',
        1,
        "missing required field 'id'",
        "claim #1",
    ),
    Bad(
        "missing id of the second claim",
        ONE + '\n[[claim]]\nquote = "q"\nvalue = "5"\n',
        6,
        "missing required field 'id'",
        "claim #2",
    ),
    Bad(
        "missing quote",
        '[[claim]]\nid = "a"\nvalue = "5"\n',
        1,
        "missing required field 'quote'",
        "claim 'a'",
    ),
    Bad(
        "missing value",
        '[[claim]]\nid = "a"\nquote = "q"\n',
        1,
        "missing required field 'value'",
        "claim 'a'",
    ),
    Bad(
        "reference without source",
        ONE + '\n[[reference]]\nid = "r"\nvalue = "420 tenge per US$"\n',
        6,
        "missing required field 'source'",
        "reference 'r'",
    ),
    Bad(
        "reference without value",
        ONE + '\n[[reference]]\nid = "r"\nsource = "bank"\n',
        6,
        "missing required field 'value'",
        "reference 'r'",
    ),
    Bad(
        "value as a TOML float",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = 1.50\n',
        4,
        "write the number as a string",
        "claim 'a'",
        "value",
    ),
    Bad(
        "value as a TOML integer",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = 140\n',
        4,
        'write the number as a string, as the article does: "140"',
        "claim 'a'",
        "value",
    ),
    Bad(
        "counterpart as a TOML number",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5 tenge"\ncounterpart = [3]\n',
        5,
        "write the number as a string",
        "claim 'a'",
        "counterpart",
    ),
    Bad(
        "value as a boolean",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = true\n',
        4,
        'expected a string such as "1.5 billion", got a boolean',
        "claim 'a'",
        "value",
    ),
    Bad(
        "quote as an integer",
        '[[claim]]\nid = "a"\nquote = 5\nvalue = "5"\n',
        3,
        "expected a string, got an integer",
        "claim 'a'",
        "quote",
    ),
    Bad(
        "exact as a string",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5"\nexact = "yes"\n',
        5,
        "expected true or false, got a string",
        "claim 'a'",
        "exact",
    ),
    Bad(
        "kind not a choice",
        ONE + 'kind = "amout"\n',
        5,
        "'amout' is not one of: amount",
        "claim 'a'",
        "kind",
    ),
    Bad(
        "after not a list",
        ONE + 'after = "Almaty"\n',
        5,
        "expected a list of strings",
        "claim 'a'",
        "after",
    ),
    Bad(
        "invalid id",
        '[[claim]]\nid = "a b"\nquote = "q"\nvalue = "5"\n',
        2,
        "is not a valid id",
        "claim 'a b'",
        "id",
    ),
    Bad(
        "malformed number",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = "1,2,3"\n',
        4,
        "malformed number in '1,2,3'",
        "claim 'a'",
        "value",
    ),
    Bad(
        "malformed counterpart",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5 tenge"\ncounterpart = "US$1..5"\n',
        5,
        "malformed number",
        "claim 'a'",
        "counterpart",
    ),
    Bad(
        "unknown unit",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5 furlongs"\n',
        4,
        "unknown unit 'furlongs'",
        "claim 'a'",
        "value",
    ),
    Bad(
        "value with no number",
        '[[claim]]\nid = "a"\nquote = "q"\nvalue = "US$"\n',
        4,
        "the value has no number",
        "claim 'a'",
        "value",
    ),
    Bad(
        "precision not positive",
        ONE + 'precision = "0"\n',
        5,
        "precision must be a positive number",
        "claim 'a'",
        "precision",
    ),
    Bad(
        "duplicate id",
        ONE + '\n[[claim]]\nid = "a"\nquote = "q"\nvalue = "6 percent"\n',
        7,
        "duplicate id 'a' (first used by the claim on line 1)",
        "claim 'a'",
        "id",
    ),
    Bad(
        "duplicate id across tables",
        ONE + '\n[[reference]]\nid = "a"\nvalue = "420 tenge per US$"\nsource = "bank"\n',
        7,
        "duplicate id 'a' (first used by the claim on line 1)",
        "reference 'a'",
        "id",
    ),
    Bad(
        "unknown group",
        ONE + 'group = "g"\n',
        5,
        "unknown group 'g'",
        "claim 'a'",
        "group",
    ),
    Bad(
        "unknown ratio numerator",
        ONE + '\n[[ratio]]\nid = "r"\nnumerator = "zz"\ndenominator = "a"\n',
        8,
        "unknown claim 'zz'",
        "ratio 'r'",
        "numerator",
    ),
    Bad(
        "unknown ratio denominator",
        ONE + '\n[[ratio]]\nid = "r"\nnumerator = "a"\ndenominator = "zz"\n',
        9,
        "unknown claim 'zz'",
        "ratio 'r'",
        "denominator",
    ),
    Bad(
        "unknown claim in of",
        ONE + 'of = "zz"\n',
        5,
        "unknown claim or reference 'zz'",
        "claim 'a'",
        "of",
    ),
    Bad(
        "unknown claim in base",
        ONE + 'base = "zz"\n',
        5,
        "unknown claim 'zz'",
        "claim 'a'",
        "base",
    ),
    Bad(
        "unknown claim in share",
        ONE + 'share = "zz"\n',
        5,
        "unknown claim 'zz'",
        "claim 'a'",
        "share",
    ),
    Bad(
        "unknown claim in same_as",
        ONE + 'same_as = "zz"\n',
        5,
        "unknown claim 'zz'",
        "claim 'a'",
        "same_as",
    ),
    Bad(
        "unknown claim in part",
        ONE + 'part = "zz"\n',
        5,
        "unknown claim or reference 'zz'",
        "claim 'a'",
        "part",
    ),
    Bad(
        "base names a reference",
        ONE
        + 'base = "r"\n\n[[reference]]\nid = "r"\nvalue = "420 tenge per US$"\nsource = "bank"\n',
        5,
        "unknown claim 'r'",
        "claim 'a'",
        "base",
    ),
    Bad(
        "self reference",
        ONE + 'of = "a"\n',
        5,
        "a claim cannot refer to itself in 'of'",
        "claim 'a'",
        "of",
    ),
    Bad(
        "self reference in same_as",
        ONE + 'same_as = "a"\n',
        5,
        "cannot refer to itself in 'same_as'",
        "claim 'a'",
        "same_as",
    ),
    Bad(
        "cyclic of",
        claim("a", of="b") + claim("b", of="c") + claim("c", of="a"),
        5,
        "cyclic 'of' references: a -> b -> c -> a",
        "claim 'a'",
        "of",
    ),
    Bad(
        "cyclic of, two claims, after a plain one",
        claim("x") + claim("b", of="c") + claim("c", of="b"),
        10,
        "cyclic 'of' references: b -> c -> b",
        "claim 'b'",
        "of",
    ),
    Bad(
        "group with one member",
        _two_member_group() + ONE + 'group = "g"\n',
        1,
        "group 'g' has 1 member(s)",
        "group 'g'",
    ),
    Bad(
        "group with no member",
        ONE + '\n[[group]]\nid = "g"\n',
        6,
        "has 0 member(s)",
        "group 'g'",
    ),
    Bad(
        "remainder without group",
        '[[claim]]\nid = "a"\nquote = "q"\nremainder = true\n',
        4,
        "a remainder share needs a 'group'",
        "claim 'a'",
        "remainder",
    ),
    Bad(
        "two remainders",
        _two_member_group()
        + claim("a", group="g")
        + '[[claim]]\nid = "b"\nquote = "q"\ngroup = "g"\nremainder = true\n\n'
        + '[[claim]]\nid = "c"\nquote = "q"\ngroup = "g"\nremainder = true\n',
        20,
        "group 'g' already has a remainder ('b')",
        "claim 'c'",
        "remainder",
    ),
    Bad(
        "a non-percent member in a group",
        _two_member_group() + claim("a", group="g") + claim("b", "5 km", group="g"),
        13,
        "a member of a group of shares must be a percent",
        "claim 'b'",
        "value",
    ),
    Bad(
        "unknown claim in a group's of",
        '[[group]]\nid = "g"\nof = "zz"\n\n' + claim("a", group="g") + claim("b", group="g"),
        3,
        "unknown claim 'zz'",
        "group 'g'",
        "of",
    ),
    Bad(
        "counterpart in the same currency",
        claim("a", "US$5 million", counterpart="US$6 million"),
        5,
        "a counterpart must be in another unit or currency than the value",
        "claim 'a'",
        "counterpart",
    ),
    Bad(
        "counterpart of a value with no unit",
        claim("a", "5 million", counterpart="US$"),
        5,
        "needs a unit on both sides",
        "claim 'a'",
        "counterpart",
    ),
    Bad(
        "precision in another unit",
        claim("a", "40 people", precision="1 percent"),
        5,
        "precision is in percent",
        "claim 'a'",
        "precision",
    ),
    Bad(
        "counterpart mixing a currency and a length",
        claim("a", "5 km", counterpart="US$5"),
        5,
        "a currency and a non-currency unit",
        "claim 'a'",
        "counterpart",
    ),
    Bad(
        "ratio bound with no number",
        claim("a", "5 tenge")
        + claim("b", "40 people")
        + '[[ratio]]\nid = "r"\nnumerator = "a"\ndenominator = "b"\nmin = "US$"\n',
        15,
        "the min has no number",
        "ratio 'r'",
        "min",
    ),
    Bad(
        "ratio min above max",
        claim("a", "5 tenge")
        + claim("b", "40 people")
        + '[[ratio]]\nid = "r"\nnumerator = "a"\ndenominator = "b"\n'
        + 'min = "60 million tenge"\nmax = "40 million tenge"\n',
        16,
        'min "60 million tenge" is above max "40 million tenge"',
        "ratio 'r'",
        "max",
    ),
    Bad(
        "ratio min and max in different units",
        claim("a", "5 tenge")
        + claim("b", "40 people")
        + '[[ratio]]\nid = "r"\nnumerator = "a"\ndenominator = "b"\n'
        + 'min = "40 million tenge"\nmax = "US$200,000"\n',
        16,
        "must be in the same unit",
        "ratio 'r'",
        "max",
    ),
    Bad(
        "ratio of a claim to itself",
        claim("a", "5 tenge") + '[[ratio]]\nid = "r"\nnumerator = "a"\ndenominator = "a"\n',
        9,
        "the numerator and the denominator are both 'a'",
        "ratio 'r'",
        "denominator",
    ),
    Bad(
        "ratio of a remainder with no value",
        _two_member_group()
        + claim("a", group="g")
        + '[[claim]]\nid = "b"\nquote = "q"\ngroup = "g"\nremainder = true\n\n'
        + '[[ratio]]\nid = "r"\nnumerator = "a"\ndenominator = "b"\n',
        19,
        "claim 'b' has no value to divide",
        "ratio 'r'",
        "denominator",
    ),
    Bad("empty file", "", None, "no [[claim]] tables: nothing to check"),
    Bad("comments only", "# nothing here\n\n", None, "no [[claim]] tables"),
    Bad("article but no claims", '[article]\ntitle = "x"\n', None, "no [[claim]] tables"),
    Bad(
        "invalid locale",
        '[settings]\nlocale = "xx"\n\n' + ONE,
        2,
        "'xx' is not one of: en, de, fr, ch",
        "[settings]",
        "locale",
    ),
    Bad(
        "currency mapped to a long code",
        '[settings]\ncurrencies = { som = "KGSS" }\n\n' + ONE,
        2,
        "currency 'som' must map to a three-letter code, not 'KGSS'",
        "[settings]",
        "currencies",
    ),
    Bad(
        "currency mapped to a number",
        "[settings]\ncurrencies = { som = 5 }\n\n" + ONE,
        2,
        "expected a table of strings",
        "[settings]",
        "currencies",
    ),
    Bad(
        "currencies not a table",
        '[settings]\ncurrencies = "KGS"\n\n' + ONE,
        2,
        "expected a table of strings",
        "[settings]",
        "currencies",
    ),
    Bad(
        "approx not a percent",
        '[settings]\napprox = "5 km"\n\n' + ONE,
        2,
        'write the tolerance as a percent: "5 percent"',
        "[settings]",
        "approx",
    ),
    Bad(
        "approx malformed",
        '[settings]\napprox = "5..0 percent"\n\n' + ONE,
        2,
        "malformed number",
        "[settings]",
        "approx",
    ),
    Bad(
        "unknown settings key",
        '[settings]\nlocal = "de"\n\n' + ONE,
        2,
        "unknown field",
        "[settings]",
        "local",
    ),
    Bad(
        "malformed number under the file's locale",
        '[settings]\nlocale = "de"\n\n' + claim("a", "1.5 percent"),
        7,
        "malformed number in '1.5 percent'",
        "claim 'a'",
        "value",
    ),
]


_INLINE = (
    "claim = [\n"
    '  {id = "a", quote = "q", value = "5 percent"},\n'
    '  {id = "b", quote = "q",\n'
    '   value = "5 parsecs"},\n'
    "]\n"
)
BAD += [
    Bad("inline_claim_field", _INLINE, 4, "unknown unit 'parsecs'", "claim 'b'", "value"),
    Bad(
        "inline_claim_missing_field",
        _INLINE.replace('{id = "a", quote = "q", ', '{id = "a", '),
        2,
        "missing required field 'quote'",
        "claim 'a'",
    ),
    Bad(
        "inline_relation_unknown_id",
        'claim = [{id = "a", quote = "q", value = "5"}, {id = "b", quote = "q", value = "6"}]\n'
        "relation = [\n"
        '  {id = "r", kind = "order", left = "a", op = "<",\n'
        '   right = ["c"]},\n'
        "]\n",
        4,
        "'c'",
        "relation 'r'",
        "right",
    ),
]


def test_claims_written_inline_report_their_own_lines() -> None:
    """Each claim of an inline array has the line of its brace, each field its own line; the
    findings about it name that line, as for a claim under a [[claim]] header."""
    text = (
        "# the claims as an inline array\n"
        "claim = [\n"
        '  {id = "t", quote = "q", value = "646.8 billion tenge", counterpart = "US$1.5 billion"},\n'
        '  {id = "g", quote = "q", value = "140 million tenge",\n'
        '   counterpart = "US$"},\n'
        "]\n"
    )
    doc = loads(text)
    assert [(c.id, c.line) for c in doc.claims] == [("t", 3), ("g", 4)]
    assert doc.claims[1].field_lines["counterpart"] == 5
    from aktobe_facts.api import check_document

    missing = [f for f in check_document(doc) if f.check == "missing-counterpart"]
    assert [f.line for f in missing] == [4]


@pytest.mark.parametrize("case", BAD, ids=[b.name for b in BAD])
def test_unusable_input(case: Bad) -> None:
    with pytest.raises(LoadError) as info:
        loads(case.text, "bad.toml")
    error = info.value
    assert case.fragment in error.message
    assert error.line == case.line
    assert error.item == case.item
    assert error.field == case.field
    if case.column is not None:
        assert error.column == case.column
    # the message a user sees names the file, line, item and field
    where = "bad.toml" + (f":{case.line}" if case.line is not None else "")
    assert str(error).startswith(where)
    if case.item:
        assert case.item in str(error)
    if case.field:
        assert f"field '{case.field}'" in str(error)


@pytest.mark.parametrize("case", BAD, ids=[b.name for b in BAD])
def test_cli_exits_2_with_the_message(
    case: Bad, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.toml").write_text(case.text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "bad.toml", "--width", "400"])
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert case.fragment in output
    where = "bad.toml" + (f":{case.line}" if case.line is not None else "")
    assert where in output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_duplicate_id_names_both_lines() -> None:
    text = ONE + "\n" + claim("b") + '[[claim]]\nid = "a"\nquote = "again"\nvalue = "6 percent"\n'
    with pytest.raises(LoadError) as info:
        loads(text, "dup.toml")
    assert info.value.line == 12  # the second use
    assert "on line 1" in info.value.message  # the first use
    assert str(info.value).startswith("dup.toml:12: claim 'a': field 'id': duplicate id 'a'")


# -- files on disk ------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.message == "no such file"
    assert info.value.line is None
    assert str(info.value) == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="is a directory, not a claims file"):
        load(tmp_path)


def test_non_utf8_bytes_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(ONE.encode() + b'note = "caf\xe9"\n')
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.line == 5
    assert "not UTF-8 text (byte 0xe9, 'é' in Windows-1252 or Latin-1)" in info.value.message


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + ONE.encode())
    doc = load(path)
    assert [c.id for c in doc.claims] == ["a"]
    assert doc.claims[0].line == 1


def test_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.toml"
    path.write_bytes((ONE + 'group = "zz"\n').replace("\n", "\r\n").encode())
    with pytest.raises(LoadError) as info:
        load(path)
    assert info.value.line == 5 and info.value.field == "group"


def test_cli_missing_file_and_non_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "latin1.toml").write_bytes(b"\xff\xfe[[claim]]\n")
    result = CliRunner().invoke(app, ["check", "missing.toml", "latin1.toml"])
    assert result.exit_code == 2
    assert "missing.toml: no such file" in result.output
    assert "latin1.toml:1: UTF-16 text, not UTF-8; save it as UTF-8" in result.output  # its mark
    assert "Traceback" not in result.output


# -- what loads ---------------------------------------------------------------------------------


def test_valid_file_loads_with_lines_and_settings() -> None:
    text = """\
# a comment
[article]
title = "A small article"

[settings]
locale = "de"
approx = "10 percent"
currencies = { "Taler" = "xta" }

[[claim]]
id = "budget"
quote = "4,7 Millionen Taler"
value = "4,7 million Taler"
counterpart = ["€"]

[[claim]]
id = "staff"
quote = "etwa 40"
value = "about 40"
kind = "count"

[[reference]]
id = "rate"
value = "90 taler per euro"
source = "a central bank"
"""
    doc = loads(text, "ok.toml")
    budget, staff = doc.claims
    assert (budget.line, staff.line) == (10, 16)
    assert budget.field_lines["value"] == 13 and budget.field_lines["counterpart"] == 14
    assert budget.value is not None and budget.value.unit is not None
    assert budget.value.unit.key == "XTA"  # the alias, lowercased and mapped to upper case
    assert budget.counterparts[0].missing
    assert doc.settings.locale.name == "de"
    assert doc.article == {"title": "A small article"}
    assert staff.value is not None
    # 40 read as [35, 45] and widened by 10 percent of 40 on each side
    assert staff.value.interval == Interval(Fraction(31), Fraction(49))
    (ref,) = doc.references
    assert ref.line == 22 and ref.value.per is not None and ref.value.per.key == "EUR"
    assert doc.claim("staff") is staff and doc.reference("rate") is ref
    assert doc.claim("nope") is None


def test_remainder_may_leave_out_value() -> None:
    doc = loads(
        _two_member_group()
        + claim("a", group="g")
        + '[[claim]]\nid = "rest"\nquote = "q"\ngroup = "g"\nremainder = true\n'
    )
    (group,) = doc.groups
    assert group.members == ("a", "rest")
    rest = doc.claim("rest")
    assert rest is not None and rest.value is None and rest.remainder


# -- LineMap ----------------------------------------------------------------------------------


def test_line_map_finds_tables_and_keys() -> None:
    text = """\
[article]
title = "t"

[[claim]]
id = "a"
quote = '''
[[claim]]
value = "not a key"
'''
value = "5 percent"
# [[claim]] in a comment
"note" = "quoted key"

  [[ claim ]]
id = "b"
counterpart = [
  "US$1",
]
value = "6 percent"

[[group]]
id = "g"
"""
    lines = LineMap.scan(text, 100)
    assert lines.tables["article"].line == 1
    assert lines.tables["article"].keys == {"title": 2}
    a, b = lines.arrays["claim"]
    assert a.line == 4 and b.line == 14
    assert a.keys == {"id": 5, "quote": 6, "value": 10, "note": 12}
    assert b.keys == {"id": 15, "counterpart": 16, "value": 19}
    assert lines.arrays["group"][0].line == 21
    assert lines.block("claim", 1) is b
    assert lines.block("claim", 2) is None
    assert lines.block("article", None) is lines.tables["article"]


def test_line_map_lines_match_each_claim() -> None:
    text = "".join(claim(f"c{i}", f"{i} percent", note=f"n{i}") for i in range(1, 8))
    doc = loads(text)
    for i, c in enumerate(doc.claims):
        first = 1 + 6 * i  # each claim takes 5 lines and a blank one
        assert c.line == first
        assert c.field_lines == {
            "id": first + 1,
            "quote": first + 2,
            "value": first + 3,
            "note": first + 4,
        }


def test_error_in_a_multiline_file_points_at_the_right_claim() -> None:
    text = (
        claim("a")
        + '[[claim]]\nid = "b"\nquote = """\nline one\nline two\n"""\nvalue = "5 parsecs"\n'
    )
    with pytest.raises(LoadError) as info:
        loads(text)
    assert info.value.item == "claim 'b'" and info.value.line == 12


EVERY_FIELD = """\
[[group]]
id = "sectors"
of = "total"

[[claim]]
id = "total"
quote = "100 billion tenge (US$250 million) in 2020"
value = "100 billion tenge"
counterpart = "US$250 million"
kind = "amount"
subject = "budget"
period = "2020"
programme = "roads"
note = "a note"

[[claim]]
id = "prev"
quote = "90 billion tenge in 2019"
value = "90 billion tenge"
period = "2019"

[[claim]]
id = "growth"
quote = "11 percent more"
value = "11 percent"
kind = "growth"
of = "total"
base = "prev"
base_period = "2019"
means = "relative"

[[claim]]
id = "s1"
quote = "60 percent"
value = "60 percent"
group = "sectors"

[[claim]]
id = "rest"
quote = "the rest"
group = "sectors"
remainder = true

[[claim]]
id = "part"
quote = "40 billion tenge"
value = "40 billion tenge"
share = "sh"

[[claim]]
id = "idx"
quote = "index 111"
value = "111 percent"
kind = "index"
same_as = "growth"

[[claim]]
id = "sh"
quote = "40 percent"
value = "40 percent"
part = "part"
of = "total"

[[claim]]
id = "rank"
quote = "third after Almaty and Astana"
value = "third"
kind = "rank"
after = ["Almaty", "Astana"]
"""


def test_every_claim_field_is_loaded_into_its_own_attribute() -> None:
    """The loader builds a claim from its fields in order (positional, for speed): each field
    written in the file must land in the attribute of its name."""
    doc = loads(EVERY_FIELD)
    total, growth, rank = doc.claim("total"), doc.claim("growth"), doc.claim("rank")
    rest, part, share, index = (
        doc.claim("rest"),
        doc.claim("part"),
        doc.claim("sh"),
        doc.claim("idx"),
    )
    assert total is not None and growth is not None and rank is not None and rest is not None
    assert part is not None and share is not None and index is not None
    assert (total.id, total.quote) == ("total", "100 billion tenge (US$250 million) in 2020")
    assert total.value is not None and total.value.text == "100 billion tenge"
    assert [q.text for q in total.counterparts] == ["US$250 million"]
    assert (total.kind, total.subject, total.period) == ("amount", "budget", "2020")
    assert (total.programme, total.note) == ("roads", "a note")
    assert (growth.of, growth.base, growth.base_period, growth.means) == (
        "total",
        "prev",
        "2019",
        "relative",
    )
    assert (rest.group, rest.remainder, rest.value) == ("sectors", True, None)
    assert (share.part, share.of, part.share, index.same_as) == ("part", "total", "sh", "growth")
    assert rank.after == ("Almaty", "Astana")
    assert total.line == 5 and total.field_lines["programme"] == 13
    for claim in doc.claims:  # no field leaks into another
        for name in ("kind", "subject", "period", "group", "of", "part", "base", "share"):
            value = getattr(claim, name)
            assert value is None or isinstance(value, str)


def test_a_text_stated_twice_is_read_once_but_exact_and_precision_read_apart() -> None:
    text = "".join(
        f'[[claim]]\nid = "c{i}"\nquote = "q"\nvalue = "140 million"\n{extra}\n'
        for i, extra in enumerate(["", "", "exact = true", 'precision = "1 million"'])
    )
    doc = loads(text)
    plain, again, exact, declared = (c.value for c in doc.claims)
    assert plain is again  # one reading of one text
    assert plain is not None and exact is not None and declared is not None
    assert plain.interval == Interval(Fraction(135_000_000), Fraction(145_000_000))
    assert exact.interval == Interval(Fraction(140_000_000), Fraction(140_000_000))
    assert declared.interval == Interval(Fraction(139_500_000), Fraction(140_500_000))


def test_a_computed_figure_on_a_claim_with_no_counterpart_is_refused() -> None:
    text = '[[claim]]\nid = "a"\nquote = "q"\nvalue = "5 billion tenge"\n'
    text += 'computed = { "US$10 million" = "by hand" }\n'
    with pytest.raises(LoadError) as caught:
        loads(text)
    assert caught.value.field == "computed" and caught.value.line == 5
    assert "not one of this claim's counterparts" in caught.value.message
