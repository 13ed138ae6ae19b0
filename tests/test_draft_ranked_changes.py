"""A ranked list after "followed by" whose first member is a rise ("added most ..., with an
increase of X followed by B on Y and C on Z", "A led with a growth of X followed by B on Y"):
each figure is not below any after it (text/draftlargest.py, twenty-fourth session). Every sentence
here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, ranked
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    ("text", "top"),
    [
        (
            "Once more it was Danes who added most in June, with an increase of 1,412 followed by "
            "Sweden on 305 and Norway on 88.",
            "an increase of 1,412",
        ),
        (
            "Denmark also added the most guests in the calendar year since January, with growth of "
            "1,412 guests followed by Sweden on 305 and Norway on 88.",
            "growth of 1,412",
        ),
        (
            "In the fiscal year to June, Denmark led with a growth of 1,412 followed by Sweden on "
            "305 and Norway on 88.",
            "a growth of 1,412",
        ),
        (
            "Denmark led with 1,412 guests, followed by Sweden on 305 and Norway on 88.",
            "1,412",
        ),
    ],
)
def test_a_list_ranked_after_its_rise_or_its_lead(text: str, top: str) -> None:
    assert ranked(text) == [(top, ["305", "88"]), ("305", ["88"])]


@pytest.mark.parametrize(("third", "outcome"), [("88", Outcome.PASS), ("388", Outcome.FAIL)])
def test_the_ranked_rises_are_checked(tmp_path: Path, third: str, outcome: Outcome) -> None:
    text = (
        "In the fiscal year to June, Denmark led with a growth of 1,412 followed by Sweden on 305 "
        f"and Norway on {third}."
    )
    found = [o for _, o in outcomes(text, tmp_path, ("order",))]
    assert found and (outcome in found) and (outcome == Outcome.FAIL or set(found) == {outcome})


@pytest.mark.parametrize(
    "text",
    [
        # a fall first: which way the list runs, the words do not say
        "In the fiscal year to June, Denmark led with a fall of 1,412 followed by Sweden on 305.",
        # a rise of money against bare counts: two measures
        "In the fiscal year to June, Denmark led with a growth of $1,412 followed by Sweden on 305.",
        # a member's own words after its figure: a level, another period (change24)
        "Denmark led with a growth of 1,412, followed by Sweden on 3,050 visitors in total and"
        " Norway on 88.",
        "Denmark led with a growth of 12% followed by Sweden on 30% over five years and Norway on"
        " 8%.",
    ],
)
def test_no_ranking_where_the_words_leave_a_doubt(text: str) -> None:
    assert ranked(text) == []
