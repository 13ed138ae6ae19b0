"""Comparisons worded after a figure and its period (:mod:`aktobe_facts.text.draftexceeding`),
drafted as orders the check reads; and the words that draft none. Every sentence here is written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    ("sentence", "left", "op"),
    [
        (
            "Arrivals reached 10 million in 2023, exceeding the 8 million recorded in 2022.",
            "10 million",
            ">",
        ),
        ("Arrivals of 10 million in 2023 surpassed the 8 million of 2022.", "10 million", ">"),
        (
            "Sales came to $12.5 million, topping the previous record of $10 million set in 2019.",
            "$12.5 million",
            ">",
        ),
        (
            "Sales came to $7.5 million in 2023, falling short of the $10 million target.",
            "$7.5 million",
            "<",
        ),
        (
            "Sales came to $12.5 million in 2023, more than the $10 million of 2022.",
            "$12.5 million",
            ">",
        ),
        # the other figure in parentheses after its period
        (
            "Sales reached $12.5 million in 2023, higher than in 2022 ($10.2 million).",
            "$12.5 million",
            ">",
        ),
        (
            "Sales came to $7.5 million in 2023, lower than a year earlier ($10.2 million).",
            "$7.5 million",
            "<",
        ),
        # percents of one kind
        (
            "Deposits recorded a growth of 19.1 percent, lower than the 22.5 percent growth recorded a year earlier.",
            "a growth of 19.1 percent",
            "<",
        ),
        (
            "Assets increased by 22.8 percent, which exceeds the 17.2% recorded in 2021.",
            "increased by 22.8 percent",
            ">",
        ),
        # the figure's period between two years, and "though" before the comparison
        (
            "Cruise calls rose by 11.4% between 2029 and last year, well above the 3 percent rise "
            "in calls across the region.",
            "rose by 11.4%",
            ">",
        ),
        # a pace: one growth outpacing another
        (
            "Card payments grew 14% in 2031, outpacing the 9% rise in cash withdrawals.",
            "grew 14%",
            ">",
        ),
        (
            "Imports of fertiliser grew 20.9% in May, faster than the 12.9% rise in seed imports.",
            "grew 20.9%",
            ">",
        ),
        # a growth against a percent named only by its period
        (
            "Shipments grew 12.4% in June, slower than the prior month's 15.2%.",
            "grew 12.4%",
            "<",
        ),
        # "which is" before the comparison, between levels too
        (
            "Ferry revenue reached $18.5 million in 2031, which is higher than the $16 million of "
            "2030.",
            "$18.5 million",
            ">",
        ),
        # a share with its whole, the other percent naming none
        (
            "The deficit stood at 3.2 percent of GDP, lower than the 4.1 percent a year earlier.",
            "3.2 percent",
            "<",
        ),
        # counts of one thing
        (
            "Arrivals reached 12.5 million visitors in 2023, exceeding the 10 million visitors of 2022.",
            "12.5 million",
            ">",
        ),
    ],
)
def test_an_order_after_the_figure(sentence: str, left: str, op: str) -> None:
    assert [(k, f["left"], f["op"]) for k, f in relations(sentence)] == [("order", left, op)]


def test_a_growth_past_the_value_it_reached_against_another_growth() -> None:
    sentence = (
        "Savings deposits posted a growth of 14.2 percent to $82.6 billion as at end-March 2031, "
        "though lower than the 17.9 percent growth recorded a year earlier."
    )
    assert [(f["left"], f["op"]) for k, f in relations(sentence) if k == "order"] == [
        ("a growth of 14.2 percent", "<")
    ]
    # past the value a growth reached, only a percent of the growth's kind is its comparison
    other = "Loans grew 9 percent to $40 billion in 2031, higher than the 4 percent of GDP in 2030."
    assert [k for k, _ in relations(other)] == ["growth"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the figure after "by" is the gap, not the target
        "Sales reached $12.5 million in 2023, exceeding the target by $2.5 million.",
        # counts of different things; a bound
        "Arrivals reached 12.5 million visitors in 2023, exceeding the 10 million nights of 2022.",
        "Sales reached $12.5 million in 2023, topping more than $10 million.",
        # falls: "lower" says which fell less, not which figure is lower
        "Exports fell 5 percent, lower than the 3 percent decline of 2022.",
        # X is a comparison's earlier figure: what exceeds Y is the other
        "Sales reached $14.4 million compared with $12.5 million, exceeding the $10.2 million target.",
        # "the highest since" names no figure it is compared with
        "Sales reached $12.5 million in 2023, the highest since 2015.",
        # a pace compares rates, never two levels
        "Ferry revenue reached $18.5 million in 2031, faster than the $16 million of 2030.",
        # a pace between level rates, or a fall against a forecast level
        "Unemployment fell to 5.1 percent in May, faster than the 5.6 percent the central bank "
        "had forecast.",
        "The jobless rate stood at 6.2 percent in May, slower than the 6.8 percent of April.",
        "Inflation rose to 4.4 percent in May, outpacing the 3.9 percent of April.",
        "Shipments grew 12.4% in June, slower than the 15.2% the ministry had forecast.",
        # a share of another whole
        "The deficit stood at 3.2 percent of GDP, lower than the 4.1 percent of exports in 2030.",
    ],
)
def test_no_order_where_the_words_leave_doubt(sentence: str) -> None:
    assert [k for k, _ in relations(sentence)] == []


def test_a_drafted_order_is_checked(tmp_path: Path) -> None:
    wrong = "Sales reached $9.5 million in 2023, exceeding the $10.2 million recorded in 2022."
    assert outcomes(wrong, tmp_path, ("order",)) == [("order", Outcome.FAIL)]
