"""A sentence that opens on a country's state, province or region ("Queensland exports reached
...") names whose the figure is, as a country's name does, never a kind of the flow (as "Coal
exports reached ..." does): the draft never makes one state's exports a part of a total of
another scope. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums
from aktobe_facts.text.subdivisionnames import opening_subdivision

STATES = [
    ("Queensland", "A$95.2 billion", "A$60.1 billion", "A$402.3 billion"),
    ("Ontario", "C$95.2 billion", "C$60.1 billion", "C$402.3 billion"),
    ("Bavaria", "€95.2 billion", "€60.1 billion", "€402.3 billion"),
    ("Guangdong", "95.2 billion yuan", "60.1 billion yuan", "402.3 billion yuan"),
    ("Gujarat", "Rs 95.2 billion", "Rs 60.1 billion", "Rs 402.3 billion"),
    ("KwaZulu-Natal", "$95.2 billion", "$60.1 billion", "$402.3 billion"),
]


@pytest.mark.parametrize(("place", "level", "part", "total"), STATES)
def test_a_state_first_is_no_kind_of_the_flow(
    place: str, level: str, part: str, total: str
) -> None:
    text = (
        f"{place} exports reached {level} in 2025, the trade office said. Coal shipments were "
        f"worth {part}, or 14.9 per cent, of the total exports of {total} in 2025."
    )
    assert all(level not in parts for _total, parts, _all in sums(text))


def test_a_kind_first_is_still_a_part() -> None:
    text = (
        "Coal exports reached A$95.2 billion in 2025, the trade office said. Iron ore shipments "
        "were worth A$60.1 billion, or 14.9 per cent, of the total exports of A$402.3 billion in "
        "2025."
    )
    assert ("A$402.3 billion", ["A$95.2 billion"], False) in sums(text)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Queensland exports", "queensland"),
        ("Ontario's revenue", "ontario"),
        ("New South Wales' imports", "new south wales"),
        ("Western Cape exports", "western cape"),
        ("Tamil Nadu exports", "tamil nadu"),
        ("Gujarāt exports", "gujarat"),
        ("Lower Saxony exports", "lower saxony"),
    ],
)
def test_a_state_is_read_by_its_whole_name(words: str, name: str) -> None:
    assert opening_subdivision(words) == name


@pytest.mark.parametrize(
    "words",
    ["Coal exports", "Central exports", "Delta revenues", "Northern exports", "queensland exports"],
)
def test_plain_words_and_small_letters_name_no_state(words: str) -> None:
    assert opening_subdivision(words) is None
