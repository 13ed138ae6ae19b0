"""A move "from A to B" told by a verb whose object is the figure ("will raise its spending ceiling
from A to B", "reduced its policy rate from A to B"), and A's time told as "today" or "this year"
("from A today to B in 2032"): B is above (below) A (text/draftorder._FROM, _FROM_TO).
Twenty-seventh session, open22 (heldout22's "debt to increase from 28 billion kronor today to 37
billion kronor in 2006", "raise its expenditure ceiling from 870 billion kronor in 2005 to 907
billion kronor in 2006"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import orders as _orders


@pytest.mark.parametrize(
    ("text", "order"),
    [
        (
            "Debt is expected to increase from $28 billion today to $37 billion in 2032.",
            ("$37 billion", ">", ["$28 billion"]),
        ),
        (
            "The city will raise its spending cap from $870 million in 2031 to $907 million in "
            "2032.",
            ("$907 million", ">", ["$870 million"]),
        ),
        (
            "The bank reduced its policy rate from 7.5 percent to 6.75 percent in May.",
            ("6.75 percent", "<", ["7.5 percent"]),
        ),
        (
            "The board lowered the forecast from $3.2 billion in March to $2.9 billion.",
            ("$2.9 billion", "<", ["$3.2 billion"]),
        ),
    ],
)
def test_the_moved_figure_is_ordered(text: str, order: tuple[str, str, list[str]]) -> None:
    assert _orders(text) == [order]


def test_a_sum_raised_from_people_is_no_move() -> None:
    assert not _orders("The council raised $2 million from 400 donors to 900 donors.")
