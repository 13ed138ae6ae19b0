"""Patterns of the draft that once split a run of characters every way (quadratic or worse in the
run, whatever follows fails) read each run once: scripts/regex_shapes.py finds no two repeats that
can match the same character with only optional items between them, and none in the old forms
is missed (each old form is flagged). No timing: the shape is read from the parse tree."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from regex_shapes import overlaps, pattern_of

from aktobe_facts.text import draftthatchange, periodnames

FIXED = [
    # (the pattern now, its form before the fix)
    (periodnames._FISCAL_AFTER, r"\s*\)?\s*(?:(?:of|in)\s+)?(?:the\s+)?FY\b"),
    (draftthatchange._OR, r"\s*,?\s*or\s*"),
    (draftthatchange._PAIRED, r"\s*,?\s*or\s*"),
    (draftthatchange._BRACKET_OR, r"\s*(?:\(|,?\s*or)\s*"),
]


@pytest.mark.parametrize(("pattern", "before"), FIXED)
def test_a_fixed_pattern_reads_each_run_once(pattern: object, before: str) -> None:
    text_flags = pattern_of(pattern)
    assert text_flags is not None
    assert overlaps(*text_flags) == []
    assert [o.kind for o in overlaps(before)] == ["adjacent"]


@pytest.mark.parametrize(
    ("pattern", "kind"),
    [
        (r"\s*,?\s*", "adjacent"),
        (r"\d+\s*\d+", "adjacent"),
        (r"(?:\d+,?)+%", "repeated"),
        (r"(?:\w+\s?)*x", "repeated"),
    ],
)
def test_the_shapes_that_split_a_run_are_found(pattern: str, kind: str) -> None:
    assert kind in {o.kind for o in overlaps(pattern)}


@pytest.mark.parametrize(
    "pattern",
    [
        r"\s*+,?\s*",  # possessive: gives nothing back
        r"(?>\s*),?\s*",  # atomic
        r"\s*(?:,\s*)?or",  # the comma parts the runs
        r"\d+(?:,\d{3})*",  # a group's start (",") is no digit
        r"\s{0,3}\s*",  # a bounded repeat is no run
        r"[a-z]+\s+[a-z]+",  # letters and spaces do not overlap
    ],
)
def test_shapes_that_read_each_run_once_are_not_flagged(pattern: str) -> None:
    assert overlaps(pattern) == []
