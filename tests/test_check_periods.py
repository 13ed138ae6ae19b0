"""The periods check: durations against period ranges, base periods before periods; period parsing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.reading.periods import PeriodError, parse_period, year_earlier
from conftest import findings_of, load_text


def duration(value: str, period: str) -> str:
    return f"""
        [[claim]]
        id = "span"
        quote = "over the past {value}"
        value = "{value}"
        kind = "duration"
        period = "{period}"
    """


def growth(base_period: str, period: str | None = None, of_period: str = "2020") -> str:
    own = f'period = "{period}"' if period else ""
    return f"""
        [[claim]]
        id = "total"
        quote = "646.8 billion tenge"
        value = "646.8 billion tenge"
        kind = "amount"
        period = "{of_period}"

        [[claim]]
        id = "rise"
        quote = "6.6 percent more"
        value = "6.6 percent"
        kind = "growth"
        of = "total"
        base_period = "{base_period}"
        {own}
    """


# -- parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "last_start"),
    [
        ("2020", date(2020, 1, 1), date(2020, 12, 31), date(2020, 1, 1)),
        ("2018-2020", date(2018, 1, 1), date(2020, 12, 31), date(2020, 1, 1)),
        ("2018–2020", date(2018, 1, 1), date(2020, 12, 31), date(2020, 1, 1)),
        ("2018 - 2020", date(2018, 1, 1), date(2020, 12, 31), date(2020, 1, 1)),
        ("2020-01/2020-09", date(2020, 1, 1), date(2020, 9, 30), date(2020, 9, 1)),
        ("2020-Q3", date(2020, 7, 1), date(2020, 9, 30), date(2020, 7, 1)),
        ("2020-H1", date(2020, 1, 1), date(2020, 6, 30), date(2020, 1, 1)),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29), date(2020, 2, 1)),
        ("2020-12-31", date(2020, 12, 31), date(2020, 12, 31), date(2020, 12, 31)),
        ("2019-Q4/2020-Q1", date(2019, 10, 1), date(2020, 3, 31), date(2020, 1, 1)),
    ],
)
def test_parse_period(text: str, start: date, end: date, last_start: date) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.last_start) == (start, end, last_start)


def test_period_lengths() -> None:
    period = parse_period("2018-2020")
    assert period.months(inclusive=True) == 36 and period.months(inclusive=False) == 24
    assert period.days(inclusive=True) == 1096
    assert parse_period("2020-01/2020-09").months(inclusive=False) == 8
    assert parse_period("2020-12-31").months() is None
    assert parse_period("2018–2020").key == parse_period("2018-2020").key


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2020-2018", "before it starts"),
        ("2020-06/2020", "before it starts"),
        ("20", "not a period"),
        ("January 2020", "not a period"),
        ("2020-13", "not a month"),
        ("2020-02-30", "not a calendar day"),
        ("2018/2019/2020", "two ends"),
        ("", "empty"),
    ],
)
def test_malformed_periods(text: str, words: str) -> None:
    with pytest.raises(PeriodError, match=words):
        parse_period(text)


@pytest.mark.parametrize("key", ["period", "base_period"])
def test_loader_rejects_malformed_period(key: str) -> None:
    text = f"""
        [[claim]]
        id = "rise"
        quote = "6.6 percent"
        value = "6.6 percent"
        kind = "growth"
        {key} = "2020-2018"
    """
    with pytest.raises(LoadError) as info:
        load_text(text)
    assert info.value.item == "claim 'rise'" and info.value.field == key
    assert info.value.line == 7
    assert "before it starts" in str(info.value)


def test_year_earlier() -> None:
    assert year_earlier("2020-01/2020-09") == "2019-01/2019-09"


# -- durations --------------------------------------------------------------------------------


def test_inclusive_reading_passes() -> None:
    (f,) = findings_of(duration("three years", "2018-2020"), "periods")
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("span",)
    assert "3 years counted inclusively" in f.message and "elapsed" not in f.message
    assert not f.rounding_only


def test_elapsed_reading_passes() -> None:
    (f,) = findings_of(duration("two years", "2018–2020"), "periods")
    assert f.outcome is Outcome.PASS
    assert "2 years elapsed" in f.message and "inclusively" not in f.message


def test_months_of_a_month_range() -> None:
    (f,) = findings_of(duration("nine months", "2020-01/2020-09"), "periods")
    assert f.outcome is Outcome.PASS and "9 months counted inclusively" in f.message


def test_duration_that_fits_neither_reading_fails() -> None:
    (f,) = findings_of(duration("four years", "2018-2020"), "periods")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert "3 years counted inclusively or 2 years elapsed" in f.message
    assert f.suggestion == "3 years (counted inclusively)"
    assert f.nearest == "3 years (counted inclusively)"
    assert any("2017-2020" in n for n in f.notes)


def test_short_duration_points_to_the_elapsed_reading() -> None:
    (f,) = findings_of(duration("one year", "2018-2020"), "periods")
    assert f.outcome is Outcome.FAIL and f.suggestion == "2 years (elapsed)"


def test_rounding_only_pass() -> None:
    (f,) = findings_of(duration("2 years", "2020-01/2021-06"), "periods")
    assert f.outcome is Outcome.PASS and f.rounding_only
    assert f.margin is not None and "1.5 years" in f.margin and f.notes


def test_day_periods_use_calendar_bounds() -> None:
    # 2020-01-01 to 2020-12-31 is 366 days: one year between 366/366 and 366/365, no false alarm.
    (f,) = findings_of(duration("one year", "2020-01-01/2020-12-31"), "periods")
    assert f.outcome is Outcome.PASS
    (g,) = findings_of(duration("366 days", "2020-01/2020-12"), "periods")
    assert g.outcome is Outcome.PASS and "366 days counted inclusively" in g.message


def test_weeks_are_seven_days() -> None:
    # "the first two weeks of July": 14 days, 2 weeks counted inclusively; three weeks is not
    (f,) = findings_of(duration("two weeks", "2031-07-01/2031-07-14"), "periods")
    assert f.outcome is Outcome.PASS and "2 weeks counted inclusively" in f.message
    (g,) = findings_of(duration("three weeks", "2031-07-01/2031-07-14"), "periods")
    assert g.outcome is Outcome.FAIL and g.severity is Severity.ERROR


def test_no_finding_without_a_range_or_time_unit() -> None:
    control = duration("three years", "2018-2020")
    for value, period in (("three years", "2020"), ("3 percent", "2018-2020")):
        other = duration(value, period).replace('"span"', '"other"')
        (f,) = findings_of(control + other, "periods")
        assert f.claims == ("span",)


@given(st.integers(1900, 2100), st.integers(0, 60))
def test_any_year_range_with_its_inclusive_length_passes(first: int, extra: int) -> None:
    last = first + extra
    (f,) = findings_of(duration(f"{last - first + 1} years", f"{first}-{last}"), "periods")
    assert f.outcome is Outcome.PASS and "counted inclusively" in f.message


# -- base periods -----------------------------------------------------------------------------


def test_base_period_before_the_of_claims_period_passes() -> None:
    (f,) = findings_of(growth("2019"), "periods")
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("rise", "total")
    assert "the period of 'total', 2020" in f.message


def test_base_period_after_the_period_fails() -> None:
    (f,) = findings_of(growth("2021"), "periods")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert "2021 does not come before" in f.message
    assert f.suggestion is not None and '"2019"' in f.suggestion


def test_base_period_equal_to_own_period_fails() -> None:
    (f,) = findings_of(growth("2020-01/2020-09", "2020-01/2020-09"), "periods")
    assert f.outcome is Outcome.FAIL and f.claims == ("rise",)
    assert f.suggestion is not None and "2019-01/2019-09" in f.suggestion


def test_since_the_start_of_the_period_passes() -> None:
    (f,) = findings_of(growth("2018", "2018-2020"), "periods")
    assert f.outcome is Outcome.PASS
