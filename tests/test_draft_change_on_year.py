"""A level, then its change and percent after a noun of change that names the period compared
with ("a year-on-year growth of D or P"): the change's relation, as with "a growth of D or P"
(:data:`aktobe_facts.text.draftgrowth._ON_YEAR`). Every sentence here is written for these
tests, around the numeric phrases of a heldout17 article."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

DATELINE = "CAPITAL, March 2031\n\n"


def changes(sentence: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(DATELINE + sentence) if kind == "change"]


@pytest.mark.parametrize(
    ("words", "direction"),
    [("a year-on-year growth", None), ("a year-on-year decline", "fall"), ("a y-o-y rise", None)],
)
def test_a_change_that_names_its_period_compared(words: str, direction: str | None) -> None:
    drafted = changes(
        f"Cod exports of the islands reached a total value of 3B DKK in 2030, {words} of 707M "
        "DKK or 30 percent."
    )
    assert [
        (c["current"], c["amount"][-8:], c["percent"], c.get("direction")) for c in drafted
    ] == [("3B DKK", "707M DKK", "30 percent", direction)]


def test_an_annual_change_may_be_a_pace_and_draws_nothing() -> None:
    assert (
        changes("Cod exports reached 3B DKK in 2030, an annual growth of 707M DKK or 30 percent.")
        == []
    )


@pytest.mark.parametrize(("percent", "outcome"), [("30", Outcome.PASS), ("24", Outcome.FAIL)])
def test_the_check_reads_the_drafted_change(tmp_path: Path, percent: str, outcome: Outcome) -> None:
    text = (
        f"{DATELINE}Cod exports of the islands reached a total value of 3B DKK in 2030, a "
        f"year-on-year growth of 707M DKK or {percent} percent."
    )
    assert outcomes(text, tmp_path, ("change",)) == [("change", outcome)]
