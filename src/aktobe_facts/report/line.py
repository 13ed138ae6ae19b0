"""``--format line``: one line per problem, ``path:line:col: severity check: message``.

The shape editors and linters read (Vale's and ruff's line output): a problem finding per line,
passes too with ``--verbose`` (their severity word is ``pass``), an unusable file as an ``error``
of the pseudo-check ``load``. Findings carry no column, so theirs is 1. The last line counts.
"""

from __future__ import annotations

from aktobe_facts.findings import Finding
from aktobe_facts.report import RenderOptions
from aktobe_facts.report._common import (
    load_error_text,
    position,
    posix_path,
    severity_word,
    summary_text,
)
from aktobe_facts.result import Report
from aktobe_facts.visible import printable

NAME = "line"
PASS_INPUTS = "never"
PASS_WORDS = "verbose"
PROBLEM_INPUTS = "never"
FINDINGS = "always"


def finding_line(path: str, finding: Finding) -> str:
    """One record; ``path`` is shown as given (made printable by the caller)."""
    line, col = position(finding.line)
    message = printable(finding.message)
    text = f"{path}:{line}:{col}: {severity_word(finding)} {finding.check}: {message}"
    if finding.waived is not None:
        text += f" (waived: {printable(finding.waived)})"
    return text


def render(report: Report, options: RenderOptions) -> str:
    lines: list[str] = []
    for file_report in report.files:
        path = printable(posix_path(file_report.path))
        error = file_report.error
        if error is not None:
            line, col = position(error.line, error.column)
            lines.append(f"{path}:{line}:{col}: error load: {printable(load_error_text(error))}")
            continue
        for finding in file_report.findings:
            if finding.is_problem or options.verbose:
                lines.append(finding_line(path, finding))
    lines.append(summary_text(report))
    return "\n".join(lines) + "\n"
