"""A percent joined to its number by a hyphen and written with the press's short forms, "pc" or
"pct", with or without their full stop ("a 42-pc. increase", "a 7-pct rise"): read as "a 42
percent increase" (`phrases._HYPHEN_PERCENT`), so the growth it states is drafted, as "a
42-percent increase" was; it was left unread. The sentences are written for these tests; the
form is the one the twentieth session found in the open sets' misses (an island's exports: "a
42-pc. increase")."""

from __future__ import annotations

import pytest

from _drafted import relations

HEAD = "Ruritania in 2031\n\nZENDA, March 3, 2032 - "


@pytest.mark.parametrize("written", ["42-pc.", "42-pc", "42-pct.", "42-pct", "42-percent"])
def test_a_hyphenated_short_percent_is_the_growth(written: str) -> None:
    text = f"Cod sold abroad came to $730 million, compared to $515 million in 2030, a {written} increase."
    assert relations(HEAD + text) == [
        (
            "growth",
            {
                "growth": "a 42 percent increase",
                "current": "$730 million",
                "base": "$515 million",
            },
        )
    ]


@pytest.mark.parametrize("written", ["42-pcs", "42-PCB", "42-pc2"])
def test_other_letters_after_the_hyphen_are_no_percent(written: str) -> None:
    text = f"Cod sold abroad came to $730 million, compared to $515 million in 2030, with {written} units."
    assert not [kind for kind, _ in relations(HEAD + text) if kind == "growth"]
