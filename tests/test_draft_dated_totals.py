"""A running total dated by a day ("as of July 1, 2025", "by March 1", "since January 1") is that
date's: two figures dated by different days are never one period, so no relation joins them, while
figures dated alike still are. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.text.periodcontext import clash
from aktobe_facts.text.roletime import MONTHS, Time, read_time

APART = [
    "As of July 1, 2025, state budget revenue came to 8.12 trillion tenge. As of August 1, 2025, "
    "tax revenue stood at 9.05 trillion tenge.",
    "State budget revenue came to 8.12 trillion tenge as of July 1, 2025, while tax revenue stood "
    "at 9.05 trillion tenge as of 1 August 2025.",
    "By March 1, 2025, exports had reached $7.4 billion. By June 1, 2025, grain exports came to "
    "$9.2 billion.",
    "Since January 1, state budget revenue has come to 8.12 trillion tenge. As of August 1, tax "
    "revenue stood at 9.05 trillion tenge.",
    "As at 31 March 2026, customs revenue stood at 1.4 trillion tenge. As at 30 June 2026, revenue "
    "had reached 1.2 trillion tenge.",
]


@pytest.mark.parametrize("text", APART)
def test_totals_dated_by_different_days_are_never_joined(text: str, tmp_path: Path) -> None:
    assert [kind for kind, _ in relations(text) if kind != "conversion"] == []
    assert all(o is not Outcome.FAIL for _, o in outcomes(text, tmp_path, ("sum", "order")))


ALIKE = [
    "As of July 1, 2025, state budget revenue came to 8.12 trillion tenge. As of July 1, 2025, "
    "tax revenue stood at 6.9 trillion tenge and non-tax revenue at 1.22 trillion tenge.",
    "State budget revenue came to 8.12 trillion tenge as of July 1, 2025, with tax revenue of 6.9 "
    "trillion tenge and non-tax revenue of 1.22 trillion tenge.",
]


@pytest.mark.parametrize("text", ALIKE)
def test_totals_of_one_date_still_sum(text: str) -> None:
    assert ("sum", {"total": "8.12 trillion tenge"}) in [
        (k, {"total": f["total"]}) for k, f in relations(text) if k == "sum"
    ]


def test_a_dated_total_is_its_date_with_its_year() -> None:
    assert read_time("as of April 1, 2024") == Time("2024", dates=("to 4-1",))
    assert read_time("by 1 May") == Time(dates=("to 5-1",))
    assert read_time("since January 1") == Time(dates=("from 1-1",))
    assert read_time("said on April 3, 2024") == Time()  # the day something was said
    assert read_time("as of end-September") == Time(months=(1, 9))


_DAY = st.tuples(st.integers(0, 11), st.integers(1, 28))


@given(
    _DAY, _DAY, st.sampled_from(["as of", "as at", "by", "since"]), st.sampled_from(["", ", 2025"])
)
def test_different_days_never_fit(
    a: tuple[int, int], b: tuple[int, int], word: str, year: str
) -> None:
    one = read_time(f"{word} {MONTHS[a[0]].title()} {a[1]}{year}")
    two = read_time(f"{word} {b[1]} {MONTHS[b[0]].title()}{year}")
    assert one.named and two.named
    assert one.fits(two) == (a == b)
    assert clash(one, two) == (a != b)
    assert one.fits(Time()) and not clash(one, Time())
