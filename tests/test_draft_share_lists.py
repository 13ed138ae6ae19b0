"""Lists of shares of one whole beyond the first forms (tests/test_draft_structures.py): a whole
named with a word or two before its noun ("of industrial output"), and parts named after their
percents with one particle ("P1 of W came from A, P2 from B and P3 from C"). The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from test_draft_structures import groups


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Some 62.5 percent of industrial output came from the mining sector, 31.2 percent "
            "from manufacturing, 5.5 percent from utilities and 0.8 percent from water supply.",
            ["some 62.5 percent", "31.2 percent", "5.5 percent", "0.8 percent"],
        ),
        (
            "About 40 percent of coffee exports went to Germany, 25 percent to Italy and 10 "
            "percent to Japan.",
            ["about 40 percent", "25 percent", "10 percent"],
        ),
        (
            "Mining accounted for 62.5 percent of industrial output, manufacturing for 31.2 "
            "percent and utilities for 5.5 percent.",
            ["62.5 percent", "31.2 percent", "5.5 percent"],
        ),
    ],
)
def test_a_list_of_shares_of_one_whole_is_one_group(text: str, values: list[str]) -> None:
    assert groups(text) == [values]


@pytest.mark.parametrize(
    "text",
    [
        # each its own whole
        "About 40 percent of exports went to China and 25 percent of imports came from Russia.",
        # a share of a part, not of the whole
        "About 40 percent of exports went to China, 25 percent of the rest to Russia and 10 "
        "percent to Turkey.",
        # another clause with a verb of its own
        "About 40 percent of exports went to China, while 25 percent came from Russia.",
        # the particles differ: not one list
        "About 40 percent of exports went to China, 25 percent in March and 10 percent to Turkey.",
    ],
)
def test_percents_named_after_that_make_no_one_list_are_no_group(text: str) -> None:
    assert groups(text) == []


def test_a_listed_group_past_a_hundred_percent_fails(tmp_path: Path) -> None:
    text = (
        "Some 62.5 percent of industrial output came from mining, 41.2 percent from "
        "manufacturing and 5.5 percent from utilities."
    )
    assert [o for _, o in outcomes(text, tmp_path, ("shares",))] == [Outcome.FAIL]


@pytest.mark.parametrize("cue", ["against", "versus", "vs"])
def test_a_share_compared_with_its_level_a_year_before_is_no_list(cue: str) -> None:
    # the same share at two times, never two parts of one whole (a false 'shares' error at 125.7)
    text = f"Unsold stocks came to 74.4 percent of monthly output {cue} 51.3 percent a year ago."
    assert groups(text) == []
