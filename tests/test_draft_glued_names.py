"""Digits glued to a name's capitals ("the EU27", "G20", "COVID19") are no figure
(text/numbernames.py): no claim, an [[ignore]] entry; a currency sign glued to its amount
("TND8628 million", "K32.1 billion") and a quarter or fiscal year ("Q1", "FY19") are read as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.units import CLDR_PREFIXES, lookup_unit
from aktobe_facts.text.draft import draft


@given(
    st.text(alphabet="ABCDEGJMNOPRSTUVWXZ", min_size=1, max_size=4).filter(
        # no currency's code, nor a sign the CLDR gives one currency and the grammar reads
        # everywhere ("RM1" is one ringgit)
        lambda s: not s.startswith("FY") and lookup_unit(s) is None and s not in CLDR_PREFIXES
    ),
    st.integers(1, 999),
)
def test_digits_glued_to_capitals_are_a_name(letters: str, digits: int) -> None:
    text = f"Trade with countries outside the {letters}{digits} came to 3.798 billion euros."
    found = draft(text)
    assert [c.value for c in found.claims] == ["3.798 billion euros"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deficit was near TND8628 million in 2017.", "near TND8628 million"),
        ("The budget gave PGK30m to the games.", "PGK30m"),
        ("Rwanda's tea earned Rwf53bn in May.", "Rwf53bn"),
        ("Exports rose 5 percent in Q1 2023 to $2 billion.", "$2 billion"),
    ],
)
def test_a_sign_or_a_period_glued_to_digits_is_read_as_before(text: str, value: str) -> None:
    assert value in [c.value for c in draft(text).claims]


@given(
    st.sampled_from(["Naija", "Daily", "Metro", "info"]),
    st.integers(1, 999),
    st.sampled_from(["news", "tv", "Online"]),
)
def test_digits_between_the_letters_of_one_word_are_a_name(
    head: str, digits: int, tail: str
) -> None:
    # an outlet's name ("Naija247news") carries digits inside its word: no figure
    text = f"{head}{digits}{tail} says trade came to 3.798 billion euros."
    found = draft(text)
    assert [c.value for c in found.claims] == ["3.798 billion euros"]
    assert not found.unread


@given(
    st.integers(1, 99),
    st.text(alphabet="ACDEFGHJLNPQRSUVWXYZ", min_size=1, max_size=2).filter(
        lambda s: lookup_unit(s) is None
    ),
)
def test_capitals_glued_after_digits_are_a_name(digits: int, letters: str) -> None:
    # "5G chips", "3D printers": a name's digits, listed as no figure, never unread
    text = f"Orders for {digits}{letters} chips came to 3.798 billion euros."
    found = draft(text)
    assert [c.value for c in found.claims] == ["3.798 billion euros"]
    assert not found.unread


def test_a_lone_scale_letter_after_digits_stays_unread() -> None:
    # "4K" may be four thousand: left for the editor, as before
    assert draft("Orders for 4K screens came to 3.798 billion euros.").unread


def test_capitals_a_scale_reads_glued_to_a_name_s_digits_are_the_name() -> None:
    # "1CR" was read as one crore ("cr"); a money scale's capitals stay a figure, and so does a
    # figure with its currency
    text = "Orders for 1CR chips came to 3.798 billion euros."
    assert [c.value for c in draft(text).claims] == ["3.798 billion euros"]
    assert [c.value for c in draft("Sales hit $5BN in 2031.").claims] == ["$5BN"]
    assert [c.value for c in draft("Revenue was Rs 50CR in 2031.").claims] == ["Rs 50CR"]


@pytest.mark.parametrize("pair", ["B2B", "P2P", "B2C", "G2G"])
def test_one_capital_one_digit_one_capital_is_a_name(pair: str) -> None:
    # where Thailand is named "B" is the baht's sign, yet "B2B" is no two baht nor two billion
    text = f"Thailand's exports came to 450 million baht in 2031, and the {pair} trade grew."
    assert [c.value for c in draft(text).claims] == ["450 million baht"]


@pytest.mark.parametrize("glued", ["190bp", "+110bp", "45bps"])
def test_basis_points_glued_to_their_number_are_read_as_when_spaced(glued: str) -> None:
    # "up 190bp" as "up 110 bps": the number read, never left unread for the editor
    found = draft(f"The gross margin was 79.4 percent, {glued} on a year before.")
    assert not found.unread
    spaced = draft(
        f"The gross margin was 79.4 percent, {glued.replace('bp', ' bp')} on a year before."
    )
    assert len(found.claims) == len(spaced.claims)


@pytest.mark.parametrize("glued", ["3.7p", "4.10p", "50p"])
def test_pence_glued_to_a_price_sized_number_are_read(glued: str) -> None:
    # "an interim dividend of 3.7p, up from 3.5p": the number read, never left unread
    found = draft(f"The board declared an interim dividend of {glued}, up from 3.5p in 2030.")
    assert not found.unread


def test_a_p_glued_to_a_number_of_thousands_stays_unread() -> None:
    # the near miss: "1080p" is a screen's lines, no price in pence
    assert draft("Orders for 1080p screens came to 3.798 billion euros.").unread
