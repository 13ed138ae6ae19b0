"""An amount after a comparison's "by" is the gap between two levels, never the level a growth set
beside it reached (text/bygap.py; the nineteenth set's audit, twenty-third session). The sentences
are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    "text",
    [
        "Ticket sales beat the ministry's forecast by $12.4 million in March (8.1% more).",
        "Port fees came in above the same quarter of 2029 by 3.2 million euros, a growth of 5.5%.",
        "Harbour dues were higher than in 2030 by 41 million dinars (7.5 percent more).",
        "Visitor numbers ran ahead of last year's by 6,300 in July, a rise of 4.2 percent.",
        # a list of gaps after one "by": each member is one
        "Fuel duties were ahead of the plan by $4.1 million in May (6.2% more) and $2.9 million in "
        "June (4.4% more).",
    ],
)
def test_a_gap_after_by_is_no_level_of_the_growth(text: str) -> None:
    assert [r for r in relations(text) if r[0] in ("growth", "change")] == []


def test_the_gap_taken_for_the_level_was_a_false_error(tmp_path: Path) -> None:
    # 137.1 over 692.4 is the 19.8 percent; as a growth from 692.4 to 137.1 it was a fall of 80
    text = (
        "Port revenue was above the year before by $137.1 million in August, a growth of 19.8% on "
        "the $692.4 million of August 2030."
    )
    assert outcomes(text, tmp_path, ("growth",)) == []
    text = "Port revenue beat last year's figure by $137.1 million, up 19.8% from $692.4 million."
    assert outcomes(text, tmp_path, ("growth",)) == []


@pytest.mark.parametrize(
    ("text", "current"),
    [
        # near misses: a level after "to", a figure after a "by" of no comparison, a level before
        ("Cargo handled at the port rose by 8.1% to 4.2 million tonnes.", "4.2 million tonnes"),
        (
            "Germany came first with 52,000 visitors, followed by France with 12,400 visitors in "
            "May (8.1% more).",
            "12,400",
        ),
        (
            "Receipts reached $2.7 billion in September, 20.4% more than a year before.",
            "$2.7 billion",
        ),
        ("Receipts were $2.7 billion by September, up 20.4%.", "$2.7 billion"),
    ],
)
def test_a_level_keeps_its_growth(text: str, current: str) -> None:
    drafted = relations(text)
    assert [r for r in drafted if r[0] == "growth" and r[1]["current"] == current], drafted


def test_a_change_after_by_keeps_its_level(tmp_path: Path) -> None:
    text = "Fuel duties rose by $4.1 million, or 6.2%, to $70.2 million."
    assert relations(text) == [
        (
            "change",
            {"amount": "rose by $4.1 million", "current": "$70.2 million", "percent": "6.2%"},
        )
    ]
    assert outcomes(text, tmp_path, ("change",)) == [("change", Outcome.PASS)]
