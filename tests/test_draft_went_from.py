""" "went from A to B" (also "has gone from", "moved from") is a move from A to B, never a range
of A to B (text/changedranges.py, twenty-sixth session, recall26): "Port fees went from $60
million to $135 million, an increase of 125%" drafts the growth over the two levels, where "$60
million to $135 million" was read as one range and nothing was drafted; with no word of way, no
order is drafted. The sentences are ours."""

from __future__ import annotations

import pytest

from _drafted import relations


def kinds(text: str) -> list[tuple[str, dict[str, str]]]:
    return [(k, f) for k, f in relations(text) if k in ("growth", "order")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Port fees went from $60 million to $135 million, an increase of 125%.",
        "Port fees have gone from $60 million to $135 million, an increase of 125%.",
    ],
)
def test_went_from_is_a_move(sentence: str) -> None:
    found = kinds(sentence)
    assert [(k, f.get("current"), f.get("base")) for k, f in found] == [
        ("growth", "$135 million", "$60 million")
    ]


def test_went_from_alone_orders_nothing() -> None:
    assert kinds("Port fees went from $60 million to $135 million over the decade.") == []
