"""The level a move reached after "for a total of" or "to a total of" (text/draftgrowth.py
``_REACHED``, twenty-sixth session, recall26): "Cruise arrivals rose by 28%, or 4,342, for a total
of 19,962" is the change to 19,962, as "to 19,962" is; "with a total of" stays unread, as it may
name a part ("rose 12 percent, with a total of $5 million from tours"). The sentences are ours,
around a tourism board's wording (heldout20)."""

from __future__ import annotations

import pytest

from _drafted import relations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ferry arrivals rose by 28%, or 4,342, for a total of 19,962.",
            ("change", "19,962"),
        ),
        (
            "Dock fees rose by 12%, or $4.3 million, to a total of $40.2 million.",
            ("change", "$40.2 million"),
        ),
        ("Ferry arrivals rose by 28% to a total of 19,962 passengers.", ("growth", "19,962")),
    ],
)
def test_a_total_reached(sentence: str, expected: tuple[str, str]) -> None:
    assert [(k, f["current"]) for k, f in relations(sentence) if k in ("growth", "change")] == [
        expected
    ]


def test_with_a_total_of_is_no_level_reached() -> None:
    text = "Cruise revenue rose 12 percent, with a total of $5 million from tours."
    assert [k for k, _ in relations(text) if k in ("growth", "change")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferry arrivals rose by 5% in March, or 12,000, for a total of 1.2 million for the year to"
        " date.",
        "Ferry arrivals rose by 5% in March, or 12,000, for a total of 1.2 million so far this"
        " year.",
        "Ferry arrivals rose by 5% in March, or 12,000, for a total of 1.2 million in the first"
        " quarter.",
    ],
)
def test_a_running_total_is_no_level_reached(sentence: str) -> None:
    """A total over a longer span than the move's: 12,000 is no 5 percent of 1.2 million less
    12,000, and a change drafted so was a false error."""
    assert [k for k, _ in relations(sentence) if k == "change"] == []
