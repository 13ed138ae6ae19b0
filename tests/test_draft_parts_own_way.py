""" "A of which to X and B to Y" (:mod:`aktobe_facts.text.draftparts`): "of which" then a way
("to", "for", "from", "into") with no figure opens the way of the figure before it, and a figure
after it that goes its own way by the same word is a sibling, never a part of the first (it may be
the larger). A total's parts after "of which" as figures are drafted as before. Every sentence
here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome


def test_siblings_each_with_its_own_way_are_no_sum(tmp_path: Path) -> None:
    assert (
        sums(
            "Bulk shipments went mostly to Europe (64%) 12,480 tonnes of which to the French "
            "market and 15,920 tonnes to the German, despite strong competition."
        )
        == []
    )
    assert (
        sums(
            "The fund disbursed $41.2 million of which for schools in the north and $38.5 million "
            "for clinics in the south."
        )
        == []
    )
    text = (
        "Sales abroad were led by Europe, 8,310 bales of which into the Dutch market and 9,045 "
        "bales into the Belgian one."
    )
    assert sums(text) == []
    assert (("sum", Outcome.FAIL)) not in outcomes(text, tmp_path, ("sum",))


def test_parts_after_of_which_are_drafted_as_before() -> None:
    assert sums(
        "Exports reached 52,000 tonnes, of which 21,340 tonnes to the French market and 18,760 "
        "tonnes to the German."
    ) == [("52,000 tonnes", ["21,340 tonnes", "18,760 tonnes"], False)]
    assert sums(
        "The fund disbursed $96.3 million, of which $41.2 million for schools and $38.5 million "
        "for clinics."
    ) == [("$96.3 million", ["$41.2 million", "$38.5 million"], False)]
