"""Orders stated after a figure and a comma ("X, up from Y", "X, well below the Y target"), and
"were down to X from Y". The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from test_draft_order import orders


def test_up_or_down_from_a_figure() -> None:
    assert orders("Customs duties were 48.2 million lari, up from 41.7 million lari in 2021.") == [
        ("48.2 million lari", ">", ["41.7 million lari"])
    ]
    assert orders(
        "Spending in the first half of 2022 was 9.6 billion dram, down from 10.4 billion dram."
    ) == [("9.6 billion dram", "<", ["10.4 billion dram"])]


def test_an_increase_from_a_figure_named_by_a_few_words() -> None:
    assert orders(
        "The city will grant 77.5 million lei to schools, an increase from the 70 million lei "
        "granted a year before."
    ) == [("77.5 million lei", ">", ["70 million lei"])]
    assert orders(
        "The fund expects 12.4 billion tenge from fees, slightly up from this year's plan of "
        "12.1 billion tenge."
    ) == [("12.4 billion tenge", ">", ["12.1 billion tenge"])]


def test_above_below_or_within_a_figure() -> None:
    assert orders(
        "Borrowing reached 3.1 billion manat, well below the 4.6 billion manat of last year."
    ) == [("3.1 billion manat", "<", ["4.6 billion manat"])]
    assert orders("Tax receipts were 6.2 billion lari, above the 5.9 billion lari target.") == [
        ("6.2 billion lari", ">", ["5.9 billion lari"])
    ]
    assert orders("The gap was 2.3 billion euros, within the 2.5 billion euros limit.") == [
        ("2.3 billion euros", "<=", ["2.5 billion euros"])
    ]


def test_were_down_to_a_figure_from_another() -> None:
    assert orders("Net loans were down to 58 billion som from 71 billion som last year.") == [
        ("58 billion som", "<", ["71 billion som"])
    ]


def test_near_misses_draft_no_order() -> None:
    # the figure before "above" is the comparison's earlier one: the target is the other's
    assert (
        orders(
            "Revenue reached 8.4 billion lari compared with 7.7 billion lari, above the 7.5 "
            "billion lari target."
        )
        == []
    )
    # a percent of its own ties the two (a growth), not an order
    assert orders("Exports were $5.6 billion, up from $5.1 billion, or 9.8 percent.") == []
    # no comma: "up from" may be another clause's; another unit; a bound read as such
    assert orders("Exports were $5.6 billion and imports rose from $5.1 billion.") == []
    assert orders("Exports were $5.6 billion, up from 5.1 million tonnes.") == []
    assert orders("Exports were $5.6 billion, up from more than $5.1 billion.") == []
    # a verb between: another clause with a subject of its own
    assert orders("Exports were $5.6 billion, while imports grew from $5.1 billion.") == []


def test_a_slip_in_up_from_fails(tmp_path: Path) -> None:
    text = "Customs duties were 48.2 million lari, up from 51.7 million lari in 2021."
    assert [o for _, o in outcomes(text, tmp_path, ("order",))] == [Outcome.FAIL]


@given(
    now=st.integers(min_value=1, max_value=10**5),
    then=st.integers(min_value=1, max_value=10**5),
    word=st.sampled_from(["up from", "down from", "an increase from the", "well below the"]),
)
def test_any_figure_in_the_template_is_ordered(now: int, then: int, word: str) -> None:
    text = f"Revenue was {now:,} million lari, {word} {then:,} million lari of 2020."
    op = ">" if word.startswith(("up", "an increase")) else "<"
    assert orders(text) == [(f"{now:,} million lari", op, [f"{then:,} million lari"])]


def test_up_or_down_from_with_no_comma() -> None:
    """Twenty-sixth session (recall26): "up from" and "down from" right after the figure, with no
    comma, compare it as after a comma ("the budget, which stands at X up from this year's Y")."""
    assert orders(
        "Deputies passed the ferry budget, which stands at $41.3 million up from this year's"
        " $38.1 million, the clerk said."
    ) == [("$41.3 million", ">", ["$38.1 million"])]
    assert orders("Tolls came to 9.6 billion dram down from 10.4 billion dram in 2030.") == [
        ("9.6 billion dram", "<", ["10.4 billion dram"])
    ]
    # a percent between: the growth's to tie, never an order of its own
    assert orders("Tolls came to 9.6 billion dram up 4 percent from 9.2 billion dram.") == []
