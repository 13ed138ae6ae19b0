"""Leftovers of sweeps L and M (docs/corpus.md, "Sweep L", "Sweep M"), each reproduced with
sentences of our own around the numeric phrases the sweeps' texts printed, guarded by its reason
and tested beside near misses that keep drafting what they drafted (twenty-third session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from test_draft_structures import groups

# --- sharelists: two wholes for two shares ---------------------------------------------------

# Qazaq TV, July 2020: "exceeds 60 percent of the total turnover, and 47 percent in the North
# American Free Trade Agreement" (each bloc's internal trade, each a share of its own turnover)
_TWO_WHOLES = [
    "Trade among the member countries makes up more than 60 percent of their total turnover, and "
    "47 percent in the North American bloc.",
    "Regional sales accounted for 58 percent of total exports, and 51 percent in South Asia.",
    "Local suppliers took 70 percent of the whole market, or 45 percent in the capital.",
]


@pytest.mark.parametrize("text", _TWO_WHOLES)
def test_a_percent_with_no_part_named_before_it_is_no_member_of_the_list(
    text: str, tmp_path: Path
) -> None:
    # on main 4fca64c one group: 60 + 47 percent of one whole, a false shares error
    assert groups(text) == []
    assert ("shares", Outcome.FAIL) not in outcomes(text, tmp_path, ("shares",))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "China took 68 percent of the total, and Switzerland 25 percent.",
            ["68 percent", "25 percent"],
        ),
        (
            "Coffee made up 55 percent of total exports, tea 30 percent and cotton 10 percent.",
            ["55 percent", "30 percent", "10 percent"],
        ),
    ],
)
def test_a_part_named_before_its_percent_still_lists(text: str, values: list[str]) -> None:
    assert groups(text) == [values]


# --- draft._bases_of: a base opening the next change's clause ----------------------------------

# Container Magazine (Antwerp): "Ro/ro traffic also increased by 14.8% to 3.6m tonnes, in
# comparison with 2008 its throughput was down by 16.9%" (the rise is over the year before, not
# named; 2008 is the fall's base)


def _bases(text: str) -> dict[str, str | None]:
    return {c.value or "": c.base_period for c in draft(text).claims if c.kind == "growth"}


@pytest.mark.parametrize(
    "text",
    [
        "Car traffic at the quay increased by 14.8% to 3.6m tonnes, in comparison with 2008 its "
        "volume was down by 16.9%.",
        "Bulk cargo grew by 14.8% to 3.6m tonnes; against 2008 the terminal's volume fell by "
        "16.9%.",
    ],
)
def test_a_base_opening_the_next_clause_is_the_next_change_s(text: str) -> None:
    bases = _bases(text)
    # on main 4fca64c the rise took 2008 too ("14.8 percent more than in 2008")
    assert [b for v, b in bases.items() if "14.8" in v] == [None]
    assert [b for v, b in bases.items() if "16.9" in v] == ["2008"]


def test_a_base_named_in_the_next_sentence_is_no_base_of_the_change_before() -> None:
    bases = _bases(
        "Car traffic increased by 14.8% to 3.6m tonnes. Compared with 2008, its volume was down "
        "by 16.9%."
    )
    assert [b for v, b in bases.items() if "14.8" in v] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # the base closes the first change's clause: still its own
        "Exports rose 9 percent compared with 2019, and imports fell 4 percent.",
        "Exports rose 9 percent against 2019 while imports fell 4 percent.",
        # a base before every change is each one's
        "Against 2019, exports rose 9 percent and imports fell 4 percent.",
    ],
)
def test_a_base_in_the_first_change_s_clause_stays_its_own(text: str) -> None:
    assert _bases(text)["rose 9 percent"] == "2019"
