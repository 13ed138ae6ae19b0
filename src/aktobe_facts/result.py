"""The result of a run: one :class:`FileReport` per claims file, gathered in a :class:`Report`."""

from __future__ import annotations

from dataclasses import dataclass, field

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import UNTESTED, Finding, Outcome, Severity

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


@dataclass(frozen=True)
class Mark:
    """A stretch of the article text that a report can highlight.

    ``start`` and ``end`` are character offsets into :attr:`ArticleView.text`; ``kind`` is
    ``"claim"`` (a number covered by the claims in ``claims``), ``"uncovered"`` (a number no claim
    covers) or ``"ignored"`` (listed as ignored in the claims file, with ``note`` as the reason).
    """

    start: int
    end: int
    kind: str
    claims: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class ArticleView:
    """The article a claims file is about, with the marks a report can show on it."""

    path: str
    text: str
    marks: tuple[Mark, ...] = ()


@dataclass
class FileReport:
    """What one claims file gave: its findings, or the error that made it unusable."""

    path: str
    claims: int = 0
    findings: list[Finding] = field(default_factory=list)
    error: LoadError | None = None
    article: ArticleView | None = None

    def count(self, outcome: Outcome) -> int:
        return sum(1 for f in self.findings if f.outcome is outcome)


def report_articles(report: Report) -> list[str]:
    """The article files a run read (or found and refused): inputs an output may not replace."""
    found = []
    for file in report.files:
        if file.article is not None:
            found.append(file.article.path)
        elif file.error is not None and file.error.article is not None:
            found.append(file.error.article)
    return found


@dataclass
class Summary:
    files: int
    unusable: int
    claims: int
    relations: int
    passed: int
    failed: int
    undetermined: int
    errors: int
    warnings: int
    infos: int
    untested: int = 0
    """Claims in no relation (the ``no-relation`` review's findings: not relations, not counted
    in ``relations`` or the outcomes; counted by their severity)."""


@dataclass
class Report:
    """All files of one run, in the order they were given."""

    files: list[FileReport]
    fail_level: Severity = Severity.ERROR

    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    def summary(self) -> Summary:
        everything = self.findings()
        found = [f for f in everything if f.check != UNTESTED]
        problems = [f for f in everything if f.is_problem]
        return Summary(
            files=len(self.files),
            unusable=sum(1 for r in self.files if r.error is not None),
            claims=sum(r.claims for r in self.files),
            relations=len(found),
            passed=sum(1 for f in found if f.outcome is Outcome.PASS),
            failed=sum(1 for f in found if f.outcome is Outcome.FAIL),
            undetermined=sum(1 for f in found if f.outcome is Outcome.UNDETERMINED),
            errors=sum(1 for f in problems if f.severity is Severity.ERROR),
            warnings=sum(1 for f in problems if f.severity is Severity.WARNING),
            infos=sum(1 for f in problems if f.severity is Severity.INFO),
            untested=len(everything) - len(found),
        )

    def exit_code(self) -> int:
        """2 when a file is unusable, 1 when a finding fails at the fail level, else 0."""
        if any(r.error is not None for r in self.files):
            return EXIT_UNUSABLE
        if any(f.fails_at(self.fail_level) for f in self.findings()):
            return EXIT_FINDINGS
        return EXIT_OK
