"""Patterns of the draft that once split a run of characters every way (quadratic or worse in the
run, whatever follows fails) read each run once: scripts/regex_shapes.py finds no two repeats that
can match the same character with only optional items between them, and none in the old forms
is missed (each old form is flagged). No timing: the shape is read from the parse tree."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from regex_audit import literals
from regex_shapes import leading_runs, module_patterns, overlaps, pattern_of

from aktobe_facts.text import (
    draftcomparative,
    draftcompare,
    draftearlier,
    draftfaster,
    draftfigurerose,
    draftgreatest,
    draftgrowth,
    draftindex,
    draftlargest,
    draftorder,
    draftparts,
    draftpoints,
    draftroles,
    draftsigns,
    draftthatchange,
    figuretime,
    periodnames,
    phrases,
    sentences,
    suggestcoincide,
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


# Twenty-fourth session: the quadratic shapes the draft meets on an article's own text (runs of
# white space after a figure or between words, as a pasted table or a justified line has them);
# each now reads a run once and finds what its old form found (the property test below). How the
# package calls each: "match" from a position (after a figure), "search" from a figure's end
# (never after white space), "finditer" over the whole text.
_COMMA = (r"\s*+(?:,\s*+)?", r"\s*,?\s*")  # (the form now, the old form)


def _was(pattern: re.Pattern[str], now: str, old: str, how: str) -> tuple[object, str, str]:
    """The pattern, its old form (its form ``now`` written ``old``) and how the package calls it."""
    assert now in pattern.pattern
    return pattern, pattern.pattern.replace(now, old), how


FIXED24 = [
    # matched after every figure: "1.2 billion , a year earlier" (two runs split each other)
    _was(suggestcoincide._EARLIER_AFTER, *_COMMA, "match"),
    # matched after every ordinal: "the 3rd - largest"
    _was(phrases._RANKED, r"\s*+(?:[-‐]\s*+)?", r"\s*[-‐]?\s*", "match"),
    # searched from each figure's end to the next figure: a run is entered at its start only
    _was(draftparts._CUE, r"(?<!\s)", "", "search"),
    # a sentence's end, found over the whole text: a line break's run entered at its start only
    _was(sentences._BOUNDARY, r"(?<!\s)\s*\n", r"\s*\n", "finditer"),
    # matched on the words between two figures: "in June 2022 , compared to"
    _was(draftcomparative._COMPARED, r"(?:\s*+,)?\s++", r"\s*,?\s+", "match"),
    # matched after a percent: "12% more , reaching"
    _was(draftgrowth._REACHING, *_COMMA, "match"),
    # after a list's figure: "A and B , respectively"; the links between a list's figures
    _was(figuretime._RESPECTIVELY, *_COMMA, "match"),
    _was(figuretime._LIST_LINK, r"[\s,]*+(?:and\b[\s,]*+)?", r"[\s,]*(?:and\b)?[\s,]*", "match"),
    # searched over a figure's sentence before it: "3 percent , or"
    _was(draftroles._PERCENT_OR, *_COMMA, "search"),
    # matched after a ranked percent: "24% on last year , while"; searched over a superlative's
    # words to its percent: "had the highest rise  , "; a ranked list's member's end (change24)
    _was(
        draftgreatest._BASE.compiled,
        r"\s*+(?:(?:(?:on|over|from)\s+(?:the\s+)?(?:last|previous|a)\s+year|year-on-year|"
        r"y-o-y|yoy)\s*+)?(?:,\s*+)?",
        r"\s*(?:(?:on|over|from)\s+(?:the\s+)?(?:last|previous|a)\s+year|year-on-year|"
        r"y-o-y|yoy)?\s*,?\s*",
        "match",
    ),
    _was(
        draftgreatest._TOP.compiled,
        r"(?:\s*+,\s*|\s++(?:of|at|with)\s+)$",
        r"\s*(?:,\s*|\s+of\s+|\s+at\s+|\s+with\s+)$",
        "search",
    ),
    _was(draftlargest._LINK, r"\s*+(?:,", r"\s*(?:,", "match"),
    # twenty-fifth session: between a ranked list's members' percents, after the last, and the
    # last's words to its clause's end (draftgreatest)
    _was(
        draftgreatest._JOIN,
        r"^\s*+(?:,\s*+(?:and\s+)?|and\s+)$",
        r"^\s*(?:,\s*(?:and\s+)?|\s*and\s+)$",
        "match",
    ),
    _was(draftgreatest._RESPECTIVELY, *_COMMA, "match"),
    _was(
        draftgreatest._TAIL.compiled,
        r"\s*+(?:(?:year-on-year|y-o-y|yoy|on\s+(?:the\s+)?(?:last|previous|a)\s+year|from\s+a\s+"
        r"year\s+(?:earlier|ago))\s*+)?(?:[.;]\s*+)?",
        r"\s*(?:(?:year-on-year|y-o-y|yoy|on\s+(?:the\s+)?(?:last|previous|a)\s+year|from\s+a\s+"
        r"year\s+(?:earlier|ago))\s*)?[.;]?\s*",
        "match",
    ),
]
FIXED24_IDS = [
    "_EARLIER_AFTER", "_RANKED", "_CUE", "_BOUNDARY", "_COMPARED", "_REACHING", "_RESPECTIVELY",
    "_LIST_LINK", "_PERCENT_OR", "greatest._BASE", "greatest._TOP", "largest._LINK",
    "greatest._JOIN", "greatest._RESPECTIVELY", "greatest._TAIL",
]  # fmt: skip
"""The tests' ids, by name: never a pattern's text, which a pattern built from a set has in the
order a process's hash seed gives (two test workers would collect two tests)."""
_PIECES = [" ", "  ", "\n", "\t", "\u00a0", ",", ".", "-", "‐", "(", ")", "a", "x", "1", "§", "A"]


@pytest.mark.parametrize(("pattern", "before", "how"), FIXED24, ids=FIXED24_IDS)
def test_a_pattern_fixed_in_the_twenty_fourth_session_reads_each_run_once(
    pattern: re.Pattern[str], before: str, how: str
) -> None:
    # matched at a position: no two runs split one run (scripts/regex_shapes.overlaps); searched:
    # besides, no run a search enters from each of its characters (leading_runs)
    assert before != pattern.pattern
    assert overlaps(pattern.pattern, pattern.flags) == []
    shapes = {o.kind for o in overlaps(before, pattern.flags)}
    if how != "match":
        assert " " not in leading_runs(pattern.pattern, pattern.flags)
        shapes |= {"leading"} if " " in leading_runs(before, pattern.flags) else set()
    assert shapes  # the old form had one


@pytest.mark.parametrize(
    ("pattern", "runs"),
    [
        (r"\s*\n\s*", [" "]),
        (r"(?<!\s)\s*\n\s*", []),  # a lookbehind refusing the run's characters
        (r"(?<=[.!?])[”)]?\s+(?=[A-Z])", []),  # only after a stop or a bracket: no space
        (r"(?<=[.!? ])\s+x", [" "]),  # a space may stand before
        (r"(?:,\s*)?\s+x", [" "]),  # after optional items
        (r"[,(]\s*x", []),  # after a character: a search enters the run once
        (r"\d+%", ["0"]),
    ],
)
def test_the_runs_a_search_enters_anywhere_are_found(pattern: str, runs: list[str]) -> None:
    assert leading_runs(pattern) == runs


def _matches(pattern: re.Pattern[str], text: str, how: str) -> list[object]:
    """What the package asks of the pattern, span and groups: ``match`` and ``fullmatch`` from
    every position; ``search`` from every position that follows no white space; ``finditer``
    over the whole text."""
    if how == "finditer":
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]
    found: list[object] = []
    for pos in range(len(text) + 1):
        if how == "match":
            methods = [pattern.match, pattern.fullmatch]
        elif pos == 0 or not text[pos - 1].isspace():
            methods = [pattern.search]
        else:
            continue
        for method in methods:
            m = method(text, pos)
            found.append(None if m is None else (m.span(), m.groups()))
    return found


@pytest.mark.parametrize(("pattern", "before", "how"), FIXED24, ids=FIXED24_IDS)
@settings(max_examples=200)
@given(data=st.data())
def test_a_rewritten_pattern_matches_what_its_old_form_matched(
    pattern: re.Pattern[str], before: str, how: str, data: st.DataObject
) -> None:
    # strings the old form matches whole, among the pattern's own words (each also in capitals),
    # runs of white space, commas, dashes and brackets: every way the old form could split a
    # run is met, and what follows a match varies
    old = re.compile(before, pattern.flags)
    words = literals(before, pattern.flags)
    pieces = st.sampled_from(_PIECES + words + [w.upper() for w in words])
    matched = st.from_regex(old, fullmatch=True)
    text = data.draw(st.lists(st.one_of(pieces, matched), max_size=8).map("".join))
    assert _matches(pattern, text, how) == _matches(old, text, how)
