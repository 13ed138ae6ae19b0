"""A rate or share that moved, in two percents (:mod:`aktobe_facts.text.draftratemoves`), and the
moves of levels widened in :mod:`aktobe_facts.text.draftorder` ("was A and fell to B", "from last
season's A"): drafted as orders the check reads, and the near misses that draft none. Every
sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from test_draft_order import orders


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of rise or fall, "to P from Q" and "from Q to P"
        (
            "Consumer inflation in the province eased to 3.4 percent in October from 4.9 percent "
            "in September.",
            ("3.4 percent", "<", ["4.9 percent"]),
        ),
        (
            "Annual growth in mortgage lending slowed to 6.2 percent in March from 19.7 percent a "
            "year earlier.",
            ("6.2 percent", "<", ["19.7 percent"]),
        ),
        (
            "The vacancy rate for offices climbed from 8.1% in 2030 to 11.6% in 2031.",
            ("11.6%", ">", ["8.1%"]),
        ),
        (
            "Growth in card payments accelerated to 14 percent in the quarter from 9 percent.",
            ("14 percent", ">", ["9 percent"]),
        ),
        # "up from" and "down from" after the later figure, its whole understood for the earlier
        (
            "Timber made up 27.5% of the region's exports, down from 31.2% a year earlier.",
            ("27.5%", "<", ["31.2%"]),
        ),
        (
            "The jobless rate among graduates stood at 9.3 percent, up from 7.8 percent in 2029.",
            ("9.3 percent", ">", ["7.8 percent"]),
        ),
        (
            "Measured in dollars the coverage was 61.4%, down from last year's 66.0%.",
            ("61.4%", "<", ["66.0%"]),
        ),
        # "last month" as the later figure's own period
        (
            "A jobless rate that fell to 6.6 percent last month from 7.9 percent a year earlier "
            "is helping revenue.",
            ("6.6 percent", "<", ["7.9 percent"]),
        ),
        # "on a yearly basis" is no change in points
        (
            "On a yearly basis, growth in rents eased to 30.7% from 37.6%.",
            ("30.7%", "<", ["37.6%"]),
        ),
        # a growth rate against the one before it
        (
            "Rents in the capital rose 8.5% in July from the same month a year ago, down from 9.1% "
            "in June.",
            ("rose 8.5%", "<", ["9.1%"]),
        ),
        (
            "The freight index climbed 0.3% last month, down from a 0.4% increase in August.",
            ("climbed 0.3%", "<", ["a 0.4% increase"]),
        ),
        # the next level of one subject after "and"
        (
            "The occupancy rate was 72.5 percent in July and dipped to 64.1 percent in August.",
            ("64.1 percent", "<", ["72.5 percent"]),
        ),
    ],
)
def test_a_rate_that_moved_is_ordered(sentence: str, expected: tuple[str, str, list[str]]) -> None:
    assert orders(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole written once, after the later figure: nothing says the earlier is of it
        "The share of wind fell from 40 percent to 32 percent of the total.",
        # the two percents are of different wholes
        "Coffee made up 12% of exports, up from 10% of imports.",
        # the change in points ties the two: its equation, no order besides
        "Unemployment fell to 4.8 percent from 5.2 percent, a drop of 0.4 percentage points.",
        # a fall against another: which fell more the words leave open
        "Exports fell 5 percent in May, down from 3 percent in April.",
        # a growth moved "to" a rate: its rate of change and the level it reached are apart
        "Prices rose 5 percent to 4.1 percent in May from 3 percent.",
        # no verb of rise or fall: the words say nothing of which is larger
        "The rate was 5.1 percent in May, from 4.9 percent in April.",
        # a bound on the earlier figure
        "The jobless rate stood at 9.3 percent, up from more than 7 percent in 2029.",
    ],
)
def test_no_order_where_the_words_leave_the_rates_apart(sentence: str) -> None:
    assert orders(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Soybean output for the first half was 2.78 million tonnes and dropped to 2.47 "
            "million tonnes in the second half.",
            ("2.47 million tonnes", "<", ["2.78 million tonnes"]),
        ),
        (
            "Barley output is seen growing to 4.45 million tonnes this season from last season's "
            "3.17 million tonnes.",
            ("4.45 million tonnes", ">", ["3.17 million tonnes"]),
        ),
    ],
)
def test_a_level_that_moved_after_and_or_from_a_possessive(
    sentence: str, expected: tuple[str, str, list[str]]
) -> None:
    assert orders(sentence) == [expected]


def test_a_new_subject_after_and_is_another_thing() -> None:
    assert (
        orders("Exports were $2.78 billion in the half and imports dropped to $2.47 billion.") == []
    )


def test_a_wrong_figure_fails_the_drafted_order(tmp_path: Path) -> None:
    text = "Consumer inflation eased to 5.4 percent in October from 4.9 percent in September."
    assert [o for _, o in outcomes(text, tmp_path, ("order",))] == [Outcome.FAIL]


@given(
    old=st.integers(min_value=1, max_value=999),
    new=st.integers(min_value=1, max_value=999),
    rise=st.booleans(),
)
def test_any_rate_move_in_the_template_is_drafted_as_written(
    old: int, new: int, rise: bool
) -> None:
    verb = "rose" if rise else "fell"
    a, b = f"{old / 10:.1f} percent", f"{new / 10:.1f} percent"
    text = f"The savings rate {verb} to {b} in 2031 from {a} in 2030."
    assert orders(text) == [(b, ">" if rise else "<", [a])]
