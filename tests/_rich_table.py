"""The table format as rich's console, ``Table`` and ``Panel`` draw it: the reference the format's
own layout (aktobe_facts.report._terminal) is held to, byte for byte (tests/test_table_layout.py).

This is the layout the format had when rich drew it (BENCHMARKS.md, "Cold start"). It takes the
format's own texts and styles (its rows, a panel's steps and title, the summary), so what is
compared is the layout alone.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial

from rich import box
from rich.console import Console, ConsoleRenderable, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Span, Text

from aktobe_facts.findings import Finding
from aktobe_facts.report import RenderOptions, _terminal, table
from aktobe_facts.result import FileReport, Report

_NAMES = {v: k for k, v in _terminal._COLOURS.items()}


def name(style: _terminal.Style) -> str:
    """A style in rich's words."""
    bold, colour = style
    return " ".join([*(["bold"] if bold else []), *([_NAMES[colour]] if colour else [])])


def rich_text(text: _terminal.Text) -> Text:
    spans = [Span(s, e, name(st)) for s, e, st in text.spans]
    return Text(text.plain, style=name(text.style), spans=spans)


def console(width: int, colour: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(
        file=buffer,
        width=width,
        force_terminal=colour,
        no_color=not colour,
        highlight=False,
        emoji=False,
    ), buffer


Drawn = dict[tuple[object, ...], str]
"""What rich printed for each table and panel of one report, at a width and in colour or not."""


def render(report: Report, options: RenderOptions, drawn: Drawn | None = None) -> str:
    """The report as rich prints it. ``drawn``, kept by the caller for one report, holds each
    file's table and each finding's panel as rich printed them, for another rendering of that
    report (a verbose one prints all that a plain one prints at its width, and more)."""
    out, buffer = console(options.width, options.color)
    for i, file_report in enumerate(report.files):
        if file_report.error is not None:
            out.print(rich_text(table._text(f"✗ {file_report.error}", "bold red")))
            if not options.quiet:
                out.print()
        elif not options.quiet:
            _file(_Printer(out, options, drawn), file_report, i)
    out.print(rich_text(table._summary(report)))
    return buffer.getvalue()


class _Printer:
    """Prints to ``out``, or writes what rich printed before under a key, at this width and in
    this colour: rich prints each table and panel from a fresh line to the end of its last, so
    what it printed alone is what it prints after the others."""

    def __init__(self, out: Console, options: RenderOptions, drawn: Drawn | None) -> None:
        self.out, self.options, self.drawn = out, options, drawn

    def print(self, key: tuple[object, ...], make: Callable[[], ConsoleRenderable]) -> None:
        if self.drawn is None:
            self.out.print(make())
            return
        key = (*key, self.options.width, self.options.color)
        if key not in self.drawn:
            alone, buffer = console(self.options.width, self.options.color)
            alone.print(make())
            self.drawn[key] = buffer.getvalue()
        self.out.file.write(self.drawn[key])


def _file(printer: _Printer, report: FileReport, i: int) -> None:
    printer.print(("table", i), lambda: _table(report))
    for j, f in enumerate(report.findings):
        if table._shown(f, printer.options):
            printer.print(("panel", i, j), partial(_panel, f))
    printer.out.print()


def _table(report: FileReport) -> Table:
    drawn = Table(
        title=rich_text(table._title(report)),
        box=box.SIMPLE_HEAVY,
        title_justify="left",
        expand=False,
    )
    drawn.add_column("verdict", no_wrap=True)
    drawn.add_column("check", no_wrap=True)
    drawn.add_column("line", justify="right")
    drawn.add_column("claims")
    drawn.add_column("finding", ratio=1)
    for row in table._rows(report)[1:]:
        drawn.add_row(*map(rich_text, row))
    return drawn


def _panel(f: Finding) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for step in table._steps(f):
        grid.add_row(*map(rich_text, step))
    title, style = table._heading(f)
    message = rich_text(table._text(f.message))
    return Panel(
        Group(message, grid),
        title=rich_text(title),
        title_align="left",
        border_style=name(style),
    )
