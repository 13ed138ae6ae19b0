"""The command line: options, output and exit codes. No arithmetic lives here.

Exit codes: 0 no finding at or above the fail level; 1 findings at or above it; 2 unusable input
(missing file, TOML syntax error, unknown unit, malformed number, duplicate id, unknown reference)
or a usage error; 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from aktobe_facts import __version__
from aktobe_facts.findings import Severity

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check the internal consistency of the numbers in a news article (a TOML claims file).",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"aktobe-facts {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
) -> None:
    """aktobe-facts: a fact checker for the numbers in news articles."""


def _width(width: int | None) -> int:
    if width:
        return width
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 20:
        return int(columns)
    if sys.stdout.isatty():
        return max(os.get_terminal_size().columns, 60)
    return 120


@app.command()
def check(
    files: Annotated[list[Path], typer.Argument(help="Claims files to check.", show_default=False)],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Output format: table or json.")
    ] = "table",
    fail_level: Annotated[
        Severity,
        typer.Option(
            "--fail-level", help="Lowest severity that makes the exit code 1.", case_sensitive=False
        ),
    ] = Severity.ERROR,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Run only these checks (repeatable).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Skip these checks (repeatable).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show the arithmetic of passes too.")
    ] = False,
    width: Annotated[
        int | None,
        typer.Option("--width", help="Width of the table output (default: terminal or $COLUMNS)."),
    ] = None,
) -> None:
    """Check claims files and report every relation tested."""
    from aktobe_facts.api import check_paths, selected_checks
    from aktobe_facts.report import RenderOptions, formats

    available = formats()
    if output_format not in available:
        _usage(f"unknown format '{output_format}'; choose one of: {', '.join(available)}")
    try:
        checks = selected_checks(select, ignore)
    except ValueError as exc:
        _usage(str(exc))
    report = check_paths(files, checks, fail_level)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    options = RenderOptions(width=_width(width), color=color, verbose=verbose)
    sys.stdout.write(available[output_format].render(report, options))
    raise typer.Exit(report.exit_code())


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="The claims file.", show_default=False)],
    claim_id: Annotated[str, typer.Argument(help="The id of the claim.", show_default=False)],
) -> None:
    """Explain one claim: every relation it takes part in, with the arithmetic step by step."""
    from aktobe_facts.api import check_document
    from aktobe_facts.explain import UnknownClaim
    from aktobe_facts.explain import explain as build
    from aktobe_facts.loader import LoadError, load

    try:
        doc = load(file)
    except LoadError as exc:
        _usage(str(exc))
    try:
        explanation = build(doc, claim_id, check_document(doc))
    except UnknownClaim as exc:
        _usage(str(exc))
    sys.stdout.write("\n".join(explanation.lines) + "\n")


def _usage(message: str) -> NoReturn:
    typer.echo(f"aktobe-facts: error: {message}", err=True)
    raise typer.Exit(2)


def main() -> None:
    """Console entry point: run the app, turning any unexpected exception into exit code 3."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("aktobe-facts: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # never a traceback for users; the message names the bug
        sys.stderr.write(
            f"aktobe-facts: internal error: {type(exc).__name__}: {exc}\n"
            "please report this with the claims file that caused it\n"
        )
        sys.exit(3)
