"""A count set against an earlier one with "versus" and its growth after "i.e." ("24,310 guests
versus 19,870 i.e. a 22% increase"; "31,400 seats expected versus 27,950 last winter, i.e. a 12%
increase"): "i.e." is no noun the earlier count counts (text/draft._noun), and a forecast's
participle after the count leaves it the figure compared (draftgrowth._EXPECTED), twenty-fifth
session. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    "text",
    [
        "The board listed the year's results: 24,310 guests versus 19,870 i.e. a 22% increase.",
        "The board listed the year's results: 24,310 guests against 19,870 i.e. a 22% increase.",
        "The lodge's figures: 24,310 guests expected versus 19,870 in 2022-23 i.e. a 22% rise.",
        "For next winter 24,310 guests are forecast versus 19,870 in 2023 i.e. a 22% increase.",
    ],
)
def test_the_count_after_versus_is_the_base(text: str) -> None:
    (growth,) = [fields for kind, fields in relations(text) if kind == "growth"]
    assert (growth["current"], growth.get("base")) == ("24,310", "19,870")


@pytest.mark.parametrize(("percent", "outcome"), [("22", Outcome.PASS), ("28", Outcome.FAIL)])
def test_the_growth_is_checked(tmp_path: Path, percent: str, outcome: Outcome) -> None:
    text = (
        f"The board listed the year's results: 24,310 guests versus 19,870 i.e. a {percent}% rise."
    )
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", outcome)]


@pytest.mark.parametrize(
    "text",
    [
        # another noun counted after the earlier figure: another thing
        "The board listed the year's results: 24,310 guests versus 19,870 beds i.e. a 22% increase.",
        # a plan set against: no earlier level
        "The board listed the year's results: 24,310 guests versus a target of 19,870 i.e. 22% more.",
    ],
)
def test_another_thing_or_a_plan_is_no_base(text: str) -> None:
    assert not [fields for kind, fields in relations(text) if kind == "growth"]
