"""Two products', partners' or owners' equal figures are not one figure given twice
(:mod:`aktobe_facts.text.equalproducts`): "exported fish products worth X" and "exported wool worth
X" name two products, so no ``equal`` ties them however their other words agree; the same figure
in the lead and the body, or converted, keeps its ``equal``. The sentences are written for these
tests (the shape was seen by recall20 in the twentieth session on its own sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from test_draft_rounded import equals


def test_two_products_by_a_verbs_object() -> None:
    assert (
        equals(
            "Lakeland exported fish products worth DKK 4.4 billion in 2031, the office said.\n\n"
            "Lakeland exported wool worth DKK 4.4 billion in 2031, it added."
        )
        == []
    )
    assert (
        equals(
            "Farmers sold wheat valued at $3.2 million in 2030, the board said.\n\n"
            "Farmers sold barley valued at $3.2 million in 2030, it added."
        )
        == []
    )


def test_two_products_as_a_participles_subject() -> None:
    assert (
        equals(
            "Cod exported so far this year is valued at 730M DKK, the council said.\n\n"
            "Wool exported so far this year is valued at 730M DKK, it added."
        )
        == []
    )


def test_two_owners() -> None:
    assert (
        equals(
            "Kazakhstan's exports came to $2.1 billion in 2031, the office said.\n\n"
            "Uzbekistan's exports came to $2.1 billion in 2031, it added."
        )
        == []
    )


def test_one_figure_in_the_lead_and_the_body_keeps_its_equal() -> None:
    assert equals(
        "Lakeland exported fish products worth DKK 4.4 billion in 2031, the office said.\n\n"
        "Prices were firm. Lakeland exported fish products worth DKK 4.4 billion in 2031, it "
        "said again."
    ) == [["DKK 4.4 billion", "DKK 4.4 billion"]]
    # converted: another scale, and the product named by a noun
    assert equals(
        "Lakeland exported fish products worth DKK 4.4 billion in 2031, the office said.\n\n"
        "The office's tables give fish product exports as DKK 4,400 million in 2031."
    ) == [["DKK 4.4 billion", "DKK 4,400 million"]]
    # a verb whose object is the figure names no product: it holds any
    assert equals(
        "Cotton growers sold 1.42 million tonnes of lint in 2030, the board said.\n\n"
        "Prices were firm all year. The board's yearly report puts lint sales at 1,420,000 "
        "tonnes in 2030."
    ) == [["1.42 million tonnes", "1,420,000 tonnes"]]


_PRODUCTS = ("wool", "salmon", "timber", "copper", "barley", "cement")


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(_PRODUCTS),
    st.sampled_from(_PRODUCTS),
    st.sampled_from(("exported", "sold", "shipped")),
    st.sampled_from(("worth", "valued at")),
)
def test_equal_only_for_one_product(first: str, second: str, verb: str, link: str) -> None:
    text = (
        f"Lakeland {verb} {first} {link} $7.3 million in 2031, the office said.\n\n"
        f"Lakeland {verb} {second} {link} $7.3 million in 2031, it added."
    )
    tied = equals(text)
    assert tied == ([["$7.3 million", "$7.3 million"]] if first == second else [])
