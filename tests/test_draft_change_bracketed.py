"""One change told both ways, the second in brackets right after the first (text/changebracket.py):
"fell by D (P) to X", "fell by D (down P to X)", "P (+D) more than", "rose by P (D) to X". The
amount, the percent and the level reached are one `change`, so a slip between them is an error;
a plain amount in brackets after a percent ("rose 5% ($1.2 billion)") may be the level or the
value compared with, and a bracket that goes on to words of its own holds another figure: nothing.
The sentences are written for these tests; the structure is the one the twentieth session found
in the open sets' misses (a tourism office's "9.21% (-8.800) less", a bank report's "fell by
GBP2.27bn (4.6%) to GBP47bn", an island's "fell by 11,600 (down 22.1% to 40,939)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

HEAD = "Ruritania in 2031\n\nZENDA, March 3, 2032 - "


def _changes(sentence: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(HEAD + sentence) if kind == "change"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bank deposits fell by £2.27 billion (4.6%) to £47 billion in the last quarter of 2031.",
            {
                "amount": "fell by £2.27 billion",
                "current": "£47 billion",
                "percent": "4.6%",
                "direction": "fall",
            },
        ),
        (
            "On the coast, guest nights fell by 11,600 (down 22.1% to 40,939) in 2031.",
            {
                "amount": "fell by 11,600",
                "current": "40,939",
                "percent": "down 22.1%",
                "direction": "fall",
            },
        ),
        (
            "The north had a decrease of some 340 guest nights (down 5.8% to 5,485) in 2031.",
            {
                "amount": "a decrease of some 340",
                "current": "5,485",
                "percent": "down 5.8%",
                "direction": "fall",
            },
        ),
        (
            "The lake received 88,115 visitors in April 2031, 9.08% (-8,800) less than in April"
            " of last year.",
            {"amount": "-8,800", "current": "88,115", "percent": "9.08%", "direction": "fall"},
        ),
        (
            "The islands welcomed 363,070 visitors in the first quarter of 2031, which is 0.82%"
            " (+2,950 visitors) more than in the first quarter of 2030.",
            {"amount": "2,950", "current": "363,070", "percent": "0.82%"},
        ),
        (
            "Household loans rose by 4.6% (£2.1 billion) to £47.8 billion in 2031.",
            {"amount": "£2.1 billion", "current": "£47.8 billion", "percent": "rose by 4.6%"},
        ),
    ],
)
def test_a_change_told_both_ways_is_one_change(sentence: str, expected: dict[str, str]) -> None:
    assert _changes(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a plain amount after a percent, no level reached after it: the level or the base
        "Household loans rose by 4.6% (£2.1 billion) in 2031.",
        # the bracket goes on to words of its own: a share of something, not the change
        "Bank deposits fell by £2.27 billion (4.6% of the total) to £47 billion in 2031.",
        # the amount is no change by its words: a level and its share
        "Bank deposits stood at £2.27 billion (4.6%) in 2031, against £47 billion of loans.",
        # the sign and the word after the bracket disagree: the editor's to settle
        "The lake received 88,115 visitors in April 2031, 9.08% (+8,800) less than in April"
        " of last year.",
        # the two disagree on the way: "fell by" against "up"
        "On the coast, guest nights fell by 11,600 (up 22.1% to 40,939) in 2031.",
    ],
)
def test_near_misses_draft_no_change(sentence: str) -> None:
    assert _changes(sentence) == []


def test_a_percent_that_does_not_fit_the_amount_fails(tmp_path: Path) -> None:
    right = HEAD + "Bank deposits fell by £2.27 billion (4.6%) to £47 billion in 2031.\n"
    wrong = HEAD + "Bank deposits fell by £2.27 billion (6.4%) to £47 billion in 2031.\n"
    assert outcomes(right, tmp_path, ("change",)) == [("change", Outcome.PASS)]
    assert outcomes(wrong, tmp_path, ("change",)) == [("change", Outcome.FAIL)]


def test_the_word_after_the_bracket_signs_the_percent(tmp_path: Path) -> None:
    # 8,800 fewer on a base of 96,915 is a fall of 9.08 percent: "less" after the bracket
    fits = HEAD + "The lake had 88,115 visitors in April 2031, 9.08% (-8,800) less than in 2030.\n"
    slip = HEAD + "The lake had 88,115 visitors in April 2031, 9.21% (-8,800) less than in 2030.\n"
    assert outcomes(fits, tmp_path, ("change",)) == [("change", Outcome.PASS)]
    assert outcomes(slip, tmp_path, ("change",)) == [("change", Outcome.FAIL)]
