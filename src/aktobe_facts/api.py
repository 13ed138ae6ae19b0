"""The Python API the CLI is built on: check a loaded model, a file, or many files in-process.

>>> from aktobe_facts.api import check_paths
>>> report = check_paths(["claims.toml"])           # doctest: +SKIP
>>> report.exit_code(), report.summary().failed      # doctest: +SKIP
>>> [f.message for f in report.files[0].findings]    # doctest: +SKIP

``check_paths`` takes files, directories and glob patterns; ``check_file`` one file;
``check_document`` a :class:`~aktobe_facts.claims.model.ClaimsFile` loaded with
:func:`aktobe_facts.claims.loader.load` or built in code.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from aktobe_facts.checks import CHECKS, REVIEWS, tests_relations
from aktobe_facts.checks.waivers import CHECK_IDS, apply_severity, apply_waivers
from aktobe_facts.checks.waivers import ID as WAIVERS
from aktobe_facts.claims.loader import LoadError, load
from aktobe_facts.claims.model import ClaimsFile, Settings
from aktobe_facts.discover import discover
from aktobe_facts.findings import Finding, Outcome, Severity, keeping
from aktobe_facts.result import FileReport, Report
from aktobe_facts.solve.narrowing import REPORTED
from aktobe_facts.text.articlefiles import is_article
from aktobe_facts.text.marks import article_view

PARALLEL_MIN_FILES = 8
"""Below this many files one process is faster than starting workers."""


def selected_checks(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> list[str]:
    """The check ids to run, in registry order (``waivers`` last); unknown ids raise
    ``ValueError``."""
    chosen = list(CHECK_IDS)
    for name in [*(select or ()), *(ignore or ())]:
        if name not in CHECK_IDS:
            raise ValueError(f"unknown check '{name}'; known checks: {', '.join(CHECK_IDS)}")
    if select:
        wanted = set(select)
        chosen = [c for c in chosen if c in wanted]
    if ignore:
        dropped = set(ignore)
        chosen = [c for c in chosen if c not in dropped]
    return chosen


def check_document(
    doc: ClaimsFile,
    checks: Sequence[str] | None = None,
    *,
    pass_inputs: bool = True,
    pass_words: bool = True,
    problem_inputs: bool = True,
    problem_words: bool = True,
) -> list[Finding]:
    """Run the checks on a loaded claims file, then its waivers and severity overrides.

    ``checks``: ids from :data:`~aktobe_facts.checks.waivers.CHECK_IDS` (default: all). Waivers are always
    applied; the ``waivers`` check (unused and expired waivers) is reported only when it is among
    them, and then the checks its waivers name run too, to tell whether each is used (their own
    findings are reported only if selected). Findings come sorted by line, then by the check's place in the registry. With
    ``pass_inputs=False`` passes come without their inputs (for reports that show no pass's
    arithmetic: their text is then never built, nor sent back from worker processes). With
    ``pass_words=False`` passes carry their verdict alone, with an empty message (for reports that
    show no finding, such as the table's ``--quiet`` summary); with ``problem_inputs=False`` fails
    and undetermined tests come without their inputs, and with ``problem_words=False`` they carry
    their verdict alone too (outcome, severity, claims, line: for a run that only counts them).
    """
    wanted = set(checks) if checks is not None else set(CHECK_IDS)
    skipped = set(doc.settings.ignore)
    report_waivers = WAIVERS in wanted and WAIVERS not in skipped
    needed = set(wanted)
    if report_waivers:  # a waiver is called unused only if the check it waives has run
        needed.update(w.check for w in doc.waivers)
    ran = [c for c in CHECKS if c in needed and c not in skipped]
    # a conflict a relation's row reports at its pinned readings is left out of the joint check's
    # findings only when that row is reported (aktobe_facts.solve.narrowing)
    doc.cache[REPORTED] = frozenset(c for c in ran if c in wanted)
    findings: list[Finding] = []
    with keeping(
        inputs=pass_inputs,
        words=pass_words,
        problem_inputs=problem_inputs,
        problem_words=problem_words,
    ):
        for check_id in ran:
            findings.extend(CHECKS[check_id].check(doc))
        tested = [f for f in findings if f.check in wanted and tests_relations(f.check)]
        for review_id, review in REVIEWS.items():  # on the findings of the checks wanted
            if review_id in needed and review_id not in skipped:
                findings.extend(review.review(doc, tested))
                ran.append(review_id)
    order = {name: i for i, name in enumerate(CHECK_IDS)}
    findings.sort(key=lambda f: (f.line, order.get(f.check, len(order))))
    findings = apply_waivers(doc, findings, ran=ran, report=report_waivers)
    findings = apply_severity(findings, doc.settings.severity)
    if needed != wanted:  # checks run only to judge the waivers are not reported
        findings = [f for f in findings if f.check in wanted]
    if not (pass_inputs and problem_inputs):
        findings = [
            f.without_inputs()
            if f.inputs and not (pass_inputs if f.outcome is Outcome.PASS else problem_inputs)
            else f
            for f in findings
        ]
    return findings


def check_file(
    path: Path | str,
    checks: Sequence[str] | None = None,
    defaults: Settings | None = None,
    article: Path | str | None = None,
    *,
    pass_inputs: bool = True,
    pass_words: bool = True,
    problem_inputs: bool = True,
    problem_words: bool = True,
) -> FileReport:
    """Load and check one file; an unusable file gives a report with ``error`` set.

    ``article`` replaces the file's ``[article] path``; with an article, the report's ``article``
    holds its text with a mark on each number. A ``.txt`` or ``.md`` file is an article: it is
    drafted in memory and the draft checked (:mod:`aktobe_facts.text.articlecheck`).
    ``pass_inputs``, ``pass_words``, ``problem_inputs``, ``problem_words``: see
    :func:`check_document`.
    """
    article_file = is_article(path)
    with _cycle_collector_paused():
        try:
            if article_file:
                # the draft machinery (its rules, their patterns) is imported only for an article: it was
                # about a third of the cold start of a claims file's check
                from aktobe_facts.text.articlecheck import loaded_article

                if article is not None:
                    raise LoadError(str(path), "--article is for a claims file; this is an article")
                doc, suggested = loaded_article(Path(path), defaults)
            else:
                doc, suggested = load(path, defaults, article), 0
        except LoadError as exc:
            return FileReport(str(path), error=exc)
        findings = check_document(
            doc,
            checks,
            pass_inputs=pass_inputs,
            pass_words=pass_words,
            problem_inputs=problem_inputs,
            problem_words=problem_words,
        )
        view = article_view(doc)
        if article_file:
            from aktobe_facts.text.articlecheck import on_article_lines

            findings = on_article_lines(findings, view)
        return FileReport(str(path), len(doc.claims), findings, article=view, suggested=suggested)


_PAUSE_LOCK = threading.Lock()
_pausing = 0  # files being checked in this process while the collector is paused
_paused_by_us = False


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while one file is loaded and checked.

    A file's model and findings are hundreds of thousands of small objects and no cycles; the
    collector would walk them again and again as they are made (about 10 % of the time of a
    10,000-claim file, measured with bench/run.py). What one file leaves behind is bounded by the
    input limits. Threads checking files at once share one pause: the collector is turned back on
    when the last of them is done, and only if it was on when the first began.
    """
    global _pausing, _paused_by_us
    with _PAUSE_LOCK:
        if _pausing == 0:
            _paused_by_us = gc.isenabled()
            if _paused_by_us:
                gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pausing -= 1
            if _pausing == 0 and _paused_by_us:
                _paused_by_us = False
                gc.enable()


def cpus() -> int:
    """The CPUs this process may run on: no more worker processes than these are started (the
    work is all arithmetic, so more would only add memory)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def check_paths(
    paths: Sequence[Path | str],
    checks: Sequence[str] | None = None,
    fail_level: Severity = Severity.ERROR,
    *,
    jobs: int | None = 1,
    defaults: Settings | None = None,
    on_file: Callable[[FileReport], None] | None = None,
    article: Path | str | None = None,
    pass_inputs: bool = True,
    pass_words: bool = True,
    problem_inputs: bool = True,
    discovered: bool = False,
    keep_findings: bool = True,
) -> Report:
    """Check files, directories and glob patterns; reports keep the order of discovery.

    ``jobs`` is the number of processes (``None``: one per CPU), never more than :func:`cpus` or
    the files (a larger number is clamped, however large); small runs stay in-process.
    ``on_file`` is called after each file, in order (for progress displays). ``article`` is the
    article of the one claims file checked (``ValueError`` when the paths hold more or none).
    ``pass_inputs=False`` leaves out the inputs of passes, ``pass_words=False`` their words,
    ``problem_inputs=False`` the inputs of problems (see :func:`check_document`).
    ``discovered``: the paths are the claims files :func:`~aktobe_facts.discover.discover` found
    (the CLI finds them first, to say what it reads), not to be looked for again.
    ``keep_findings=False``: each file's findings are counted, not kept
    (:meth:`~aktobe_facts.result.FileReport.counted`: enough for the summary and the exit code),
    which is all a worker process then sends back; their words are then never made
    (``problem_words=False`` in :func:`check_document`).
    """
    files = (
        [p if isinstance(p, Path) else Path(p) for p in paths] if discovered else discover(paths)
    )
    if article is not None and len(files) != 1:
        raise ValueError(
            f"--article names the article of one claims file; {len(files)} claims files were given"
        )
    work = partial(
        check_file,
        checks=checks,
        defaults=defaults,
        article=article,
        pass_inputs=pass_inputs,
        pass_words=pass_words,
        problem_inputs=problem_inputs,
        problem_words=keep_findings,
    )
    if not keep_findings:
        work = partial(_counted, work)
    workers = min(jobs if jobs is not None else cpus(), cpus(), len(files))
    reports: list[FileReport] = []
    if workers > 1 and len(files) >= PARALLEL_MIN_FILES:
        from concurrent.futures import ProcessPoolExecutor  # multiprocessing: only when used

        # forked workers (Linux's default) start with every module the parent imported
        with ProcessPoolExecutor(max_workers=workers) as pool:
            runs = [pool.submit(_check_run, work, run) for run in _runs(files, workers)]
            for run in runs:
                for report in run.result():
                    reports.append(report)
                    if on_file is not None:
                        on_file(report)
    else:
        for path in files:
            report = work(path)
            reports.append(report)
            if on_file is not None:
                on_file(report)
    return Report(reports, fail_level)


def _runs(files: list[Path], workers: int) -> Iterator[list[Path]]:
    """The files in contiguous runs, one task each, long ones first and shorter towards the end
    (each a quarter of a worker's share of what is left): few tasks to send and results to send
    back, and the workers finish within about a file of each other, where runs of one size leave
    one worker alone with the last of them (1,000 files in runs of 62: up to a sixth of a second
    on one core)."""
    start = 0
    while start < len(files):
        size = max(1, (len(files) - start) // (workers * 4))
        yield files[start : start + size]
        start += size


def _check_run(work: Callable[[Path], FileReport], paths: list[Path]) -> list[FileReport]:
    return [work(path) for path in paths]


def _counted(work: Callable[[Path], FileReport], path: Path) -> FileReport:
    return work(path).counted()
