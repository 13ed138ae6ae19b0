"""Rates written with a time after the figure, and a level with its growth after "or": "$5 a day"
and "300,000 barrels daily" are rates per day (reading/numbers.py), as "1.8 million barrels a day"
is; "Exports reached $5.2 billion in 2023, or 12% more than in 2022" is a level and its growth
(text/draftgrowth.py), never an amount of change as "rose by $12 billion, or 23.9 percent" is."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    ("value", "unit", "per"),
    [
        ("$5 a day", "USD", "day"),
        ("US$1.90 a day", "USD", "day"),
        ("€300 a month", "EUR", "month"),
        ("300,000 barrels daily", "barrel", "day"),
        ("1.2 million tonnes monthly", "tonne", "month"),
        ("$5 billion annually", "USD", "year"),
        ("Rs 500 weekly", "INR", "week"),
    ],
)
def test_a_time_after_a_figure_makes_it_a_rate(value: str, unit: str, per: str) -> None:
    stated = parse(value)
    assert stated.unit is not None and stated.unit.key == unit
    assert stated.per is not None and stated.per.key == per


@pytest.mark.parametrize("value", ["5 percent annually", "5% a year", "5 percent daily"])
def test_a_percent_a_year_is_no_rate(value: str) -> None:
    with pytest.raises(GrammarError):
        parse(value)


@given(st.integers(1, 10**6), st.sampled_from(["a day", "daily", "per day"]))
def test_each_way_of_writing_a_day_reads_alike(amount: int, time: str) -> None:
    stated = parse(f"${amount:,} {time}")
    assert stated.per is not None and stated.per.key == "day"
    assert stated.value == amount


def test_the_draft_writes_the_rate_with_its_time() -> None:
    text = "Workers earn $5 a day on average. Output averaged 300,000 barrels daily in May."
    values = {c.value for c in draft(text).claims}
    assert {"$5 a day", "300,000 barrels daily"} <= values


@pytest.mark.parametrize(
    "text",
    [
        "Exports reached $5.2 billion in 2023, or 12% more than in 2022.",
        "Output stood at 12.5 million tonnes in 2023, or 25 percent more than in 2022.",
        "Inflows from the UAE were $4.6 billion, or 6 percent higher than in 2022.",
    ],
)
def test_a_level_then_or_and_a_percent_more_is_its_growth(text: str) -> None:
    (found,) = relations(text)
    kind, fields = found
    assert kind == "growth"
    assert fields["current"].split()[0] in text and "percent" not in fields["current"]


@pytest.mark.parametrize(
    "text",
    [
        "Turnover reached $62.5 billion, which is $12 billion, or 23.9 percent more than in 2022.",
        "Customs revenue rose by 31 million manat, or 9 percent, to 375 million manat.",
    ],
)
def test_an_amount_of_change_then_or_and_a_percent_stays_a_change(text: str) -> None:
    assert [kind for kind, _ in relations(text)] == ["change"]


def test_a_level_and_its_growth_fail_when_the_base_does_not_fit(tmp_path: Path) -> None:
    text = (
        "Output stood at 12.5 million tonnes in 2023, or 40 percent more than the 10.2 million "
        "tonnes recorded in 2022."
    )
    assert ("growth", Outcome.FAIL) in outcomes(text, tmp_path, ("growth",))
