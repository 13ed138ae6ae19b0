"""Two levels each set against its own figure of a second pair, "respectively"
(text/draftrespectorder.py): an order for each pair, checked; nothing without "respectively". The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, ranked
from aktobe_facts.findings import Outcome
from test_draft_order import orders


@pytest.mark.parametrize(
    ("text", "op"),
    [
        (
            "Fuel levies also came in low, with diesel levies at $23 million and petrol levies at "
            "$2.1 million, both below their targets of $26 million and $2.5 million, respectively.",
            "<",
        ),
        (
            "Port dues came to $41 million and harbour fees to $9.2 million, each above the "
            "budgeted $38 million and $8 million respectively.",
            ">",
        ),
    ],
)
def test_each_level_against_its_own_figure(text: str, op: str) -> None:
    found = orders(text)
    assert len(found) == 2
    (left1, op1, right1), (left2, op2, right2) = found
    assert (op1, op2) == (op, op)
    assert right1 != right2 and left1 != left2


@pytest.mark.parametrize(
    ("second", "outcome"),
    [("$2.1 million", Outcome.PASS), ("$2.9 million", Outcome.FAIL)],
)
def test_the_pairs_are_checked(tmp_path: Path, second: str, outcome: Outcome) -> None:
    text = (
        f"Diesel levies came to $23 million and petrol levies to {second}, both below their "
        "targets of $26 million and $2.5 million, respectively."
    )
    found = [o for _, o in outcomes(text, tmp_path, ("order",))]
    assert outcome in found


@pytest.mark.parametrize(
    "text",
    [
        # no "respectively": both may be below the smaller target
        "Diesel levies came to $23 million and petrol levies to $2.1 million, both below their "
        "targets of $26 million and $2.5 million.",
        # a bound
        "Diesel levies came to more than $23 million and petrol levies to $2.1 million, both "
        "below their targets of $26 million and $2.5 million, respectively.",
        # another unit among the four
        "Diesel levies came to 23 million tonnes and petrol levies to $2.1 million, both below "
        "their targets of $26 million and $2.5 million, respectively.",
    ],
)
def test_nothing_where_the_words_do_not_pair_them(text: str) -> None:
    assert ranked(text) == []
