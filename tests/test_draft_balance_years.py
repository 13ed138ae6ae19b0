"""A balance in each of two years: the deficit, revenue and spending of this period in sentences of
their own, each with its value of the period before ("up from ... a year earlier"); a revenue
deficit as current spending less revenue; the words that give a flow its role or none. The sentences
are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.roletime import Time, read_time


def gaps(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """Each drafted difference as (result, minuend, subtrahend), by the claims' values."""
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    return [
        tuple(values.get(str(r.fields[k])) for k in ("result", "minuend", "subtrahend"))  # type: ignore[misc]
        for r in found.relations
        if r.kind == "difference"
    ]


TWO_YEARS = (
    "Budget revenue in the first half of 2031 came to 410.2 billion manat, up from 388.5 billion "
    "manat a year earlier.\n\n"
    "Spending was 502.9 billion manat, up from 470.1 billion manat in the first half of 2030.\n\n"
    "The budget deficit was 92.7 billion manat, against 81.6 billion manat.\n"
)


def test_a_balance_this_year_and_its_values_of_the_year_before() -> None:
    assert gaps(TWO_YEARS) == [
        ("92.7 billion manat", "502.9 billion manat", "410.2 billion manat"),
        ("81.6 billion manat", "470.1 billion manat", "388.5 billion manat"),
    ]


def test_the_earlier_values_of_a_growth_sentence() -> None:
    text = (
        "The deficit widened 9 percent to 1.09 trillion manat in the first nine months, from "
        "1.0 trillion manat in the same period last year.\n\n"
        "Revenue collected through September reached 3.2 trillion manat, 4 percent higher than "
        "last year's 3.08 trillion manat.\n\n"
        "Spending as of end-September rose 5 percent to 4.29 trillion manat from 4.08 trillion "
        "manat a year earlier.\n"
    )
    assert gaps(text) == [
        ("1.09 trillion manat", "4.29 trillion manat", "3.2 trillion manat"),
        ("1.0 trillion manat", "4.08 trillion manat", "3.08 trillion manat"),
    ]


def test_earlier_values_of_other_periods_make_no_balance() -> None:
    """One flow compared with March, another with the year before: no one earlier period."""
    text = TWO_YEARS.replace("a year earlier", "in March of 2031")
    assert gaps(text) == [("92.7 billion manat", "502.9 billion manat", "410.2 billion manat")]


def test_a_second_amount_that_is_no_earlier_value() -> None:
    """ "from 12 billion of customs duties": a source, not the year before."""
    text = TWO_YEARS.replace(
        "up from 388.5 billion manat a year earlier", "with 388.5 billion manat from customs duties"
    )
    assert gaps(text) == [("92.7 billion manat", "502.9 billion manat", "410.2 billion manat")]


def test_an_earlier_value_of_another_flow_is_none() -> None:
    text = TWO_YEARS.replace("against 81.6 billion manat", "against 81.6 billion manat of debts")
    assert gaps(text) == [("92.7 billion manat", "502.9 billion manat", "410.2 billion manat")]


REVENUE_DEFICIT = (
    "State revenue for the first half came to 210.4 billion manat. Current expenditure came to "
    "298.1 billion manat. The revenue deficit, the gap in the current budget, was 87.7 billion "
    "manat."
)


def test_a_revenue_deficit_is_current_spending_less_revenue() -> None:
    assert gaps(REVENUE_DEFICIT) == [
        ("87.7 billion manat", "298.1 billion manat", "210.4 billion manat")
    ]


def test_a_revenue_deficit_is_no_gap_of_all_spending() -> None:
    """All spending less revenue is the budget deficit, not the revenue deficit; and the revenue
    deficit is not the gap of all spending."""
    assert gaps(REVENUE_DEFICIT.replace("Current expenditure", "Expenditure")) == []
    whole = REVENUE_DEFICIT.replace("The revenue deficit, the gap in the current budget,", "It")
    assert gaps(whole.replace("It was", "The budget deficit was")) == []


def test_a_capitalised_name_holds_no_flow() -> None:
    """ "The Bureau of Internal Revenue collected X": an agency's takings, not the revenue."""
    text = (
        "The deficit was 90 billion manat in January. Revenue was 300 billion manat and spending "
        "390 billion manat. The Bureau of Internal Revenue reached 210 billion manat in January."
    )
    assert gaps(text) == [("90 billion manat", "390 billion manat", "300 billion manat")]
    assert [r.kind for r in draft(text).relations if r.kind == "sum"] == []


def test_a_public_flow_is_the_budget_of_any_owner() -> None:
    text = (
        "The national government's deficit was 40 billion manat in May. Revenue was 160 billion "
        "manat in May. Public spending in May was 200 billion manat."
    )
    assert gaps(text) == [("40 billion manat", "200 billion manat", "160 billion manat")]


def test_a_month_after_through_is_the_year_to_date() -> None:
    assert read_time("collected through September") == Time(months=(1, 9))
    assert read_time("as of end-September") == Time(months=(1, 9))
    assert read_time("by the end of June") == Time(months=(1, 6))
    assert read_time("in September") == Time(months=(9, 9))
    assert read_time("from July through September") == Time(months=(7, 9))


@settings(max_examples=25, deadline=None)
@given(st.integers(100, 900), st.integers(10, 90), st.integers(100, 900), st.integers(10, 90))
def test_the_earlier_balance_is_checked_as_written(
    revenue: int, deficit: int, before: int, gap: int
) -> None:
    """Whatever the figures, the year before's balance is drafted, and checked: an error exactly
    when its printed deficit is not its spending less its revenue."""
    spent_before = before + gap + 5 * (revenue % 3)  # off by 0, 5 or 10 billion

    def b(whole: int) -> str:  # a figure of tenths, read to within 0.05 billion
        return f"{whole}.4 billion manat"

    text = (
        f"Revenue in the first half of 2031 was {b(revenue)}, up from {b(before)} a year earlier. "
        f"Spending was {b(revenue + deficit)}, up from {b(spent_before)} a year earlier. The "
        f"deficit was {deficit}.0 billion manat, up from {gap}.0 billion manat."
    )
    drafted = gaps(text)
    assert (f"{gap}.0 billion manat", b(spent_before), b(before)) in drafted
    with TemporaryDirectory() as folder:
        verdicts = [o for _, o in outcomes(text, Path(folder), ("difference",))]
    wanted = Outcome.FAIL if revenue % 3 else Outcome.PASS
    assert wanted in verdicts
    assert verdicts.count(Outcome.FAIL) == (1 if revenue % 3 else 0)


def test_a_budget_that_earned_and_spent_a_total_of() -> None:
    text = (
        "In the second half of 2031 the government earned 1.78 trillion manat and spent a total "
        "of 3.75 trillion manat, which left a fiscal deficit of 1.97 trillion manat."
    )
    assert gaps(text) == [("1.97 trillion manat", "3.75 trillion manat", "1.78 trillion manat")]
    exporters = text.replace("the government earned", "exporters earned")
    assert gaps(exporters) == []


def test_a_state_that_paid_out() -> None:
    text = (
        "The state ran a deficit of 35.3 billion manat in 2031. Revenue came to 195.7 billion "
        "manat. On the spending side the state paid out 231.0 billion manat."
    )
    assert gaps(text) == [("35.3 billion manat", "231.0 billion manat", "195.7 billion manat")]
    assert gaps(text.replace("the state paid out", "households paid out")) == []


HALVES = (
    "Revenue for the first half of 2031 was 2.78 trillion manat and dropped to 2.47 trillion "
    "manat in the second half. Spending over the same halves was 3.67 trillion manat in H1 2031 "
    "and 4.91 trillion manat in H2 2031, giving deficits of 0.89 trillion manat and 2.44 "
    "trillion manat in the two halves respectively."
)


def test_deficits_of_the_two_halves_respectively() -> None:
    assert gaps(HALVES) == [
        ("0.89 trillion manat", "3.67 trillion manat", "2.78 trillion manat"),
        ("2.44 trillion manat", "4.91 trillion manat", "2.47 trillion manat"),
    ]


def test_respectively_with_no_periods_before_gives_none() -> None:
    text = HALVES.replace(" in H1 2031", "").replace(" in H2 2031", "")
    assert gaps(text) == []


def test_a_balance_of_another_year_s_month_is_no_gap_of_this_month_s_flows() -> None:
    flows = "Date: 2031-07\n\nExports came to 108.4 billion euros in June and imports to 100.9 billion euros."
    other = flows + " In June 2030 the surplus was 4.1 billion euros.\n"
    assert gaps(other) == []
    same = flows + " In June the surplus was 7.5 billion euros.\n"
    assert gaps(same) == [("7.5 billion euros", "108.4 billion euros", "100.9 billion euros")]
