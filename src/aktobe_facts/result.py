"""The result of a run: one :class:`FileReport` per claims file, gathered in a :class:`Report`.

The records are dataclasses that write their own ``__init__`` (:mod:`aktobe_facts.records`: five
generated ones took a tenth of the seed's own cold start)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import UNTESTED, Finding, Outcome, Severity
from aktobe_facts.records import frozen, mutable

_set = object.__setattr__

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


@frozen
@dataclass(init=False, repr=False, eq=False)
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

    def __init__(
        self, start: int, end: int, kind: str, claims: tuple[str, ...] = (), note: str | None = None
    ) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "kind", kind)
        _set(self, "claims", claims)
        _set(self, "note", note)


@frozen
@dataclass(init=False, repr=False, eq=False)
class ArticleView:
    """The article a claims file is about, with the marks a report can show on it."""

    path: str
    text: str
    marks: tuple[Mark, ...] = ()

    def __init__(self, path: str, text: str, marks: tuple[Mark, ...] = ()) -> None:
        _set(self, "path", path)
        _set(self, "text", text)
        _set(self, "marks", marks)


@mutable
@dataclass(init=False, repr=False, eq=False)
class FileReport:
    """What one claims file gave: its findings, or the error that made it unusable."""

    path: str
    claims: int = 0
    findings: list[Finding] = field(default_factory=list)
    error: LoadError | None = None
    article: ArticleView | None = None

    def __init__(
        self,
        path: str,
        claims: int = 0,
        findings: list[Finding] | None = None,
        error: LoadError | None = None,
        article: ArticleView | None = None,
    ) -> None:
        self.path = path
        self.claims = claims
        self.findings = [] if findings is None else findings
        self.error = error
        self.article = article

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


@mutable
@dataclass(init=False, repr=False, eq=False)
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

    def __init__(
        self,
        files: int,
        unusable: int,
        claims: int,
        relations: int,
        passed: int,
        failed: int,
        undetermined: int,
        errors: int,
        warnings: int,
        infos: int,
        untested: int = 0,
    ) -> None:
        self.files = files
        self.unusable = unusable
        self.claims = claims
        self.relations = relations
        self.passed = passed
        self.failed = failed
        self.undetermined = undetermined
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.untested = untested


@mutable
@dataclass(init=False, repr=False, eq=False)
class Report:
    """All files of one run, in the order they were given."""

    files: list[FileReport]
    fail_level: Severity = Severity.ERROR

    def __init__(self, files: list[FileReport], fail_level: Severity = Severity.ERROR) -> None:
        self.files = files
        self.fail_level = fail_level

    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    def summary(self) -> Summary:
        # one pass over every finding: a run of 1,000 files has tens of thousands, and the parent
        # process does this alone after the workers are done
        tally = Counter(
            (f.check == UNTESTED, f.outcome, f.severity)
            for report in self.files
            for f in report.findings
        )
        found = {k: n for k, n in tally.items() if not k[0]}

        def outcomes(outcome: Outcome) -> int:
            return sum(n for (_, o, _), n in found.items() if o is outcome)

        def problems(severity: Severity) -> int:
            return sum(
                n for (_, o, s), n in tally.items() if o is not Outcome.PASS and s is severity
            )

        return Summary(
            files=len(self.files),
            unusable=sum(1 for r in self.files if r.error is not None),
            claims=sum(r.claims for r in self.files),
            relations=sum(found.values()),
            passed=outcomes(Outcome.PASS),
            failed=outcomes(Outcome.FAIL),
            undetermined=outcomes(Outcome.UNDETERMINED),
            errors=problems(Severity.ERROR),
            warnings=problems(Severity.WARNING),
            infos=problems(Severity.INFO),
            untested=sum(tally.values()) - sum(found.values()),
        )

    def exit_code(self) -> int:
        """2 when a file is unusable, 1 when a finding fails at the fail level, else 0."""
        if any(r.error is not None for r in self.files):
            return EXIT_UNUSABLE
        level = self.fail_level
        for report in self.files:
            for f in report.findings:
                if f.outcome is not Outcome.PASS and f.fails_at(level):
                    return EXIT_FINDINGS
        return EXIT_OK
