"""A count's growth that names what it counts after its noun of change ("a 40 percent increase in
staff") is no growth of a count of something else (text/draftgrowth.py ``_counts_alike``,
review26: "grew from 12 offices to 15 offices, a 40 percent increase in staff" was drafted the
offices' growth and failed, a false error). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import relations


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


@pytest.mark.parametrize(
    "text",
    [
        "The firm grew from 12 offices to 15 offices last year, a 40 percent increase in staff.",
        "The firm grew from 12 offices to 15 offices, a 40 percent rise in the number of branches.",
    ],
)
def test_a_growth_of_another_thing_counted_is_not_the_counts(text: str) -> None:
    assert growths(text) == []


@pytest.mark.parametrize(
    "after",
    ["in offices", "in the number of offices", "in 2024", "in March", "in total", ""],
)
def test_a_growth_of_the_same_thing_or_of_a_period_is_the_counts(after: str) -> None:
    text = f"The firm grew from 12 offices to 15 offices last year, a 25 percent increase {after}."
    text = text.replace(" .", ".")
    assert [(g["current"], g["base"]) for g in growths(text)] == [("15", "12")]
