"""The command line: options, output and exit codes. No arithmetic lives here.

Exit codes: 0 no finding at or above the fail level; 1 findings at or above it; 2 unusable input
(missing file, TOML syntax error, unknown unit, malformed number, duplicate id, unknown reference)
or a usage error; 3 an internal error (a bug: please report it).
"""

# No ``from __future__ import annotations`` here: typer reads the commands' annotations when it
# builds them, and postponed (as strings) each would be compiled and evaluated on every start
# (typer's build of the commands: 25 ms down to 12 ms, timed in-process on a loaded machine).

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from aktobe_facts import __version__
from aktobe_facts.findings import Severity

if TYPE_CHECKING:
    from aktobe_facts.output import Input, Target


def _typer() -> typer.Typer:
    return typer.Typer(
        add_completion=False,
        no_args_is_help=True,
        help="Check the internal consistency of the numbers in a news article (a TOML claims file).",
        pretty_exceptions_enable=False,
        # help and usage errors in click's plain layout, which caps its width: typer's rich panels
        # take COLUMNS as it is (COLUMNS=100000000 made a 700 MB error message)
        rich_markup_mode=None,
    )


app = _typer()


def app_for(args: Sequence[str]) -> typer.Typer:
    """The app with only the command the first argument names, or the whole app when it names none
    (the help, which lists them all, a usage error). typer builds a click command of every command
    it has, each option and its help, at every start before it reads the arguments: the four others
    were about 5 million instructions of the seed's check (BENCHMARKS.md, "Cold start")."""
    named = [c for c in app.registered_commands if args and _name(c) == args[0]]
    if not named:
        return app
    one = _typer()
    one.registered_callback = app.registered_callback
    one.registered_commands = named
    return one


def _name(command: "typer.models.CommandInfo") -> str | None:
    if command.name is not None:
        return command.name
    return None if command.callback is None else command.callback.__name__.replace("_", "-")


def _version(value: bool) -> None:
    if value:
        _out(f"aktobe-facts {__version__}\n")
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
    from aktobe_facts.stdio import install

    install()  # characters stdout's encoding lacks are written as ASCII stand-ins


def use_color(stream: object) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ


MIN_WIDTH = 20
MAX_WIDTH = 1000
"""Bounds of ``--width``; ``COLUMNS`` and a terminal's width are clamped to them."""


def _width(width: int | None) -> int:
    if width is not None:
        return width  # typer has checked the range
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isascii() and columns.isdigit() and int(columns) > MIN_WIDTH:
        return min(int(columns), MAX_WIDTH)
    try:
        if sys.stdout is not None and sys.stdout.isatty():
            return min(max(os.get_terminal_size(sys.stdout.fileno()).columns, 60), MAX_WIDTH)
    except (OSError, ValueError):
        pass
    return 120


def _path(text: str) -> Path:
    return Path(_path_text(text))


def _path_text(text: str) -> str:
    """A path argument as given; an empty one is a usage error (``Path("")`` is the current
    folder, so ``check ""`` would check everything in it)."""
    if not text:
        raise typer.BadParameter("the path is empty")
    if "\x00" in text:
        raise typer.BadParameter("the path holds a NUL character")
    return text


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
            parser=_path_text,
            metavar="PATHS...",
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
            parser=_path,
            metavar="FILE",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace a read-only --output file.")
    ] = False,
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
            help="Processes to use (default: one per CPU; never more than the CPUs or the files).",
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
        typer.Option(
            "--width",
            min=MIN_WIDTH,
            max=MAX_WIDTH,
            help="Width of the table output (default: terminal or $COLUMNS).",
        ),
    ] = None,
    article: Annotated[
        Path | None,
        typer.Option(
            "--article",
            help="The article's text file, for one claims file (replaces its [article] path).",
            show_default=False,
            parser=_path,
            metavar="FILE",
        ),
    ] = None,
    save_claims: Annotated[
        Path | None,
        typer.Option(
            "--save-claims",
            help="With one article: also write its drafted claims file here, for editing "
            "(never over an existing file).",
            show_default=False,
            parser=_path,
            metavar="FILE",
        ),
    ] = None,
) -> None:
    """Check claims files and report every relation tested."""
    from aktobe_facts.api import check_paths, selected_checks
    from aktobe_facts.claims.config import load_config
    from aktobe_facts.claims.loader import LoadError
    from aktobe_facts.discover import Exclusions, discover
    from aktobe_facts.output import Input
    from aktobe_facts.report import (
        FORMAT_NAMES,
        RenderOptions,
        get_format,
        shows_findings,
        shows_pass_inputs,
        shows_pass_words,
        shows_problem_inputs,
    )
    from aktobe_facts.result import report_articles

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
    exclude = None
    if config.path is not None and config.exclude:
        exclude = Exclusions(config.path.parent, config.exclude)
    files = discover(paths or [], exclude)
    if not files:
        where = ", ".join(paths or ["."])
        left = f"; `exclude` in {config.path} left some out" if exclude and exclude.dropped else ""
        _usage(f"no claims files found in {where} (looked for *.claims.toml and claims.toml{left})")
    if article is not None and len(files) != 1:
        _usage(f"--article names the article of one claims file; {len(files)} were found")
    _stdout_open()
    inputs = [Input("the claims file" if f.suffix == ".toml" else "the article", f) for f in files]
    if article is not None:
        inputs.append(Input("the article", article))
    if config.path is not None:
        inputs.append(Input("the configuration", config.path))
    drafted = (
        [] if save_claims is None else [Input("the claims file --save-claims writes", save_claims)]
    )
    if output is not None:
        _prepare(output, [*inputs, *drafted], force)  # refused before the work, not after it
    if save_claims is not None:
        _save_draft(files, save_claims, inputs)
    inputs += drafted
    level = fail_level or config.fail_level or Severity.ERROR
    options = RenderOptions(
        width=_width(width), color=use_color(sys.stdout), verbose=verbose, quiet=quiet
    )
    plain = RenderOptions(width=_width(width), color=False, verbose=verbose)
    shown = [(get_format(stdout_format), options)]
    if output is not None and file_format is not None:
        shown.append((get_format(file_format), plain))
    with _progress(len(files), options.width) as advance:
        report = check_paths(
            files,
            checks,
            level,
            jobs=jobs,
            defaults=config.settings,
            on_file=advance,
            article=article,
            pass_inputs=any(shows_pass_inputs(f, o) for f, o in shown),
            pass_words=any(shows_pass_words(f, o) for f, o in shown),
            problem_inputs=any(shows_problem_inputs(f, o) for f, o in shown),
            discovered=True,
            keep_findings=any(shows_findings(f, o) for f, o in shown),
        )
    _out(shown[0][0].render(report, options))
    if output is not None and file_format is not None:
        inputs.extend(Input("the article", a) for a in report_articles(report))
        _write(output, shown[1][0].render(report, plain), inputs, force)
    raise typer.Exit(report.exit_code())


def _save_draft(files: list[Path], target: Path, inputs: Sequence["Input"]) -> None:
    """``--save-claims``: the draft of the one article checked, written as ``draft -o`` writes."""
    from aktobe_facts.claims.loader import LoadError
    from aktobe_facts.text.articlecheck import drafted
    from aktobe_facts.text.articlefiles import is_article

    if len(files) != 1 or not is_article(files[0]):
        _usage(f"--save-claims needs exactly one article (.txt or .md); {len(files)} files given")
    if target.exists() or target.is_symlink():
        _usage(f"{target} exists; --save-claims never overwrites a file")
    try:
        found, text = drafted(files[0], target)
    except LoadError as exc:
        _usage(str(exc))
    _write_new(target, text, f"{len(found.claims)} claims drafted from {files[0]}", inputs)


def _write_new(
    target: Path, text: str, done: str, inputs: Sequence["Input"], force: bool = False
) -> None:
    """Write a file the tool makes (draft -o, --save-claims) and say so on stderr; never over a
    file, without ``force``, not even one another process made since the tool looked."""
    _write(target, text, inputs, force, exclusive=not force)
    _err(f"{target}: {done}")


@contextmanager
def _progress(total: int, width: int) -> Iterator[Callable[[object], None]]:
    """A progress bar on stderr for long runs in an interactive terminal; else nothing."""
    if total < 20 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield lambda _report: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True, width=width), transient=True) as bar:
        task = bar.add_task("checking claims files", total=total)
        yield lambda _report: bar.advance(task)


@app.command()
def explain(
    file: Annotated[
        Path,
        typer.Argument(help="The claims file.", show_default=False, parser=_path, metavar="FILE"),
    ],
    claim_id: Annotated[str, typer.Argument(help="The id of the claim.", show_default=False)],
) -> None:
    """Explain one claim: every relation it takes part in, with the arithmetic step by step."""
    from aktobe_facts.api import check_document
    from aktobe_facts.claims.loader import LoadError, load
    from aktobe_facts.explain import UnknownClaim
    from aktobe_facts.explain import explain as build

    _claims_file_only(file, "explain")
    try:
        doc = load(file)
    except LoadError as exc:
        _usage(str(exc))
    try:
        explanation = build(doc, claim_id, check_document(doc))
    except UnknownClaim as exc:
        _usage(str(exc))
    _out("\n".join(explanation.lines) + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the claims format (for editors such as Even Better TOML)."""
    import json

    from aktobe_facts.claims.schema import json_schema

    _out(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


@app.command()
def fill(
    files: Annotated[
        list[Path],
        typer.Argument(help="Claims files.", show_default=False, parser=_path, metavar="FILES..."),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the change as a unified diff; write nothing.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace a read-only claims file.")
    ] = False,
) -> None:
    """Write the suggested figure for each missing counterpart into the file, marked computed."""
    from aktobe_facts.claims.config import load_config
    from aktobe_facts.claims.loader import LoadError
    from aktobe_facts.claims.tomledit import EditError
    from aktobe_facts.fill import fill_file, summary, write
    from aktobe_facts.output import Input, WriteError
    from aktobe_facts.visible import printable

    try:
        config = load_config()
    except LoadError as exc:
        _usage(str(exc))
    if dry_run:
        _stdout_open()
    inputs = [] if config.path is None else [Input("the configuration", config.path)]
    code = 0
    for path in files:
        try:
            _claims_file_only(path, "fill")
            result = fill_file(path, config.settings)
        except (LoadError, EditError) as exc:
            _error(str(exc))
            code = 2
            continue
        if dry_run:
            _out(printable(result.diff(), keep="\n\t"))
        elif result.changed:
            try:
                write(result, inputs, force=force)
            except WriteError as exc:
                _error(f"{exc}; the file is unchanged")
                code = 2
                continue
        for line in summary(result, dry_run):
            _err(line)
    raise typer.Exit(code)


@app.command()
def draft(
    article: Annotated[
        Path,
        typer.Argument(
            help="The article, a UTF-8 text file.",
            show_default=False,
            parser=_path,
            metavar="ARTICLE",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the claims file here instead of printing it.",
            parser=_path,
            metavar="FILE",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the --output file (even a read-only one).")
    ] = False,
) -> None:
    """Draft a claims file from an article: every number with its quote, an id and a kind."""
    from aktobe_facts.claims.loader import LoadError
    from aktobe_facts.output import Input
    from aktobe_facts.text.article import ArticleError, read_article
    from aktobe_facts.text.articlecheck import nothing_read, rendered
    from aktobe_facts.text.draft import draft as build
    from aktobe_facts.text.drafttoml import link

    inputs = [Input("the article", article)]
    if output is None:
        _stdout_open()
    elif _prepare(output, inputs, force).kind == "replace" and not force:
        _usage(f"{output} exists; use --force to overwrite it")
    try:
        text, sha256 = read_article(article, str(article))
    except ArticleError as exc:
        _usage(exc.message)
    found = build(text)
    if not found.claims:
        _usage(f"{article}: {nothing_read(found)}, nothing to draft")
    path = link(article, output if output is not None else Path("claims.toml"))
    try:
        found, claims = rendered(found, article, path, sha256 if path is not None else None)
    except LoadError as exc:  # the loader refused every claim drafted
        _usage(f"{article}: {exc.message}, nothing to draft")
    if output is None:
        _out(claims)
        return
    _write_new(output, claims, f"{len(found.claims)} claims drafted from {article}", inputs, force)


def _claims_file_only(path: Path, command: str) -> None:
    """``explain`` and ``fill`` read a claims file: an article (``.txt``, ``.md``), which ``check``
    drafts in memory, is refused with the way to a claims file of it, not read as TOML (its first
    line was "TOML syntax error: Expected '=' after a key")."""
    from aktobe_facts.claims.loader import LoadError
    from aktobe_facts.text.articlefiles import is_article

    if is_article(path):
        err = LoadError(
            str(path),
            f"an article, not a claims file: {command} reads a claims file; write one with "
            f"`aktobe-facts check {path} --save-claims {path.stem}.claims.toml` (then review it)",
        )
        if command == "explain":
            _usage(str(err))
        raise err


def _prepare(path: Path, inputs: Sequence["Input"], force: bool) -> "Target":
    from aktobe_facts.output import WriteError, prepare

    try:
        return prepare(path, inputs, force=force)
    except WriteError as exc:
        _usage(str(exc))


def _write(
    path: Path, text: str, inputs: Sequence["Input"], force: bool, exclusive: bool = False
) -> None:
    """The one write path of check --output and draft -o (fill uses it through fill.write)."""
    from aktobe_facts.output import WriteError, write_file

    try:
        write_file(path, text, inputs, force=force, exclusive=exclusive)
    except WriteError as exc:
        _usage(str(exc))


def _stdout_open() -> None:
    """A usage error before any work when there is no stdout to show the result on (``>&-``)."""
    from aktobe_facts.stdio import StreamError, stdout_open

    try:
        stdout_open()
    except StreamError as exc:
        _usage(str(exc))


def _out(text: str) -> None:
    """Everything a command prints on stdout; a stream that fails is exit 2 with a message."""
    from aktobe_facts.stdio import StreamError, write_out

    try:
        write_out(text)
    except StreamError as exc:
        _usage(str(exc))


def _printable(text: str) -> str:
    from aktobe_facts.visible import printable  # a message may quote a claims file's text

    return printable(text)


def _err(line: str) -> None:
    from aktobe_facts.stdio import write_err

    write_err(_printable(line) + "\n")


def _error(message: str) -> None:
    _err(f"aktobe-facts: error: {message}")


def _usage(message: str) -> NoReturn:
    from aktobe_facts.claims.loader import MAX_MESSAGE
    from aktobe_facts.visible import clip

    _error(clip(message, MAX_MESSAGE))  # may quote a claims file's text or a name of any length
    raise typer.Exit(2)


def main() -> None:
    """Console entry point: run the app, turning any unexpected exception into exit code 3."""
    # A command is one short process: Python's cycle collector would only walk, again and again,
    # the millions of small objects a run makes and frees by reference counting (checking 32
    # files, the seed and the corpus among them, leaves 63 objects of cyclic garbage in all). Off
    # for the whole run, so that no pass of it comes after a file's pause either (0.2 s of the
    # 10,000-claim file); worker processes inherit it.
    gc.disable()
    try:
        run()
    except SystemExit as exc:
        code = exc.code
        if code is None or isinstance(code, int):
            _leave(code or 0)
        raise


def run() -> NoReturn:
    """The command line's run, ended by ``SystemExit`` with the exit code: what :func:`main` does
    but for the end of the process (for tests that run it in their own process)."""
    from aktobe_facts.stdio import StreamError, discard_out, flush_out, write_err

    try:
        try:
            app_for(sys.argv[1:2])()
        finally:
            flush_out()  # what click printed itself (help, usage), on a stream that may fail
    except StreamError as exc:
        write_err(f"aktobe-facts: error: {exc}\n")
        sys.exit(2)
    except OSError as exc:  # inputs are read as LoadErrors: this is output that typer wrote itself
        discard_out()
        write_err(f"aktobe-facts: error: cannot write the output: {exc.strerror or exc}\n")
        sys.exit(2)
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
    sys.exit(0)  # typer exits itself; a command that returned is a success


def _leave(code: int) -> None:
    """End the process with ``code`` without Python's finalisation, when nothing needs it.

    Finalisation frees every module and object one by one: 41-44 million instructions of the
    seed's 439M check (callgrind; about a tenth of what the tool adds to its floor), with nothing
    to show for it. What a normal exit does that a user would see is done here first: the atexit
    handlers run (what the standard library registers there: a process pool's or a temporary
    folder's clean-up, among others), then stdout and stderr are flushed. Every file the tool writes
    is closed and renamed before its command returns (aktobe_facts.output, atomic) and a worker
    pool is shut down when its ``with`` ends (aktobe_facts.api). Returns, for the normal exit,
    when a thread other than this one still runs (Python would wait for it) or when a stream
    fails to flush (Python reports that itself, as it always has). Only the console entry point
    ends this way: the app that tests run in-process, and the API, never do.
    """
    import atexit
    import threading

    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is None or stream.closed:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            return
    os._exit(code)
