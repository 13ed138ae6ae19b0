"""The command line: options, output and exit codes. No arithmetic lives here.

Exit codes: 0 no finding at or above the fail level; 1 findings at or above it; 2 unusable input
(missing file, TOML syntax error, unknown unit, malformed number, duplicate id, unknown reference)
or a usage error; 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


def use_color(stream: object) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ


def _width(width: int | None) -> int:
    if width:
        return width
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 20:
        return int(columns)
    if sys.stdout.isatty():
        return max(os.get_terminal_size().columns, 60)
    return 120


_EXTENSIONS = {
    ".json": "json",
    ".sarif": "sarif",
    ".md": "markdown",
    ".txt": "line",
    ".html": "html",
    ".htm": "html",
}


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Claims files, articles (.txt or .md: drafted and checked, no claims file "
            "needed), directories (searched for *.claims.toml and claims.toml) or glob patterns. "
            "Default: the current directory.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="table, json, line, github, sarif, markdown or html. Default: table, or github when "
            "GITHUB_ACTIONS=true; with --output, taken from the file's extension.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report to this file; the terminal still shows the table.",
        ),
    ] = None,
    fail_level: Annotated[
        Severity | None,
        typer.Option(
            "--fail-level",
            help="Lowest severity that makes the exit code 1 (default: error, or the configuration).",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Run only these checks (repeatable).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Skip these checks (repeatable).")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes to use (default: one per CPU).",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Print the summary only, and why each unusable file is unusable (table format).",
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show the arithmetic of every pass too.")
    ] = False,
    width: Annotated[
        int | None,
        typer.Option("--width", help="Width of the table output (default: terminal or $COLUMNS)."),
    ] = None,
    article: Annotated[
        Path | None,
        typer.Option(
            "--article",
            help="The article's text file, for one claims file (replaces its [article] path).",
            show_default=False,
        ),
    ] = None,
    save_claims: Annotated[
        Path | None,
        typer.Option(
            "--save-claims",
            help="With one article: also write its drafted claims file here, for editing "
            "(never over an existing file).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check claims files and report every relation tested."""
    from aktobe_facts.api import check_paths, selected_checks
    from aktobe_facts.config import load_config
    from aktobe_facts.discover import discover
    from aktobe_facts.loader import LoadError
    from aktobe_facts.report import FORMAT_NAMES, RenderOptions, get_format, shows_pass_inputs

    available = FORMAT_NAMES
    stdout_format = output_format or (
        "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table"
    )
    file_format = output_format
    if output is not None:
        stdout_format = "table"
        file_format = output_format or _EXTENSIONS.get(output.suffix.lower(), "json")
    for name in (stdout_format, file_format):
        if name is not None and name not in available:
            _usage(f"unknown format '{name}'; choose one of: {', '.join(available)}")
    try:
        config = load_config()
    except LoadError as exc:
        _usage(str(exc))
    try:
        checks = selected_checks(select or config.select, ignore)
    except ValueError as exc:
        _usage(str(exc))
    files = discover(paths or [])
    if not files:
        where = ", ".join(paths or ["."])
        _usage(f"no claims files found in {where} (looked for *.claims.toml and claims.toml)")
    if article is not None and len(files) != 1:
        _usage(f"--article names the article of one claims file; {len(files)} were found")
    if save_claims is not None:
        _save_draft(files, save_claims)
    level = fail_level or config.fail_level or Severity.ERROR
    options = RenderOptions(
        width=_width(width), color=use_color(sys.stdout), verbose=verbose, quiet=quiet
    )
    plain = RenderOptions(width=_width(width), color=False, verbose=verbose)
    shown = [(get_format(stdout_format), options)]
    if output is not None and file_format is not None:
        shown.append((get_format(file_format), plain))
    with _progress(len(files)) as advance:
        report = check_paths(
            files,
            checks,
            level,
            jobs=jobs,
            defaults=config.settings,
            on_file=advance,
            article=article,
            pass_inputs=any(shows_pass_inputs(f, o) for f, o in shown),
        )
    sys.stdout.write(shown[0][0].render(report, options))
    if output is not None and file_format is not None:
        from aktobe_facts.atomic import write_atomic

        try:
            write_atomic(output, shown[1][0].render(report, plain))
        except OSError as exc:
            _usage(f"cannot write {output}: {exc.strerror or exc}")
    raise typer.Exit(report.exit_code())


def _save_draft(files: list[Path], target: Path) -> None:
    """``--save-claims``: the draft of the one article checked, written as ``draft -o`` writes."""
    from aktobe_facts.articlecheck import drafted, is_article
    from aktobe_facts.loader import LoadError

    if len(files) != 1 or not is_article(files[0]):
        _usage(f"--save-claims needs exactly one article (.txt or .md); {len(files)} files given")
    if target.exists() or target.is_symlink():
        _usage(f"{target} exists; --save-claims never overwrites a file")
    try:
        found, text = drafted(files[0], target)
    except LoadError as exc:
        _usage(str(exc))
    _write_new(target, text, f"{len(found.claims)} claims drafted from {files[0]}")


def _write_new(target: Path, text: str, done: str) -> None:
    """Write a file the tool makes (never over an existing one without ``--force``), atomically."""
    from aktobe_facts.atomic import write_atomic
    from aktobe_facts.visible import printable

    try:
        write_atomic(target, text)
    except OSError as exc:
        _usage(f"cannot write {target}: {exc.strerror or exc}")
    typer.echo(printable(f"{target}: {done}"), err=True)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[object], None]]:
    """A progress bar on stderr for long runs in an interactive terminal; else nothing."""
    if total < 20 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield lambda _report: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking claims files", total=total)
        yield lambda _report: bar.advance(task)


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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the claims format (for editors such as Even Better TOML)."""
    import json

    from aktobe_facts.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


@app.command()
def fill(
    files: Annotated[list[Path], typer.Argument(help="Claims files.", show_default=False)],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the change as a unified diff; write nothing.")
    ] = False,
) -> None:
    """Write the suggested figure for each missing counterpart into the file, marked computed."""
    from aktobe_facts.config import load_config
    from aktobe_facts.fill import fill_file, summary, write
    from aktobe_facts.loader import LoadError
    from aktobe_facts.tomledit import EditError
    from aktobe_facts.visible import printable

    try:
        config = load_config()
    except LoadError as exc:
        _usage(str(exc))
    code = 0
    for path in files:
        try:
            result = fill_file(path, config.settings)
        except (LoadError, EditError) as exc:
            typer.echo(f"aktobe-facts: error: {printable(str(exc))}", err=True)
            code = 2
            continue
        if dry_run:
            sys.stdout.write(printable(result.diff(), keep="\n\t"))
        elif result.changed:
            try:
                write(result)
            except OSError as exc:
                typer.echo(
                    printable(
                        f"aktobe-facts: error: cannot write {path}: {exc.strerror or exc}; "
                        "the file is unchanged"
                    ),
                    err=True,
                )
                code = 2
                continue
        for line in summary(result, dry_run):
            typer.echo(printable(line), err=True)
    raise typer.Exit(code)


@app.command()
def draft(
    article: Annotated[
        Path, typer.Argument(help="The article, a UTF-8 text file.", show_default=False)
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the claims file here instead of printing it."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the --output file.")] = False,
) -> None:
    """Draft a claims file from an article: every number with its quote, an id and a kind."""
    from aktobe_facts.article import ArticleError, read_article
    from aktobe_facts.draft import draft as build
    from aktobe_facts.drafttoml import link, render

    if output is not None and output.exists() and not force:
        _usage(f"{output} exists; use --force to overwrite it")
    try:
        text, sha256 = read_article(article, str(article))
    except ArticleError as exc:
        _usage(exc.message)
    found = build(text)
    if not found.claims:
        _usage(f"{article}: no numbers found, nothing to draft")
    path = link(article, output if output is not None else Path("claims.toml"))
    claims = render(found, article, path, sha256 if path is not None else None)
    if output is None:
        sys.stdout.write(claims)
        return
    _write_new(output, claims, f"{len(found.claims)} claims drafted from {article}")


def _usage(message: str) -> NoReturn:
    # the message may quote a claims file's text or a file name of any length
    from aktobe_facts.loader import MAX_MESSAGE
    from aktobe_facts.visible import clip, printable

    typer.echo(f"aktobe-facts: error: {printable(clip(message, MAX_MESSAGE))}", err=True)
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
        from aktobe_facts.visible import printable

        sys.stderr.write(
            f"aktobe-facts: internal error: {type(exc).__name__}: {printable(str(exc))}\n"
            "please report this with the claims file that caused it\n"
        )
        sys.exit(3)
