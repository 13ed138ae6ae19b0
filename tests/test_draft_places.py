"""Places the words give figures (:mod:`aktobe_facts.text.draftplaces`): ranks across sentences
("the main partner ...", "second", "came third") and a superlative against the other figure of
the same thing ("the widest gap, X, while the difference in ... is Y"). The sentences are written
for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes as checked
from aktobe_facts.findings import Outcome
from test_draft_order import orders

RANKS = (
    "Georgia traded with 140 countries in the first half of the year.\n\n"
    "Turkey is still Georgia's largest trading partner, with a $1.3 billion turnover. China is "
    "second with a $0.9 billion turnover. Russia came third, with a turnover of $0.8 billion."
)


def test_places_across_sentences_rank_their_figures() -> None:
    assert orders(RANKS) == [
        ("$1.3 billion", ">=", ["$0.9 billion", "$0.8 billion"]),
        ("$0.9 billion", ">=", ["$0.8 billion"]),
    ]


def test_no_ranking_where_the_words_leave_a_doubt() -> None:
    # two figures take second place
    assert orders(RANKS.replace("came third", "is also second")) == []
    # the ranked figures name different things
    assert (
        orders(
            "Kazakhstan is the largest economy of the region, with a GDP of $260 billion. Its "
            "second export market is Russia, buying goods worth $9 billion."
        )
        == []
    )
    # ordinals of a sequence rank nothing
    assert (
        orders(
            "The first phase of the plant will cost $2 billion. The second phase will cost $1 "
            "billion."
        )
        == []
    )
    # "the first half" is a period, not a place; one ranked figure ranks nothing
    assert (
        orders(
            "In the first half of the year trade came to $5 billion. China is the second "
            "trading partner, with a $1 billion turnover."
        )
        == []
    )


SEQUENCE = (
    "Copper was the top export, with Zambia's mines shipping ore worth $2.1 billion.\n\n"
    "On the import side, fuel took the lead, its cargoes costing $1.4 billion. Machinery "
    "followed with imports at $0.6 billion. Vehicles came in third with $0.5 billion worth of "
    "imports."
)


def test_a_ranking_told_sentence_by_sentence_with_followed() -> None:
    # "took the lead", "followed" (the place after the sentence before's) and "came in third";
    # the exports' first place in the paragraph before is another ranking
    assert orders(SEQUENCE) == [
        ("$1.4 billion", ">=", ["$0.6 billion", "$0.5 billion"]),
        ("$0.6 billion", ">=", ["$0.5 billion"]),
    ]


def test_followed_needs_the_ranked_figure_right_before_it() -> None:
    # a sentence with no ranked figure between: "followed" follows nothing the words rank
    gap = SEQUENCE.replace(" Machinery", " Freight rates were high. Machinery")
    assert orders(gap) == [("$1.4 billion", ">=", ["$0.5 billion"])]
    # a group's superlative is no place: "the ten largest suppliers", "one of the largest"
    # (nor does "followed" then follow a ranked figure)
    group = SEQUENCE.replace(
        "fuel took the lead, its cargoes", "the ten largest suppliers' cargoes"
    )
    assert orders(group) == []
    # "followed by" is no place of its own
    assert (
        orders(
            "Fuel took the lead in imports, at $1.4 billion. Demand for imports followed by "
            "rising freight came to $0.6 billion."
        )
        == []
    )


def test_a_superlative_is_not_below_the_other_figure_of_the_same_thing() -> None:
    assert orders(
        "Steel shows the widest gap, $ 88.1 million, while the difference in grain data is "
        "$ 12.3 million."
    ) == [("$ 88.1 million", ">=", ["$ 12.3 million"])]
    assert orders(
        "Oats had the smallest harvest, 120,000 tonnes, while the barley harvest was 410,000 "
        "tonnes."
    ) == [("120,000 tonnes", "<=", ["410,000 tonnes"])]
    # the other figure is of another thing: a total, not a harvest
    assert (
        orders(
            "Oats had the smallest harvest, 120,000 tonnes, while exports of grain were 410,000 "
            "tonnes."
        )
        == []
    )


@given(st.integers(min_value=10, max_value=9999), st.integers(min_value=10, max_value=9999))
def test_a_ranking_is_checked(first: int, second: int) -> None:
    # figures to a tenth: the first place fails only when it is below the second beyond rounding
    import tempfile

    text = (
        f"Turkey is Georgia's main trading partner, with a ${first / 10:.1f} million turnover. "
        f"China is second with a ${second / 10:.1f} million turnover."
    )
    with tempfile.TemporaryDirectory() as folder:
        found = [o for _, o in checked(text, Path(folder), ("order",))]
    assert found == [Outcome.PASS if second - first <= 1 else Outcome.FAIL]


def test_a_ranking_needs_one_measured_thing_in_every_clause() -> None:
    # the place words and a name are shared, no measured thing: two rankings, not one
    assert (
        orders(
            "Kazakhstan is Uzbekistan's second largest trading partner with $3 billion in "
            "trade. The largest investment project is worth $1 billion."
        )
        == []
    )
    assert (
        orders(
            "Germany was the top importer with $4 billion of goods. Germany's exports came "
            "second among EU members at $9 billion."
        )
        == []
    )
    # a measured thing shared only in asides after the figures: two rankings
    assert (
        orders(
            "Peru was the largest copper buyer, at $3 billion, as tin trade with Chile fell. "
            "Ghana came second among gold sellers, at $4 billion, as tin trade with Togo grew."
        )
        == []
    )
    assert (
        orders(
            "As tin trade with Chile fell, Peru was the largest copper buyer at $3 billion. "
            "As tin trade with Togo grew, Ghana came second among gold sellers at $4 billion."
        )
        == []
    )
    # a superlative's other figure that is a total is none of the things compared
    assert (
        orders(
            "Imports show the widest gap, $170 million, while the total difference between the "
            "data is $300 million."
        )
        == []
    )
