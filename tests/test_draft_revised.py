"""Revisions and cuts the words state (:mod:`aktobe_facts.text.draftrevised`), drafted as orders
of the new figure against the old; and the words that draft none. Every sentence here is written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    ("sentence", "new", "op", "old"),
    [
        (
            "The forecast was revised downward from $12.5 million to $10 million.",
            "$10 million",
            "<",
            "$12.5 million",
        ),
        (
            "The ministry cut its forecast to 10 million euros from 12.5 million euros.",
            "10 million euros",
            "<",
            "12.5 million euros",
        ),
        (
            "The bank revised its growth forecast for 2024 down from 5 percent to 4.2 percent.",
            "4.2 percent",
            "<",
            "5 percent",
        ),
        (
            "The forecast for 2024 was raised from 10 million tonnes to 12.5 million tonnes.",
            "12.5 million tonnes",
            ">",
            "10 million tonnes",
        ),
        (
            "The ministry lowered the deficit target to $10 million in 2024 from $12.5 million.",
            "$10 million",
            "<",
            "$12.5 million",
        ),
    ],
)
def test_a_revision_orders_the_new_figure(sentence: str, new: str, op: str, old: str) -> None:
    found = relations(sentence)
    assert [(k, f["left"], f["op"]) for k, f in found] == [("order", new, op)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no direction; the cut itself after "by"
        "The growth forecast was revised from 5 percent to 4.2 percent.",
        "The ministry cut spending by $2 million to $10 million.",
    ],
)
def test_no_order_where_the_words_leave_doubt(sentence: str) -> None:
    assert [k for k, _ in relations(sentence)] == []


def test_a_drafted_revision_is_checked(tmp_path: Path) -> None:
    wrong = "The forecast was revised upward from $12.5 million to $10.1 million."
    assert outcomes(wrong, tmp_path, ("order",)) == [("order", Outcome.FAIL)]


def test_a_revision_from_a_to_b_is_two_figures() -> None:
    # rising figures after a revision are the old and the new value, never a range
    assert relations("The forecast for 2024 was raised from $10 million to $12.5 million.") == [
        ("order", {"left": "$12.5 million", "op": ">"})
    ]
    assert relations("Estimates run from $10 million to $12.5 million.") == []
