"""Orders of a sentence that opens on a pronoun for the figure before it ("That is more than the
Y the budget had planned"), and a growth whose "It" names the figure such a sentence compares.
The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from test_draft_order import orders


def test_that_is_more_or_less_than_a_figure() -> None:
    assert orders(
        "The region ended 2022 with a deficit of 41.5 billion tenge. That is more than the "
        "deficit of 38 billion tenge its budget had planned."
    ) == [("41.5 billion tenge", ">", ["38 billion tenge"])]
    assert orders(
        "Spending came to 1.73 billion lari. This was well below the programmed 1.9 billion lari "
        "for the year."
    ) == [("1.73 billion lari", "<", ["1.9 billion lari"])]


def test_a_flow_named_with_the_figure_compared_must_be_the_one_before() -> None:
    # "surplus" names what Y is: the spending of the sentence before is no surplus
    assert (
        orders(
            "Manitoba will spend $2.4 billion on roads next year. That is well below the $3.1"
            " billion surplus of 2029."
        )
        == []
    )
    assert (
        orders("Outlays reached 7.2 billion rand. This was up from a deficit of 5.1 billion rand.")
        == []
    )
    # the sentence before names the same balance, or Y's words name none: drafted
    assert orders(
        "The province ran a surplus of $2.4 billion in 2030. That is well below the $3.1 billion"
        " surplus of 2029."
    ) == [("$2.4 billion", "<", ["$3.1 billion"])]
    assert orders(
        "Outlays reached 7.2 billion rand. This was up from 5.1 billion rand a year earlier."
    ) == [("7.2 billion rand", ">", ["5.1 billion rand"])]


def test_that_names_the_current_value_of_the_growth_before() -> None:
    text = (
        "The deficit grew by 12 percent to 560 million manat from 500 million manat. That is "
        "lower than the planned 610 million manat."
    )
    assert ("560 million manat", "<", ["610 million manat"]) in orders(text)


def test_a_growth_named_by_its_noun_against_a_percent() -> None:
    assert (
        "increased by 22.8 percent",
        ">",
        ["17.2%"],
    ) in orders(
        "Savings held by the cooperatives increased by 22.8 percent to $4.1 billion in 2031. "
        "According to the regulator's yearly report, this year's growth exceeds the 17.2% "
        "recorded in 2030."
    )
    assert orders(
        "Card payments rose 14 percent in 2031. The increase is lower than the 19 percent "
        "recorded in 2030."
    ) == [("rose 14 percent", "<", ["19 percent"])]
    # two percents before: which one "the growth" names is open; a fall is no growth
    assert (
        orders(
            "Card payments rose 14 percent in 2031 and cash fell 3 percent. The growth exceeds "
            "the 9 percent recorded in 2030."
        )
        == []
    )
    assert (
        orders(
            "Card payments fell 14 percent in 2031. The growth exceeds the 9 percent recorded in "
            "2030."
        )
        == []
    )


def test_near_misses_draft_no_order() -> None:
    # two figures before and no drafted relation says which the pronoun names
    assert (
        orders(
            "Revenue was 3.1 billion lari and spending 3.4 billion lari. That is more than the "
            "2.9 billion lari of 2021."
        )
        == []
    )
    # another unit; a bound; a figure of its own before the comparison
    assert orders("Exports were 5.2 million tonnes. That is more than the $4 billion.") == []
    assert orders("Exports were $5.2 billion. That is above more than $4 billion of imports.") == []
    assert orders("Exports were $5.2 billion. Imports of $4.1 billion were lower.") == []


def test_it_after_such_a_sentence_names_the_figure_it_compared() -> None:
    text = (
        "The city closed 2023 with a deficit of 88 million lei. That is more than the deficit of "
        "70 million lei the council had planned. It is also an increase of 10 percent (yoy) on "
        "the 2022 deficit of 80 million lei."
    )
    assert (
        "growth",
        {
            "growth": "an increase of 10 percent",
            "current": "88 million lei",
            "base": "80 million lei",
        },
    ) in relations(text)


def test_a_slip_after_that_fails(tmp_path: Path) -> None:
    text = (
        "The region ended 2022 with a deficit of 31.5 billion tenge. That is more than the "
        "deficit of 38 billion tenge its budget had planned."
    )
    assert [o for _, o in outcomes(text, tmp_path, ("order",))] == [Outcome.FAIL]


@given(
    x=st.integers(min_value=1, max_value=10**5),
    y=st.integers(min_value=1, max_value=10**5),
    above=st.booleans(),
)
def test_any_pair_in_the_template_is_ordered(x: int, y: int, above: bool) -> None:
    word = "more" if above else "less"
    text = f"Revenue was {x:,} million lari. That is {word} than the {y:,} million lari planned."
    assert orders(text) == [(f"{x:,} million lari", ">" if above else "<", [f"{y:,} million lari"])]
