"""Two lists of figures set against each other (text/pairedlists.py), read a second time by
review25: a list whose items each carry their own label ("the $4.5 million target for diesel and
the $6.2 million for petrol") is a list, and so is a plural noun's list set against an X whose
fellow stands in another clause ("A, while B came to X, below the targets of C and D"). Each drafted
X below (above) the first of the other list, a false error where X pairs with the second. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from test_draft_order import orders


@pytest.mark.parametrize(
    "text",
    [
        "Diesel levies came to $4.1 million and petrol levies to $5.3 million, below the $4.5 "
        "million target for diesel and the $6.2 million for petrol.",
        "Diesel levies came to $4.1 million, while petrol levies came to $5.3 million, below the "
        "targets of $4.5 million and $6.2 million.",
        "Hotel nights came to 41,200 in May, whereas guest nights reached 53,100, above the "
        "forecasts of 40,500 and 52,800.",
    ],
)
def test_no_order_of_one_list_s_last_item_and_the_other_s_first(text: str) -> None:
    assert orders(text) == []


@pytest.mark.parametrize(
    ("text", "op"),
    [
        (
            "Petrol levies came to $5.3 million, up from $4.2 million in 2029 and $3.5 million in "
            "2028.",
            ">",
        ),
        (
            "Petrol levies came to $5.3 million, above the targets of $4.5 million and $5.2 "
            "million.",
            ">",
        ),
    ],
)
def test_a_lone_figure_against_a_list_keeps_its_order(text: str, op: str) -> None:
    assert op in [o for _, o, _ in orders(text)]
