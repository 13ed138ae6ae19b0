"""Output formats: one module per format, each with ``render(report, options) -> str``.

Adding a format means adding a module and one line in :data:`FORMAT_MODULES`. The module names
itself (``NAME``) and says whether it shows the inputs of passes (``PASS_INPUTS``: "always",
"verbose" or "never"), the words of passes (``PASS_WORDS``) and the inputs of problems
(``PROBLEM_INPUTS``); tests render every format with and without them to hold it to what it says.
"""

from __future__ import annotations

from typing import Protocol

from msgspec import Struct

from aktobe_facts.result import Report


class RenderOptions(Struct, frozen=True):
    width: int = 100
    color: bool = False
    verbose: bool = False
    quiet: bool = False


class Formatter(Protocol):
    NAME: str
    PASS_INPUTS: str
    """Whether the format shows the inputs of passes: "always", "verbose" (with --verbose) or
    "never". A run whose formats show none leaves them out (faster: see ``api.check_paths``)."""
    FINDINGS: str
    """Whether it shows any finding itself, not only the summary and the unusable files:
    "always" or "unless-quiet" (see :func:`shows_findings`)."""
    PASS_WORDS: str
    """Whether it shows the words of passes: "always", "verbose", "unless-quiet" or "never" (see
    :func:`shows_pass_words`)."""
    PROBLEM_INPUTS: str
    """Whether it shows the inputs of fails and undetermined tests: "always", "unless-quiet" or
    "never" (see :func:`shows_problem_inputs`)."""

    def render(self, report: Report, options: RenderOptions) -> str: ...


def shows_pass_inputs(formatter: Formatter, options: RenderOptions) -> bool:
    """True when ``formatter`` shows the inputs of passes under ``options``."""
    return formatter.PASS_INPUTS == "always" or (
        formatter.PASS_INPUTS == "verbose" and options.verbose
    )


def shows_pass_words(formatter: Formatter, options: RenderOptions) -> bool:
    """True when ``formatter`` shows the words of passes (message, result, notes) under
    ``options``: its ``PASS_WORDS`` is "always", "verbose" (with --verbose), "unless-quiet"
    (without --quiet) or "never". A run whose formats show none makes passes without them (see
    ``api.check_document``)."""
    shows = formatter.PASS_WORDS
    return (
        shows == "always"
        or (shows == "verbose" and options.verbose)
        or (shows == "unless-quiet" and not options.quiet)
    )


def shows_problem_inputs(formatter: Formatter, options: RenderOptions) -> bool:
    """True when ``formatter`` shows the inputs of problems under ``options`` (its
    ``PROBLEM_INPUTS``: "always", "unless-quiet" or "never"). A run whose formats show none leaves
    them out: their text is never made, nor sent back from worker processes."""
    shows = formatter.PROBLEM_INPUTS
    return shows == "always" or (shows == "unless-quiet" and not options.quiet)


def shows_findings(formatter: Formatter, options: RenderOptions) -> bool:
    """True when ``formatter`` shows findings under ``options`` (its ``FINDINGS``: "always" or
    "unless-quiet"). A run whose formats show none counts each file's findings where they are made
    and keeps only the counts (``api.check_paths``, ``keep_findings``)."""
    return formatter.FINDINGS == "always" or not options.quiet


FORMAT_MODULES: dict[str, str] = {
    "table": "aktobe_facts.report.table",
    "json": "aktobe_facts.report.json_format",
    "line": "aktobe_facts.report.line",
    "github": "aktobe_facts.report.github",
    "sarif": "aktobe_facts.report.sarif",
    "markdown": "aktobe_facts.report.markdown",
    "html": "aktobe_facts.report.html",
}
FORMAT_NAMES = tuple(FORMAT_MODULES)


def get_format(name: str) -> Formatter:
    """One format's module, imported only when it is used (start-up stays fast)."""
    import importlib

    if name not in FORMAT_MODULES:
        raise KeyError(f"unknown format '{name}'; choose one of: {', '.join(FORMAT_NAMES)}")
    module: Formatter = importlib.import_module(FORMAT_MODULES[name])
    return module


def formats() -> dict[str, Formatter]:
    """Every format by name (imports them all)."""
    return {name: get_format(name) for name in FORMAT_NAMES}
