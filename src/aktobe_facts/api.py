"""The Python API the CLI is built on: check a loaded model, a file, or many files in-process.

>>> from aktobe_facts.api import check_paths
>>> report = check_paths(["claims.toml"])          # doctest: +SKIP
>>> report.exit_code(), report.summary().failed     # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from aktobe_facts.checks import CHECKS
from aktobe_facts.findings import Finding, Severity
from aktobe_facts.loader import LoadError, load
from aktobe_facts.model import ClaimsFile
from aktobe_facts.result import FileReport, Report


def selected_checks(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> list[str]:
    """The check ids to run, in registry order; unknown ids raise ``ValueError``."""
    chosen = list(CHECKS)
    for name in [*(select or ()), *(ignore or ())]:
        if name not in CHECKS:
            raise ValueError(f"unknown check '{name}'; known checks: {', '.join(CHECKS)}")
    if select:
        wanted = set(select)
        chosen = [c for c in chosen if c in wanted]
    if ignore:
        dropped = set(ignore)
        chosen = [c for c in chosen if c not in dropped]
    return chosen


def check_document(doc: ClaimsFile, checks: Sequence[str] | None = None) -> list[Finding]:
    """Run the checks on a loaded claims file; findings come sorted by line, then check."""
    findings: list[Finding] = []
    for check_id in checks if checks is not None else list(CHECKS):
        findings.extend(CHECKS[check_id].check(doc))
    order = {name: i for i, name in enumerate(CHECKS)}
    findings.sort(key=lambda f: (f.line, order[f.check]))
    return findings


def check_file(path: Path | str, checks: Sequence[str] | None = None) -> FileReport:
    """Load and check one file; an unusable file gives a report with ``error`` set."""
    try:
        doc = load(path)
    except LoadError as exc:
        return FileReport(str(path), error=exc)
    return FileReport(str(path), len(doc.claims), check_document(doc, checks))


def check_paths(
    paths: Sequence[Path | str],
    checks: Sequence[str] | None = None,
    fail_level: Severity = Severity.ERROR,
) -> Report:
    """Check each file, in the order given."""
    return Report([check_file(p, checks) for p in paths], fail_level)
