"""A figure its noun of change sizes ("a decrease in the goods deficit of $12.5 billion") is how
much the thing changed: never the balance itself, nor a part of a whole shared with another
change's figure. The sentences are written for these tests, in several subjects."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.text.changenamed import names_change

FLOWS = (
    "For 2031, the trade deficit was $610.4 billion. Exports were $2,410.6 billion in 2031 and "
    "imports were $3,021.0 billion in 2031."
)
CHANGES = [
    "The widening reflected a decrease in the goods deficit of $12.5 billion or 1.6 percent to "
    "$770.5 billion and a decrease in the services surplus of $14.4 billion or 5.5 percent to "
    "$160.1 billion.",
    "The wider gap came with an increase in the trade deficit of $2.2 billion in 2031.",
    "Officials pointed to a rise in the deficit by $2.2 billion over 2031.",
]


@pytest.mark.parametrize("sentence", CHANGES)
def test_a_change_s_size_is_no_balance_nor_a_share(sentence: str) -> None:
    text = f"{FLOWS}\n\n{sentence}"
    kinds = [kind for kind, fields in relations(text)]
    assert "same-whole" not in kinds
    balances = [f for kind, f in relations(text) if kind == "difference"]
    assert balances == [
        {
            "result": "$610.4 billion",
            "minuend": "$3,021.0 billion",
            "subtrahend": "$2,410.6 billion",
        }
    ]


def test_the_balance_itself_is_still_drafted() -> None:
    text = (
        "Exports were 2,410.6 billion rand in 2031 and imports were 3,021.0 billion rand in "
        "2031.\n\nThe country ran a trade deficit of 610.4 billion rand in 2031."
    )
    assert [kind for kind, _ in relations(text)] == ["difference"]


def test_two_changes_sized_by_their_nouns_are_no_shares_of_one_whole() -> None:
    text = (
        "The current account improved on a decrease in the fuel deficit of 3.1 billion euros or "
        "2.4 percent and an increase in the tourism surplus of 1.7 billion euros or 6.2 percent."
    )
    assert [kind for kind, _ in relations(text) if kind in ("same-whole", "share")] == []
    listed = (
        "Among the ministries, health had 3.1 billion euros or 24 percent and education 1.7 "
        "billion euros or 13 percent."
    )
    assert [kind for kind, _ in relations(listed)] == ["same-whole"]


@pytest.mark.parametrize(
    ("words", "sized"),
    [
        ("a decrease in the goods deficit of ", True),
        ("an increase in oil and gas revenue of ", True),
        ("a rise of ", True),
        ("A decrease in the deficit of ", True),
        ("posted a net loss of ", False),
        ("a deficit of ", False),
        ("a rise in exports, which reached ", False),
        ("a decrease in the deficit to ", False),
    ],
)
def test_the_words_that_size_a_change(words: str, sized: bool) -> None:
    text = words + "$4.2 billion"
    assert names_change(text, len(words)) is sized
