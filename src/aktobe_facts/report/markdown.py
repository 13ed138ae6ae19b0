"""``--format markdown``: a summary for a bot to post on a pull request.

A heading with the verdict (✅ passes the gate, ❌ fails it), a table of counts, then one table of
problems per file that has any (severity, check, line, claims, message, suggestion), unusable files
with their error, and the files with no problems in one line. Passes are counted, not listed,
unless ``--verbose``. Text from the claims file is escaped so it cannot break a table, render as
markup, mention someone or link an issue. Output stops short of GitHub's comment size limit.
"""

from __future__ import annotations

import re

from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.report import RenderOptions
from aktobe_facts.report._common import (
    load_error_text,
    position,
    text_checks_part,
    waived_count,
)
from aktobe_facts.result import FileReport, Report
from aktobe_facts.visible import printable

NAME = "markdown"
PASS_INPUTS = "never"
PASS_WORDS = "verbose"
PROBLEM_INPUTS = "never"
FINDINGS = "always"

MAX_CHARS = 60_000
"""GitHub rejects comments over 65,536 characters; rows stop before this many."""

_SEVERITY_MARK = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|$~&@#!])")
_HEADER = (
    "| severity | check | line | claims | message | suggestion |",
    "| --- | --- | ---: | --- | --- | --- |",
)


def escape(text: str) -> str:
    """Text for a table cell: made printable (a line break shows as ``\\n``), then markup
    characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", printable(text))


def code(text: str) -> str:
    """A code span that holds any text (a fence longer than its backtick runs), safe in a cell."""
    text = printable(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}".replace("|", "\\|")


def _severity_cell(finding: Finding) -> str:
    if finding.outcome is Outcome.PASS:
        text = "✅ pass (rounding only)" if finding.rounding_only else "✅ pass"
        return text + " (alone; ❌ joint)" if finding.narrowed else text
    word = finding.severity.value
    if finding.outcome is Outcome.UNDETERMINED:
        word += " (undetermined)"
    if finding.narrowed:
        word += " (pinned)"
    if finding.waived is not None:
        return f"~~{word}~~ waived"
    return f"{_SEVERITY_MARK[finding.severity]} {word}"


def row(finding: Finding) -> str:
    message = escape(finding.message)
    if finding.waived is not None:
        message = f"*Waived: {escape(finding.waived)}*<br>{message}"
    line, _ = position(finding.line)
    cells = [
        _severity_cell(finding),
        finding.check,
        str(line),
        ", ".join(code(c) for c in finding.claims),
        message,
        escape(finding.suggestion or ""),
    ]
    return "| " + " | ".join(cells) + " |"


def _heading(report: Report) -> list[str]:
    s = report.summary()
    failing = sum(1 for f in report.findings() if f.fails_at(report.fail_level))
    passed = report.exit_code() == 0
    verdict = "✅ aktobe-facts: passed" if passed else "❌ aktobe-facts: failed"
    details = [
        f"{failing} finding(s) at or above the `{report.fail_level.value}` level",
        f"exit code {report.exit_code()}",
    ]
    if s.unusable:
        details.insert(0, f"{s.unusable} unusable file(s)")
    waived = waived_count(report)
    if waived:
        details.append(f"{waived} waived")
    if s.untested:
        details.append(f"{s.untested} claim(s) in no relation")
    if s.suggested:
        details.append(f"{s.suggested} relation(s) suggested, not tested")
    counts = (s.files, s.claims, s.relations, s.text_checks, s.passed, s.failed, s.undetermined)
    return [
        f"## {verdict}",
        "",
        " · ".join(details),
        "",
        "| files | claims | relations | text checks | passed | failed | undetermined | errors "
        "| warnings |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        "| " + " | ".join(str(n) for n in (*counts, s.errors, s.warnings)) + " |",
    ]


def _listed(file_report: FileReport, options: RenderOptions) -> list[Finding]:
    return [f for f in file_report.findings if f.is_problem or options.verbose]


class _Budget:
    """Lines kept until :data:`MAX_CHARS`; once one does not fit, no later one is kept."""

    def __init__(self, limit: int) -> None:
        self.lines: list[str] = []
        self.left = limit
        self.full = False

    def add(self, *lines: str) -> bool:
        size = sum(len(line) + 1 for line in lines)
        if self.full or size > self.left:
            self.full = True
            return False
        self.lines.extend(lines)
        self.left -= size
        return True


def render(report: Report, options: RenderOptions) -> str:
    out = _Budget(MAX_CHARS)
    out.add(*_heading(report))
    clean: list[str] = []
    dropped = 0  # findings and unusable files left out for size
    for file_report in report.files:
        name = code(file_report.path)
        error = file_report.error
        if error is not None:
            line, _ = position(error.line, error.column)
            where = f"line {line}" + (f", column {error.column}" if error.column else "")
            text = f"{where}: {escape(load_error_text(error))}"
            dropped += not out.add("", f"### ❌ {name} is unusable", "", text)
            continue
        listed = _listed(file_report, options)
        if not listed:
            clean.append(name)
            continue
        problems = sum(1 for f in file_report.findings if f.is_problem)
        checks = text_checks_part(file_report.text_checks())
        title = f"### {name}: {problems} problem(s) in {file_report.tested()} relation(s){checks}"
        if not out.add("", title, "", *_HEADER):
            dropped += len(listed)
            continue
        dropped += sum(not out.add(row(finding)) for finding in listed)
    if clean:
        out.add("", "No problems in " + ", ".join(clean) + ".")
    if out.full:
        out.lines += [
            "",
            f"*Cut short to stay within GitHub's comment size limit: {dropped} more finding(s) "
            "or unusable file(s) not shown; run `aktobe-facts check --format line` for all.*",
        ]
    return "\n".join(out.lines) + "\n"
