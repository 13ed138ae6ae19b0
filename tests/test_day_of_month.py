"""A day of a month written with its month ("May 19, 2022", "19 May", "the 3rd of March") is a
date in running text, left with the years and never drafted as a count; a count after a month
("In March 12 projects were launched") stays a figure. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text.phrases import DATE_LEFT, scan

MONTHS = ["January", "Feb.", "March", "Apr", "May", "June", "Sept.", "December"]


@given(
    st.sampled_from(MONTHS),
    st.integers(min_value=1, max_value=31),
    st.sampled_from(["{m} {d}, 2022", "{m} {d} 2022", "{d} {m} 2022", "{m} {d}th", "{d} {m}"]),
)
def test_a_day_with_its_month_is_a_date(month: str, day: int, form: str) -> None:
    written = form.format(m=month, d=day)
    found = scan(f"On {written}, exports reached $5 million.")
    assert [p.value for p in found.phrases] == ["$5 million"]
    assert DATE_LEFT in [left.why for left in found.left]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In March 12 projects were launched.", "12"),  # a count after the month
        ("In May, 19 firms opened.", "19"),
        ("In May 45 percent of firms hired.", "45 percent"),
        ("The May 40 index rose.", "40"),  # no day: above 31 is never one
    ],
)
def test_a_count_after_a_month_stays_a_figure(text: str, figure: str) -> None:
    assert figure in [p.value for p in scan(text).phrases]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_dateline_day_before_a_dash_is_a_date(dash: str) -> None:
    # "PORT LOUIS, Aug 21 - ...", a wire's dateline with no year
    found = scan(f"HARBOUR TOWN, Aug 21 {dash} Wool exports reached $5 million.")
    assert [p.value for p in found.phrases] == ["$5 million"]


@given(
    st.sampled_from(MONTHS),
    st.integers(min_value=1, max_value=15),
    st.integers(min_value=16, max_value=31),
    st.sampled_from(["from {m} {a} to {b},", "in the {m} {a}-{b} period", "over {m} {a}–{b},"]),
)
def test_a_span_of_days_after_its_month_is_a_date(
    month: str, first: int, last: int, form: str
) -> None:
    # "from Oct. 1 to 20" and "the Dec. 1-20 period": the last day is no count, the span no range
    written = form.format(m=month, a=first, b=last)
    found = scan(f"Sales reached $5 million {written} the agency said.")
    assert [p.value for p in found.phrases] == ["$5 million"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("From May 1 to 20 firms were audited a day.", "20"),  # a count after the span's words
        ("In May 10-12 percent of firms hired.", "10-12 percent"),  # a range with its unit
    ],
)
def test_a_count_after_a_span_of_days_stays_a_figure(text: str, figure: str) -> None:
    assert figure in [p.value for p in scan(text).phrases]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The official rate on Nov. 17 is 1.7 lari a dollar.", "17"),  # "on" before the month
        ("Prices as of March 4 were $5 million.", "4"),
        ("TBILISI, Nov 19 /Wire/ Output was $5 million.", "19"),  # a dateline's agency after "/"
        ("The rate for Oct.28 is 1.7 lari a dollar.", "28"),  # a short name's point glued to it
    ],
)
def test_a_day_after_a_word_of_days_or_before_a_slash_is_a_date(text: str, day: str) -> None:
    found = scan(text)
    assert day not in [p.value for p in found.phrases]
    assert DATE_LEFT in [left.why for left in found.left]
