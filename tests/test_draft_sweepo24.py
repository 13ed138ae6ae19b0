"""False findings of a first-contact sweep over aid and development finance, telecoms and the
digital economy, health and education budgets, insurance and pension funds, stock markets,
foreign direct investment, food prices and fisheries, and the economics of sporting events
(twenty-fourth session, sweep O), each guarded by its reason and tested beside a near miss that
still checks. Every sentence is written for these tests around numeric phrases as the sweep's
texts print them (sources in each test's comment); each wrong reading fails on main 82d206e."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

# --- draftwords: shares traded are stock, never a share of a whole --------------------------


def _kinds(text: str) -> dict[str, str | None]:
    """Each drafted claim's kind, by its value."""
    return {c.value or c.id: c.kind for c in draft(text).claims}


# Trading Room (Nairobi Securities Exchange, weekly review), 2021: "The volume of shares traded at
# the exchange similarly posted a 20.33% decline to close the week with 89.33 million shares
# exchanging hands" (the count of stock traded fell: a growth, never a share's change)
def test_the_volume_of_shares_traded_is_no_share(tmp_path: Path) -> None:
    text = (
        "The volume of shares traded on the bourse posted a 18.44% decline to close the week "
        "with 61.2 million shares exchanging hands."
    )
    assert _kinds(text)["a 18.44% decline"] == "growth"
    assert ("percent-points", Outcome.UNDETERMINED) not in outcomes(
        text, tmp_path, ("percent-points",)
    )


def test_the_number_of_shares_changing_hands_is_no_share(tmp_path: Path) -> None:
    # other wordings: "the number of shares", "shares changing hands", "shares traded"
    text = "The number of shares changing hands fell 12.5% in the week to 70 million."
    assert _kinds(text)["fell 12.5%"] == "growth"
    text = "Shares traded on the exchange dropped 15.2% in the week to 45 million."
    assert _kinds(text)["dropped 15.2%"] == "growth"
    assert ("percent-points", Outcome.UNDETERMINED) not in outcomes(
        text, tmp_path, ("percent-points",)
    )


def test_a_share_of_a_whole_still_may_change_in_points() -> None:
    # near misses: a share of trading, and shares of a whole, still changes that may be in points
    assert (
        _kinds("The share of foreign investors in trading rose 4.2% in the week.")["rose 4.2%"]
        == "change"
    )
    assert (
        _kinds("The shares of state banks in total deposits fell 3.1% in the year.")["fell 3.1%"]
        == "change"
    )
