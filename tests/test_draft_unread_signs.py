"""A figure whose currency sign the grammar does not read ("Shs264 billion" in an article that
names no country of the shilling, "Tk5,000" where no Bangladesh is named, "Zk5 billion") is left
unread for the editor: never a count, and never priced in another figure's currency ("$74
million (Shs264 billion)" once drafted the counterpart "$264 billion")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import UNREAD_LEFT, scan


@given(
    st.sampled_from(["Shs", "Shs ", "shs", "sh", "Tk", "Zk", "XQ$"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["million", "billion", "bn"]),
)
def test_an_amount_after_an_unread_sign_is_unread(sign: str, amount: int, scale: str) -> None:
    found = scan(f"Earnings reached $52 million ({sign}{amount} {scale}) in March.")
    assert [p.value for p in found.phrases] == ["$52 million"]
    assert [left.why for left in found.left] == [UNREAD_LEFT]


@pytest.mark.parametrize(
    "text",
    [
        "Coffee exports earned $74.2 million (Shs266.5 billion) in November, the board said.",
        "Revenue was $40.2 million, up from Shs 121 billion in the year before.",
        "Revenue came to 5.3 billion euros; its debts were Zk2.1 billion in total.",
    ],
)
def test_no_figure_takes_another_figures_currency(text: str) -> None:
    drafted = draft(text + "\n")
    values = [c.value for c in drafted.claims]
    counterparts = [p for c in drafted.claims for p in c.counterparts]
    assert not any(v and ("266.5" in v or "121" in v or "2.1" in v) for v in values + counterparts)
    assert len(drafted.unread) == 1


def test_a_sign_the_country_decides_is_the_counterpart() -> None:
    drafted = draft("Uganda's coffee earned $74.2 million (Shs266.5 billion) in November.\n")
    (claim,) = drafted.claims
    assert claim.value == "$74.2 million" and claim.counterparts == ("Shs266.5 billion",)


@pytest.mark.parametrize(
    "text", ["Buy N95 masks.", "CO2 rose.", "The A4 sheets.", "Take the M4 to Bristol."]
)
def test_letters_before_a_plain_number_are_no_sign(text: str) -> None:
    assert UNREAD_LEFT not in [left.why for left in scan(text).left]
