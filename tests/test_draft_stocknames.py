"""A company's shares named by the company ("Maruti Suzuki shares were down 3.6%", "HSBC shares
rose") and a change "at" a price ("were up 2.8% at $195.71") are moves of a stock: growths, never
changes of a share of a whole that may be in points. Sweep M's held batch (twenty-first session)
gave two false percent-points warnings on such sentences (Maruti Suzuki's results, Business
Standard; Apple's, after Reuters); the sentences here are written for these tests around those
numeric phrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def _moves(text: str) -> list[str | None]:
    return [c.kind for c in draft(text).claims if c.kind in ("change", "growth")]


_STOCK = {
    "two-word name": "Maruti Suzuki shares were down 3.6% on Friday after the results.",
    "name in capitals": "HSBC shares rose 1.2 percent in London on Tuesday.",
    "name after a clause": "After the report, Tata Steel shares fell 2.1 percent.",
    "at a price": "Apple shares were up 2.8% at $195.71 in early trading.",
    "at a price in rupees": "The share rose 1.5 percent at Rs 412 on the day.",
}


@pytest.mark.parametrize("text", _STOCK.values(), ids=_STOCK.keys())
def test_a_named_firms_shares_move_by_a_growth(text: str, tmp_path: Path) -> None:
    assert _moves(text) == ["growth"]
    warned = [o for _, o in outcomes(text, tmp_path, ("percent-points",)) if o is not Outcome.PASS]
    assert warned == []


_WHOLE = {
    "one word opening": "Renewable shares rose 2 percent in 2031.",
    "a month before": "In March shares rose 2 percent.",
    "shares of a whole": "The shares of the big banks in total deposits fell 0.68% in 2031.",
    "a name's shares of": "Export shares of Kenya rose 2 percent in 2031.",
    "at a time": "Its market share rose 3 percent at 10:00 GMT.",
    "at a percent": "The industry's share rose 2 percent at 15% of output.",
}


@pytest.mark.parametrize("text", _WHOLE.values(), ids=_WHOLE.keys())
def test_shares_of_a_whole_still_change_in_points(text: str) -> None:
    # near misses: no company's name before "shares", or no price after "at"
    assert _moves(text) == ["change"]
