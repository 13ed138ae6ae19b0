"""A comparative before a figure that a comparison after it completes
(:mod:`aktobe_facts.text.draftcomparative`): drafted as orders the check reads, and the near
misses that draft none. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from test_draft_order import orders


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rural lending recorded a higher growth rate of 16.4 percent in March 2031, compared "
            "to a growth of 11.0 percent in the previous year.",
            ("16.4 percent", ">", ["a growth of 11.0 percent"]),
        ),
        (
            "The province posted a lower deficit of $1.7 billion in 2031 against $2.3 billion in "
            "2030.",
            ("$1.7 billion", "<", ["$2.3 billion"]),
        ),
        (
            "The pension fund ran a smaller surplus of 4.2 billion euros than the 5.5 billion "
            "euros of 2030.",
            ("4.2 billion euros", "<", ["5.5 billion euros"]),
        ),
        (
            "The fund posted a smaller loss of 2.4 million euros in the first half of 2031, "
            "against 3.1 million euros in the same period a year earlier.",
            ("2.4 million euros", "<", ["3.1 million euros"]),
        ),
        (
            "The port handled a larger volume of 3.4 million tonnes in the half, compared with 2.9 "
            "million tonnes a year earlier.",
            ("3.4 million tonnes", ">", ["2.9 million tonnes"]),
        ),
    ],
)
def test_a_comparative_completed_after_the_figure(
    sentence: str, expected: tuple[str, str, list[str]]
) -> None:
    assert orders(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # the other figure names another thing
        "The carrier posted a higher profit of $5 million, compared to a loss of $6 million in 2030.",
        "Exports reached a higher value of $3.2 billion in 2031, compared with imports of $4.1 billion.",
        # the comparative belongs to another comparison
        "The ministry reported a lower-than-expected deficit of $3.2 billion, compared with $4.1 "
        "billion in 2030.",
        # the other figure is no level of the thing: an estimate
        "The ministry reported a higher deficit of $3.2 billion than the $4.1 billion expected by "
        "analysts.",
        # after the other figure, another subject rather than its period
        "The north posted a lower deficit of $3.2 billion in 2031 against $2.1 billion for the "
        "southern province.",
        "The north posted a lower deficit of $3.2 billion in 2031 against $2.1 billion recorded "
        "by the south.",
        # the comparative is part of a name, not of the figure's noun
        "Spending on higher education of 2.1 billion lari in 2031 compared with 2.5 billion lari "
        "in 2030.",
        "Property sales in Greater London at 2.1 billion pounds in 2031, compared with 2.5 "
        "billion pounds in 2030.",
        "The state set a higher education budget of 2.1 billion lari for 2031, compared with 2.5 "
        "billion lari in 2030.",
        # no comparative: "compared to" alone says nothing of which is larger
        "The province posted a deficit of $1.7 billion in 2031 against $2.3 billion in 2030.",
    ],
)
def test_no_order_where_the_comparison_is_of_another_thing(sentence: str) -> None:
    assert orders(sentence) == []


def test_a_wrong_figure_fails_the_drafted_order(tmp_path: Path) -> None:
    text = (
        "The province posted a lower deficit of $2.7 billion in 2031 against $2.3 billion in 2030."
    )
    assert [o for _, o in outcomes(text, tmp_path, ("order",))] == [Outcome.FAIL]
