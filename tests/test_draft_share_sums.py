"""Parts given with their share of a total (:mod:`aktobe_facts.text.draftsharesum`): amounts the
draft ties to one whole by their percents are parts of it (a sum, not exhaustive), never where the
percents are ratios (of GDP, of a plan) or add up to more than the whole. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import sums

EARNINGS = (
    "Tourism earnings came to $610 million in 2031. From Japan, earnings rose to $250.1 million, "
    "contributing {p} percent to the total. From Korea they fell to $120.3 million, contributing "
    "{q} percent to the total."
)


def test_amounts_with_their_shares_of_one_total_are_its_parts() -> None:
    assert sums(EARNINGS.format(p="41", q="19.7")) == [
        ("$610 million", ["$250.1 million", "$120.3 million"], False)
    ]


def test_parts_of_one_breakdown_named_alike_are_parts() -> None:
    assert sums(
        "Sales abroad reached $800 million in 2030. Sales to Peru came to $300 million, or 37.5 "
        "percent of the total. To the UK they came to $240 million, or 30 percent of the total."
    ) == [("$800 million", ["$300 million", "$240 million"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # one part alone: its share says it already
        "Tourism earnings came to $610 million in 2031. From Japan, earnings rose to $250.1 "
        "million, contributing 41 percent to the total.",
        # shares of a plan: the revenue so far is no part of the planned revenue
        "The budget plan for 2031 set revenue at 10.5 billion euros. Tax revenue came to 5.2 "
        "billion euros, or 49.5 percent of the plan, and fees brought 1.1 billion euros, or 10.5 "
        "percent of the plan.",
        # more than the whole together: some parts lie within others
        "Exports came to $4.2 billion in 2031. Machinery made up $2.9 billion, or 69 percent of "
        "total exports, and food $1.6 billion, or 38.1 percent of total exports.",
        # one part by partner, one by product: the copper sold to Peru may be among the copper
        "Sales abroad reached $800 million in 2030. Sales to Peru came to $300 million, or 37.5 "
        "percent of the total. Copper sales were $240 million, or 30 percent of the total.",
    ],
)
def test_near_misses_draft_no_sum(text: str) -> None:
    assert sums(text) == []


@settings(max_examples=20, deadline=None)
@given(p=st.integers(min_value=1, max_value=99), q=st.integers(min_value=1, max_value=99))
def test_the_shares_of_the_parts_add_up_to_the_whole_at_most(p: int, q: int) -> None:
    found = sums(EARNINGS.format(p=p, q=q))
    assert bool(found) == (p + q <= 100)
