"""A budget and its recurrent and capital spending told after it (text/draftbudgetsplit): the two
parts lie within the budget's total, and nothing is drafted where the words leave the whole or a
part open. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def sums(text: str) -> list[tuple[str, list[str]]]:
    """Each drafted sum: its total and parts, shown by their values."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (values[str(r.fields["total"])], [values[p] for p in r.fields["parts"]])  # type: ignore[union-attr]
        for r in found.relations
        if r.kind == "sum"
    ]


BUDGET = (
    "The finance minister put the estimated budget of the islands for 2031 at $412.6 million.\n\n"
    "Giving a breakdown to parliament, he said $351.2 million will go towards recurrent"
    " expenditure while $48.3 million has been allocated for capital expenditure.\n"
)


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (BUDGET, "$412.6 million", ["$351.2 million", "$48.3 million"]),
        (
            "Members approved the budget, which stands at $1.4 billion, state radio said.\n\n"
            "On the spending side, the recurrent expenses shall take $802.5 million while $560"
            " million shall go to development.\n",
            "$1.4 billion",
            ["$802.5 million", "$560 million"],
        ),
    ],
)
def test_recurrent_and_capital_spending_lie_within_the_budget(
    text: str, whole: str, parts: list[str]
) -> None:
    assert (whole, parts) in sums(text)


@pytest.mark.parametrize(
    "text",
    [
        # a deficit's budget, a revenue, a ministry's own budget: no total of the two
        BUDGET.replace("the estimated budget of", "a deficit budget of $12 million for").replace(
            "for 2031 at $412.6 million", "for 2031"
        ),
        BUDGET.replace(
            "estimated budget of the islands", "estimated revenue budget of the islands"
        ),
        BUDGET.replace("the estimated budget of the islands", "the health ministry's budget"),
        # the parts' sentence names the revenue side or a body of its own
        BUDGET.replace("for capital expenditure", "from capital grants"),
        BUDGET.replace("he said", "the works department said"),
        # two budgets before the parts: which one is left to the editor
        BUDGET.replace(
            "at $412.6 million.", "at $412.6 million, and last year's budget at $398.1 million."
        ),
        # two recurrent figures in the sentence
        BUDGET.replace(
            "recurrent expenditure while",
            "recurrent expenditure, $12.4 million more recurrent spending than planned, while",
        ),
    ],
)
def test_nothing_is_drafted_where_the_whole_or_a_part_is_open(text: str) -> None:
    assert not [s for s in sums(text) if "$351.2 million" in s[1] and "$48.3 million" in s[1]]


def test_a_split_that_fits_its_budget_raises_nothing_and_one_that_exceeds_it_is_found(
    tmp_path: Path,
) -> None:
    assert outcomes(BUDGET, tmp_path, ("sum",)) == [("sum", Outcome.PASS)]
    over = BUDGET.replace("$48.3 million", "$84.3 million")
    assert outcomes(over, tmp_path, ("sum",)) == [("sum", Outcome.FAIL)]
