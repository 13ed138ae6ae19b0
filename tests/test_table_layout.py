"""The table format's own layout (aktobe_facts.report._terminal) prints what rich prints.

Rich stays the reference (tests/_rich_table.py): every test lays the same report out with rich's
console, ``Table`` and ``Panel`` and with the format's own functions, in colour and without, at
widths from a few cells to a thousand, and compares the bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.text import Text as RichText

import _rich_table
from aktobe_facts.api import check_paths
from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import Finding, Outcome, Severity, Step
from aktobe_facts.report import RenderOptions, _terminal
from aktobe_facts.report import table as table_format
from aktobe_facts.result import FileReport, Report

ROOT = Path(__file__).resolve().parents[1]
STYLES = ["", "bold", "green", "red", "yellow", "cyan", "bold red"]
# words as claims files write them, with wide (CJK), combining and spacing characters among them
_CHARS = st.sampled_from(list("ab xyz0,.;-()'\"  日本✓✗—é\u0301"))
_WORDS = st.text(_CHARS, max_size=40)
_RUNS = st.lists(st.tuples(_WORDS, st.sampled_from(STYLES)), max_size=6)
_WIDTHS = st.one_of(st.integers(-2, 30), st.integers(20, 1000))


def rich_print(text: RichText, width: int, colour: bool) -> str:
    console, buffer = _rich_table.console(width, colour)
    console.print(text)
    return buffer.getvalue()


def both(runs: list[tuple[str, str]], base: str) -> tuple[RichText, _terminal.Text]:
    theirs = RichText(style=base)
    ours = _terminal.Text(style=_terminal.style(base))
    for words, style in runs:
        theirs.append(words, style=style)
        ours.append(words, _terminal.style(style))
    return theirs, ours


@given(_RUNS, st.sampled_from(STYLES), st.integers(-1, 130), st.booleans())
def test_a_line_of_styled_runs_prints_as_rich_prints_it(
    runs: list[tuple[str, str]], base: str, width: int, colour: bool
) -> None:
    theirs, ours = both(runs, base)
    assert _terminal.print_text(ours, width, colour) == rich_print(theirs, width, colour)


def test_a_dumb_terminal_gets_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    theirs, ours = both([("✗ broken.toml: no such file", "bold red")], "")
    monkeypatch.setenv("TERM", "dumb")
    assert not _terminal.colours(True)
    assert _terminal.print_text(ours, 80, _terminal.colours(True)) == rich_print(theirs, 80, True)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert "\x1b[1;31m" in _terminal.print_text(ours, 80, _terminal.colours(True))


def same(report: Report, options: RenderOptions, drawn: _rich_table.Drawn | None = None) -> None:
    assert table_format.render(report, options) == _rich_table.render(report, options, drawn)


@pytest.fixture(scope="module")
def corpus() -> Report:
    """The seed, the corpus and the joint files with an article, one report of them all, and a
    file that cannot be read."""
    paths = [
        ROOT / "claims.toml",
        *sorted((ROOT / "tests" / "corpus").glob("*/claims.toml")),
        *sorted((ROOT / "tests" / "joint").glob("*.toml")),
        ROOT / "tests" / "corpus" / "no-such-file.toml",
    ]
    return check_paths(paths, discovered=True)


@pytest.fixture(scope="module")
def corpus_drawn() -> _rich_table.Drawn:
    """Rich's drawing of each table and panel of the corpus report, made once for the plain and
    the verbose report at each width."""
    return {}


# every width once, in colour at two of them: rich lays a report of the whole corpus out slowly
@pytest.mark.parametrize(
    ("width", "colour"), [(20, False), (33, True), (61, False), (120, False), (1000, True)]
)
def test_the_corpus_report_is_laid_out_as_rich_laid_it_out(
    corpus: Report, corpus_drawn: _rich_table.Drawn, width: int, colour: bool
) -> None:
    for verbose in (False, True):
        same(corpus, RenderOptions(width=width, color=colour, verbose=verbose), corpus_drawn)
    same(corpus, RenderOptions(width=width, color=colour, quiet=True))


_FINDINGS = st.builds(
    Finding,
    check=st.sampled_from(["shares", "no-relation", "a-very-long-check-name-that-does-not-fit"]),
    outcome=st.sampled_from(list(Outcome)),
    severity=st.sampled_from(list(Severity)),
    claims=st.lists(st.text(_CHARS, max_size=25), max_size=3).map(tuple),
    line=st.integers(1, 100_000),
    message=_WORDS,
    inputs=st.lists(st.builds(Step, _WORDS, _WORDS), max_size=3).map(tuple),
    result=st.none() | _WORDS,
    suggestion=st.none() | _WORDS,
    notes=st.lists(_WORDS, max_size=2).map(tuple),
    margin=st.none() | _WORDS,
    rounding_only=st.booleans(),
    narrowed=st.none() | _WORDS,
)
_FILES = st.builds(
    FileReport,
    path=_WORDS,
    claims=st.integers(0, 10_000),
    findings=st.lists(_FINDINGS, max_size=4),
    error=st.none() | st.builds(LoadError, _WORDS, _WORDS),
)


@given(st.lists(_FILES, min_size=1, max_size=2), _WIDTHS, st.booleans(), st.booleans())
def test_any_report_is_laid_out_as_rich_lays_it_out(
    files: list[FileReport], width: int, colour: bool, verbose: bool
) -> None:
    same(Report(files), RenderOptions(width=width, color=colour, verbose=verbose))


def test_what_the_format_measures_itself_is_one_cell_a_character_in_rich() -> None:
    narrow = [chr(c) for c in range(0x2600) if _terminal.NARROW.fullmatch(chr(c))]
    narrow += _terminal.MARKS
    assert len(narrow) > 1000
    assert {c: cell_len(c) for c in narrow} == dict.fromkeys(narrow, 1)


@pytest.mark.parametrize("lines", [None, "40"])
def test_a_dumb_terminal_is_laid_out_as_rich_lays_it_out(
    corpus: Report, monkeypatch: pytest.MonkeyPatch, lines: str | None
) -> None:
    # rich makes a dumb terminal 80 wide whatever width it is given, unless LINES is set
    monkeypatch.setenv("TERM", "dumb")
    if lines is None:
        monkeypatch.delenv("LINES", raising=False)
    else:
        monkeypatch.setenv("LINES", lines)
    assert _terminal.console_width(120, True) == (80 if lines is None else 120)
    same(corpus, RenderOptions(width=120, color=True))
