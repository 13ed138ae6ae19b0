"""Patterns of the draft that once split a run of characters every way (quadratic or worse in the
run, whatever follows fails) read each run once: scripts/regex_shapes.py finds no two repeats that
can match the same character with only optional items between them, and none in the old forms
is missed (each old form is flagged). No timing: the shape is read from the parse tree."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from regex_shapes import module_patterns, overlaps, pattern_of

from aktobe_facts.text import (
    draftcompare,
    draftearlier,
    draftfaster,
    draftfigurerose,
    draftgrowth,
    draftindex,
    draftorder,
    draftparts,
    draftpoints,
    draftsigns,
    draftthatchange,
    periodnames,
    suggestlisted,
)

FIXED = [
    # (the pattern now, its form before the fix)
    (periodnames._FISCAL_AFTER, r"\s*\)?\s*(?:(?:of|in)\s+)?(?:the\s+)?FY\b"),
    (draftthatchange._OR, r"\s*,?\s*or\s*"),
    (draftthatchange._PAIRED, r"\s*,?\s*or\s*"),
    (draftthatchange._BRACKET_OR, r"\s*(?:\(|,?\s*or)\s*"),
    # searched or matched over a sentence's own text, whose words may stand apart by runs of
    # spaces: a sentence of 20 words 400 spaces apart took 40 s to draft (cubic), 0.2 s now
    (draftparts._CUE, r"\s*,?\s*(?:(?:is|was)\s+)?made\s+up\s+of"),
    (suggestlisted._OPENER, r"\s*(?:\([^()]*\)\s*)?,?\s*including"),
    (draftsigns._LIST, r"\b(?:fell|rose)\s+[-+]?\s*\d+%\s*,?\s+and\s+[-+]?\s*\d+%"),
    (draftsigns._VERB, r"\b(?:fell|rose)\s+(?:by\s+)?[-+]?\s*\d+%"),
    (draftfaster._FASTER, r"\s+faster\s*,?\s*by\s*$"),
    # cubic under match on a run of newlines (k 2.9 in scripts/regex_audit.py)
    (draftindex._OR_AMOUNT, r"\s*,?\s*\(?\s*or\s+\S*\d"),
    (draftcompare._OR, r"^\s*,?\s*\(?\s*or\s*\+?\s*$"),
]


@pytest.mark.parametrize(("pattern", "before"), FIXED)
def test_a_fixed_pattern_reads_each_run_once(pattern: object, before: str) -> None:
    text_flags = pattern_of(pattern)
    assert text_flags is not None
    assert overlaps(*text_flags) == []
    assert {o.kind for o in overlaps(before)} == {"adjacent"}


@pytest.mark.parametrize(
    ("pattern", "fixed"),
    [
        # the runs around an optional comma before "while" and after the clause's period; the
        # runs left are those around words of at most 40 characters
        (draftfigurerose._AGAIN, ["adjacent: ' ' after ''", "adjacent: ' ' after 'BUT IN JAN'"]),
        (draftorder._AND_MOVED, ["adjacent: ' ' after ''", "adjacent: ' ' after 'IN '"]),
    ],
)
def test_the_runs_a_fix_parted_are_read_once(pattern: object, fixed: list[str]) -> None:
    text_flags = pattern_of(pattern)
    assert text_flags is not None
    assert not {o.describe() for o in overlaps(*text_flags)} & set(fixed)


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


def test_no_pattern_of_the_package_repeats_a_group_whose_end_and_start_overlap() -> None:
    # the exponential shape: a repeated group whose last run can match what its first run
    # matches ("(?:,?\s*§\s*)*": the spaces between k periods split 2**k ways); every module
    # pattern, so that a new one of that shape fails here (scripts/regex_audit.py measures them)
    found = {
        entry.name: [o.describe() for o in overlaps(entry.pattern, entry.flags)]
        for entry in module_patterns()
    }
    assert {name: f for name, f in found.items() if any(d.startswith("repeated") for d in f)} == {}


def test_a_repeat_of_periods_reads_each_period_as_its_own() -> None:
    # TIME reads "§ of §" as one period; a repeat of TIME could read k periods as one, or each as
    # its own, or any grouping between (2**k ways): the repeats read ONE_TIME (fuzzed equal to the
    # old forms on 30,000 strings, docs/corpus.md "Super-linear patterns, audited")
    bracketed = rf"\(\s*{draftgrowth.TIME}\s*\)"
    assert re.fullmatch(draftgrowth.TIME, "§ of §")
    assert not re.fullmatch(draftgrowth.ONE_TIME, "§ of §")
    assert re.fullmatch(draftgrowth.TIMES, "§ of §")
    assert draftgrowth.TIME not in draftgrowth.TIMES.replace(bracketed, "")
    assert draftgrowth.TIME not in draftcompare._PERIODS.replace(bracketed, "")
    assert draftgrowth.TIME not in draftpoints._TIMES


@pytest.mark.parametrize(
    ("pattern", "before"),
    [
        # each period's spaces its own (possessive), the old forms' repeats flagged
        (draftgrowth.TIMES, r"(?:,?\s*(?:§|\(\s*§\s*\))\s*)*"),
        (draftcompare._PERIODS, r"(?:,?\s*(?:§|\(\s*§\s*\))\s*)*"),
        (draftpoints._TIMES, r"(?:,?\s*§\s*)*"),
        # a digit, a dot and a comma one at a time, each token atomic: "[\d.,]+" in a repeat
        # split a run of n dots 2**n ways (22 dots took 1.6 s)
        (draftearlier._BETWEEN.pattern, r"(?:[\s,]|\b(?:in|of)\b|[\d.,]+|%|@|-)*"),
    ],
)
def test_a_fixed_repeat_reads_each_run_once(pattern: str, before: str) -> None:
    assert not [o for o in overlaps(pattern, re.IGNORECASE) if o.kind == "repeated"]
    assert "repeated" in {o.kind for o in overlaps(before)}
