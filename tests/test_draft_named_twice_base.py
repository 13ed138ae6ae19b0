"""One amount given twice under one name, across paragraphs, where one sentence names a period only
as a comparison's base (:func:`aktobe_facts.text.draftnamedtwice._same_period`): "The budget
amounts to X, compared to Y in 2030" names 2030 for Y alone, so "The new budget of X" paragraphs
on is the same figure; two bases that differ tie nothing. The sentences are written for these
tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from test_draft_rounded import equals


def _budget(first_base: str, second_tail: str) -> str:
    return (
        "The council adopted the harbour board's budget for the coming year on Monday. The "
        f"budget amounts to 812.4 million lari, compared to 760.1 million lari in {first_base}, "
        "a rise the board calls modest.\n\n"
        "Dredging will take the largest part of the money.\n\n"
        f"The new budget of 812.4 million lari{second_tail} counts fees as well as loans."
    )


def test_a_base_period_is_not_the_figure_s_own() -> None:
    assert equals(_budget("2030", "")) == [["812.4 million lari", "812.4 million lari"]]


def test_two_bases_that_differ_tie_nothing() -> None:
    assert equals(_budget("2030", ", against 700.2 million lari in 2029,")) == []


@settings(max_examples=15)
@given(st.integers(2001, 2040), st.integers(2001, 2040))
def test_bases_tie_the_figure_only_when_they_agree(first: int, second: int) -> None:
    tied = equals(_budget(str(first), f", against 700.2 million lari in {second},"))
    assert (tied != []) == (first == second)
