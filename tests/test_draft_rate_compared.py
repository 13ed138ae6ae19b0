"""A rate compared with a move by "than" is the pace of that move, no share that changed
(text/draftwords.py ``_of_share``): in "plunged 33.8 per cent, a steeper rate than the 18.2 per
cent decrease in August", the 18.2 percent is August's relative fall, a growth, never a change of
a share that may be in points (a held-out run warned on it as points). The sentences are our
own; a share that changed keeps its change."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def kinds(text: str) -> dict[str, str | None]:
    return {c.value or "": c.kind for c in draft(text).claims}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Exports to China plunged 33.8 per cent, a steeper rate than the 18.2 per cent "
            "decrease in August.",
            "18.2 per cent decrease",
        ),
        (
            "Sales of rice rose 12 percent in May, a faster rate than the 9 percent increase in "
            "April.",
            "9 percent increase",
        ),
        (
            "Output fell 4 percent, at a rate slower than the 6 percent drop a month earlier.",
            "6 percent drop",
        ),
        (
            "Arrivals climbed 7 percent, a more modest rate than the 11 percent rise in 2019.",
            "11 percent rise",
        ),
    ],
)
def test_a_move_a_rate_is_compared_with_is_a_growth(sentence: str, value: str) -> None:
    assert kinds("Trade\n\n" + sentence + "\n")[value] == "growth"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The share of exports in output fell by 2.1 percent in May.", "fell by 2.1 percent"),
        ("The unemployment rate rose 0.3 percent in June.", "rose 0.3 percent"),
    ],
)
def test_a_share_or_rate_that_changed_keeps_its_change(sentence: str, value: str) -> None:
    assert kinds("Trade\n\n" + sentence + "\n")[value] == "change"
