"""Two budget lines of one value whose words name different purposes after "for" ("miscellaneous
expenses for school repairs", "... for road lighting") are two figures, never one told twice
(text/draftroles' Role.aim, compared by draftequal.same_role); and Cebu and Davao, the
Philippines' second and third cities, name the peso for its sign "P" (text/draftcurrency),
twenty-seventh session, sweepfix27 (Sweep R's Cebu City budget from the Daily Tribune: with the
sign read, two "reduced from P2 million" of two budget lines were tied as one figure). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import equals
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    "text",
    [
        "The Manila council cut its 2031 budget. For miscellaneous expenses for school repairs, "
        "the budget was reduced from P4 million to P2 million; miscellaneous expenses for road "
        "lighting were reduced from P4 million to P3 million.",
        "The Manila council approved its 2031 budget. Miscellaneous expenses for school repairs "
        "were P4 million. Miscellaneous expenses for road lighting were P4 million.",
        "The Cebu City council cut its 2031 budget. Miscellaneous expenses for school repairs "
        "were reduced from P4 million to P2 million, and miscellaneous expenses for road lighting "
        "were reduced from P4 million to P3 million.",
    ],
)
def test_two_lines_for_different_purposes_are_two_figures(text: str) -> None:
    assert equals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Manila council approved its 2031 budget. Miscellaneous expenses for school repairs "
        "were P4 million. Later the council said miscellaneous expenses for school repairs were "
        "P4 million.",
        "The Manila council approved its 2031 budget. Miscellaneous expenses were P4 million. "
        "Later the council said miscellaneous expenses for the year were P4 million.",
    ],
)
def test_one_line_told_twice_is_still_one_figure(text: str) -> None:
    assert equals(text) == [["P4 million", "P4 million"]]


@pytest.mark.parametrize("city", ["Cebu City", "Davao City"])
def test_a_philippine_city_names_the_peso(city: str) -> None:
    drafted = draft(f"The {city} council approved a budget of P14.6 billion for 2031.")
    assert dict(drafted.shared.currencies) == {"p": "PHP"}
    assert [c.value for c in drafted.claims] == ["P14.6 billion"]
