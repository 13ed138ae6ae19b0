"""Sums of the twenty-sixth session (sums26). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from test_draft_total import sums


@pytest.mark.parametrize("join", ["while", "whereas"])
def test_parts_joined_by_while_before_a_running_total(join: str) -> None:
    """ "A is for roads while B is for schools, bringing the total to X": the parts of a running
    total (drafttotal)."""
    text = (
        "Under the plan, 312.5 million euros is for new roads "
        f"{join} 48.2 million euros is for schools, bringing the total to 361.4 million euros."
    )
    assert sums(text) == [
        ("361.4 million euros", ["312.5 million euros", "48.2 million euros"], False)
    ]


def test_the_bulk_of_a_figure_names_a_part_not_a_whole() -> None:
    """ "the bulk of A is for X while B ...": A is the largest part; "Of A, ..." opening the
    sentence still names a whole broken down (near miss)."""
    bulk = (
        "The bulk of 312.5 million euros is for new roads while 48.2 million euros is for "
        "schools, bringing the total to 361.4 million euros."
    )
    assert sums(bulk) == [
        ("361.4 million euros", ["312.5 million euros", "48.2 million euros"], False)
    ]
    opened = (
        "Of 312.5 million euros, 48.2 million euros is for schools and 20.1 million euros is "
        "for clinics, bringing the total to 361.4 million euros."
    )
    assert all(s[0] != "361.4 million euros" for s in sums(opened))


def test_while_between_a_part_and_another_unit_joins_nothing() -> None:
    """Near miss: "while" between amounts of two units leaves the list uncertain."""
    text = (
        "The farms sold 312.5 million euros of wheat while they harvested 48.2 million tonnes, "
        "bringing the total to 361.4 million euros."
    )
    assert sums(text) == []
