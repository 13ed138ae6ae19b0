"""Parts named as the cause of their whole's move (text/draftcause.py): "X. Merino wool led the
rise, up P to A" and "X, thanks to a rise in A by P to Y and in B by Q to Z": A within X, Y and Z
within X. A cause that is no kind of the whole's thing, a whole that is a balance, a move the
other way, another noun after "led the rise in", another period, two levels before and a sentence
before that tells no move draft nothing. The sentences are ours; the structures are the ones the
twenty-third session found among the open sets' misses (a trade release's "Cars led the rise in
imports", a central bank's "thanks to a rise in natural logs ... and in plantation logs")."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wool exports rose 8 percent to $410 million in 2031. Merino wool led the rise, up 12"
            " percent to $260 million.",
            ("$410 million", ["$260 million"], False),
        ),
        (
            "Spending grew 5 percent to $2.1 billion in 2031.\n\nWages led the increase in"
            " spending, climbing 7 percent to $900 million.",
            ("$2.1 billion", ["$900 million"], False),
        ),
        (
            "Tin output fell 9 percent to 41,000 tonnes in 2031. Alluvial mines drove the decline,"
            " down 14 percent to 22,000 tonnes.",
            ("41,000 tonnes", ["22,000 tonnes"], False),
        ),
        (
            "Fish catches climbed 12% to 48,000 tonnes in 2031, thanks to a rise in pelagic"
            " catches by 20% to 30,000 tonnes and in demersal catches by 3% to 18,000 tonnes.",
            ("48,000 tonnes", ["30,000 tonnes", "18,000 tonnes"], False),
        ),
        (
            "Timber sales slid 6 percent to $310 million in 2031, dragged down by a 15 percent"
            " drop in hardwood sales, which fell to $120 million.",
            ("$310 million", ["$120 million"], False),
        ),
    ],
)
def test_the_cause_of_a_move_is_within_the_whole(
    text: str, expected: tuple[str, list[str], bool]
) -> None:
    assert expected in sums(text)


@pytest.mark.parametrize(
    "text",
    [
        # a balance: its parts may exceed it
        "The trade surplus widened 9 percent to $2 billion in 2031, thanks to a rise in exports"
        " to $9 billion.",
        # a cause that is no kind of the whole's thing
        "Tax revenue rose 4 percent to $5 billion in 2031, helped by a rise in imports to $9"
        " billion.",
        # the leader of a fall after a rise
        "Wool exports rose 8 percent to $410 million in 2031. Merino wool led the decline, down"
        " 3 percent to $260 million.",
        # the rise of another thing than the sentence before tells
        "Wool exports rose 8 percent to $410 million in 2031. Cars led the rise in imports, up"
        " 31 percent to $260 million.",
        # the leader's own move goes the other way
        "Wool exports rose 8 percent to $410 million in 2031. Merino wool led the rise, down 3"
        " percent to $260 million.",
        # two levels of the unit before: which one rose?
        "Wool exports rose 8 percent to $410 million and cotton exports to $380 million in 2031."
        " Merino wool led the rise, up 12 percent to $260 million.",
        # the sentence before tells no move
        "Wool exports came to $410 million in 2031. Merino wool led the rise, up 12 percent to"
        " $260 million.",
    ],
)
def test_near_shapes_draft_no_sum(text: str) -> None:
    assert sums(text) == []


def test_a_cause_above_its_whole_is_an_error(tmp_path: Path) -> None:
    text = (
        "CAPITAL, March 2032\n\nWool exports rose 8 percent to $410 million in 2031. Merino wool"
        " led the rise, up 12 percent to $460 million."
    )
    assert ("sum", Outcome.FAIL) in outcomes(text, tmp_path, ("sum",))


def test_a_cause_of_another_noun_than_the_whole_draws_nothing() -> None:
    # oil exports are no kind of oil revenue: the kind's noun is no word of the whole's subject
    assert (
        sums(
            "Oil revenue rose 9 percent to $2 billion in 2031, thanks to a rise in oil exports by"
            " 12 percent to $7 billion."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        # a profit is sales less costs: the sales that led its rise exceed it
        "Net profit rose 10 percent to $2 billion in 2031. Sales led the rise, up 8 percent to"
        " $30 billion.",
        "Operating profit rose 10 percent to $2 billion in 2031. Sales led the rise, up 8"
        " percent to $30 billion.",
        # an average is no sum of its groups
        "The average wage rose 6 percent to $900 in 2031. Teachers led the rise, up 8 percent"
        " to $1,100.",
        # GDP counts exports less imports
        "GDP grew 5 percent to $50 billion in 2031, thanks to a rise in GDP exports by 9 percent"
        " to $60 billion.",
    ],
)
def test_a_whole_that_is_no_sum_of_its_kinds_draws_nothing(text: str) -> None:
    assert sums(text) == []
