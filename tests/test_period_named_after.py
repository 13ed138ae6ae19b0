"""The one period a sentence names after its first figures is theirs, not the period the
sentences before carried (:func:`aktobe_facts.text.periodcontext._contexts`): "Ghana exported X
tonnes of cocoa beans out of a total output of Y tonnes in the 2030/31 season", three paragraphs
after "January's exports totalled Z tonnes", is the season's export, never a part of January's
(held27's cocoa text, twenty-seventh session, gave that sum as a false error). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums

JANUARY = "January's exports totalled 31,970 tonnes, down from the month before.\n\n"
BETWEEN = (
    "Buyers from Europe took most of the beans.\n\nDemand in Asia held steady, the board said.\n\n"
)


@pytest.mark.parametrize(
    "period",
    ["in the 2030/31 season", "in 2030", "in the first half"],
)
def test_a_period_named_after_the_figures_dates_them(period: str) -> None:
    text = (
        "Cocoa shipments slowed at the start of the year, traders said.\n\n"
        + JANUARY
        + BETWEEN
        + "Ghana exported 162,220 tonnes of cocoa beans out of total production of "
        + f"187,355 tonnes {period}.\n"
    )
    assert not any(total == "31,970 tonnes" for total, _, _ in sums(text))


def test_a_part_of_the_period_carried_is_still_joined() -> None:
    # no period named in the part's sentence: the period carried from before is still its own
    text = (
        "Cocoa shipments slowed at the start of the year, traders said.\n\n"
        + JANUARY
        + BETWEEN
        + "Ghana exported 20,100 tonnes of cocoa beans, the board said.\n"
    )
    assert ("31,970 tonnes", ["20,100 tonnes"]) in [(t, p) for t, p, _ in sums(text)]
