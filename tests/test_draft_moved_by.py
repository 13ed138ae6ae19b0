"""A move "from A to B" and its percent told after it, in brackets or after ", or", with "by"
("is to go up from D2.9 billion in 2030 to D5.9 billion in 2031 (i.e. by 76%)"; "fell from A to
B, or by 12 percent"): the percent is the move's, signed by its verb
(:func:`aktobe_facts.text.draftsigns.moved_by`), and the growth of B over A is drafted. A bracket
whose percent goes on to a whole of its own ("(by 76% of the plan)") is a share, and no growth.
The sentences are ours, around a budget speech's structure in heldout15 (whose printed percent is
wrong: the check finds it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

DATELINE = "CAPITAL, March 2032\n\n"


def growths(sentence: str) -> list[dict[str, str]]:
    return [f for kind, f in relations(DATELINE + sentence) if kind == "growth"]


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Debt interest is to go up from $2.9 billion in 2030 to $4.4 billion in 2031 (i.e. by"
            " 52%), the minister said.",
            "52%",
        ),
        (
            "Debt interest went up from $2.9 billion in 2030 to $3.9 billion in 2031, or by 34%.",
            "34%",
        ),
        (
            "Debt interest fell from $5.9 billion in 2030 to $2.9 billion in 2031 (by 51%).",
            "-51%",
        ),
    ],
)
def test_the_percent_after_the_move_is_its_growth(sentence: str, growth: str) -> None:
    assert [(g["growth"], "base" in g) for g in growths(sentence)] == [(growth, True)]


def test_a_wrong_percent_after_the_move_fails(tmp_path: Path) -> None:
    text = (
        DATELINE + "Debt interest is to go up from $2.9 billion in 2030 to $5.9 billion in 2031"
        " (i.e. by 76%), the minister said."
    )
    assert ("growth", Outcome.FAIL) in outcomes(text, tmp_path, ("growth",))


def test_a_bracketed_share_is_no_growth() -> None:
    assert (
        growths(
            "Debt interest went up from $2.9 billion in 2030 to $3.9 billion in 2031 (by 34%"
            " of the plan)."
        )
        == []
    )
