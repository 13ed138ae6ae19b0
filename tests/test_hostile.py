"""Hostile input: files written by anyone never crash, hang, leak or mislead the gate.

Each file in tests/hostile/ goes through the CLI (``check --format line``); the test asserts the
exact output a user sees (file, line, item, field and message, then the summary line) and the exit
code: 2 for unusable input, or 1 (or 0) where a finding is the right answer, with the reason given
in the case. Never 3 (an internal error), never a traceback. Inputs that must not be committed (a
50 MB file, a FIFO, a symlink loop, non-UTF-8 bytes, 10,000 levels of nesting, a 10,000-character
id) are made in ``tmp_path`` by the tests below, and a few go through a real subprocess of
``python -m aktobe_facts``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from aktobe_facts.api import check_file
from aktobe_facts.checks import coverage
from aktobe_facts.claims import loader
from aktobe_facts.cli import app
from aktobe_facts.report import RenderOptions, get_format
from aktobe_facts.result import Report
from aktobe_facts.text import placement

HOSTILE = Path(__file__).resolve().parent / "hostile"
runner = CliRunner()

UNUSABLE = (
    "1 file (1 unusable), 0 claims, 0 relations: 0 passed, 0 failed, 0 undetermined; "
    "0 errors, 0 warnings, 0 infos; exit 2 (fail level: error)"
)
CLAIM_FIELDS = (
    "id, quote, value, counterpart, computed, kind, subject, period, group, remainder, dated_by, "
    "exact, precision, of, part, base, share, same_as, base_period, means, after, programme, note"
)


@dataclass(frozen=True)
class Case:
    """``tests/hostile/<name>.toml``: the exit code and every line of ``check --format line``.

    For exit 2 ``lines`` is the one error line (the summary follows it). For any other exit
    ``lines`` is the whole output, and ``why`` says why a finding, not a refusal, is right.
    """

    name: str
    exit_code: int
    lines: tuple[str, ...]
    why: str = ""


def refused(name: str, where: str, message: str) -> Case:
    return Case(name, 2, (f"{name}.toml:{where}: error load: {message}",))


def unknown_number(name: str, line: int, message: str) -> Case:
    return refused(name, f"{line}:1", f"claim 'a': field 'value': {message}")


def dangling(name: str, line: int, item: str, field: str, what: str) -> Case:
    return refused(name, f"{line}:1", f"{item}: field '{field}': unknown {what} 'nowhere'")


CASES: list[Case] = [
    # -- TOML syntax: the parser's message, with line and column
    refused("syntax_unterminated_string", "3:26", "TOML syntax error: Illegal character '\\n'"),
    refused(
        "syntax_key_without_value",
        "3:6",
        "TOML syntax error: Expected '=' after a key in a key/value pair",
    ),
    refused("syntax_duplicate_key", "5:20", "TOML syntax error: Cannot overwrite a value"),
    refused(
        "syntax_unclosed_header",
        "1:8",
        "TOML syntax error: Expected ']]' at the end of an array declaration",
    ),
    refused("syntax_bad_escape", "3:14", "TOML syntax error: Unescaped '\\' in a string"),
    refused("syntax_raw_control_character", "3:15", "TOML syntax error: Illegal character '\\x07'"),
    refused(
        "syntax_table_defined_twice", "4:9", "TOML syntax error: Cannot declare ('article',) twice"
    ),
    # -- wrong types
    refused(
        "type_value_is_a_number",
        "4:1",
        "claim 'a': field 'value': write the number as a string, as the article does: \"1.5\" "
        "(a TOML number loses trailing zeros)",
    ),
    refused(
        "type_id_is_an_integer", "2:1", "claim #1: field 'id': expected a string, got an integer"
    ),
    refused(
        "type_exact_is_a_string",
        "5:1",
        "claim 'a': field 'exact': expected true or false, got a string",
    ),
    refused(
        "type_after_is_a_string", "6:1", "claim 'a': field 'after': expected a list of strings"
    ),
    refused(
        "type_claim_is_a_single_table", "1:1", "write [[claim]] (an array of tables), not [claim]"
    ),
    refused("type_settings_is_an_array", "1:1", "[settings] must be a table"),
    refused(
        "inline_array_of_claims",
        "1:1",
        "claim 'b': field 'value': write the number as a string, as the article does: \"5\" "
        "(a TOML number loses trailing zeros)",
    ),
    # -- missing, duplicate and unknown fields, tables, units and currencies
    refused("missing_id", "1:1", "claim #1: missing required field 'id'"),
    refused("missing_quote", "1:1", "claim 'a': missing required field 'quote'"),
    refused(
        "missing_value",
        "1:1",
        "claim 'a': missing required field 'value' (only a remainder share may leave it out)",
    ),
    refused("missing_reference_source", "6:1", "reference 'rate': missing required field 'source'"),
    refused(
        "duplicate_id",
        "7:1",
        "group 'jobs': field 'id': duplicate id 'jobs' (first used by the claim on line 1)",
    ),
    refused(
        "unknown_field",
        "4:1",
        f"claim 'a': field 'valu': unknown field; claim fields are: {CLAIM_FIELDS}",
    ),
    refused(
        "dotted_subtable",
        "6:1",
        f"claim 'a': field 'extra': unknown field; claim fields are: {CLAIM_FIELDS}",
    ),
    # headers and keys written any way TOML allows: the line map finds their lines
    refused(
        "header_quoted_and_spaced",
        "9:1",
        "claim 'b': field 'value': unknown unit 'parsecs' in '650 parsecs'",
    ),
    refused(
        "dotted_keys",
        "2:1",
        "[settings]: field 'approx': unknown unit 'parsecs' in '5 parsecs'",
    ),
    refused(
        "unknown_table",
        "6:1",
        "unknown table 'claims'; a claims file has [article], [settings] and [[claim]], "
        "[[group]], [[ratio]], [[reference]], [[relation]], [[waiver]], [[ignore]]",
    ),
    unknown_number("unknown_unit", 4, "unknown unit 'parsecs' in '650 parsecs'"),
    unknown_number("unknown_currency_word", 4, "unknown unit 'doubloons' in '5 million doubloons'"),
    refused(
        "unknown_currency_code_in_settings",
        "2:1",
        "[settings]: field 'currencies': currency 'som' must map to a three-letter code, "
        "not 'KGZS'",
    ),
    refused(
        "settings_unknown_locale",
        "2:1",
        "[settings]: field 'locale': 'xx' is not one of: en, de, fr, ch",
    ),
    refused(
        "settings_negative_approx",
        "2:1",
        "[settings]: field 'approx': write the tolerance as a percent: \"5 percent\"",
    ),
    # a blank required text, and a tolerance that would let any approximate figure pass
    # (loaded before the nineteenth session: an empty quote passed for a quote without an article)
    refused(
        "quote_empty",
        "3:1",
        "claim 'a': field 'quote': the quote is empty; copy the article's words that state the "
        "figure",
    ),
    refused(
        "quote_blank",
        "3:1",
        "claim 'a': field 'quote': the quote is empty; copy the article's words that state the "
        "figure",
    ),
    # the words that date a conversion (twenty-seventh session): a blank one would group the
    # file's blank ones as one time the article never names
    refused(
        "dated_by_blank",
        "5:1",
        "claim 'a': field 'dated_by': dated_by is empty; write the words that date the "
        "conversion ('fiscal year 2014'), or leave the field out",
    ),
    refused(
        "dated_by_not_a_string",
        "5:1",
        "claim 'a': field 'dated_by': expected a string, got an integer",
    ),
    refused(
        "reference_source_blank",
        "9:1",
        "reference 'rate': field 'source': the source is empty; name where the figure comes from",
    ),
    refused(
        "settings_approx_100_percent",
        "2:1",
        "[settings]: field 'approx': the tolerance \"100 percent\" is not below 100 percent: "
        '"about 5" would reach 0 and any approximate figure would pass',
    ),
    refused(
        "period_not_a_month",
        "5:1",
        "claim 'a': field 'period': '2020-13': 13 is not a month (01 to 12)",
    ),
    refused(
        "remainder_without_group",
        "4:1",
        "claim 'a': field 'remainder': a remainder share needs a 'group'",
    ),
    refused(
        "two_remainders",
        "14:1",
        "claim 'b': field 'remainder': group 'g' already has a remainder ('a')",
    ),
    # -- malformed numbers
    unknown_number(
        "number_commas_1_2_3",
        4,
        "malformed number in '1,2,3': unexpected ',' after the digits "
        "(this file writes numbers like 1,234.5)",
    ),
    unknown_number(
        "number_two_dots",
        4,
        "malformed number in '1..5': unexpected '.' after the digits "
        "(this file writes numbers like 1,234.5)",
    ),
    unknown_number("number_double_minus", 4, "malformed number in '--5': more than one minus sign"),
    unknown_number(
        "number_exponent",
        4,
        "malformed number in '1e999999': exponent notation is not an article's style",
    ),
    unknown_number("number_500_digits", 4, "value is 500 characters long; the limit is 200"),
    unknown_number(
        "number_31_digits",
        4,
        "malformed number in '1000000000000000000000000000000 tenge': 31 digits, the limit is 30",
    ),
    unknown_number("number_nan", 4, "'NaN' is not a finite number"),
    unknown_number("number_inf", 4, "'inf' is not a finite number"),
    unknown_number(
        "number_mixed_scripts",
        4,
        "malformed number in '1٤0 million tenge': it mixes digits of two scripts (ASCII and "
        "Arabic-Indic); write each number in one script",
    ),
    unknown_number(
        "number_arabic_digits_with_a_full_stop",
        4,
        "malformed number in '١٢٣.٤ million tenge': '.' (U+002E) is not a separator of "
        "Arabic-Indic digits, which take '٫' (U+066B) as decimal mark and '٬' (U+066C) between "
        "groups",
    ),
    unknown_number("number_empty", 4, "value is empty"),
    unknown_number("number_blank", 4, "value is empty"),
    unknown_number(
        "control_character_in_value", 4, "unknown unit '\\x00 percent' in '5\\x00 percent'"
    ),
    Case(
        "number_30_digits_with_trillion",
        0,
        (
            "number_30_digits_with_trillion.toml:1:1: info conversions: one conversion in KZT per "
            "USD; its implied rate is [181,818,000,000,000,000,000,000, "
            "222,222,000,000,000,000,000,000] trillion tenge per US dollar, with nothing to "
            "compare it with (declare a reference rate to test it)",
            'number_30_digits_with_trillion.toml:1:1: warning rate-magnitudes: "999,999,999,999,'
            '999,999,999,999,999,999 trillion tenge" and "US$5 million" imply [181,818,000,000,'
            "000,000,000,000, 222,222,000,000,000,000,000,000] trillion tenge per US dollar, "
            "360,000,000,000,000,000,000 trillion to 440,000,000,000,000,000,000 trillion times "
            "above the nearest built-in rate, 510 tenge per US dollar (2025 annual average): "
            "check the figures and the currencies",
            "1 file, 1 claim, 2 relations: 0 passed, 1 failed, 1 undetermined; 0 errors, "
            "1 warning, 1 info; exit 0 (fail level: error)",
        ),
        why="30 digits times a trillion is within the limits: read exactly, a lone conversion "
        "far from any rate the tenge has had",
    ),
    # -- amounts a rate or a ratio is derived from
    Case(
        "rate_from_zero_amount",
        1,
        (
            'rate_from_zero_amount.toml:1:1: error conversions: "0 tenge" cannot be '
            '"US$5 million" at any exchange rate',
            "1 file, 1 claim, 1 relation: 0 passed, 1 failed, 0 undetermined; 1 error, "
            "0 warnings, 0 infos; exit 1 (fail level: error)",
        ),
        why="the file is well formed; what it says is impossible, which is a finding",
    ),
    Case(
        "rate_from_negative_amount",
        1,
        (
            'rate_from_negative_amount.toml:1:1: error conversions: "-5 billion tenge" and '
            '"US$12 million": an amount converted into another currency cannot be negative',
            "1 file, 1 claim, 1 relation: 0 passed, 1 failed, 0 undetermined; 1 error, "
            "0 warnings, 0 infos; exit 1 (fail level: error)",
        ),
        why="a negative amount in a conversion is an error of the article, not of the file",
    ),
    Case(
        "ratio_over_zero",
        1,
        (
            "ratio_over_zero.toml:11:1: error ratios: per_job: the denominator 'jobs' is zero",
            "1 file, 2 claims, 1 relation: 0 passed, 1 failed, 0 undetermined; 1 error, "
            "0 warnings, 0 infos; exit 1 (fail level: error)",
        ),
        why="investment per job over 'zero' jobs is a relation that cannot hold: a finding",
    ),
    Case(
        "ratio_over_may_be_zero",
        0,
        (
            "ratio_over_may_be_zero.toml:11:1: warning ratios: per_job: the denominator 'jobs' "
            "([0, 0.5]) may be zero, so the ratio has no bound",
            "1 file, 2 claims, 1 relation: 0 passed, 0 failed, 1 undetermined; 0 errors, "
            "1 warning, 0 infos; exit 0 (fail level: error)",
        ),
        why="'0' rounds from [0, 0.5]: the ratio is undetermined, a warning (exit 1 with "
        "--fail-level warning, tested below)",
    ),
    # -- references
    refused("cyclic_of", "5:1", "claim 'a': field 'of': cyclic 'of' references: a -> b -> c -> a"),
    refused(
        "self_reference",
        "5:1",
        "claim 'a': field 'same_as': a claim cannot refer to itself in 'same_as'",
    ),
    dangling("dangling_of", 15, "claim 'x'", "of", "claim or reference"),
    dangling("dangling_part", 15, "claim 'x'", "part", "claim or reference"),
    dangling("dangling_base", 15, "claim 'x'", "base", "claim"),
    dangling("dangling_share", 15, "claim 'x'", "share", "claim"),
    dangling("dangling_same_as", 15, "claim 'x'", "same_as", "claim"),
    refused(
        "dangling_group",
        "15:1",
        "claim 'x': field 'group': unknown group 'nowhere' (declare it as a [[group]])",
    ),
    dangling("dangling_group_of", 13, "group 'g'", "of", "claim"),
    dangling("dangling_ratio_numerator", 13, "ratio 'r'", "numerator", "claim"),
    dangling("dangling_ratio_denominator", 14, "ratio 'r'", "denominator", "claim"),
    dangling("dangling_ratio_expect", 15, "ratio 'r'", "expect", "claim or reference"),
    refused(
        "group_of_one_share",
        "1:1",
        "group 'sectors': group 'sectors' has 1 member(s); a group of shares needs at least two",
    ),
    Case(
        "waiver_unknown_check",
        0,
        (
            "waiver_unknown_check.toml:1:1: info no-relation: 'a' (\"5 percent\") takes part "
            "in no relation: no check tested it",
            "waiver_unknown_check.toml:6:1: warning waivers: the waiver of nope for a matches no "
            "finding; remove it or correct its check and claims",
            "1 file, 1 claim, 1 relation: 0 passed, 1 failed, 0 undetermined; 0 errors, "
            "1 warning, 1 info; 1 claim in no relation; exit 0 (fail level: error)",
        ),
        why="a waiver that waives nothing cannot hide a finding; it is reported, not fatal",
    ),
    refused(
        "waiver_expires_not_a_real_date",
        "10:1",
        "waiver #1: field 'expires': expires must be a real date YYYY-MM-DD (year 1 to 9999), "
        "not '2020-02-30'",
    ),
    refused(
        "waiver_duplicate",
        "18:1",
        "waiver #2: field 'claims': duplicate waiver: the waiver on line 11 already waives "
        "shares for a, b; keep one (with the later expiry date, if any)",
    ),
    # -- empty files
    refused("empty", "1:1", "no [[claim]] tables: nothing to check"),
    refused("no_claims", "1:1", "no [[claim]] tables: nothing to check"),
    refused("only_comments", "1:1", "no [[claim]] tables: nothing to check"),
    # -- text: a BOM, control characters, terminal escapes, line separators
    Case(
        "bom_accepted",
        0,
        (
            "bom_accepted.toml:1:1: info no-relation: 'a' (\"5 percent\") takes part in no "
            "relation: no check tested it",
            "1 file, 1 claim, 0 relations: 0 passed, 0 failed, 0 undetermined; 0 errors, "
            "0 warnings, 1 info; 1 claim in no relation; exit 0 (fail level: error)",
        ),
        why="a byte-order mark is allowed and dropped",
    ),
    Case(
        "control_characters_in_strings",
        0,
        (
            "control_characters_in_strings.toml:1:1: info no-relation: 'a' (\"5 percent\") takes part in no "
            "relation: no check tested it",
            "1 file, 1 claim, 0 relations: 0 passed, 0 failed, 0 undetermined; 0 errors, "
            "0 warnings, 1 info; 1 claim in no relation; exit 0 (fail level: error)",
        ),
        why="escaped control characters are valid TOML in free text; they are escaped on output",
    ),
    Case(
        "terminal_escapes",
        1,
        (
            'terminal_escapes.toml:1:1: error missing-counterpart: "US$" has no number: the '
            'article does not give the US$ figure for "140 million tenge"; no rate between tenge '
            "and US$ is known to suggest one (state another pair or declare a reference rate)",
            "terminal_escapes.toml:17:1: error ratios: \\x1b[2J\\x1b[31minvestment\\x1b[0m "
            "[bold]per[/bold] [/] job \\u202eevil: the denominator 'jobs' is zero",
            "1 file, 3 claims, 2 relations: 0 passed, 2 failed, 0 undetermined; 2 errors, "
            "0 warnings, 0 infos; exit 1 (fail level: error)",
        ),
        why="real findings; the label's escape sequences and bidi override are shown escaped",
    ),
    refused(
        "terminal_escape_in_a_key",
        "5:1",  # the quoted key's own line
        f"claim 'a': field '\\x1b[31mvalue': unknown field; claim fields are: {CLAIM_FIELDS}",
    ),
    Case(
        "invisible_marks",
        1,
        (
            "invisible_marks.toml:13:1: error ratios: invest\\u200fment\\u061c per\\u200b "
            "j\\xadob\\u2060 \\u2028 tag\\U000e0041: the denominator 'jobs' is zero",
            "1 file, 2 claims, 1 relation: 0 passed, 1 failed, 0 undetermined; 1 error, "
            "0 warnings, 0 infos; exit 1 (fail level: error)",
        ),
        why="a real finding; bidi marks and other invisible format characters are shown escaped",
    ),
    refused(
        "line_separator_in_a_string",
        "9:1",
        "claim 'b': field 'value': unknown unit 'parsecs' in '5 parsecs'",
    ),
    Case(
        "currency_code_nan",
        0,
        (
            "currency_code_nan.toml:1:1: info conversions: one conversion in NAN per USD; its "
            "implied rate is [360, 478.261] NAN per US dollar, with nothing to compare it with "
            "(declare a reference rate to test it)",
            "currency_code_nan.toml:1:1: info rate-magnitudes: no built-in rate for NAN: the "
            "magnitude of the rates in NAN per USD is not tested (declare a reference rate to "
            "test them)",
            "1 file, 1 claim, 2 relations: 0 passed, 0 failed, 2 undetermined; 0 errors, "
            "0 warnings, 2 infos; exit 0 (fail level: error)",
        ),
        why="NAN is an ISO-shaped code, a currency like any other (pint once read it as NaN)",
    ),
    # -- the article a claims file links must stay in its folder
    refused(
        "article_path_leaves_the_folder",
        "2:1",
        "[article]: field 'path': '../../README.md' leaves the claims file's folder ('..'); "
        "the article must be in the claims file's folder or below it "
        "(or pass --article on the command line)",
    ),
    refused(
        "article_path_absolute",
        "2:1",
        "[article]: field 'path': '/etc/passwd' is an absolute path; give the article's path "
        "relative to the claims file's folder (or pass --article on the command line)",
    ),
]


def invoke(args: list[str]) -> Result:
    result = runner.invoke(app, args)
    # CliRunner calls the app, not main(): an internal error is an exception here, not exit 3
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code != 3
    assert "Traceback" not in result.output
    return result


def check_lines(args: list[str], exit_code: int) -> list[str]:
    result = invoke(["check", "--format", "line", *args])
    assert result.exit_code == exit_code, result.output
    return result.stdout.splitlines()


def test_every_committed_file_has_a_case() -> None:
    names = sorted(p.stem for p in HOSTILE.glob("*.toml"))
    assert names == sorted(case.name for case in CASES)
    assert len(names) >= 40


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_file(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HOSTILE)
    lines = check_lines([f"{case.name}.toml"], case.exit_code)
    if case.exit_code == 2:
        assert lines == [*case.lines, UNUSABLE]
    else:
        assert case.why, "say why a finding is the right answer"
        assert lines == list(case.lines)
    assert all("\x1b" not in line for line in lines)


def test_a_warning_fails_the_gate_at_warning_level(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HOSTILE)
    lines = check_lines(["ratio_over_may_be_zero.toml", "--fail-level", "warning"], 1)
    assert lines[-1].endswith("exit 1 (fail level: warning)")


def test_all_files_at_once_keep_going_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """One run over the whole folder: every file reported, unusable ones counted, exit 2."""
    monkeypatch.chdir(HOSTILE)
    names = sorted(str(p.name) for p in HOSTILE.glob("*.toml"))
    lines = check_lines(names, 2)
    refusals = sum(1 for case in CASES if case.exit_code == 2)
    assert f"{len(names)} files ({refusals} unusable)" in lines[-1]


# -- terminal output --------------------------------------------------------------------------


def test_table_output_escapes_what_the_file_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """In colour, rich writes its own escape codes; none of the file's reaches the terminal."""
    monkeypatch.chdir(HOSTILE)
    report = Report([check_file("terminal_escapes.toml")])
    table = get_format("table")
    for color in (True, False):
        out = table.render(report, RenderOptions(width=400, color=color, verbose=True))
        for raw in ("\x1b[2J", "\x1b]0;", "\x1b[31minvestment", "\u202e", "\x07"):
            assert raw not in out
        assert "\\x1b[2J\\x1b[31minvestment\\x1b[0m [bold]per[/bold] [/] job \\u202eevil" in out
    plain = invoke(["check", "terminal_escapes.toml"])
    assert plain.exit_code == 1 and "\x1b" not in plain.stdout
    assert "[bold]per[/bold] [/] job" in plain.stdout  # literal: no markup read from input


def test_explain_escapes_the_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HOSTILE)
    result = invoke(["explain", "terminal_escapes.toml", "grant"])
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first == 'Claim grant (terminal_escapes.toml, line 1): "\\x1b[31mred\\x1b]0;pwned\\x07"'


def test_explain_of_an_unusable_file_escapes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HOSTILE)
    result = invoke(["explain", "terminal_escape_in_a_key.toml", "a"])
    assert result.exit_code == 2
    assert result.stderr == (
        "aktobe-facts: error: terminal_escape_in_a_key.toml:5: claim 'a': field "
        f"'\\x1b[31mvalue': unknown field; claim fields are: {CLAIM_FIELDS}\n"
    )


def test_a_file_name_is_never_markup_or_an_escape(tmp_path: Path) -> None:
    """A folder named '[' makes '[/x].claims.toml' a rich closing tag; a name may hold ESC."""
    (tmp_path / "[").mkdir()
    text = (HOSTILE / "bom_accepted.toml").read_text(encoding="utf-8")
    (tmp_path / "[" / "x].claims.toml").write_text(text, encoding="utf-8")
    (tmp_path / "e\x1b[31mz.claims.toml").write_text(text, encoding="utf-8")
    result = invoke(["check", str(tmp_path), "--width", "300"])
    assert result.exit_code == 0
    squashed = "".join(result.stdout.split())  # the table wraps its title to its own width
    assert "[/x].claims.toml:1claims" in squashed
    assert "e\\x1b[31mz.claims.toml:1claims" in squashed
    lines = check_lines([str(tmp_path)], 0)
    assert "\x1b" not in "".join(lines)


# -- inputs made at run time -----------------------------------------------------------------


def one_claim(cid: str = "a", quote: str = "q", value: str = "5 percent") -> str:
    return f'[[claim]]\nid = "{cid}"\nquote = "{quote}"\nvalue = "{value}"\n\n'


def test_a_50_mb_file_is_refused_by_its_size_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: takes no disk space, gone with tmp_path

    def no_read(self: Path, *args: object, **kwargs: object) -> object:
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(Path, "open", no_read)
    monkeypatch.setattr(Path, "read_bytes", no_read)
    monkeypatch.chdir(tmp_path)
    lines = check_lines(["big.toml"], 2)
    assert lines == [
        "big.toml:1:1: error load: file is 52,428,800 bytes; the limit is 33,554,432 bytes",
        UNUSABLE,
    ]


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.claims.toml"
    os.mkfifo(fifo)
    done: list[str] = []
    worker = threading.Thread(target=lambda: done.append(str(check_file(fifo).error)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert done == [f"{fifo}: is not a regular file (a FIFO, socket or device?)"]
    # and found by a directory walk
    lines = check_lines([str(tmp_path)], 2)
    assert lines[0] == f"{fifo}:1:1: error load: is not a regular file (a FIFO, socket or device?)"


def test_a_device_behind_a_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.claims.toml"
    link.symlink_to("/dev/zero")
    lines = check_lines([str(link)], 2)
    assert lines[0] == f"{link}:1:1: error load: is not a regular file (a FIFO, socket or device?)"


def test_a_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert check_lines(["missing.toml"], 2) == [
        "missing.toml:1:1: error load: no such file",
        UNUSABLE,
    ]


def test_a_directory_passed_as_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "folder.claims.toml").mkdir()
    monkeypatch.chdir(tmp_path)
    result = invoke(["explain", "folder.claims.toml", "a"])
    assert result.exit_code == 2
    assert result.stderr == (
        "aktobe-facts: error: folder.claims.toml: is a directory, not a claims file\n"
    )
    assert str(check_file("folder.claims.toml").error) == (
        "folder.claims.toml: is a directory, not a claims file"
    )
    # a folder is searched, never read as a file: one named like a claims file holds none
    result = invoke(["check", "."])
    assert result.exit_code == 2
    assert result.stderr == (
        "aktobe-facts: error: no claims files found in . "
        "(looked for *.claims.toml and claims.toml)\n"
    )


def test_a_symlink_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "loop.toml").symlink_to("loop.toml")
    monkeypatch.chdir(tmp_path)
    assert check_lines(["loop.toml"], 2) == [
        "loop.toml:1:1: error load: cannot read: Too many levels of symbolic links",
        UNUSABLE,
    ]


def test_non_utf8_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "latin1.toml").write_bytes(
        b'[[claim]]\nid = "a"\nquote = "caf\xe9"\nvalue = "5 percent"\n'
    )
    monkeypatch.chdir(tmp_path)
    assert check_lines(["latin1.toml"], 2) == [
        "latin1.toml:3:1: error load: not UTF-8 text (byte 0xe9, 'é' in Windows-1252 or Latin-1); "
        "save it as UTF-8",
        UNUSABLE,
    ]


NESTED = {
    "arrays": "x = " + "[" * 10_000 + "]" * 10_000 + "\n",
    "inline_tables": "x = " + "{a = " * 10_000 + "1" + "}" * 10_000 + "\n",
    "dotted_header": "[" + ".".join(["a"] * 10_000) + "]\n",
}


DOTS = (
    "deep.toml:1:1: error load: more than 16 dots outside strings on one line: dotted keys or "
    "table names this deep are not a claims file's"
)


@pytest.mark.parametrize("kind", sorted(NESTED))
def test_10000_levels_of_nesting(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "deep.toml").write_text(NESTED[kind], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    message = (
        DOTS if kind == "dotted_header" else "deep.toml:1:1: error load: TOML nesting too deep"
    )
    assert check_lines(["deep.toml"], 2) == [message, UNUSABLE]


def test_dotted_keys_a_few_hundred_deep_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not deep enough for the parser's recursion limit, but it spends time on each dotted key in
    proportion to its depth squared: 30,000 such keys took a minute and a half."""
    text = "".join(f"k{i}" + ".a" * 300 + " = 1\n" for i in range(30_000))
    (tmp_path / "deep.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    start = time.perf_counter()
    assert check_lines(["deep.toml"], 2) == [DOTS, UNUSABLE]
    assert time.perf_counter() - start < 5


def test_more_claims_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused by the line scan, before the TOML is parsed (the limit lowered to keep it quick;
    200,001 real claims take about 2 s, see the README's Limits)."""
    monkeypatch.setattr(loader, "MAX_ITEMS", 50)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "many.toml").write_text(
        "".join(one_claim(f"c{i}") for i in range(51)), encoding="utf-8"
    )
    assert check_lines(["many.toml"], 2) == [
        "many.toml:251:1: error load: more than 50 entries in one file",
        UNUSABLE,
    ]
    # written as one inline array: the line scan counts its inline tables too
    items = ", ".join(f'{{id = "c{i}", quote = "q", value = "5"}}' for i in range(51))
    (tmp_path / "inline.toml").write_text(f"claim = [{items}]\n", encoding="utf-8")
    assert check_lines(["inline.toml"], 2) == [
        "inline.toml:1:1: error load: more than 50 entries in one file",
        UNUSABLE,
    ]


def test_a_claim_id_of_10000_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long_id = "a" * 10_000
    (tmp_path / "id.toml").write_text(one_claim(long_id), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    lines = check_lines(["id.toml"], 2)

    def clipped(text: str, limit: int) -> str:  # the start and end, around what was left out
        keep = limit // 2
        return f"{text[:keep]}…[{len(text) - 2 * keep:,} characters]…{text[-keep:]}"

    item = clipped(f"claim '{long_id}'", 200)
    message = clipped(
        f"'{long_id}' is not a valid id (letters, digits, '_', '-', '.'; at most 100 characters)",
        1_000,
    )
    assert lines == [f"id.toml:2:1: error load: {item}: field 'id': {message}", UNUSABLE]
    assert len(lines[0]) < 1_500


def test_a_very_long_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "quote.toml").write_text(one_claim(quote="x" * 1_000_000), encoding="utf-8")
    assert check_lines(["quote.toml"], 0)[-1].startswith("1 file, 1 claim")
    (tmp_path / "value.toml").write_text(one_claim(value="9" * 1_000_000), encoding="utf-8")
    assert check_lines(["value.toml"], 2) == [
        "value.toml:4:1: error load: claim 'a': field 'value': value is 1000000 characters "
        "long; the limit is 200",
        UNUSABLE,
    ]


def test_an_article_symlink_out_of_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("the numbers of another file\n", encoding="utf-8")
    folder = tmp_path / "pr"
    folder.mkdir()
    (folder / "article.txt").symlink_to(outside)
    claims = folder / "claims.toml"
    claims.write_text('[article]\npath = "article.txt"\n\n' + one_claim(), encoding="utf-8")
    lines = check_lines([str(claims)], 2)
    assert lines[0] == (
        f"{claims}:2:1: error load: [article]: field 'path': 'article.txt' resolves to a file "
        "outside the claims file's folder (through a symlink); the article must be inside it "
        "(or pass --article on the command line)"
    )


def test_an_article_that_is_a_fifo_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "article.txt")
    claims = tmp_path / "claims.toml"
    claims.write_text('[article]\npath = "article.txt"\n\n' + one_claim(), encoding="utf-8")
    done: list[str] = []
    worker = threading.Thread(
        target=lambda: done.append(str(check_file(claims).error)), daemon=True
    )
    worker.start()
    worker.join(timeout=10)
    assert done == [
        f"{claims}:2: [article]: field 'path': article {tmp_path / 'article.txt'} is not a "
        "regular file"
    ]


# -- a real process ----------------------------------------------------------------------------


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "aktobe_facts", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    assert done.returncode != 3, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    return done


def test_subprocess_fifo_big_file_and_deep_nesting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.toml")
    with (tmp_path / "big.toml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "deep.toml").write_text(NESTED["arrays"], encoding="utf-8")
    (tmp_path / "latin1.toml").write_bytes(b'[[claim]]\nid = "\xff"\n')
    done = run(
        ["check", "-f", "line", "pipe.toml", "big.toml", "deep.toml", "latin1.toml"], tmp_path
    )
    assert done.returncode == 2
    assert done.stdout.splitlines() == [
        "pipe.toml:1:1: error load: is not a regular file (a FIFO, socket or device?)",
        "big.toml:1:1: error load: file is 52,428,800 bytes; the limit is 33,554,432 bytes",
        "deep.toml:1:1: error load: TOML nesting too deep",
        "latin1.toml:2:1: error load: not UTF-8 text (byte 0xff, 'ÿ' in Windows-1252 or Latin-1); "
        "save it as UTF-8",
        "4 files (4 unusable), 0 claims, 0 relations: 0 passed, 0 failed, 0 undetermined; "
        "0 errors, 0 warnings, 0 infos; exit 2 (fail level: error)",
    ]


def test_subprocess_table_of_hostile_text() -> None:
    done = run(["check", "terminal_escapes.toml", "control_characters_in_strings.toml"], HOSTILE)
    assert done.returncode == 1
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\\x1b[2J\\x1b[31minvestment" in done.stdout


def test_subprocess_syntax_error_and_finding() -> None:
    done = run(
        ["check", "-f", "line", "syntax_duplicate_key.toml", "rate_from_zero_amount.toml"], HOSTILE
    )
    assert done.returncode == 2  # an unusable file outranks a finding
    assert done.stdout.splitlines()[:2] == [
        "syntax_duplicate_key.toml:5:20: error load: TOML syntax error: Cannot overwrite a value",
        'rate_from_zero_amount.toml:1:1: error conversions: "0 tenge" cannot be "US$5 million" '
        "at any exchange rate",
    ]


# -- scale ---------------------------------------------------------------------------------------


def pathological(n: int) -> str:
    """``n`` claims of 30-digit figures in the relations that cost the most: one currency pair,
    shares of a count up to 100,000 with 30-digit precision (GRIM), one subject and period, and
    growths between them."""
    nines = "9" * 15
    parts = ['[[claim]]\nid = "n"\nquote = "q"\nvalue = "up to 100,000"\nkind = "count"\n\n']
    for i in range(n):
        head = f'[[claim]]\nid = "c{i}"\nquote = "q"\n'
        if i % 4 == 0:
            body = (
                f'value = "{nines}.{i:015d} trillion tenge"\n'
                f'counterpart = "US${nines}.{i:015d} billion"\n'
            )
        elif i % 4 == 1:
            body = f'value = "33.{i:05d}3333333333333333333331 percent"\nkind = "share"\nof = "n"\n'
        elif i % 4 == 2:
            body = f'value = "{nines}{i:015d}"\nsubject = "same"\nperiod = "2020"\n'
        else:
            body = f'value = "{nines}.{i:015d} percent"\nkind = "growth"\nof = "c{i - 3}"\n'
            body += f'base = "c{i - 1}"\n'
        parts.append(head + body + "\n")
    return "".join(parts)


def test_many_max_digit_claims_finish_quickly(tmp_path: Path) -> None:
    """2,000 of them check in about a second (10,000 in about 5 s; see the README's Limits); the
    GRIM check alone once took half a second per share of so wide a count."""
    path = tmp_path / "patho.claims.toml"
    path.write_text(pathological(2_000), encoding="utf-8")
    start = time.perf_counter()
    report = check_file(path)
    assert time.perf_counter() - start < 30
    assert report.error is None and report.claims == 2_001
    assert {f.check for f in report.findings} >= {"conversions", "grim", "same-subject", "growth"}


def test_a_folder_walk_skips_symlinks_that_leave_the_folder(tmp_path: Path) -> None:
    """A pull request may add ``x.claims.toml -> /etc/passwd``; named on the command line a path
    is trusted, found by a walk or a pattern it must stay inside the folder."""
    outside = tmp_path / "elsewhere.toml"
    outside.write_text(one_claim(), encoding="utf-8")
    folder = tmp_path / "pr"
    folder.mkdir()
    (folder / "real.claims.toml").write_text(one_claim(), encoding="utf-8")
    (folder / "alias.claims.toml").symlink_to("real.claims.toml")
    (folder / "out.claims.toml").symlink_to(outside)
    (folder / "passwd.claims.toml").symlink_to("/etc/passwd")
    lines = check_lines([str(folder), "--verbose"], 0)
    assert lines[-1].startswith("2 files, 2 claims")
    (folder / "sub").symlink_to(tmp_path)  # ** never follows a folder link: not out, and
    (folder / "a").symlink_to(".")  # not round two links to "." (glob.glob lists 2^40 paths)
    (folder / "b").symlink_to(".")
    for args in ([f"{folder}/**/*.claims.toml"], [str(folder)]):
        assert check_lines(args, 0)[-1].startswith("2 files, 2 claims")
    assert check_lines([str(folder / "out.claims.toml")], 0)[-1].startswith("1 file, 1 claim")


def test_a_very_long_quote_not_in_the_article_is_placed_quickly(tmp_path: Path) -> None:
    """The closest passage of a quote is found by its first words: comparing a 5,000-word quote
    with a passage as long, character by character, took minutes."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = [letters[i % 26] + letters[i % 23] + letters[i % 19] for i in range(60_000)]
    (tmp_path / "article.txt").write_text(" ".join(words) + "\n", encoding="utf-8")
    quote = " ".join(words[7:5_007]) + " nowhere"
    claims = tmp_path / "claims.toml"
    claims.write_text(
        '[article]\npath = "article.txt"\n\n' + one_claim(quote=quote), encoding="utf-8"
    )
    start = time.perf_counter()
    report = check_file(claims)
    assert time.perf_counter() - start < 20
    (missing,) = [f for f in report.findings if f.check == "provenance"]
    assert "does not occur in" in missing.message and "100% alike" in missing.message


def test_quotes_times_article_size_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every quote is searched for in the whole article: 200,000 claims and a 5 MB article would
    take half an hour, so the product is a limit (lowered here to keep the test small)."""
    monkeypatch.setattr(loader, "MAX_QUOTE_SEARCH", 1_000)
    (tmp_path / "article.txt").write_text("The fund gave 5 percent. " * 8, encoding="utf-8")
    claims = tmp_path / "claims.toml"
    body = "".join(one_claim(f"c{i}", quote="5 percent") for i in range(6))
    claims.write_text('[article]\npath = "article.txt"\n\n' + body, encoding="utf-8")
    assert check_lines([str(claims)], 2)[0] == (
        f"{claims}:2:1: error load: [article]: field 'path': finding 6 quotes in an article of "
        "200 characters is more than the limit of 1,000 characters searched; split the claims "
        "file or the article"
    )


def test_closest_passages_are_looked_for_a_bounded_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(placement, "MAX_NEAREST", 2)
    (tmp_path / "article.txt").write_text("The fund gave 5 percent.\n", encoding="utf-8")
    claims = tmp_path / "claims.toml"
    body = "".join(one_claim(f"c{i}", quote=f"fund gave {i} percent") for i in range(4))
    claims.write_text('[article]\npath = "article.txt"\n\n' + body, encoding="utf-8")
    messages = [f.message for f in check_file(claims).findings if f.check == "provenance"]
    assert messages[:2] == [
        f'the quote "fund gave {i} percent" does not occur in {tmp_path / "article.txt"}; the '
        f'closest passage, on line 1, is "fund gave 5 percent" ({alike}% alike)'
        for i, alike in ((0, 95), (1, 95))
    ]
    assert messages[2:] == [
        f'the quote "fund gave {i} percent" does not occur in {tmp_path / "article.txt"} (its '
        "closest passage is looked for only for the first 2 quotes not found)"
        for i in (2, 3)
    ]


def test_uncovered_numbers_are_listed_up_to_a_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A megabyte of digits is half a million numbers: a warning each took gigabytes."""
    monkeypatch.setattr(coverage, "MAX_LISTED", 3)
    (tmp_path / "article.txt").write_text("1 2 3 4 5 6 7\n", encoding="utf-8")
    claims = tmp_path / "claims.toml"
    claims.write_text(
        '[article]\npath = "article.txt"\n\n' + one_claim(quote="7"), encoding="utf-8"
    )
    messages = [f.message for f in check_file(claims).findings if f.check == "coverage"]
    article = tmp_path / "article.txt"
    assert messages[3:] == [
        f"3 more numbers of {article} are in no claim's quote and no [[ignore]] entry (only the "
        "first 3 are listed one by one)",
        f"1 of 7 numbers of {article} are covered (14.3%): 1 by claims, 0 ignored, 6 uncovered",
    ]
    assert all("is in no claim's quote" in m for m in messages[:3])


@pytest.mark.parametrize(
    ("pyproject", "error"),
    [
        ("tool = 5\n", None),  # not a table: no [tool.aktobe-facts], so no configuration
        (NESTED["arrays"], "pyproject.toml: cannot read the configuration: TOML nesting too deep"),
        ("[tool.aktobe-facts]\nlocale = 5\n", None),
        ("[tool.aktobe-facts]\nseverity = 5\n", None),
    ],
    ids=["tool-not-a-table", "deep-nesting", "locale-not-a-string", "severity-not-a-table"],
)
def test_a_hostile_pyproject(
    pyproject: str, error: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The project configuration comes from the checked-out repository too."""
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (tmp_path / "claims.toml").write_text(one_claim(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["check", "claims.toml"])
    if error is None and "aktobe-facts]\n" not in pyproject:
        assert result.exit_code == 0
    else:
        assert result.exit_code == 2
        assert result.stderr.startswith(f"aktobe-facts: error: {tmp_path}/")
        if error is not None:
            assert result.stderr == f"aktobe-facts: error: {tmp_path}/{error}\n"


@pytest.mark.parametrize("command", [["explain", "news.txt", "a"], ["fill", "news.txt"]])
def test_explain_and_fill_of_an_article_say_how_to_get_a_claims_file(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check`` takes an article; ``explain`` and ``fill`` read a claims file, and took the
    article for TOML ("TOML syntax error: Expected '=' after a key")."""
    (tmp_path / "news.txt").write_text("Exports rose 12 percent in 2020.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(command)
    assert result.exit_code == 2
    assert result.stderr == (
        f"aktobe-facts: error: news.txt: an article, not a claims file: {command[0]} reads a "
        "claims file; write one with `aktobe-facts check news.txt --save-claims "
        "news.claims.toml` (then review it)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.txt"]
