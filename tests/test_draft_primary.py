"""A primary balance (text/draftprimary.py): the budget's balance without interest, tied to the
article's one balance of revenue and spending and its one figure of interest paid. The sentences
are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

BALANCE = (
    "From January to June the budget ran a deficit of {d} billion lari. Revenues over the six "
    "months came to {r} billion lari, while spending over the same months was {s} billion lari. "
)


def test_a_primary_deficit_is_the_deficit_less_interest() -> None:
    text = BALANCE.format(d=50, r=300, s=350) + (
        "Leaving out interest payments, the budget balance showed a deficit of 12 billion lari; "
        "the interest payments were 38 billion lari."
    )
    assert (
        "difference",
        {
            "result": "12 billion lari",
            "minuend": "50 billion lari",
            "subtrahend": "38 billion lari",
        },
    ) in relations(text)


def test_a_primary_surplus_beside_a_deficit_is_revenue_less_spending_other_than_interest() -> None:
    text = BALANCE.format(d=50, r=300, s=350) + (
        "The primary balance was in surplus by 10 billion lari. By far the biggest item of "
        "spending was interest, 60 billion lari."
    )
    (equation,) = [f for k, f in relations(text) if k == "equation"]
    ids = equation["expr"]
    assert ids.count("(") == 1 and " - (" in ids  # P = R - (S - I)


def test_a_primary_surplus_beside_a_surplus_is_their_sum() -> None:
    text = BALANCE.replace("a deficit", "a surplus").format(d=50, r=350, s=300) + (
        "Excluding interest, the surplus was 80 billion lari, and interest payments were 30 "
        "billion lari."
    )
    assert ("sum", {"total": "80 billion lari"}) in [
        (k, {"total": f["total"]}) for k, f in relations(text) if k == "sum"
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # two figures of interest: which one, the words do not say
        "Leaving out interest payments, the balance showed a deficit of 12 billion lari; interest "
        "payments were 38 billion lari, against interest payments of 30 billion lari a year ago.",
        # interest rates are no interest paid
        "Leaving out interest payments, the balance showed a deficit of 12 billion lari; the "
        "interest rate was 11 percent.",
        # no word that the figure leaves interest out
        "The balance showed a deficit of 12 billion lari; interest payments were 38 billion lari.",
    ],
)
def test_no_primary_balance_where_the_words_leave_doubt(tail: str) -> None:
    text = BALANCE.format(d=50, r=300, s=350) + tail
    kinds = [k for k, f in relations(text) if "12 billion lari" in f.values() or k == "equation"]
    assert kinds == []


@settings(max_examples=20, deadline=None)
@given(st.integers(11, 399), st.sampled_from([0, 3, -4]))
def test_the_drafted_primary_deficit_fails_exactly_when_the_figures_disagree(
    tenths: int, slip: int
) -> None:
    # figures to a tenth of a billion, each read to 0.05 either way: a slip of 0.3 breaks it
    import tempfile

    interest = tenths / 10
    text = BALANCE.format(d="47.4", r="302.6", s="350.0") + (
        "Leaving out interest payments, the budget balance showed a deficit of "
        f"{47.4 - interest + slip / 10:.1f} billion lari; the interest payments were "
        f"{interest:.1f} billion lari."
    )
    with tempfile.TemporaryDirectory() as folder:
        found = [o for c, o in outcomes(text, Path(folder), ("difference", "joint"))]
    assert (Outcome.FAIL in found) is (slip != 0)
