"""A move "from A to B" whose verb of change stands a few words before "from": its measure ("rose
in value from A to B", "rose 11% in value from") or its span of time ("rose over the year, from",
"fell sharply in 2031, from", "dropped by D during the year, from"). The two figures are the
move's ends, never a range, and the move is drafted as where the verb stands right before "from"
(`changedranges.APART`): an order, a growth with its percent, a change with its amount. A noun
of change with such words after it ("an increase over the year from 5 to 7 percent is expected")
may be a range of the change, and stays one. The sentences are written for these tests; the
structure is the one the twentieth session found in the open sets' misses (a central bank's
"rose in value from K426.9 million to K739.4 million", "also rose over the year, from K234.4
million to K321.4 million", a bank report's "dropped by GBP1bn during the year, from GBP20.1bn
to GBP19bn")."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, ranked, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

HEAD = "Ruritania in 2031\n\nZENDA, March 3, 2032 - "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sales of fish also rose over the year, from $234.4 million to $321.4 million.",
            [("$321.4 million", ["$234.4 million"])],
        ),
        (
            "Wool exports rose in value from $426.9 million to $739.4 million.",
            [("$739.4 million", ["$426.9 million"])],
        ),
        (
            "Timber sales fell sharply in 2031, from $729.7 million to $515.1 million.",
            [("$515.1 million", ["$729.7 million"])],
        ),
    ],
)
def test_the_two_ends_of_a_move_are_ordered(
    sentence: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert ranked(HEAD + sentence) == expected


def test_a_growth_told_in_value_ties_its_two_ends() -> None:
    found = relations(
        HEAD + "Coal exports rose 11.7% in value from $729.7 million to $815.1 million."
    )
    assert found == [
        ("growth", {"growth": "rose 11.7%", "current": "$815.1 million", "base": "$729.7 million"})
    ]


def test_a_change_with_its_span_between_ties_both_levels(tmp_path: Path) -> None:
    text = (
        HEAD
        + "Deposits dropped by £1.1 billion during the year, from £20.1 billion to £19 billion."
    )
    assert relations(text) == [
        (
            "change",
            {
                "amount": "dropped by £1.1 billion",
                "current": "£19 billion",
                "base": "£20.1 billion",
                "direction": "fall",
            },
        )
    ]
    assert outcomes(text + "\n", tmp_path, ("change",)) == [("change", Outcome.PASS)]
    slip = text.replace("£1.1 billion", "£2.6 billion")  # 20.1 - 19 is 0.6 to 1.65
    assert outcomes(slip + "\n", tmp_path, ("change",)) == [("change", Outcome.FAIL)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun of change with its span after it: perhaps a range of the change
        "An increase over the year from 5 to 7 percent is expected for wages.",
        # the verb's words are no measure or span: "in the north" names a part, read as before
        "Estimates fell in the north from 5 to 7 million tonnes.",
    ],
)
def test_other_words_leave_a_range(sentence: str) -> None:
    found = draft(HEAD + sentence)
    assert [c.value for c in found.claims if " to " in (c.value or "")]
    assert not found.relations


def test_a_growth_told_in_volume_is_no_growth_of_money() -> None:
    text = HEAD + "Coal exports rose 11.7% in volume from $729.7 million to $815.1 million."
    assert [kind for kind, _ in relations(text)] == []
