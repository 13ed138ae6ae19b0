"""``--format line``: one line per problem, ``path:line:col: severity check: message``.

The shape editors and linters read (Vale's and ruff's line output): a problem finding per line,
passes too with ``--verbose`` (their severity word is ``pass``), an unusable file as an ``error``
of the pseudo-check ``load``. Findings carry no column, so theirs is 1. The last line counts.
"""

from __future__ import annotations

from aktobe_facts.findings import Finding
from aktobe_facts.fmt import printable
from aktobe_facts.report import RenderOptions
from aktobe_facts.report._common import (
    load_error_text,
    one_line,
    position,
    posix_path,
    severity_word,
    summary_text,
)
from aktobe_facts.result import Report

NAME = "line"
PASS_INPUTS = "never"


def finding_line(path: str, finding: Finding) -> str:
    line, col = position(finding.line)
    text = f"{path}:{line}:{col}: {severity_word(finding)} {finding.check}: {one_line(finding.message)}"
    if finding.waived is not None:
        text += f" (waived: {one_line(finding.waived)})"
    return text


def render(report: Report, options: RenderOptions) -> str:
    lines: list[str] = []
    for file_report in report.files:
        path = posix_path(file_report.path)
        error = file_report.error
        if error is not None:
            line, col = position(error.line, error.column)
            lines.append(f"{path}:{line}:{col}: error load: {one_line(load_error_text(error))}")
            continue
        for finding in file_report.findings:
            if finding.is_problem or options.verbose:
                lines.append(finding_line(path, finding))
    lines.append(summary_text(report))
    return printable("\n".join(lines)) + "\n"
