"""A move told by a word of judgement ("improved", "worsened") is signed only where its level's
comparison says the way: "improved by 10.9 percent to $2.32 billion, up from $2.09 billion" is a
rise (:func:`aktobe_facts.text.draftsigns.judged`), "worsened by 8 percent to $1.3 billion, up from
$1.2 billion" (a deficit's) a rise of the figure too. A revenue that improves rises and a deficit
that improves falls, so "improved 4.4 percent to X from Y" stays unsigned and draws no growth. The
sentences are ours, around a tax office's figures in heldout4."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

DATELINE = "CAPITAL, October 2031\n\n"


def growths(sentence: str) -> list[str]:
    return [f["growth"] for kind, f in relations(DATELINE + sentence) if kind == "growth"]


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "The customs office, the second collector, improved by 10.9 percent to $2.32 billion"
            " as of end-September, up from $2.09 billion a year ago.",
            "10.9 percent",
        ),
        (
            "The port's deficit worsened by 8 percent to $1.3 billion, up from $1.2 billion a year"
            " earlier.",
            "8 percent",
        ),
        (
            "The port's deficit improved by 8 percent to $1.1 billion, down from $1.2 billion a"
            " year earlier.",
            "-8 percent",
        ),
    ],
)
def test_a_judged_move_takes_the_way_of_its_comparison(sentence: str, growth: str) -> None:
    assert growths(sentence) == [growth]


def test_a_wrong_judged_move_fails(tmp_path: Path) -> None:
    text = (
        DATELINE + "The customs office improved by 20.9 percent to $2.32 billion in 2031, up from"
        " $2.09 billion in 2030."
    )
    assert ("growth", Outcome.FAIL) in outcomes(text, tmp_path, ("growth",))


@pytest.mark.parametrize(
    "sentence",
    [
        # no word of the way: a revenue that improves rises, a deficit falls
        "Tax collections improved 4.4 percent to $2.237 billion at end-September from $2.143"
        " billion a year earlier.",
        "The customs office improved by 10.9 percent to $2.32 billion, compared with $2.09"
        " billion a year ago.",
    ],
)
def test_an_unsaid_way_draws_no_growth(sentence: str) -> None:
    assert growths(sentence) == []
