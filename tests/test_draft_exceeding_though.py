"""A level and the figure a pronoun's clause says it fell short of ("X, though they fell well
short of 2029's Y"), and a possessive year before the figure compared ("falling short of FY2029's
Y"): an order X < Y (draftexceeding, twenty-fourth session). The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.findings import Outcome
from test_draft_order import orders, outcomes


@pytest.mark.parametrize(
    "text",
    [
        "Toll receipts reached $48.3 million, though they fell well short of 2029's $67.8 million.",
        "Toll income came to $48.3 million in 2030, though it came in far short of FY2029's $67.8 "
        "million.",
        "Toll receipts reached $48.3 million in 2030, falling short of 2029's $67.8 million.",
    ],
)
def test_a_level_short_of_the_figure_after(text: str) -> None:
    assert orders(text) == [("$48.3 million", "<", ["$67.8 million"])]


@pytest.mark.parametrize(
    ("before", "outcome"), [("$67.8 million", Outcome.PASS), ("$41.2 million", Outcome.FAIL)]
)
def test_the_order_is_checked(tmp_path: Path, before: str, outcome: Outcome) -> None:
    text = f"Toll receipts reached $48.3 million, though they fell well short of 2029's {before}."
    assert outcomes(text, tmp_path) == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        # another subject fell short
        "Toll receipts reached $48.3 million, though costs fell well short of 2029's $67.8 million.",
        # a change, no shortfall
        "Toll receipts reached $48.3 million, though they fell by 2029's $67.8 million.",
    ],
)
def test_no_order_of_another_subject_or_a_change(text: str) -> None:
    assert orders(text) == []
