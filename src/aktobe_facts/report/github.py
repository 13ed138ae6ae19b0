"""``--format github``: GitHub Actions workflow commands, shown as annotations on a pull request.

Each file is a collapsible ``::group::``. A problem becomes ``::error``, ``::warning`` or
``::notice`` (for its severity) with the file, line and check; a waived problem is a ``::notice``
that gives the waiver's reason; an unusable file is an ``::error`` titled ``load``. Passes are not
annotated (with ``--verbose`` they are plain log lines). Data and properties are escaped as the
runner requires, so no text from a claims file can start a command of its own; before that, every
text from a claims file or a file name is made printable (:mod:`aktobe_facts.visible`).
"""

from __future__ import annotations

from aktobe_facts.findings import Finding, Severity
from aktobe_facts.report import RenderOptions
from aktobe_facts.report._common import (
    load_error_text,
    position,
    posix_path,
    summary_text,
    text_checks_part,
    with_suggestion,
)
from aktobe_facts.result import FileReport, Report
from aktobe_facts.visible import printable

NAME = "github"
PASS_INPUTS = "never"
PASS_WORDS = "verbose"
PROBLEM_INPUTS = "never"
FINDINGS = "always"

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as data, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, path: str, line: int, title: str, message: str) -> str:
    props = f"file={escape_property(path)},line={line},title={escape_property(title)}"
    return f"::{kind} {props}::{escape_data(message)}"


def finding_command(path: str, finding: Finding) -> str:
    line, _ = position(finding.line)
    message = with_suggestion(finding)
    if finding.waived is not None:
        message = f"Waived ({printable(finding.waived)}): {message}"
        return command("notice", path, line, finding.check, message)
    return command(_COMMAND[finding.severity], path, line, finding.check, message)


def _file(file_report: FileReport, options: RenderOptions) -> list[str]:
    path = printable(posix_path(file_report.path))
    lines = [f"::group::{escape_data(path)}"]
    error = file_report.error
    if error is not None:
        line, _ = position(error.line, error.column)
        lines.append(command("error", path, line, "load", printable(load_error_text(error))))
    else:
        problems = sum(1 for f in file_report.findings if f.is_problem)
        lines.append(
            f"Checked {path}: {file_report.claims} claims, "
            f"{file_report.tested()} relations tested"
            f"{text_checks_part(file_report.text_checks(), ', ')}, {problems} problem(s)"
        )
        for finding in file_report.findings:
            if finding.is_problem:
                lines.append(finding_command(path, finding))
            elif options.verbose:
                line, _ = position(finding.line)
                lines.append(f"pass {finding.check} line {line}: {printable(finding.message)}")
    lines.append("::endgroup::")
    return lines


def render(report: Report, options: RenderOptions) -> str:
    lines: list[str] = []
    for file_report in report.files:
        lines.extend(_file(file_report, options))
    lines.append(summary_text(report))
    return "\n".join(lines) + "\n"
