"""``--format table``: rich tables for reviewers in a terminal.

Per file: every relation tested with a visible verdict, then each problem with its arithmetic
(inputs as intervals, result, bound broken, nearest consistent value, suggested fix). A pass that
holds only within the stated rounding says so in its verdict ("✓ pass (rounding only)"), and a fail
that holds only at readings other relations pin says so too ("✗ fail (pinned)"). A summary ends it.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.report import RenderOptions, _terminal
from aktobe_facts.result import FileReport, Report
from aktobe_facts.visible import printable

if TYPE_CHECKING:
    from rich.panel import Panel
    from rich.text import Text

NAME = "table"
PASS_INPUTS = "verbose"
PASS_WORDS = "unless-quiet"  # --quiet: the summary and unusable files only
PROBLEM_INPUTS = "unless-quiet"

_MARK = {
    Outcome.PASS: ("✓", "green"),
    Outcome.FAIL: ("✗", "red"),
    Outcome.UNDETERMINED: ("?", "yellow"),
}
_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(report: Report, options: RenderOptions) -> str:
    out: list[str] = []
    for file_report in report.files:
        if file_report.error is not None:
            out.append(_error(file_report.error, options))
            if not options.quiet:
                out.append("\n")
        elif not options.quiet:  # --quiet: the summary, and why a file is unusable
            out.append(_file(file_report, options))
    out.append(_terminal.print_text(_summary(report), options.width, _colour(options)))
    return "".join(out)


def _colour(options: RenderOptions) -> bool:
    return _terminal.colours(options.color)


def _error(error: object, options: RenderOptions) -> str:
    line = _terminal.Text(printable(f"✗ {error}"), _terminal.style("bold red"))
    return _terminal.print_text(line, options.width, _colour(options))


def _text(text: str, style: str = "") -> Text:
    """Text from a claims file or a file name, shown as it is: no rich markup is read in it and its
    control characters are escaped (rich passes ESC through to the terminal)."""
    from rich.text import Text

    return Text(printable(text), style=style)


def _verdict(finding: Finding) -> Text:
    from rich.text import Text

    mark, style = _MARK[finding.outcome]
    text = Text(f"{mark} {finding.outcome.value}", style=style)
    if finding.rounding_only:  # the figures as printed do not satisfy it; their rounding does
        text.append(" (rounding only)", style="yellow")
    if finding.narrowed:  # a fail only at readings other relations pin; a pass only alone
        passed = finding.outcome is Outcome.PASS
        text.append(" (alone; ✗ joint)" if passed else " (pinned)", style="yellow")
    if finding.outcome is not Outcome.PASS:
        text.append(f" ({finding.severity.value})", style=_SEVERITY_STYLE[finding.severity])
    return text


def _file(report: FileReport, options: RenderOptions) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        emoji=False,
    )
    table = Table(
        title=_text(
            f"{report.path}: {report.claims} claims, {len(report.findings)} relations tested"
        ),
        box=box.SIMPLE_HEAVY,
        title_justify="left",
        expand=False,
    )
    table.add_column("verdict", no_wrap=True)
    table.add_column("check", no_wrap=True)
    table.add_column("line", justify="right")
    table.add_column("claims")
    table.add_column("finding", ratio=1)
    for f in report.findings:
        table.add_row(
            _verdict(f), f.check, str(f.line), _text(", ".join(f.claims)), _text(f.message)
        )
    console.print(table)
    for f in report.findings:
        if f.is_problem or (options.verbose and (f.inputs or f.notes)):
            console.print(_arithmetic(f))
    console.print()
    return buffer.getvalue()


def _arithmetic(finding: Finding) -> Panel:
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for step in finding.inputs:
        grid.add_row(_text(step.label), _text(step.text))
    for label, value in (
        ("result", finding.result),
        ("bound", finding.bound),
        ("nearest", finding.nearest),
        ("suggestion", finding.suggestion),
    ):
        if value:
            grid.add_row(label, _text(value))
    if finding.margin:
        grid.add_row("rounding" if finding.rounding_only else "margin", _text(finding.margin))
    if finding.narrowed:
        grid.add_row("narrowed", _text(finding.narrowed))
    for note in finding.notes:
        grid.add_row("note", _text(note))
    mark, style = _MARK[finding.outcome]
    title = Text(f"{mark} {finding.check} · line {finding.line} · ", style=style)
    title.append(finding.severity.value, style=_SEVERITY_STYLE[finding.severity])
    return Panel(
        Group(_text(finding.message), grid), title=title, title_align="left", border_style=style
    )


def _summary(report: Report) -> _terminal.Text:
    s = report.summary()
    green, red, cyan = (_terminal.style(n) for n in ("green", "red", "cyan"))
    line = _terminal.Text()
    line.append(f"{s.files} file(s), {s.claims} claims, {s.relations} relations: ")
    line.append(f"{s.passed} passed", green)
    line.append(", ")
    line.append(f"{s.failed} failed", red if s.failed else _terminal.NULL)
    line.append(f", {s.undetermined} undetermined; ")
    line.append(f"{s.errors} error(s), {s.warnings} warning(s), {s.infos} info")
    if s.untested:
        line.append(f"; {s.untested} claim(s) in no relation", cyan)
    if s.unusable:
        line.append(f"; {s.unusable} unusable file(s)", _terminal.style("bold red"))
    line.append(f" — exit {report.exit_code()} (fail level: {report.fail_level.value})")
    return line
