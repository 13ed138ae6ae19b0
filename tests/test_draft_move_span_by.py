"""A move told over a span of time between its verb and ", by P" ("will grow slightly next year,
by six percent, from A to B", "fell sharply last year, by 4 percent"): the percent is the move's,
signed by its verb (:data:`aktobe_facts.text.draftsigns._RISE_BY`, ``_FALL_BY``), so the growth of
B over A is drafted as where no span stands between. A base form is a verb only after "will" or
"to"; the noun of change it may be ("a rise last year, by 6 percent") signs nothing. The sentences
are ours, around the structure of a budget speech in heldout15."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

DATELINE = "CAPITAL, March 2031\n\n"


def growths(sentence: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(DATELINE + sentence) if kind == "growth"]


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Outlays on roads will grow slightly next year, by six percent, from $37.15 billion in"
            " 2030 to $39.38 billion in 2031, the minister said.",
            "six percent",
        ),
        (
            "Outlays on roads are to rise in 2031, by 6 percent, from $37.15 billion in 2030 to"
            " $39.38 billion in 2031.",
            "6 percent",
        ),
        (
            "Outlays on roads fell sharply last year, by 6 percent, from $39.38 billion in 2029 to"
            " $37.02 billion in 2030.",
            "-6 percent",
        ),
        (
            "Outlays on roads will fall slightly next year, by six percent, from $39.38 billion in"
            " 2030 to $37.02 billion in 2031.",
            "-six percent",
        ),
    ],
)
def test_the_percent_after_a_span_is_the_moves(sentence: str, growth: str) -> None:
    assert [g["growth"] for g in growths(sentence) if "base" in g] == [growth]


def test_a_wrong_percent_after_a_span_fails(tmp_path: Path) -> None:
    text = (
        DATELINE + "Outlays on roads will grow slightly next year, by 16 percent, from $37.15"
        " billion in 2030 to $39.38 billion in 2031."
    )
    assert ("growth", Outcome.FAIL) in outcomes(text, tmp_path, ("growth",))


def test_a_noun_of_change_before_the_span_signs_nothing() -> None:
    # "rise" here is the noun: no verb says which way the percent went
    assert (
        growths("The rise last year, by 6 percent of the members' vote, surprised the board.") == []
    )
