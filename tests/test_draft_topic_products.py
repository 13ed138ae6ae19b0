"""A flow whose own words name no product takes the product its sentence opens on ("As for wheat,
..., with an estimated production of 6.4 million tons"): two products' output is then siblings,
never whole and part, whichever rule pairs them.

The figures are those of a Xinhua report on Brazil's grain forecast (Hellenic Shipping News,
https://www.hellenicshippingnews.com/brazil-forecasts-record-grain-output-in-2020-2021-harvest-season/,
12 November 2020): the end-of-session run of the nineteenth session drafted "an estimated
production of 6.4 million tons" (wheat's) as the whole of "Corn production ... 104.9 million
tons", a false error. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, sums
from _offered import offered_sums
from aktobe_facts.findings import Outcome

GRAIN = (
    "The crop agency expects a record grain harvest this season.\n\n"
    "Soybean production, the country's main farm export, should reach 135 million tons.\n\n"
    "Corn production is set to be the largest ever, at 104.9 million tons.\n\n"
    "{opener} most of the 2020 harvest is in, with an estimated production of 6.4 million tons."
)
OPENERS = [
    "As for wheat,",
    "Regarding wheat,",
    "As to wheat,",
    "In the case of wheat,",
    "Concerning wheat,",
]


@pytest.mark.parametrize("opener", OPENERS)
def test_a_product_named_by_the_opener_is_no_whole_of_another(opener: str) -> None:
    text = GRAIN.format(opener=opener)
    assert sums(text) == []
    assert offered_sums("CAPITAL, March 2032\n\n" + text) == []
    with TemporaryDirectory() as folder:
        found = outcomes("CAPITAL, March 2032\n\n" + text, Path(folder), ("sum",))
    assert ("sum", Outcome.FAIL) not in found


HELD = [
    # the opener names the part's own product, or no product at all: the whole stands
    (
        "Corn output is forecast at 104.9 million tons. As for corn, exports should reach 40 "
        "million tons, of which 12 million tons to China.",
        "40 million tons",
    ),
    (
        "Production reached 104.9 million tons in 2031. Corn production came to 61.2 million tons.",
        "104.9 million tons",
    ),
    (
        "In 2031, production reached 104.9 million tons. Corn production came to 61.2 million "
        "tons.",
        "104.9 million tons",
    ),
    (
        "For the year, production reached 104.9 million tons. Corn production came to 61.2 "
        "million tons.",
        "104.9 million tons",
    ),
    (
        "As for grain, production reached 104.9 million tons. Grain production in the south came "
        "to 61.2 million tons.",
        "104.9 million tons",
    ),
]


@pytest.mark.parametrize(("text", "total"), HELD)
def test_an_opener_naming_no_other_product_keeps_the_whole(text: str, total: str) -> None:
    assert [t for t, _, _ in sums(text)] == [total]


@settings(max_examples=25, deadline=None)
@given(
    opener=st.sampled_from(OPENERS),
    crops=st.sampled_from([("wheat", "Corn"), ("barley", "Rice"), ("cocoa", "Coffee")]),
    noun=st.sampled_from(["production", "output"]),
    verb=st.sampled_from(["should reach", "reached", "came to"]),
    sizes=st.tuples(st.integers(2, 90), st.integers(100, 400)),
)
def test_no_opener_product_is_the_whole_of_another(
    opener: str, crops: tuple[str, str], noun: str, verb: str, sizes: tuple[int, int]
) -> None:
    """Any opener, pair of crops, flow noun and sizes (the whole smaller than the part, so a sum
    drafted would be a false error): no sum."""
    topic, other = crops
    text = (
        f"{other} {noun} {verb} {sizes[1]} million tons this season.\n\n"
        f"{opener.replace('wheat', topic)} the harvest is nearly over, with an estimated "
        f"{noun} of {sizes[0]} million tons."
    )
    assert sums(text) == []
