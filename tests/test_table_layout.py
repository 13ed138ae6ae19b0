"""The table format's own layout (aktobe_facts.report._terminal) prints what rich prints.

Rich stays the reference: every test lays the same text out with rich's console and with the
format's functions, in colour and without, and compares the bytes.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text as RichText

from aktobe_facts.report import _terminal

STYLES = ["", "bold", "green", "red", "yellow", "cyan", "bold red"]
# words as claims files write them, with wide (CJK), combining and spacing characters among them
_CHARS = st.sampled_from(list("ab xyz0,.;-()'\"  日本✓✗—é\u0301"))
_RUNS = st.lists(st.tuples(st.text(_CHARS, max_size=40), st.sampled_from(STYLES)), max_size=6)


def rich_print(text: RichText, width: int, colour: bool) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=colour,
        no_color=not colour,
        highlight=False,
        emoji=False,
    )
    console.print(text)
    return buffer.getvalue()


def both(runs: list[tuple[str, str]], base: str) -> tuple[RichText, _terminal.Text]:
    theirs = RichText(style=base)
    ours = _terminal.Text(style=_terminal.style(base))
    for words, style in runs:
        theirs.append(words, style=style)
        ours.append(words, _terminal.style(style))
    return theirs, ours


@given(_RUNS, st.sampled_from(STYLES), st.integers(1, 130), st.booleans())
def test_a_line_of_styled_runs_prints_as_rich_prints_it(
    runs: list[tuple[str, str]], base: str, width: int, colour: bool
) -> None:
    theirs, ours = both(runs, base)
    assert _terminal.print_text(ours, width, colour) == rich_print(theirs, width, colour)


@pytest.mark.parametrize("width", [20, 40, 120])
def test_the_summary_line_wraps_and_colours_as_rich_did(width: int) -> None:
    runs = [
        ("1 file(s), 27 claims, 15 relations: ", ""),
        ("11 passed", "green"),
        (", ", ""),
        ("3 failed", "red"),
        ("; 7 claim(s) in no relation", "cyan"),
        (" — exit 1 (fail level: error)", ""),
    ]
    theirs, ours = both(runs, "")
    for colour in (False, True):
        assert _terminal.print_text(ours, width, colour) == rich_print(theirs, width, colour)


def test_a_dumb_terminal_gets_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    theirs, ours = both([("✗ broken.toml: no such file", "bold red")], "")
    monkeypatch.setenv("TERM", "dumb")
    assert not _terminal.colours(True)
    assert _terminal.print_text(ours, 80, _terminal.colours(True)) == rich_print(theirs, 80, True)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert "\x1b[1;31m" in _terminal.print_text(ours, 80, _terminal.colours(True))
