"""A growth told again in a later sentence without its level
(:mod:`aktobe_facts.text.draftgrowthagain`): an ``equal`` only when the later percent's words name
the earlier growth's flow, the values and signs are one, and nothing names another period, base
or basis. Every article here is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import equals

LEAD = "Ruritania published its trade figures for the third quarter of 2031 on Monday."


def body(*sentences: str) -> str:
    return "Trade of Ruritania\n\n" + " ".join((LEAD, *sentences))


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        # the percent's own words name the flow: "and imports up 4.1%"
        (
            body(
                "Timber exports fell by 12.7 percent to 41.3 million euros in the quarter.",
                "Imports of machinery increased by 4.1 percent to 88.2 million euros.",
                "With timber exports down 12.7 percent and imports up 4.1 percent, the gap "
                "widened.",
            ),
            [
                ["fell by 12.7 percent", "down 12.7 percent"],
                ["increased by 4.1 percent", "up 4.1 percent"],
            ],
        ),
        # a list closed by "respectively": the flows named before it, in their order
        (
            body(
                "Timber exports rose by 8.3 percent to 41.3 million euros in the quarter.",
                "Imports of machinery increased by 11.2 percent to 88.2 million euros.",
                "As imports grew faster than timber exports, 11.2 percent and 8.3 percent "
                "respectively, the gap widened.",
            ),
            [
                ["increased by 11.2 percent", "11.2 percent"],
                ["rose by 8.3 percent", "8.3 percent"],
            ],
        ),
    ],
)
def test_a_growth_told_again_without_its_level(text: str, tied: list[list[str]]) -> None:
    # before: nothing tied the later percent, which has no level of its own (fifteenth session)
    assert sorted(equals(text)) == sorted(tied)


@pytest.mark.parametrize(
    "text",
    [
        # another flow's words: "cotton exports" name no word of the timber growth
        body(
            "Timber exports fell by 12.7 percent to 41.3 million euros in the quarter.",
            "With cotton exports down 12.7 percent, the gap widened.",
        ),
        # the sign differs: a fall is no rise told again
        body(
            "Timber exports fell by 12.7 percent to 41.3 million euros in the quarter.",
            "With timber exports up 12.7 percent in the half, the gap narrowed.",
        ),
        # another value (a slip or another figure: the editor's call)
        body(
            "Timber exports fell by 12.7 percent to 41.3 million euros in the quarter.",
            "With timber exports down 12.9 percent, the gap widened.",
        ),
        # another base: the later percent is on the quarter before
        body(
            "Timber exports fell by 12.7 percent to 41.3 million euros in the quarter.",
            "On a quarterly basis, timber exports were down 12.7 percent.",
        ),
        # two earlier growths of that flow and value: which one is told again is not certain
        body(
            "Timber exports fell by 12.7 percent to 41.3 million euros in the quarter.",
            "Timber exports to Arcadia fell by 12.7 percent to 9.1 million euros.",
            "With timber exports down 12.7 percent, the gap widened.",
        ),
        # a percent with words of no flow ("the ratio"), though the value is one
        body(
            "Timber exports fell by 12.7 percent to 41.3 million euros in the quarter.",
            "The ratio of timber to all goods was down 12.7 percent.",
        ),
        # a list whose flows do not match its percents one to one
        body(
            "Timber exports rose by 8.3 percent to 41.3 million euros in the quarter.",
            "As imports grew faster, 11.2 percent and 8.3 percent respectively, the gap widened.",
        ),
    ],
)
def test_near_misses_tie_nothing(text: str) -> None:
    assert [t for t in equals(text) if "12.7" in " ".join(t) or "8.3" in " ".join(t)] == []


@given(st.decimals(min_value="0.1", max_value="99.9", places=1), st.booleans())
def test_only_the_printed_value_and_sign_tie(value: object, same: bool) -> None:
    # the later percent is tied exactly when it prints the earlier growth's value
    later = value if same else f"{float(str(value)) + 0.2:.1f}"
    text = body(
        f"Timber exports fell by {value} percent to 41.3 million euros in the quarter.",
        f"With timber exports down {later} percent, the gap widened.",
    )
    tied = [["fell by", "down"] for t in equals(text) if t[0].startswith("fell by")]
    assert len(tied) == (1 if same else 0)


def test_a_headline_growth_is_left_to_the_headline_rule() -> None:
    # near miss (the draft bank's): two body growths could be the headline's "up 25 percent",
    # so neither is tied to it, and the later one is no growth of the body told again
    text = "Wool sales up 25 percent\n\nWool sales rose 25 percent in May and 25.4 percent in June."
    assert equals(text) == []
