"""Shares that are stock by the words around them: a firm's noun before them ("Bank shares were
up 2 to 3 percent"), firms named by their noun after "of" or "in" ("Shares of the two lenders"),
or bare "Shares" opening their clause and moving ("Shares rose 2 percent"). A percent that moves
them is a growth of their price, never a change of a share of a whole that may be in points (the
lead's false percent-points warning on a clean sentence of this kind, twenty-seventh session). A
share of a whole keeps its reading: "Its share rose to 30 percent", "the share of exports rose by
2 points", "Shares of exports rose 2 percent"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def _moves(text: str) -> list[str | None]:
    return [c.kind for c in draft(text).claims if c.kind in ("change", "growth")]


_STOCK = {
    "a firm's noun before": "Bank shares were up 2 to 3 percent on Tuesday.",
    "firms after of": "Shares of the two lenders were up 2 to 3 percent in early trade.",
    "firms after in": "Shares in the three state-owned companies fell 4 percent.",
    "bare shares opening": "Shares rose 2 percent on Tuesday.",
    "bare shares after a clause": "While exports fell, shares were 2 percent higher.",
}


@pytest.mark.parametrize("text", _STOCK.values(), ids=_STOCK.keys())
def test_shares_that_are_stock_move_by_a_growth(text: str, tmp_path: Path) -> None:
    assert _moves(text) == ["growth"]
    warned = [o for _, o in outcomes(text, tmp_path, ("percent-points",)) if o is not Outcome.PASS]
    assert warned == []


def test_the_leads_sentence_gets_no_warning(tmp_path: Path) -> None:
    text = "Bank shares were up 2 to 3 percent on Tuesday, while the index rose 1.2 percent."
    assert _moves(text) == ["growth", "growth"]
    assert all(o is Outcome.PASS for _, o in outcomes(text, tmp_path, ("percent-points",)))


_WHOLE = {
    "shares of a whole": "Shares of exports rose 2 percent in 2031.",
    "shares in a whole": "Shares in total output rose 2 percent in 2031.",
    "firms' shares of a whole": "Bank shares of total deposits fell 0.68% in 2031.",
    "a period before": "In March shares rose 2 percent.",
    "a share of exports": "The share of exports rose 2 percent in 2031.",
}


@pytest.mark.parametrize("text", _WHOLE.values(), ids=_WHOLE.keys())
def test_shares_of_a_whole_still_change_in_points(text: str) -> None:
    assert _moves(text) == ["change"]


@pytest.mark.parametrize(
    "text", ["Its share rose to 30 percent in 2031.", "The share of exports rose by 2 points."]
)
def test_a_share_at_a_level_or_in_points_keeps_its_reading(text: str) -> None:
    # the level "to 30 percent" and the change "by 2 points" are no growth, as before
    assert _moves(text) == []


_VERBS = ["rose", "fell", "gained", "lost", "climbed", "dropped", "were up", "were down"]
_FIRMS = ["Bank", "bank", "Airline", "lender", "Mining company", "utility"]


@settings(max_examples=40, deadline=None)
@given(
    subject=st.one_of(
        st.just("Shares"),
        st.sampled_from(_FIRMS).map(lambda f: f"{f} shares"),
        st.sampled_from(["bank", "two lenders", "state-owned companies"]).map(
            lambda f: f"Shares of the {f}"
        ),
    ),
    verb=st.sampled_from(_VERBS),
    value=st.integers(min_value=1, max_value=40),
)
def test_stock_subjects_and_move_verbs_are_growths(subject: str, verb: str, value: int) -> None:
    subject = subject[0].upper() + subject[1:]
    assert _moves(f"{subject} {verb} {value} percent on Tuesday.") == ["growth"]


@settings(max_examples=30, deadline=None)
@given(
    whole=st.sampled_from(["exports", "total output", "the budget", "renewables", "GDP"]),
    verb=st.sampled_from(_VERBS),
    value=st.integers(min_value=1, max_value=40),
)
def test_shares_naming_their_whole_stay_changes(whole: str, verb: str, value: int) -> None:
    assert _moves(f"The share of {whole} {verb} {value} percent in 2031.") == ["change"]
    assert _moves(f"Shares of {whole} {verb} {value} percent in 2031.") == ["change"]
