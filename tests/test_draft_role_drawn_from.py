"""A figure the words give to another noun is no level of the flow named as that noun's source:
"a general reserve from annual revenues that should reach X" may be the reserve's as well as the
revenues' (:data:`aktobe_facts.text.draftroles._DRAWN_FROM`), so X is never the whole of "Of the
estimated revenues, A ..." (Sweep R's held run: a false sum error). Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums

RESERVE = (
    "The city's budget for 2030-2032 plans spending of 150 billion dirham. It creates {lead} "
    "annual revenues {rel} should reach around 20.6 billion dirham by the end of the period.\n\n"
    "Of the estimated revenues, 85.1 billion dirham will come from fees and 30 billion dirham "
    "from taxes."
)


@pytest.mark.parametrize(
    ("lead", "rel"),
    [
        ("a general reserve from", "that"),
        ("a fund out of", "which"),
        ("a reserve from the", "that"),
    ],
)
def test_a_figure_of_a_noun_drawn_from_the_flow_is_no_whole_of_its_parts(
    lead: str, rel: str
) -> None:
    found = sums(RESERVE.format(lead=lead, rel=rel))
    assert all("20.6" not in total for total, _, _ in found)


def test_the_flow_with_its_own_relative_clause_is_still_the_whole() -> None:
    # the revenues' own figure, its parts after it: the sum stays
    found = sums(
        "The city's budget for 2030-2032 plans spending of 150 billion dirham. Annual revenues, "
        "which should reach around 20.6 billion dirham, will fund most of it.\n\nOf the estimated "
        "revenues, 8.1 billion dirham will come from fees and 3 billion dirham from taxes."
    )
    assert [total for total, _, _ in found] == ["around 20.6 billion dirham"]
