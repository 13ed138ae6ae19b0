"""Two products of one flow are siblings, never whole and part, whichever drafting rule pairs them:
"lower crude oil exports, down to A, and lower liquefied natural gas (LNG) exports, down to B"
(a product's short name in brackets ended the words the role reader takes for a part, and the
second flow was read as all exports). A whole whose words name no product ("Exports", "Total
exports") or one the part's words hold ("Oil exports" of "crude oil exports") still holds its
part. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, sums
from _offered import offered_sums, sum_outcomes
from aktobe_facts.findings import Outcome

_TWO_PRODUCTS = (
    "{flow} {moved} in 2031, mainly on {change} {first} {noun}, down to {a} from {a0}, and "
    "{change} {second} {noun}, down to {b} from {b0}."
)
SIBLINGS = [
    # the false-error order: the bracketed product (read as the whole) is the smaller figure
    "Exports slipped in 2031, mainly on lower crude oil exports, down to $410 million from $520 "
    "million, and lower liquefied natural gas (LNG) exports, down to $380 million from $450 "
    "million.",
    # the order that passed by luck: the bracketed product is the larger figure
    "Exports slipped in 2031, mainly on lower crude oil exports, down to $380 million from $520 "
    "million, and lower liquefied natural gas (LNG) exports, down to $410 million from $450 "
    "million.",
    "Cocoa bean exports reached 2.4 billion cedis in 2031, while processed cocoa (PC) exports came "
    "to 1.9 billion cedis.",
    "Processed cocoa (PC) exports came to 1.9 billion cedis in 2031, while cocoa bean exports "
    "reached 2.4 billion cedis.",
    "Imports rose in May, led by refined diesel imports, up to 61 million euros from 48 million "
    "euros, and liquefied petroleum gas (LPG) imports, up to 57 million euros from 40 million "
    "euros.",
    "Imports rose in May, led by refined diesel imports, up to 57 million euros from 48 million "
    "euros, and liquefied petroleum gas (LPG) imports, up to 61 million euros from 40 million "
    "euros.",
]


@pytest.mark.parametrize("text", SIBLINGS)
def test_two_products_of_one_flow_are_no_whole_and_part(text: str) -> None:
    assert sums(text) == []
    with TemporaryDirectory() as folder:
        found = outcomes("CAPITAL, March 2032\n\n" + text, Path(folder), ("sum",))
    assert ("sum", Outcome.FAIL) not in found


@pytest.mark.parametrize("text", SIBLINGS)
def test_two_products_of_one_flow_are_never_offered_as_whole_and_part(text: str) -> None:
    """Nor as a suggestion: an editor who keeps every one of them gets no false error."""
    dated = "CAPITAL, March 2032\n\n" + text
    assert offered_sums(dated) == []
    with TemporaryDirectory() as folder:
        assert Outcome.FAIL not in sum_outcomes(dated, Path(folder), kept=True)


WHOLES = [
    ("Exports reached $950 million in 2031, of which crude oil $410 million.", "$950 million"),
    (
        "Exports reached $950 million in 2031, of which crude oil exports $410 million.",
        "$950 million",
    ),
    (
        "Total exports came to $950 million in 2031. Crude oil exports were $410 million.",
        "$950 million",
    ),
    (
        "Oil exports came to $950 million in 2031, of which crude oil exports were $410 million.",
        "$950 million",
    ),
    (
        "Fuel imports came to 61 million euros in May, of which diesel 35 million euros.",
        "61 million euros",
    ),
    (
        "Total imports came to 610 million euros in May. Fuel imports were 61 million euros.",
        "610 million euros",
    ),
]


@pytest.mark.parametrize(("text", "total"), WHOLES)
def test_a_whole_naming_no_product_or_a_broader_one_holds_its_part(text: str, total: str) -> None:
    assert [t for t, _, _ in sums(text)] == [total]


_PRODUCTS = st.sampled_from(
    [
        ("crude oil", "liquefied natural gas (LNG)"),
        ("cocoa bean", "processed cocoa (PC)"),
        ("refined diesel", "liquefied petroleum gas (LPG)"),
        ("raw cashew", "shelled cashew kernel (SCK)"),
    ]
)


@settings(max_examples=25, deadline=None)
@given(
    products=_PRODUCTS,
    money=st.sampled_from([("$", " million"), ("", " billion cedis"), ("", " million euros")]),
    change=st.sampled_from(["lower", "weaker", "reduced"]),
    sizes=st.tuples(st.integers(100, 480), st.integers(100, 480)).filter(lambda s: s[0] != s[1]),
)
def test_no_product_of_a_flow_is_read_as_the_whole_of_another(
    products: tuple[str, str], money: tuple[str, str], change: str, sizes: tuple[int, int]
) -> None:
    """Either size order, any product pair, currency and word of the change: no sum."""
    first, second = products
    sign, unit = money
    text = _TWO_PRODUCTS.format(
        flow="Exports",
        moved="slipped",
        change=change,
        first=first,
        second=second,
        noun="exports",
        a=f"{sign}{sizes[0]}{unit}",
        a0=f"{sign}{sizes[0] + 200}{unit}",
        b=f"{sign}{sizes[1]}{unit}",
        b0=f"{sign}{sizes[1] + 150}{unit}",
    )
    assert sums(text) == []
