"""Helpers the line, github, sarif and markdown formats share: positions, texts, the summary."""

from __future__ import annotations

import os

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import Finding, Outcome
from aktobe_facts.result import Report
from aktobe_facts.visible import printable


def posix_path(path: str) -> str:
    """The path as given, with forward slashes (a Windows path stays readable in CI logs). Only
    where backslash separates folders: elsewhere it is a character of the name like any other."""
    return path.replace(os.sep, "/") if os.sep != "/" else path


def position(line: int | None, column: int | None = None) -> tuple[int, int]:
    """A 1-based line and column; unknown or out-of-range values become 1."""
    return (line if line and line > 0 else 1, column if column and column > 0 else 1)


def load_error_text(error: LoadError) -> str:
    """What went wrong, without the ``path:line:col`` prefix that ``str(error)`` starts with."""
    parts = []
    if error.item:
        parts.append(error.item)
    if error.field:
        parts.append(f"field '{error.field}'")
    parts.append(error.message)
    return ": ".join(parts)


def with_suggestion(finding: Finding, separator: str = "\n") -> str:
    """The finding's message, then its suggested fix when it has one, each made printable (the
    separator is the only line break)."""
    if finding.suggestion:
        return f"{printable(finding.message)}{separator}Suggestion: {printable(finding.suggestion)}"
    return printable(finding.message)


def severity_word(finding: Finding) -> str:
    """``error``/``warning``/``info`` for a problem; ``pass`` for a pass (its severity is moot)."""
    return "pass" if finding.outcome is Outcome.PASS else finding.severity.value


def waived_count(report: Report) -> int:
    return sum(1 for f in report.findings() if f.is_problem and f.waived is not None)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def text_checks_part(count: int, joint: str = " and ") -> str:
    """The checks of the article's text (its hash, its quotes, its numbers' coverage) said apart
    from the relations: they pass on a text whose figures nothing relates, so a count of relations
    that held them would read as a test of the figures."""
    return f"{joint}{_plural(count, 'check')} of the article's text" if count else ""


def summary_text(report: Report) -> str:
    """One line of counts, the same in every text format."""
    s = report.summary()
    files = _plural(s.files, "file")
    if s.unusable:
        files += f" ({s.unusable} unusable)"
    text = (
        f"{files}, {_plural(s.claims, 'claim')}, {_plural(s.relations, 'relation')}"
        f"{text_checks_part(s.text_checks)}: "
        f"{s.passed} passed, {s.failed} failed, {s.undetermined} undetermined; "
        f"{_plural(s.errors, 'error')}, {_plural(s.warnings, 'warning')}, "
        f"{_plural(s.infos, 'info', 'infos')}"
    )
    waived = waived_count(report)
    if waived:
        text += f" ({waived} waived)"
    if s.untested:
        text += f"; {_plural(s.untested, 'claim')} in no relation"
    if s.suggested:
        text += f"; {_plural(s.suggested, 'relation')} suggested, not tested"
    return text + f"; exit {report.exit_code()} (fail level: {report.fail_level.value})"
