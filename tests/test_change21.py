"""A second reading of the twenty-first session's change (change21): wrong relations that the
session's new readers drafted from near shapes of the sentences they read, each guarded by
reason. The sentences are ours."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    "text",
    [
        # the total's list, its first part printed bare
        "Education gets 1.3 billion lari in 2031, including 887.7 million lari for salaries"
        " (650.2 million lari a year earlier) and 347.3 million lari for university staff.",
        # draftincludes' list after a pronoun for the total
        "Education gets 1.3 billion lari in 2031. That sum includes 887.7 million lari for"
        " salaries (650.2 million lari a year earlier) and 347.3 million lari for university"
        " staff.",
    ],
)
def test_a_bracket_after_a_bare_part_is_its_aside_no_part(text: str) -> None:
    assert sums(text) == [("1.3 billion lari", ["887.7 million lari", "347.3 million lari"], False)]


def test_a_part_s_earlier_value_in_brackets_makes_no_false_sum_error(tmp_path: Path) -> None:
    text = (
        "Education gets 1.3 billion lari in 2031. That sum includes 887.7 million lari for"
        " salaries (650.2 million lari a year earlier) and 347.3 million lari for university"
        " staff."
    )
    assert ("sum", Outcome.FAIL) not in outcomes(text, tmp_path, ("sum",))


def test_parts_each_printed_in_brackets_are_still_a_list() -> None:
    text = (
        "Education gets 2.1 billion lari in 2031, including spending on schools (1.2 billion"
        " lari) and hospitals (0.8 billion lari)."
    )
    assert sums(text) == [("2.1 billion lari", ["1.2 billion lari", "0.8 billion lari"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # the double digits of a scope narrower than the percent's
        "Exports kept up double-digit growth in most markets, rising 8.2 percent to $3.1 billion"
        " overall.",
        # the double digits of another time, or left behind
        "After two years of double-digit growth, exports rose 4.2 percent in 2031.",
        "Exports ended double-digit growth in March, rising 4.2 percent.",
        "Exports slowed from double-digit growth to rise 4.2 percent in March.",
        "Exports grew at a double-digit pace until March, rising 4.2 percent in April.",
    ],
)
def test_double_digit_words_of_another_scope_or_time_draft_nothing(text: str) -> None:
    assert [r for r in draft(text).relations if r.kind == "equation"] == []


def test_double_digit_words_held_by_their_verb_still_draft() -> None:
    text = "Exports notched up double-digit gains again in March, surging by 20.9 per cent."
    assert [r.kind for r in draft(text).relations] == ["equation"]


@pytest.mark.parametrize("cue", ["including", "made up of"])
def test_a_figure_set_against_the_list_is_no_part(cue: str) -> None:
    text = (
        f"Revenue came to 310 billion tenge, {cue} 240 billion tenge in taxes and 70 billion"
        " tenge in fees, against spending of 350 billion tenge."
    )
    assert [(total, parts) for total, parts, _ in sums(text)] == [
        ("310 billion tenge", ["240 billion tenge", "70 billion tenge"])
    ]
