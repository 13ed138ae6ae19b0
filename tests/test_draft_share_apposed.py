"""A share set beside its part by a comma alone ("Rs 8887 billion, 57 percent of the total
current expenditure", :mod:`aktobe_facts.text.draftshares`): a share only when it names a whole
of its own, never a plan or target (each flow has its own) and never "of them" or "of the
total". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import shares


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Exports reached $4.1 billion in 2030, the ministry said. Exports to China were $1.2 "
            "billion, 29 percent of total exports.",
            {"share": "29 percent", "part": "$1.2 billion", "whole": "$4.1 billion"},
        ),
        (
            "Georgia's GDP came to 62 billion lari in 2030. Tax revenue was 13.1 billion lari, 21 "
            "percent of GDP.",
            {"share": "21 percent", "part": "13.1 billion lari", "whole": "62 billion lari"},
        ),
    ],
)
def test_a_share_set_beside_its_part_by_a_comma(text: str, share: dict[str, str]) -> None:
    assert shares(text) == [share]


@pytest.mark.parametrize(
    "text",
    [
        # each flow has its own plan: the deficit's is no whole of the revenue
        "The budget took in revenue of 231.5 billion lari, 84.0% of the plan, and spent 271 "
        "billion lari. The plan for the deficit was 51.6 billion lari.",
        # no whole of its own
        "Imports were $10 billion and exports $4.1 billion, 12 percent of them to China.",
        "Imports were $10 billion and exports $4.1 billion, 41 percent of the total.",
    ],
)
def test_a_share_beside_its_part_that_names_no_whole_of_its_own_is_none(text: str) -> None:
    assert shares(text) == []
