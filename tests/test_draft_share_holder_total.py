"""A share whose whole is stated right after "the total" with its holder's possessive before it,
past a comma ("A, or P%, of the state's total W"): W is the whole, never a figure of the
sentence before (a rise there is no whole of it). Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from _drafted import shares


@pytest.mark.parametrize(
    ("holder", "rise", "part", "whole"),
    [
        ("the state's", "A$4.8-billion", "A$37.6-billion", "A$70-billion"),
        ("the province's", "C$4.8 billion", "C$37.6 billion", "C$70 billion"),
        ("Ontario's", "C$4.8 billion", "C$37.6 billion", "C$70 billion"),
        ("the region's", "€4.8 billion", "€37.6 billion", "€70 billion"),
        ("the country's", "4.8 billion yuan", "37.6 billion yuan", "70 billion yuan"),
    ],
)
def test_the_total_after_a_holder_is_the_whole(
    holder: str, rise: str, part: str, whole: str
) -> None:
    text = (
        f"Exports rose by {rise} over the year, the trade office said. Coal exports were worth "
        f"{part}, or 53%, of {holder} total {whole}."
    )
    assert shares(text) == [{"share": "53%", "part": part, "whole": whole}]


def test_no_total_after_the_holder_states_no_whole() -> None:
    text = (
        "Exports rose by A$4.8 billion over the year, the trade office said. Coal exports were "
        "worth A$37.6 billion, or 53%, of the state's exports, against A$70 billion of imports."
    )
    assert all(found["whole"] != "A$70 billion" for found in shares(text))
