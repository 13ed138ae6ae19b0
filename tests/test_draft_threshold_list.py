"""Percents in brackets after the members of a set that the sentence before defines by a change
over a threshold (:mod:`aktobe_facts.text.thresholdlist`): each member's own change, never shares
of one whole. Every sentence here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome

GROWN = (
    "Across the region 61 airports gained traffic in 2031, 4 of them with growth of 20% or more. "
    "These airports were Alder (23%), Birch (21%), Cedar (22%) and Dune (27%)."
)


def test_members_past_a_change_threshold_are_no_shares(tmp_path: Path) -> None:
    assert outcomes(GROWN, tmp_path, ("shares",)) == []
    risen = (
        "Sales rose by more than 30 percent at five chains last year. They were Elm (34%), Fir "
        "(41%), Gum (38%), Hazel (33%) and Ivy (52%)."
    )
    assert outcomes(risen, tmp_path, ("shares",)) == []


def test_the_near_shapes_stay_shares(tmp_path: Path) -> None:
    # no threshold in the sentence before: shares of one whole, as before
    handled = GROWN.replace("4 of them with growth of 20% or more", "handling 40 million people")
    assert outcomes(handled, tmp_path, ("shares",)) == [("shares", Outcome.PASS)]
    # a member under the threshold: not the set's members' changes
    under = GROWN.replace("Dune (27%)", "Dune (17%)")
    assert outcomes(under, tmp_path, ("shares",)) == [("shares", Outcome.PASS)]
