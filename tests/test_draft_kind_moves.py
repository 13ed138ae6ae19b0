"""A kind's own move in the cue of its whole's (text/draftcause.py, ``growths``): "X, dragged down
by a 15 percent drop in hardwood sales, which fell to A" drafts the 15 percent fall as the growth
of A; "thanks to a rise in A by P to Y and in B by Q to Z" drafts Q as the growth of Z where no
rule drafted it before. A plain percent in a fall's list, a kind that is none of the whole's thing
and two percents before one level draft no growth. The sentences are ours; the structures are a
budget report's "pulled down by a 45 percent decline in energy revenues, which fell to" (corpus)
and a central bank's "and in plantation logs by 56% to" (heldout16), found by recall26."""

from __future__ import annotations

import pytest

from _drafted import relations


def growths(text: str) -> list[tuple[str, str]]:
    return [(f["growth"], f["current"]) for kind, f in relations(text) if kind == "growth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Timber sales slid 6 percent to $310 million in 2031, dragged down by a 15 percent"
            " drop in hardwood sales, which fell to $120 million.",
            ("a 15 percent drop", "$120 million"),
        ),
        (
            "Fish catches climbed 12% to 48,000 tonnes in 2031, thanks to a rise in pelagic"
            " catches by 20% to 30,000 tonnes and in demersal catches by 3% to 18,000 tonnes.",
            ("3%", "18,000 tonnes"),
        ),
        (
            "Ferry revenue rose 9 percent to $84 million, helped by an 11 percent rise in cabin"
            " revenue, which climbed to $31 million.",
            ("an 11 percent rise", "$31 million"),
        ),
    ],
)
def test_the_kind_moves_to_its_level(text: str, expected: tuple[str, str]) -> None:
    assert expected in growths(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a fall told by a plain percent: its sign is not in its words
        (
            "Fish catches fell 12% to 41,000 tonnes in 2031, dragged down by a fall in pelagic"
            " catches to 30,000 tonnes and in demersal catches by 3% to 9,000 tonnes.",
            "9,000 tonnes",
        ),
        # no kind of the whole's thing: the cue reads no part, nor its move
        (
            "Ferry revenue rose 9 percent to $84 million, helped by an 11 percent rise in fuel"
            " prices, which climbed to $1.40 a litre.",
            "$1.40 a litre",
        ),
    ],
)
def test_no_move_the_words_leave_open(text: str, level: str) -> None:
    assert all(current != level for _, current in growths(text))
