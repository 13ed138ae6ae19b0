"""One reader of a balance's side (text/balancesides.side), which draftprimary now reads too: a
shortfall standing for the balance is a deficit ("the budget ran a primary shortfall of P", as the
roles read "shortfall"), so a primary shortfall is drafted as a primary deficit; a shortfall of a
flow or against a plan ("a revenue shortfall", "the shortfall against the target", "missed its
target: the shortfall was") is a gap to what was expected, on no side. draftprimary's own
pattern read only "deficit" and "surplus". Sentences written for these tests."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.text.balancesides import opposite, side

_BUDGET = (
    "Budget revenue came to $10.0 billion in 2031 and spending to $12.5 billion, leaving a "
    "deficit of $2.5 billion. Interest payments were $0.9 billion. "
)


def _primary(text: str) -> list[tuple[str, dict[str, str]]]:
    return [r for r in relations(_BUDGET + text) if r[1].get("result") == "$1.6 billion"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaving out interest, the budget ran a primary shortfall of $1.6 billion.",
        "Leaving out interest, the budget ran a shortfall of $1.6 billion.",
        "The primary shortfall came to $1.6 billion.",
    ],
)
def test_a_primary_shortfall_is_the_deficit_less_interest(sentence: str) -> None:
    assert _primary(sentence) == [
        (
            "difference",
            {
                "result": "$1.6 billion",
                "minuend": "$2.5 billion",
                "subtrahend": "$0.9 billion",
            },
        )
    ]


def test_near_miss_a_primary_deficit_keeps_its_reading() -> None:
    assert (
        len(_primary("Leaving out interest, the budget ran a primary deficit of $1.6 billion."))
        == 1
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaving out interest, the budget missed its target: the shortfall was $1.6 billion.",
        "Leaving out interest, a revenue shortfall of $1.6 billion was recorded.",
        "Leaving out interest, the shortfall against the plan was $1.6 billion.",
    ],
)
def test_near_miss_a_shortfall_against_a_plan_is_no_primary_balance(
    sentence: str,
) -> None:
    assert _primary(sentence) == []


def test_the_side_of_each_word() -> None:
    assert side("the budget ran a shortfall of") == "deficit"
    assert side("the deficits were") == "deficit" and side("a surplus of") == "surplus"
    assert side("a revenue shortfall of") is None
    assert side("a shortfall in tax receipts of") is None
    assert side("a shortfall of $1 billion, down from a surplus of") == "surplus"
    assert opposite("a shortfall of", ", down from a surplus of")
    assert not opposite("a revenue shortfall of", ", down from a surplus of")
