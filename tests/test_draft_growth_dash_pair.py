"""A growth, then after a dash or a colon the two levels it is between ("fell by 4.2 percent on the
same months of last year – 812,450 versus 848,010"): the first level is the value reached, the one
set against it the base (draftgrowth._DASH, _PAIR); "versus", "vs" and "against" after a count
are no noun it counts (text/draft._noun), twenty-fifth session. The sentences are written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    "text",
    [
        "Ferry passengers fell by 4.2 percent on the same months of last year – 812,450 versus "
        "848,010, the port said.",
        "Ferry passengers fell by 4.2 percent from the corresponding period: 812,450 against "
        "848,010.",
        "Ferry passengers fell 4.2 percent in 2023: 812,450 vs 848,010 in 2022.",
    ],
)
def test_the_pair_after_the_dash_is_the_growths_levels(text: str) -> None:
    (growth,) = [fields for kind, fields in relations(text) if kind == "growth"]
    assert (growth["current"], growth.get("base")) == ("812,450", "848,010")


@pytest.mark.parametrize(("percent", "outcome"), [("4.2", Outcome.PASS), ("5.5", Outcome.FAIL)])
def test_the_growth_is_checked(tmp_path: Path, percent: str, outcome: Outcome) -> None:
    text = (
        f"Ferry passengers fell by {percent} percent on the same months of last year – 812,450 "
        "versus 848,010."
    )
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", outcome)]


@pytest.mark.parametrize(
    "text",
    [
        # another noun counted by the second figure
        "Ferry passengers fell by 4.2 percent on the year – 812,450 versus 848,010 cars.",
        # a plan set against the first, no earlier level
        "Ferry passengers fell by 4.2 percent on the year – 812,450 against a target of 848,010.",
        # the pair is joined by "and": two levels of the same time, no comparison
        "Ferry passengers fell by 4.2 percent on the year – 812,450 and 848,010.",
    ],
)
def test_another_thing_a_plan_or_a_list_is_no_pair(text: str) -> None:
    assert not [
        fields
        for kind, fields in relations(text)
        if kind == "growth" and fields.get("base") == "848,010"
    ]
