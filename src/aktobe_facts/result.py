"""The result of a run: one :class:`FileReport` per claims file, gathered in a :class:`Report`.

The records are dataclasses that write their own ``__init__`` (:mod:`aktobe_facts.records`: five
generated ones took a tenth of the seed's own cold start)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from aktobe_facts.checks import tests_relations
from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import UNTESTED, Finding, Outcome, Severity
from aktobe_facts.records import frozen, mutable

_set = object.__setattr__

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2
_PASS = Outcome.PASS._value_


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


Kind = tuple[str, str, str, bool]
"""What the summary and the exit code need of a finding, as plain values: its role (:data:`RELATION`,
a check of a relation between figures; :data:`TEXT`, a check of the article's text such as its
hash or its numbers' coverage; :data:`~aktobe_facts.findings.UNTESTED`, a claim in no relation),
its outcome's and its severity's values, and whether it is waived. Plain values, not the enums: a
tuple of strings hashes and pickles in C (an enum's hash and its unpickling are Python calls)."""

RELATION = "relation"
TEXT = "text"


def _role(check: str) -> str:
    if check == UNTESTED:
        return UNTESTED
    return RELATION if tests_relations(check) else TEXT


def kind(finding: Finding) -> Kind:
    return (
        _role(finding.check),
        finding.outcome._value_,
        finding.severity._value_,
        finding.waived is not None,
    )


@mutable
@dataclass(init=False, repr=False, eq=False)
class FileReport:
    """What one claims file gave: its findings, or the error that made it unusable.

    A report made for the summary alone (:meth:`counted`) holds no findings but ``counts``: how
    many findings of each :data:`Kind` the file had. A worker process sends back that much, not
    every finding, when no format of the run shows one (``check -q``).
    """

    path: str
    claims: int = 0
    findings: list[Finding] = field(default_factory=list)
    error: LoadError | None = None
    article: ArticleView | None = None
    counts: dict[Kind, int] | None = None
    suggested: int = 0
    """Relations a draft of an article suggests for the editor, as comments: never tested."""

    def __init__(
        self,
        path: str,
        claims: int = 0,
        findings: list[Finding] | None = None,
        error: LoadError | None = None,
        article: ArticleView | None = None,
        counts: dict[Kind, int] | None = None,
        suggested: int = 0,
    ) -> None:
        self.path = path
        self.claims = claims
        self.findings = [] if findings is None else findings
        self.error = error
        self.article = article
        self.counts = counts
        self.suggested = suggested

    def count(self, outcome: Outcome) -> int:
        """How many of the findings that tested something (a relation or the article's text) had
        this outcome."""
        return sum(
            n
            for (role, o, _, _), n in self.kinds().items()
            if role != UNTESTED and o == outcome._value_
        )

    def tested(self) -> int:
        """How many relations between figures the file's findings tested: not the checks of the
        article's text (its hash, its quotes, its numbers' coverage), which pass on a text whose
        figures nothing relates, nor the claims in no relation (their findings say that no check
        tested them), as the run's summary counts them."""
        return sum(n for (role, _, _, _), n in self.kinds().items() if role == RELATION)

    def text_checks(self) -> int:
        """How many of the file's findings checked the article's text, not a relation."""
        return sum(n for (role, _, _, _), n in self.kinds().items() if role == TEXT)

    def kinds(self) -> dict[Kind, int]:
        """How many findings of each kind the file had."""
        return Counter(map(kind, self.findings)) if self.counts is None else self.counts

    def counted(self) -> FileReport:
        """The same report with its findings counted, not kept: all the summary and the exit code
        need, and smaller and quicker to send back from a worker process."""
        return FileReport(
            self.path, self.claims, None, self.error, self.article, self.kinds(), self.suggested
        )


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
    """Findings of checks of relations between figures."""
    passed: int
    failed: int
    undetermined: int
    errors: int
    warnings: int
    infos: int
    untested: int = 0
    """Claims in no relation (the ``no-relation`` review's findings: not relations, not counted
    in ``relations`` or the outcomes; counted by their severity)."""
    suggested: int = 0
    """Relations the drafts of articles suggest for the editor (comments, never tested)."""
    text_checks: int = 0
    """Findings of the checks of the article's text (its hash, its quotes, its numbers'
    coverage): they pass on a text whose figures nothing relates, so they are not relations;
    ``passed``, ``failed`` and ``undetermined`` count them with the relations."""

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
        suggested: int = 0,
        text_checks: int = 0,
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
        self.suggested = suggested
        self.text_checks = text_checks


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

    def kinds(self) -> Counter[Kind]:
        """How many findings of each kind the run had."""
        # one pass over every finding: a run of 1,000 files has tens of thousands, and the parent
        # process does this alone after the workers are done
        tally = Counter(map(kind, (f for r in self.files if r.counts is None for f in r.findings)))
        for report in self.files:
            if report.counts is not None:
                tally.update(report.counts)
        return tally

    def summary(self) -> Summary:
        tally = self.kinds()
        found = {k: n for k, n in tally.items() if k[0] != UNTESTED}

        def outcomes(outcome: Outcome) -> int:
            return sum(n for (_, o, _, _), n in found.items() if o == outcome._value_)

        def problems(severity: Severity) -> int:
            return sum(
                n for (_, o, s, _), n in tally.items() if o != _PASS and s == severity._value_
            )

        return Summary(
            files=len(self.files),
            unusable=sum(1 for r in self.files if r.error is not None),
            claims=sum(r.claims for r in self.files),
            relations=sum(n for k, n in found.items() if k[0] == RELATION),
            passed=outcomes(Outcome.PASS),
            failed=outcomes(Outcome.FAIL),
            undetermined=outcomes(Outcome.UNDETERMINED),
            errors=problems(Severity.ERROR),
            warnings=problems(Severity.WARNING),
            infos=problems(Severity.INFO),
            untested=sum(tally.values()) - sum(found.values()),
            suggested=sum(r.suggested for r in self.files),
            text_checks=sum(n for k, n in found.items() if k[0] == TEXT),
        )

    def exit_code(self) -> int:
        """2 when a file is unusable, 1 when a finding fails at the fail level, else 0."""
        if any(r.error is not None for r in self.files):
            return EXIT_UNUSABLE
        level = self.fail_level
        for report in self.files:
            if report.counts is None:
                if any(
                    f.outcome is not Outcome.PASS and f.fails_at(level) for f in report.findings
                ):
                    return EXIT_FINDINGS
            elif any(
                o != _PASS and not waived and Severity(s).rank >= level.rank
                for (_, o, s, waived) in report.counts
            ):
                return EXIT_FINDINGS
        return EXIT_OK
