"""The last months of a year and quarters named by their last month (text/roletime.py read_time,
text/periodnames.py): "the last quarter of 2007" is October to December 2007, never the year;
"the December 2005 quarter" is October to December, never December alone; "the last three
months of 2021" end the year, never start it; a span counted back from the day of writing ("the
past 12 months") is no calendar year. A held-out run's month and quarter in neighbouring
paragraphs were taken for one period, and review25 found "the last quarter of 2007" read as the
year. The sentences are our own."""

from __future__ import annotations

import pytest

from aktobe_facts.text.datelines import Dateline
from aktobe_facts.text.draft import draft
from aktobe_facts.text.periodnames import named_periods
from aktobe_facts.text.roletime import read_time


@pytest.mark.parametrize(
    ("words", "months", "year"),
    [
        ("the last quarter of 2007", (10, 12), "2007"),
        ("in the final quarter of 2019", (10, 12), "2019"),
        ("during the closing quarter of 2011", (10, 12), "2011"),
        ("the latter half of 2010", (7, 12), "2010"),
        ("the last three months of 2021", (10, 12), "2021"),
        ("over the final six months of 2020", (7, 12), "2020"),
        ("the last two quarters of 2007", (7, 12), "2007"),
        ("the first two quarters of 2007", (1, 6), "2007"),
        ("the first quarter of 2007", (1, 3), "2007"),
        ("in the first half of 2009", (1, 6), "2009"),
        ("in the December 2005 quarter", (10, 12), "2005"),
        ("for the June quarter of 2016", (4, 6), "2016"),
        ("the September-quarter figures", (7, 9), None),
        ("the last quarter of last year", (10, 12), None),
    ],
)
def test_the_end_or_start_of_a_year_is_read_as_its_months(
    words: str, months: tuple[int, int], year: str | None
) -> None:
    time = read_time(words)
    assert (time.months, time.year) == (months, year)


@pytest.mark.parametrize(
    "words",
    [
        "last quarter",  # the quarter before the article's, whichever it is
        "over the last three months",
        "in the past 12 months",
        "the next two quarters",
        "the February quarter",  # from December: two calendar years
        "the last half of the decade",
    ],
)
def test_a_span_counted_from_the_day_of_writing_names_no_months(words: str) -> None:
    assert read_time(words).months is None


def test_a_count_of_quarters_of_a_thing_is_no_span() -> None:
    assert read_time("the plant's first three quarters of production").months is None
    words = "The plant sold its first three quarters of production abroad."
    assert named_periods(words, (0, len(words)), 2022) == []


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Revenue fell in the last quarter of 2007.", "2007-Q4"),
        ("Sales rose in the final three months of 2021.", "2021-Q4"),
        ("The latter half of 2010 was weak for sales.", "2010-H2"),
        ("Sales grew in the first two quarters of 2007.", "2007-H1"),
        ("In the December 2005 quarter, exports grew.", "2005-Q4"),
        ("Imports in the September quarter of 2019 rose.", "2019-Q3"),
        ("The June quarter figures rose.", "2022-Q2"),
        ("Spending slowed in the last six months of 2018.", "2018-H2"),
        ("Output rose in the final four months of 2015.", "2015-09/2015-12"),
    ],
)
def test_a_claims_period_is_the_span_not_the_year_or_the_month(sentence: str, period: str) -> None:
    found = named_periods(sentence, (0, len(sentence)), Dateline(2022, 11))
    assert [p.text for p in found] == [period]


def test_a_figure_above_the_last_quarter_of_a_year_is_ordered() -> None:
    text = (
        "Harbour takings\n\n"
        "Hotel revenue came to 3.1 billion patacas in the fourth quarter of 2008, exceeding the "
        "2.9 billion patacas of the final quarter of 2007.\n"
    )
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    orders = [
        (values[str(r.fields["left"])], r.fields["op"], [values[i] for i in r.fields["right"]])
        for r in found.relations
        if r.kind == "order" and isinstance(r.fields["right"], list)
    ]
    assert orders == [("3.1 billion patacas", ">", ["2.9 billion patacas"])]


@pytest.mark.parametrize(
    "words",
    [
        "in the closing months of 2007",
        "the last months of 2007",
        "the final quarters of 2019",
        "the last months of the year",
    ],
)
def test_a_plural_with_no_count_names_no_months(words: str) -> None:
    """review26: "the closing months of 2007" was read as December alone ("the final quarters"
    as the fourth): how many months, the words do not say."""
    assert read_time(words).months is None
    sentence = f"Sales rose {words}."
    assert named_periods(sentence, (0, len(sentence)), Dateline(2022, 11)) == []
