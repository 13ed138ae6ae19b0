"""A flow of a few months within the same flow of a longer span (:mod:`aktobe_facts.text.draftwithin`):
"In the first quarter exports came to A ... In March exports came to B" and "June on its own brought
B" make B a part of A (a sum, not exhaustive). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import sums

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first quarter of 2031 the republic's exports came to 4.2 billion dollars. "
            "In March 2031 exports came to 1.6 billion dollars, the customs office said.",
            [("4.2 billion dollars", ["1.6 billion dollars"], False)],
        ),
        (
            "Budget revenue for January-June 2031 reached 812.4 billion tenge. "
            "Revenue in May 2031 was 140.2 billion tenge and revenue in June 2031 was 151.9 billion tenge.",
            [("812.4 billion tenge", ["140.2 billion tenge", "151.9 billion tenge"], False)],
        ),
        (
            "Imports in the first nine months of 2030 cost 31.7 billion euros. "
            "Imports in the third quarter of 2030 cost 11.2 billion euros.",
            [("31.7 billion euros", ["11.2 billion euros"], False)],
        ),
    ],
)
def test_a_flow_of_months_within_the_same_flow_of_a_span(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales of tractors reached 12,400 units in the first half of 2030. "
            "June on its own brought 2,900 units, the dealers said.",
            [("12,400", ["2,900"], False)],
        ),
        (
            "The mine shipped 3.8 million tonnes of coal in 2030. "
            "In December alone, shipments rose 4 percent to 0.41 million tonnes.",
            [("3.8 million tonnes", ["0.41 million tonnes"], False)],
        ),
        (
            "Pilgrims spent $640 million in the city in January-April 2031. "
            "In April 2031 alone they spent $205 million, up from $180 million a year earlier.",
            [("$640 million", ["$205 million"], False)],
        ),
        (
            "Sales of buses rose to 8,100 units in 2030. "
            "In November alone, the agency said, sales fell 3 percent to 640 units.",
            [("8,100", ["640"], False)],
        ),
        (
            "The island shipped $2.4 billion of wine in the first half of 2031. June on its own "
            "brought growth in wine shipments of 9 percent, reaching $0.5 billion.",
            [("$2.4 billion", ["$0.5 billion"], False)],
        ),
    ],
)
def test_a_month_alone_is_a_part_of_the_one_figure_before_that_holds_it(
    text: str, expected: list[tuple[str, list[str], bool]]
) -> None:
    assert sums(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a balance's months may be of either sign
        "The budget deficit for January-June 2031 was 90.1 billion tenge. "
        "The deficit in June 2031 was 30.5 billion tenge.",
        # another year's month
        "In the first quarter of 2031 exports came to 4.2 billion dollars. "
        "In March 2030 exports came to 1.6 billion dollars.",
        # a plan against a result
        "The budget plans revenue of 812.4 billion tenge for January-June 2031. "
        "Revenue in May 2031 was 140.2 billion tenge.",
        # the whole given twice with two values
        "Exports in the first quarter of 2031 came to 4.2 billion dollars. Exports in the first "
        "quarter of 2031 came to 4.4 billion dollars by another count. "
        "Exports in March 2031 came to 1.6 billion dollars.",
        # a month alone outside the figure's months
        "Sales of tractors reached 5,000 units in the first quarter of 2030. "
        "June alone brought 2,000 units.",
        # two figures that hold the month: whose is it?
        "Exports reached $5.1 billion in the first half of 2030 and imports $7.3 billion in the "
        "first half of 2030. June alone brought $1.2 billion.",
        # the month alone gives only an earlier value
        "Sales of tractors reached 12,400 units in the first half of 2030. "
        "June alone saw growth of 5 percent, up from 2,100 units.",
        # the month alone of another flow, or of another subject than the span's
        "Revenue reached 96.4 billion euros in the first half of 2030. "
        "In May alone, spending was 17.1 billion euros.",
        "Revenue reached 96.4 billion euros in the first half of 2030. "
        "In May alone, the city lent 17.1 billion euros to its schools.",
        # the figure that holds the month is a comparison's earlier one
        "Sales of tractors reached 12,400 units in 2031, up from 11,900 units in the whole of 2030. "
        "In December 2030 alone they came to 1,300 units.",
    ],
)
def test_near_misses_draft_no_part(text: str) -> None:
    assert sums(text) == []


def test_this_year_is_the_year_the_articles_figures_name() -> None:
    text = (
        "Exports in the first half of this year reached $60.2 billion. "
        "In June 2031 exports came to $11.4 billion."
    )
    assert sums(text) == [("$60.2 billion", ["$11.4 billion"], False)]
    # the latest year named is a comparison's: this year may be the next
    compared = (
        "Exports in the first half of this year reached $60.2 billion, up from $55.1 billion in "
        "the first half of 2030. In June 2030 exports came to $9.3 billion."
    )
    assert sums(compared) == []


def test_overlapping_months_are_no_parts_of_one_sum() -> None:
    text = (
        "Exports in the first quarter of 2031 came to 4.2 billion dollars. "
        "Exports in January 2031 came to 1.1 billion dollars and exports in January-February 2031 "
        "came to 2.5 billion dollars."
    )
    # January lies in January-February; the quarter's two parts overlap, so it gets none
    assert sums(text) == [("2.5 billion dollars", ["1.1 billion dollars"], False)]


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=12),
    length=st.integers(min_value=2, max_value=6),
    month=st.integers(min_value=1, max_value=12),
)
def test_a_month_alone_is_a_part_only_inside_the_span(first: int, length: int, month: int) -> None:
    last = min(12, first + length - 1)
    span = f"{MONTHS[first - 1]}-{MONTHS[last - 1]} 2030" if last > first else MONTHS[first - 1]
    text = (
        f"Sales of tractors reached 12,400 units in {span}. "
        f"{MONTHS[month - 1]} alone brought 2,900 units."
    )
    inside = last > first and first <= month <= last
    assert sums(text) == ([("12,400", ["2,900"], False)] if inside else [])


@pytest.mark.parametrize(
    "words", ["were on track to reach", "could reach", "were set to top", "were expected to hit"]
)
def test_a_figure_to_come_is_neither_a_span_s_part_nor_its_whole(words: str) -> None:
    # "In the first eight months, exports were on track to reach X for the year": a forecast of
    # the year, no flow of eight months
    part = (
        "Imports came to $830 million in 2031, the bureau said. In the first seven months of "
        f"2031, imports {words} $910 million for the year.\n"
    )
    assert sums(part) == []
    whole = (
        f"Imports {words} $910 million in 2031, the bureau said. In the first seven months of "
        "2031, imports came to $520 million.\n"
    )
    assert sums(whole) == []
    # the near miss: the same months' flow reported is a part of the year's
    reported = (
        "Imports came to $830 million in 2031, the bureau said. In the first seven months of "
        "2031, imports came to $520 million.\n"
    )
    assert sums(reported) == [("$830 million", ["$520 million"], False)]
