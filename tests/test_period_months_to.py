"""A span of months named by its last month (:mod:`aktobe_facts.text.periodnames`): "the five
months to May 2030" is January to May, "the year to October 2030" the twelve months to October
(``2029-11/2030-10``), never October alone. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.periods import parse_period
from aktobe_facts.text.draft import draft
from aktobe_facts.text.periodnames import named_periods
from aktobe_facts.text.roletime import MONTHS


def periods(text: str) -> list[str | None]:
    return [c.period for c in draft("CAPITAL, February 2031\n\n" + text).claims]


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("In the year to October 2030", "2029-11/2030-10"),
        ("In the 12 months to October 2030", "2029-11/2030-10"),
        ("In the twelve months ending October 2030", "2029-11/2030-10"),
        ("In the three months to October 2030", "2030-08/2030-10"),
        ("Over the five months to May 2030", "2030-01/2030-05"),
        ("In the three months to February 2030", "2029-12/2030-02"),
    ],
)
def test_the_months_to_a_month(words: str, period: str) -> None:
    assert periods(f"{words} the ferries carried 1.2 million passengers.") == [period]


def test_a_month_alone_is_still_a_month() -> None:
    assert periods("In October 2030 the ferries carried 1.2 million passengers.") == ["2030-10"]


@given(
    count=st.integers(min_value=1, max_value=12),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=2000, max_value=2040),
)
def test_the_span_has_its_months_and_ends_in_its_month(count: int, month: int, year: int) -> None:
    text = f"In the {count} months to {MONTHS[month - 1].title()} {year} sales rose."
    found = named_periods(text, (0, len(text)))
    assert len(found) == 1
    span = parse_period(found[0].text)
    assert (span.end.year, span.end.month) == (year, month)
    months = (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1
    assert months == count
