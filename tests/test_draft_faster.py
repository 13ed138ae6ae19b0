"""A move told as faster or slower than the move before it in its sentence
(:mod:`aktobe_facts.text.draftfaster`): "Imports declined by 3.77% ..., and exports fell more
steeply, by 19.72%" orders the two growths, the faster fall the lower; the percent after "fell
more steeply, by" is the fall's (:data:`aktobe_facts.text.draftsigns._COMPARED`), so its growth of
the level after it is drafted. "than", two ways and a third growth draw no order. The sentences
are ours, around a port's yearly figures in heldout15."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations

DATELINE = "CAPITAL, March 2031\n\n"


def orders(sentence: str) -> list[tuple[str, str, list[str]]]:
    found = relations(DATELINE + sentence)
    return [(f["left"], f["op"], []) for kind, f in found if kind == "order" and "%" in f["left"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Unloaded cargo declined by 3.77% to 8.575 million tonnes, and loaded cargo fell more"
            " steeply, by 19.72%, totaling 1.832 million tonnes.",
            [("-19.72%", "<", [])],
        ),
        (
            "Hotel stays rose 4%, while rentals grew faster, by 9%.",
            [("9%", ">", [])],
        ),
        (
            "Hotel stays rose 9%, while rentals grew more slowly, by 4%.",
            [("4%", "<", [])],
        ),
        # twenty-sixth session (recall26): an adverb of degree before the comparison
        (
            "Ferry tickets sold grew by 6.1% to 2.4 million, and cabin bookings rose even"
            " faster, by 11.8% to $41.2 million.",
            [("11.8%", ">", [])],
        ),
        (
            "Hotel stays rose 4%, while rentals grew still faster, by 9%.",
            [("9%", ">", [])],
        ),
        (
            "Wool sales fell 3.2%, while hide sales fell much more steeply, by 14.5%.",
            [("-14.5%", "<", [])],
        ),
        (
            "Wool sales fell 3.2% to $4 million, and hide sales fell far more slowly, by 1.5%.",
            [("-1.5%", ">", [])],
        ),
    ],
)
def test_the_faster_move_is_ordered(
    sentence: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert orders(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "than" names what is compared: the percent after it may be the gap
        "Hotel stays rose 4%, while rentals grew faster than stays, by 9%.",
        # two ways: the words do not say which figure is the larger
        "Hotel stays rose 4%, while rentals fell faster, by 9%.",
        # a third growth: which one is compared?
        "Hotel stays rose 4% and tours 6%, while rentals grew faster, by 9%.",
        # review25: terms after the faster move's level, or of two currencies, compare nothing
        "Hotel stays rose 9.1% in 2030, and rentals grew faster, by 7.2% to 3.1 million nights "
        "in volume.",
        "Hotel stays rose 9.1% in 2030, and rentals grew faster, by 7.2% to $3.1 billion in the "
        "first quarter.",
        "Hotel stays rose 9.1% in dollar terms, and rentals grew faster, by 7.2% in euro terms.",
        # twenty-sixth session: a whole year's move against the first half's (change25's note)
        "Hotel stays fell 3.8% in the first half, and rentals fell more steeply, by 19.7% in the"
        " year.",
        "Hotel stays fell 3.8% in the first half, and rentals fell more steeply, by 19.7% over the"
        " whole year.",
    ],
)
def test_near_shapes_draw_no_order(sentence: str) -> None:
    assert orders(sentence) == []


def test_the_fall_after_more_steeply_is_the_levels(tmp_path: Path) -> None:
    text = (
        DATELINE + "Unloaded cargo declined by 3.77% to 8.575 million tonnes, and loaded cargo"
        " fell more steeply, by 19.72%, totaling 1.832 million tonnes, down from 2.282 million"
        " tonnes in 2030."
    )
    growths = [f for kind, f in relations(text) if kind == "growth"]
    assert {"growth": "-19.72%", "current": "1.832 million tonnes"}.items() <= growths[-1].items()
    assert outcomes(text, tmp_path, ("growth",))
