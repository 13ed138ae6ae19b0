"""Amounts printed with no currency beside amounts in one (text/draftbare.py): written in the
paragraph's one currency, with a note, only when the words name money and nothing else prices
them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text.draft import draft


def values(text: str) -> dict[str, tuple[str | None, tuple[str, ...], str | None]]:
    """Each drafted claim's quote -> (value, counterparts, note)."""
    return {c.quote: (c.value, c.counterparts, c.note) for c in draft(text).claims}


@pytest.mark.parametrize(
    ("text", "bare", "priced"),
    [
        (
            "The budget took in revenue of PLN 118.42bn and spent PLN 131.07bn. Excise revenue "
            "came to 41.36bn, the ministry said.\n",
            "41.36bn",
            "PLN 41.36bn",
        ),
        (
            "Imports cost 63.8 billion USD over the quarter. The country ran a trade deficit of "
            "2.91 billion in the first quarter.\n",
            "2.91 billion",
            "2.91 billion USD",
        ),
        (
            "Flowers earned Sh71.4 billion in Kenya. Domestic exports fell 2.6 per cent to 611.2 "
            "billion in 2021.\n",
            "611.2 billion",
            "Sh611.2 billion",
        ),
        (
            "Revenues reached 412 trillion soums (compared to 367.3 trillion in 2023), while "
            "expenditures amounted to 455 trillion soums (398.6 trillion).\n",
            "398.6 trillion",
            "398.6 trillion soums",
        ),
        # a noun counted, but counted by a figure before it: the word of money still prices
        (
            "Receipts from 16 million visitors came to EUR 9.1 billion, and tax revenue reached "
            "2.4 billion.\n",
            "2.4 billion",
            "EUR 2.4 billion",
        ),
        # the word of money comes after the noun counted
        (
            "Tourists spent EUR 3.3 billion in 2022; visitors' spending reached 3.9 billion in "
            "2023.\n",
            "3.9 billion",
            "EUR 3.9 billion",
        ),
    ],
)
def test_a_bare_amount_takes_the_one_currency_of_its_paragraph(
    text: str, bare: str, priced: str
) -> None:
    (note,) = [c.note for c in draft(text).claims if c.value == priced]
    assert note is not None and f'printed "{bare}" with no currency' in note
    assert not [c for c in draft(text).claims if c.value == bare]


def test_a_bare_amount_converted_in_parentheses_is_a_conversion() -> None:
    text = "The amendment raised the debt limit by 24bn (EUR 5.6bn) to PLN 87.3bn (EUR 20.4bn).\n"
    claims = draft(text).claims
    raised = [c for c in claims if c.value == "PLN 24bn"]
    assert [c.counterparts for c in raised] == [("EUR 5.6bn",)]
    assert not [c for c in claims if c.value == "EUR 5.6bn"]  # no claim of its own


@pytest.mark.parametrize(
    "text",
    [
        # two currencies among the paragraph's amounts: no single one prices it
        "Exports reached $5 billion and imports 3 billion euros; the deficit was 2 billion.\n",
        # a noun it counts, or a noun it is "of" that is not money
        "The budget of PLN 500bn serves 38 million people.\n",
        "The budget of PLN 500bn serves a population of 38 million.\n",
        # no money word before it in its sentence
        "The budget came to PLN 500bn. Some 38 million voted.\n",
        # a conversion into the paragraph's own currency: not a price of its own
        "Spending came to PLN 500bn; the limit rose by 16bn (PLN 3.8bn).\n",
        # no scale word: a plain number, maybe a count
        "The budget came to PLN 500bn, and revenue to 4,300.\n",
    ],
)
def test_a_bare_number_stays_bare_unless_one_currency_prices_it(text: str) -> None:
    for value, _, note in values(text).values():
        assert note is None, value
    for value, _, _ in values(text).values():
        assert value is not None and value.lower() in text.lower()  # as printed


@given(st.sampled_from(["PLN ", "$", "EUR "]), st.integers(1, 999), st.integers(1, 999))
def test_the_priced_value_reads_as_the_number_printed(sign: str, a: int, b: int) -> None:
    text = f"Revenue came to {sign}{a}bn. The deficit came to {b}.5bn.\n"
    (priced,) = [c for c in draft(text).claims if c.note is not None]
    assert priced.value == f"{sign}{b}.5bn"


def test_a_figure_after_an_unread_code_keeps_no_currency() -> None:
    # "SD 26.0 billion": a sign of its own the grammar does not read, never the paragraph's US$
    coded = "Receipts came to USD 18.3 billion, against SD 21.4 billion in the plan.\n"
    assert [c.value for c in draft(coded).claims] == ["USD 18.3 billion", "21.4 billion"]
    bare = "Revenue came to USD 18.3 billion, and spending to 26.0 billion.\n"
    assert [c.value for c in draft(bare).claims] == ["USD 18.3 billion", "USD 26.0 billion"]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a noun counted comes after the last word of money: the figure is its level
        (
            "Hotel guests and room revenue both set records in 2019: guests rose by 4.1 percent "
            "to 2.3 million, and room revenue climbed 9 percent to EUR 610 million.\n",
            "2.3 million",
        ),
        (
            "Exports and passengers fell together; passengers dropped to 1.8 million, against "
            "exports of EUR 2.2 billion.\n",
            "1.8 million",
        ),
        (
            "Budget spending of $4.5 billion was planned, and the city's residents numbered 3.2 "
            "million at the census.\n",
            "3.2 million",
        ),
    ],
)
def test_a_bare_figure_after_a_noun_counted_is_no_amount(text: str, bare: str) -> None:
    claims = draft(text).claims
    assert bare in [c.value for c in claims]
    assert not [c for c in claims if c.note and "with no currency" in c.note]


@pytest.mark.parametrize(
    "text",
    [
        # review25: a preposition ties the noun counted to the money's noun: whose money it is
        "Room revenue came to EUR 610 million. Spending by visitors grew 7.7 percent to 16.4 "
        "million in 2019.\n",
        "Room revenue came to EUR 610 million. Receipts from foreign tourists reached 16.4 million "
        "in 2019.\n",
    ],
)
def test_a_noun_counted_after_a_preposition_leaves_the_figure_money(text: str) -> None:
    claims = draft(text).claims
    assert "EUR 16.4 million" in [c.value for c in claims]
