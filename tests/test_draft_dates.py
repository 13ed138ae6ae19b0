"""Periods a draft reads from spans of words (:mod:`aktobe_facts.text.periodnames`) and the period
it gives a conversion whose own sentence names none (:mod:`aktobe_facts.text.draftdates`). The
articles are written for these tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.periods import parse_period
from aktobe_facts.text.datelines import Dateline, article_date
from aktobe_facts.text.draft import draft
from aktobe_facts.text.periodnames import named_periods

MONTHS = "January February March April May June July August September October November December"


def periods(text: str, when: Dateline | None = None) -> list[tuple[str, bool]]:
    return [(p.text, p.base) for p in named_periods(text, (0, len(text)), when)]


@pytest.mark.parametrize(
    ("words", "when", "period"),
    [
        (
            "a gap of 5 billion from January to October 2019, the ministry said",
            None,
            "2019-01/2019-10",
        ),
        ("a gap of 5 billion between March and May 2021", None, "2021-03/2021-05"),
        ("a gap of 5 billion in Jan-Oct 2019", None, "2019-01/2019-10"),
        ("in the first nine months of 2019 the gap was", None, "2019-01/2019-09"),
        ("over 9 months of 2019 the gap was", None, "2019-01/2019-09"),
        ("the 9M2019 gap was", None, "2019-01/2019-09"),
        ("the 6M 2020 gap was", None, "2020-01/2020-06"),
        ("the H1 2020 gap was", None, "2020-H1"),
        ("the gap in 2Q2022 was", None, "2022-Q2"),
        ("the gap in the third quarter of 2022 was", None, "2022-Q3"),
        ("the gap in the second half of 2020 was", None, "2020-H2"),
        ("the gap in October 2019 was", None, "2019-10"),
        # no year in the words: the dateline's month makes it certain, or nothing does
        ("the gap in January-October was", Dateline(2019, 11), "2019-01/2019-10"),
        ("the gap in the first quarter was", Dateline(2023, 5), "2023-Q1"),
        ("the gap in January-December was", Dateline(2020, 2), "2019-01/2019-12"),
        ("the gap between January and July of this year was", Dateline(2023, 9), "2023-01/2023-07"),
        ("the gap in March was", Dateline(2017, 4), "2017-03"),
    ],
)
def test_a_span_of_words_is_one_period(words: str, when: Dateline | None, period: str) -> None:
    assert periods(words, when) == [(period, False)]


@pytest.mark.parametrize(
    ("words", "when"),
    [
        ("the gap in January-October was", None),  # no dateline
        ("the gap in January-October was", Dateline(2019, 10)),  # October may not be over
        ("the gap in the first half was", Dateline(2019, None)),  # no month in the dateline
        ("the gap in March was", Dateline(2017, 2)),  # March may be to come
    ],
)
def test_a_span_with_no_certain_year_is_no_period(words: str, when: Dateline | None) -> None:
    assert periods(words, when) == []


def test_a_day_is_not_a_month_and_a_base_stays_a_base() -> None:
    assert periods("as of 1 October 2019") == [("2019", False)]
    assert periods("up from 5 billion in the same period of 2018") == [("2018", True)]
    assert periods("compared to January-May 2018") == [("2018-01/2018-05", True)]


def test_the_month_of_a_dateline() -> None:
    assert article_date("Gap\n\nANKARA, Nov. 15, 2019 - The gap") == Dateline(2019, 11)
    assert article_date("Gap\n\nPublished: 2019-11-15\n\nThe gap") == Dateline(2019, 11)
    assert article_date("Gap\n\n15.11.2019 - The gap") == Dateline(2019, None)


@given(
    st.integers(min_value=1990, max_value=2090),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["from {a} to {b} {y}", "{a}-{b} {y}", "between {a} and {b} {y}"]),
)
def test_every_span_of_months_reads_as_its_period(y: int, a: int, b: int, form: str) -> None:
    names = MONTHS.split()
    words = "revenue " + form.format(a=names[a - 1], b=names[b - 1], y=y) + " rose"
    found = periods(words)
    if a > b:
        assert all(p != f"{y}-{a:02d}/{y}-{b:02d}" for p, _ in found)
        return
    [(period, base)] = found
    span = parse_period(period)
    assert (span.start.year, span.start.month, span.end.year, span.end.month) == (y, a, y, b)
    assert not base


# Two years' conversions at two rates: 2021's at 50 rubles per dollar, 2020's at 40.
TWO_YEARS = (
    "Ruritania's budget\n\n"
    "Ruritania's budget ran a deficit of 60.5 billion rubles ($1.21 billion) from January to June "
    "2021, the ministry said.\n\n"
    "Revenue came to 501.5 billion rubles ({revenue}) over the period, it said, and spending "
    "reached 562 billion rubles ($11.24 billion).\n\n"
    "For the whole of 2020 the deficit was 80 billion rubles ($2 billion)."
)


def test_an_undated_conversion_takes_the_period_the_article_last_named(tmp_path: Path) -> None:
    claims = {c.value: c.period for c in draft(TWO_YEARS.format(revenue="$10.03 billion")).claims}
    assert claims["501.5 billion rubles"] == "2021-01/2021-06"
    assert claims["80 billion rubles"] == "2020"
    right = outcomes(TWO_YEARS.format(revenue="$10.03 billion"), tmp_path, ("conversions",))
    assert Outcome.FAIL not in {o for _, o in right}
    # a slip among the year's conversions is found: the pair is held to its year's rate
    slip = outcomes(TWO_YEARS.format(revenue="$12.03 billion"), tmp_path, ("conversions",))
    assert ("conversions", Outcome.FAIL) in slip


def test_an_open_conversion_is_never_held_to_the_one_year_stated(tmp_path: Path) -> None:
    text = (
        "Ruritania's budget\n\nRevenue came to 500 billion rubles ($10 billion) this year, it "
        "said.\n\nIn 2020 the deficit was 80 billion rubles ($2 billion)."
    )
    found = draft(text)  # no dateline: "this year" may be any year but 2020
    claims = {c.value: c for c in found.claims}
    # dated by its own words: held only to the conversions "this year" dates, never to 2020's
    assert claims["500 billion rubles"].counterparts == ("$10 billion",)
    assert claims["500 billion rubles"].dated_by == "this year"
    assert claims["500 billion rubles"].period is None
    assert Outcome.FAIL not in {o for _, o in outcomes(text, tmp_path, ("conversions",))}
    # in an article of one year, an undated conversion is of that year
    one = "Revenue came to 500 billion rubles ($10 billion). In 2020 the deficit was 80 billion "
    alone = {c.value: c.counterparts for c in draft(one + "rubles ($2 billion).").claims}
    assert alone["500 billion rubles"] == ("$10 billion",)


def test_a_period_later_in_the_sentence_dates_its_conversion() -> None:
    text = (
        "The fund\n\nThe fund will take in 1.37 trillion rubles ($9.1 billion), or 7.9% of GDP in "
        "2010. In 2012 spending will reach 3 trillion rubles ($20 billion)."
    )
    claims = {c.value: c.period for c in draft(text).claims}
    assert claims["1.37 trillion rubles"] == "2010"


# Conversions the article dates by different time words: news converts at the day's rate, so the
# draft never holds them to one rate (a false error), whatever period it gives them.
BY_MONTH_END = (
    "Czech budget gap\n\n"
    "By the end of September the state budget deficit was CZK 61.2bn (EUR 2.38bn), the finance "
    "ministry said.\n\n"
    "Revenue rose, helped by value added tax, while spending on investment fell.\n\n"
    "A change to the 2013 state budget law took effect in October. It raised the deficit limit "
    "by CZK 12bn (EUR 0.44bn) to CZK {limit} (EUR 4.1bn)."
)


def test_conversions_dated_by_other_months_are_not_held_to_one_rate(tmp_path: Path) -> None:
    # 61.2 / 2.38 is about 25.7 korunas per euro, 112 / 4.1 about 27.3: two days' rates
    text = BY_MONTH_END.format(limit="112bn")
    found = draft(text)
    counterparts = {c.value: c.counterparts for c in found.claims}
    dated_by = {c.value: c.dated_by for c in found.claims}
    # the one month against two: dated by its month, held to no other month's rate
    assert counterparts["CZK 61.2bn"] == ("EUR 2.38bn",)
    assert dated_by["CZK 61.2bn"] == "september"
    assert counterparts["CZK 112bn"] == ("EUR 4.1bn",) and dated_by["CZK 112bn"] is None
    assert counterparts["CZK 12bn"] == ("EUR 0.44bn",) and dated_by["CZK 12bn"] is None
    assert ("conversions", Outcome.FAIL) not in outcomes(text, tmp_path, ("conversions",))
    # the conversions of one time are still held to their rate: a slip among them is found
    slip = outcomes(BY_MONTH_END.format(limit="142bn"), tmp_path, ("conversions",))
    assert ("conversions", Outcome.FAIL) in slip


def test_a_plan_for_the_year_is_not_held_to_the_rate_of_a_figure_to_date(tmp_path: Path) -> None:
    # one sentence, one year: an actual to the end of October (about 298 forints per euro) and
    # the year's plan (about 284) are both "of 2013" in the draft, but not of one day
    text = (
        "Hungary's budget\n\nBUDAPEST, November 20, 2013 - The central budget deficit reached "
        "HUF 912bn (EUR 3.06bn) by the end of October, 92 percent of the HUF 994bn (EUR 3.5bn) "
        "planned for 2013, the ministry said."
    )
    found = outcomes(text, tmp_path, ("conversions",))
    assert found and ("conversions", Outcome.FAIL) not in found


def test_conversions_of_one_time_stay_conversions(tmp_path: Path) -> None:
    text = (
        "Georgian exports\n\nTBILISI, October 28, 2019 - Georgia exported goods worth 9.4 billion "
        "lari ($3.3 billion) in January-September 2019, the statistics office said.\n\nWine "
        "brought 0.57 billion lari ($0.2 billion) of the total, and copper ore 1.6 billion lari "
        "({copper})."
    )
    found = draft(text.format(copper="$0.56 billion"))
    assert all(c.counterparts for c in found.claims if c.value and "lari" in c.value)
    assert not found.notes or not any("day's rate" in n for n in found.notes)
    slip = outcomes(text.format(copper="$0.76 billion"), tmp_path, ("conversions",))
    assert ("conversions", Outcome.FAIL) in slip


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(MONTHS.split()),
    st.sampled_from(MONTHS.split()),
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=103, max_value=150),
)
def test_conversions_of_two_months_never_raise_an_error(
    first: str, second: str, rate: int, drift: int
) -> None:
    """A stock at the end of one month and a limit set in another, each converted at its own
    rate (the second ``drift`` percent of the first): never a conversions error; in one month,
    the same figures are held to one rate and the slip is found."""
    low, high = Fraction(rate), Fraction(rate * drift, 100)
    text = (
        "Ruritania's budget\n\n"
        f"By the end of {first} the deficit stood at CZK {_tenths(low * 8)} billion (EUR 8.0 "
        f"billion).\n\nA law that took effect in {second} set the year's limit at CZK "
        f"{_tenths(high * 11)} billion (EUR 11.0 billion) and its reserve at CZK {_tenths(high * 3)} billion "
        "(EUR 3.0 billion)."
    )
    with tempfile.TemporaryDirectory() as folder:
        verdicts = outcomes(text, Path(folder), ("conversions",))
    assert verdicts
    if first == second:
        assert ("conversions", Outcome.FAIL) in verdicts
    else:
        assert ("conversions", Outcome.FAIL) not in verdicts


def _tenths(x: Fraction) -> str:
    """``x`` to one decimal ("1234.5")."""
    whole, tenth = divmod(round(x * 10), 10)
    return f"{whole}.{tenth}"


def test_a_source_after_from_leaves_the_period_after_it_the_figure_s_own() -> None:
    """ "Earned X from oil sales in the first quarter of 2031": "from" names where the money came
    from, and the quarter is the figure's, never the base of the growth after it (which read "a
    decrease of 18% on the same period of 2030" as 18 percent less than the first quarter of
    2031). A figure or a time after "from" still makes its period a base."""
    earned = (
        "Ruritania earned $6.4 billion from oil sales in the first quarter of 2031, a decrease of "
        "18% on the same period of 2030."
    )
    assert periods(earned) == [("2031-Q1", False), ("2030", True)]
    assert periods("Income from tourism during 2030 rose.") == [("2030", False)]
    assert periods("Exports came to $7.2 billion, up from $6.4 billion in 2030.") == [
        ("2030", True)
    ]
    assert periods("Sales rose 5% from the same period in 2030.") == [("2030", True)]
    growth = next(c for c in draft("CAPITAL, May 2031\n\n" + earned).claims if c.kind == "growth")
    # the same period of 2030 is its first quarter (text/sameperiod)
    assert growth.base_period == "2030-Q1" and growth.period == "2031-Q1"
