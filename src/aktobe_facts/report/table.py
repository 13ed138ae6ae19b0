"""``--format table``: tables for reviewers in a terminal, laid out as rich lays them out.

Per file: every relation tested with a visible verdict, then each problem with its arithmetic
(inputs as intervals, result, bound broken, nearest consistent value, suggested fix). A pass that
holds only within the stated rounding says so in its verdict ("✓ pass (rounding only)"), and a fail
that holds only at readings other relations pin says so too ("✗ fail (pinned)"). A summary ends it.
"""

from __future__ import annotations

from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.report import RenderOptions, _terminal
from aktobe_facts.report._common import text_checks_part
from aktobe_facts.result import FileReport, Report
from aktobe_facts.visible import printable

NAME = "table"
PASS_INPUTS = "verbose"
PASS_WORDS = "unless-quiet"  # --quiet: the summary and unusable files only
PROBLEM_INPUTS = "unless-quiet"
FINDINGS = "unless-quiet"  # --quiet: counted for the summary, none shown

_MARK = {
    Outcome.PASS: ("✓", "green"),
    Outcome.FAIL: ("✗", "red"),
    Outcome.UNDETERMINED: ("?", "yellow"),
}
_SEVERITY = {
    Severity.ERROR: _terminal.style("bold red"),
    Severity.WARNING: _terminal.style("yellow"),
    Severity.INFO: _terminal.style("cyan"),
}


def render(report: Report, options: RenderOptions) -> str:
    width = _terminal.console_width(options.width, options.color)
    colour = _terminal.colours(options.color)
    if width < 1:  # rich draws nothing in no room
        return ""
    out: list[str] = []
    for file_report in report.files:
        if file_report.error is not None:
            error = _text(f"✗ {file_report.error}", "bold red")
            out.append(_terminal.print_text(error, width, colour))
            if not options.quiet:
                out.append("\n")
        elif not options.quiet:  # --quiet: the summary, and why a file is unusable
            out.append(_terminal.ansi(_file(file_report, options, width), colour))
    out.append(_terminal.print_text(_summary(report), width, colour))
    return "".join(out)


def _text(text: str, style: str = "") -> _terminal.Text:
    """Text from a claims file or a file name, shown as it is: its control characters escaped."""
    return _terminal.Text(printable(text), _terminal.style(style))


def _verdict(finding: Finding) -> _terminal.Text:
    mark, style = _MARK[finding.outcome]
    text = _terminal.Text(f"{mark} {finding.outcome.value}", _terminal.style(style))
    yellow = _terminal.style("yellow")
    if finding.rounding_only:  # the figures as printed do not satisfy it; their rounding does
        text.append(" (rounding only)", yellow)
    if finding.narrowed:  # a fail only at readings other relations pin; a pass only alone
        passed = finding.outcome is Outcome.PASS
        text.append(" (alone; ✗ joint)" if passed else " (pinned)", yellow)
    if finding.outcome is not Outcome.PASS:
        text.append(f" ({finding.severity.value})", _SEVERITY[finding.severity])
    return text


_HEADER = ("verdict", "check", "line", "claims", "finding")
# (justify, no_wrap) of each column: the verdict and the check on one line, the line number to
# the right
_COLUMNS = (("left", True), ("left", True), ("right", False), ("left", False), ("left", False))
_BODY = [_terminal.Cell(1, 1, justify, no_wrap) for justify, no_wrap in _COLUMNS]
_HEAD = [
    _terminal.Cell(1, 1, justify, no_wrap, _terminal.style("bold")) for justify, no_wrap in _COLUMNS
]


def _title(report: FileReport) -> _terminal.Text:
    checks = text_checks_part(report.text_checks(), ", ")
    return _text(
        f"{report.path}: {report.claims} claims, {report.tested()} relations tested{checks}"
    )


def _rows(report: FileReport) -> list[list[_terminal.Text]]:
    """The table's header and a row per finding."""
    rows = [[_terminal.Text(h) for h in _HEADER]]
    for f in report.findings:
        row = (_verdict(f), _terminal.Text(f.check), _terminal.Text(str(f.line)))
        rows.append([*row, _text(", ".join(f.claims)), _text(f.message)])
    return rows


def _shown(finding: Finding, options: RenderOptions) -> bool:
    """Whether the finding gets a panel with its arithmetic: every problem, and with --verbose
    every pass that has inputs or notes."""
    return finding.is_problem or (options.verbose and bool(finding.inputs or finding.notes))


def _file(report: FileReport, options: RenderOptions, width: int) -> list[list[_terminal.Segment]]:
    lines = _terminal.table(_title(report), _HEAD, _BODY, _rows(report), width)
    for f in report.findings:
        if _shown(f, options):
            lines += _arithmetic(f, width)
    lines.append([])
    return lines


_GRID = [_terminal.Cell(0, 2, no_wrap=True, look=_terminal.style("bold")), _terminal.Cell(0, 0)]


def _steps(finding: Finding) -> list[list[_terminal.Text]]:
    """A problem's arithmetic, a step a row: its label and its value."""
    rows = [[_text(step.label), _text(step.text)] for step in finding.inputs]
    for label, value in (
        ("result", finding.result),
        ("bound", finding.bound),
        ("nearest", finding.nearest),
        ("suggestion", finding.suggestion),
    ):
        if value:
            rows.append([_terminal.Text(label), _text(value)])
    if finding.margin:
        label = "rounding" if finding.rounding_only else "margin"
        rows.append([_terminal.Text(label), _text(finding.margin)])
    if finding.narrowed:
        rows.append([_terminal.Text("narrowed"), _text(finding.narrowed)])
    return rows + [[_terminal.Text("note"), _text(note)] for note in finding.notes]


def _heading(finding: Finding) -> tuple[_terminal.Text, _terminal.Style]:
    """A panel's title and the style of its border."""
    mark, name = _MARK[finding.outcome]
    style = _terminal.style(name)
    title = _terminal.Text(f"{mark} {finding.check} · line {finding.line} · ", style)
    return title.append(finding.severity.value, _SEVERITY[finding.severity]), style


def _arithmetic(finding: Finding, width: int) -> list[list[_terminal.Segment]]:
    """A problem's panel: its message, then its arithmetic, a step a line."""
    inner = width - 4
    content = [
        _terminal.fit(line, inner)
        for line in _terminal.lines_of(_text(finding.message), inner)
        + _terminal.grid(_GRID, _steps(finding), inner)
    ]
    title, style = _heading(finding)
    return _terminal.panel(title, content, style, width)


def _summary(report: Report) -> _terminal.Text:
    s = report.summary()
    green, red, cyan = (_terminal.style(n) for n in ("green", "red", "cyan"))
    line = _terminal.Text()
    checks = text_checks_part(s.text_checks)
    line.append(f"{s.files} file(s), {s.claims} claims, {s.relations} relations{checks}: ")
    line.append(f"{s.passed} passed", green)
    line.append(", ")
    line.append(f"{s.failed} failed", red if s.failed else _terminal.NULL)
    line.append(f", {s.undetermined} undetermined; ")
    line.append(f"{s.errors} error(s), {s.warnings} warning(s), {s.infos} info")
    if s.untested:
        line.append(f"; {s.untested} claim(s) in no relation", cyan)
    if s.suggested:
        line.append(f"; {s.suggested} relation(s) suggested, not tested", cyan)
    if s.unusable:
        line.append(f"; {s.unusable} unusable file(s)", _terminal.style("bold red"))
    line.append(f" — exit {report.exit_code()} (fail level: {report.fail_level.value})")
    return line
