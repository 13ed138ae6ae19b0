"""The words that give a budget's figures their roles when a deficit is drafted as spending minus
revenue (:mod:`aktobe_facts.text.draftroles`): "this year" and a span with no year are one
period; a remark in parentheses, an adverb or "by" between a flow's noun and its figure; "income"
as revenue; "revenues administered by" a part; the owner of "The national budget ... had
revenues of"; "8.2 billion higher" and "(+6.1 billion)" changes, not levels. Every sentence here
is written for these tests."""

from __future__ import annotations

from test_draft_balances import drafted, gap


def test_this_year_and_a_span_with_no_year_are_one_period() -> None:
    text = (
        "From January to June the budget posted a deficit of 3.1 billion som. In the first six "
        "months of this year revenues totaled 40.2 billion som. Over the same months expenditures "
        "came to 43.3 billion som."
    )
    assert drafted(text) == [gap("3.1 billion som", "43.3 billion som", "40.2 billion som")]
    # last year's revenues are not the year's of a deficit that names none
    assert drafted(text.replace("this year", "last year")) == []


def test_a_remark_an_adverb_or_by_between_a_flow_and_its_figure() -> None:
    text = (
        "The budget ran a deficit of 6.3 billion som in the half. Revenues fell by 2.1% (against "
        "8.4% growth a year before), amounting to 80.1 billion som, while the growth of "
        "expenditures sharply sped up, amounting to 86.4 billion som."
    )
    assert drafted(text) == [gap("6.3 billion som", "86.4 billion som", "80.1 billion som")]
    text = (
        "In May, the growth of income by 4.2% to 15.1 billion som came with a rise in expenses "
        "by 2.2% to 17.4 billion som, which widened the deficit by 12% - to 2.3 billion som."
    )
    assert drafted(text) == [gap("2.3 billion som", "17.4 billion som", "15.1 billion som")]


def test_income_tax_is_no_revenue_of_the_budget() -> None:
    text = (
        "The budget ran a deficit of 2.3 billion som. Income tax brought 15.1 billion som, and "
        "expenses came to 17.4 billion som."
    )
    assert drafted(text) == []


def test_parts_owners_and_changes_are_not_the_balance_figures() -> None:
    text = (
        "The state budget's revenues for 2021 totaled 41.2 billion lei. Revenues administered by "
        "the tax service amounted to 20.1 billion lei. State budget expenditures came to 45.5 "
        "billion lei (+6.1 billion lei), which left a deficit of 4.3 billion lei.\n\n"
        "The national public budget, which also takes in local budgets, had revenues of 70.4 "
        "billion lei, with expenditures 5.2 billion lei higher."
    )
    assert [r for r in drafted(text) if r[0] == "difference"] == [
        gap("4.3 billion lei", "45.5 billion lei", "41.2 billion lei")
    ]
