"""A second reading of the twenty-first session's change (change21): wrong relations that the
session's new readers drafted from near shapes of the sentences they read, each guarded by
reason. The sentences are ours."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome


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
