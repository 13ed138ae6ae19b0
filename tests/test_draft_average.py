"""A total and its average per day, month or year in one sentence
(:mod:`aktobe_facts.text.draftaverage`), drafted as an equation the check reads: the average times
the period's days (months, years) is the total; and the sentences that draft none. Every sentence
here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

DATELINE = "CAPITAL, March 2024\n\n"


def relations(sentence: str) -> list[tuple[str, str]]:
    """The relations drafted from the sentence after a dateline, an equation with each claim
    written as its figure ("[1 million euros] * 12 = [12 million euros]")."""
    found = draft(DATELINE + sentence)
    values = {c.id: f"[{c.value}]" for c in found.claims}
    return [
        (r.kind, " ".join(values.get(w, w) for w in str(r.fields.get("expr", "")).split()))
        for r in found.relations
    ]


def equation(expr: str) -> list[tuple[str, str]]:
    return [("equation", expr)]


def test_the_total_first_then_its_average() -> None:
    assert relations(
        "Tax revenue came to 12 million euros in 2023, an average of 1 million euros a month."
    ) == equation('[1 million euros a month] * "12 months" = [12 million euros]')
    assert relations(
        "Tourist arrivals came to 12 million visitors in the first quarter of 2024, or "
        "4 million visitors a month."
    ) == equation("[4 million] * 3 = [12 million]")
    # a figure read per day is multiplied by the days quoted with their unit
    assert relations(
        "In 2022 total oil production was 388.4m barrels, or an average of nearly 1.1m "
        "bpd, compared to around 971,000 bpd in 2021."
    ) == equation('[nearly 1.1m bpd] * "365 days" = [388.4m barrels]')


def test_the_average_first_then_its_total() -> None:
    assert relations(
        "Crude output averaged 1.2 million barrels a day in March 2024, for a total of "
        "37.2 million barrels."
    ) == equation('[1.2 million barrels a day] * "31 days" = [37.2 million barrels]')
    assert relations(
        "Rice production averaged 50,000 tonnes a day over 30 days, a total of 1.5 million tonnes."
    ) == [
        *equation('[50,000 tonnes a day] * "30 days" = [1.5 million tonnes]'),
        ("per", ""),  # the rate as the total over the days, as "50,000 tonnes per day" gives
    ]


def test_more_words_of_an_average() -> None:
    assert relations(
        "Remittances came to $12 million in 2023, which works out to $1 million a month."
    ) == equation('[$1 million a month] * "12 months" = [$12 million]')  # a rate, as "a day" is
    assert relations(
        "Daily crude output averaged 1.2 million barrels in March 2024, for a total of 37.2 "
        "million barrels."
    ) == equation("[1.2 million barrels] * 31 = [37.2 million barrels]")
    assert relations(
        "Crude output was 1.2 million barrels a day on average in March 2024, or 37.2 million "
        "barrels in the month."
    ) == equation('[1.2 million barrels a day] * "31 days" = [37.2 million barrels]')


def test_a_span_of_years() -> None:
    assert relations(
        "Between 2016 and 2020, investment in mining projects totaled $25.1 billion, "
        "with an average annual investment of $4.5 billion."
    ) == equation("[$4.5 billion] * 5 = [$25.1 billion]")


@pytest.mark.parametrize(
    "sentence",
    [
        # an average of another thing, of another year, a comparison, no period named
        "Remittances came to $12 million in 2023, with an average wage of $1 million a month.",
        "Remittances came to $12 million in 2023, against an average of $1 million a month in 2022.",
        "Remittances came to $12 million in 2023, or $1 million a month more than in 2022.",
        "Remittances came to $12 million, an average of $1 million a month.",
        # another denominator, another time after the average's rate
        "Remittances came to $12 million in 2023, or $1 million a month per household.",
        "Remittances came to $12 million in 2023, an average of $1 million a month in the previous five years.",
        "Remittances came to $12 million in 2023, an average of $1 million a month in 2022.",
        # a running total; percents a month compound
        "Arrivals averaged 30,000 a day in March 2024, bringing the total to 2 million.",
        "Prices rose 40 percent in 2023, an average of 3 percent a month.",
        # a period not yet over, a period the words do not date
        "Exports reached $5 billion so far this year, an average of $1 billion a month.",
        "Exports reached $12 billion this year, an average of $1 billion a month.",
        # a day's average of a market is over its trading days, not the calendar's
        "The exchange traded $12.5 billion in 2023, or $50 million a day.",
        # one year's average a year is no equation of two figures
        "Investment totaled $4.5 billion in 2023, an average annual investment of $4.5 billion.",
    ],
)
def test_no_equation_where_the_words_leave_doubt(sentence: str) -> None:
    assert [k for k, _ in relations(sentence)] == []


def test_a_drafted_average_is_checked(tmp_path: Path) -> None:
    right = "Tax revenue came to 12 million euros in 2023, an average of 1 million euros a month."
    assert outcomes(DATELINE + right, tmp_path, ("equation",)) == [("equation", Outcome.PASS)]
    wrong = (
        "Between 2016 and 2020, investment in mining projects totaled about $25.1 billion, with "
        "an average annual investment of $4.5 billion."
    )
    assert outcomes(DATELINE + wrong, tmp_path, ("equation",)) == [("equation", Outcome.FAIL)]
    per_day = "Passenger numbers came to 36.5 million in 2023, or an average of 100,000 per day."
    assert outcomes(DATELINE + per_day, tmp_path, ("equation",)) == [("equation", Outcome.PASS)]
