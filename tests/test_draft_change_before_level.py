"""An amount of change printed before its percent and a word of comparison, then the level
reached ("Spending was EUR 70 million or 7% higher, reaching EUR 1,100 million"): the draft ties
the three as a change, and the amount is never a flow's level in a balance (the surplus is no
revenue minus EUR 70 million). A percent right before "on" and a period compares with that
period ("grew by 6.3% on January 2022", as British and Irish papers write). The sentences are
written for these tests."""

from __future__ import annotations

from _drafted import relations
from aktobe_facts.text.draft import draft


def test_an_amount_or_percent_higher_reaching_a_level_is_a_change() -> None:
    found = relations("Spending was EUR 70 million or 7% higher, reaching EUR 1,100 million.")
    assert found == [
        (
            "change",
            {"amount": "EUR 70 million", "current": "EUR 1,100 million", "percent": "7%"},
        )
    ]


def test_lower_reaching_signs_the_change_a_fall() -> None:
    found = relations("Imports were $40 million or 5% lower, reaching $760 million.")
    assert found == [
        (
            "change",
            {
                "amount": "$40 million",
                "current": "$760 million",
                "percent": "5%",
                "direction": "fall",
            },
        )
    ]


def test_the_amount_of_change_is_no_spending_of_a_balance() -> None:
    text = (
        "The budget closed January with a surplus of EUR 200 million. "
        "Revenue grew by EUR 80 million or 6.5% on January 2022, reaching EUR 1,300 million. "
        "Expenditures were EUR 70 million or 7% higher, reaching EUR 1,100 million."
    )
    for kind, fields in relations(text):
        if kind == "difference":
            assert "EUR 70 million" not in fields.values(), fields


def test_a_percent_on_a_period_compares_with_that_period() -> None:
    found = draft("Revenue grew by 6.3% on January 2022, reaching EUR 1,307.5 million.")
    growth = next(c for c in found.claims if c.kind == "growth")
    assert (growth.period, growth.base_period) == (None, "2022-01")
    reached = next(c for c in found.claims if c.kind == "amount")
    assert reached.period is None
