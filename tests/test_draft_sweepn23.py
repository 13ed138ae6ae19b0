"""False findings of a first-contact sweep over public debt, foreign reserves, remittances,
central-bank statements, the balance of payments, wages and mining (twenty-third session, sweep
N), each guarded by its reason and tested beside a near miss that still checks. Every sentence is
written for these tests around numeric phrases as the sweep's texts print them (sources in each
test's comment); each wrong reading fails on main 0efcb00."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.ratedates import NOTE

# --- ratedates: a comparison's earlier figure is converted at its own date's rate ---------------


def _counterparts(text: str) -> dict[str, tuple[str, ...]]:
    """Each drafted claim's value and its counterparts."""
    return {c.value or c.id: c.counterparts for c in draft(text).claims}


def _noted(text: str) -> list[str]:
    return [c.value or c.id for c in draft(text).claims if c.note and "earlier figure" in c.note]


# News Front (Ukrainian Ministry of Finance), 2020-09-28: "the state and publicly guaranteed debt
# amounted to 2,338.18 billion UAH, or 85.1 billion dollars against 2,355.08 billion UAH, or
# 85.05 billion dollars a month earlier" (27.48 and 27.69 hryvnias per dollar: two month-ends)
_MONTH_EARLIER = (
    "At the end of August the guaranteed debt of the republic came to 2,338.18 billion UAH, or "
    "85.1 billion dollars against 2,355.08 billion UAH, or 85.05 billion dollars a month earlier. "
    "The direct debt stood at UAH 2,060.74 billion ($75 billion) against UAH 2,072.53 billion "
    "($74.84 billion) a month earlier."
)


def test_an_earlier_dates_conversion_is_not_held_to_the_current_rate(tmp_path: Path) -> None:
    # the four conversions were held to one rate: a false conversions error
    assert outcomes(_MONTH_EARLIER, tmp_path, ("conversions",)) == [("conversions", Outcome.PASS)]
    assert _noted(_MONTH_EARLIER) == ["2,355.08 billion UAH", "UAH 2,072.53 billion"]
    found = _counterparts(_MONTH_EARLIER)
    assert found["2,338.18 billion UAH"] and found["UAH 2,060.74 billion"]


def test_the_earlier_figure_after_compared_with_in_the_same_period_last_year(
    tmp_path: Path,
) -> None:
    # another wording: "compared with ... in the same period last year" (no year named)
    text = (
        "Receipts from abroad came to 520 million euros ($610 million) in the first half, "
        "compared with 480 million euros ($530 million) in the same period last year."
    )
    assert ("conversions", Outcome.FAIL) not in outcomes(text, tmp_path, ("conversions",))
    assert _noted(text) == ["480 million euros"]


def test_an_earlier_conversion_at_the_current_rate_is_still_tested() -> None:
    # near miss: the earlier figure fits the rate the current ones share, so its conversion stays
    text = (
        "The reserves stood at 1,204.6 billion tenge, or 2.51 billion dollars, against 1,150.2 "
        "billion tenge, or 2.40 billion dollars a year earlier."
    )
    assert _noted(text) == []
    assert _counterparts(text)["1,150.2 billion tenge"]


def test_current_conversions_that_disagree_are_still_an_error(tmp_path: Path) -> None:
    # near miss: neither figure is an earlier one; one rate for both, and a slip is found
    text = (
        "Revenue reached 500 billion tenge ($1.2 billion) and spending 600 billion tenge "
        "($1.9 billion) in the year."
    )
    assert ("conversions", Outcome.FAIL) in outcomes(text, tmp_path, ("conversions",))
    assert _noted(text) == []


def test_a_dated_earlier_figure_keeps_its_conversion() -> None:
    # near miss: the draft dates the earlier figure (2023), and the check groups it with its year
    text = (
        "Revenues for 2024 reached 385.8 trillion soums ($29.7 billion), a 5 percent increase "
        "compared to 321.9 trillion soums ($24.7 billion) in 2023."
    )
    assert _noted(text) == []
    assert _counterparts(text)["321.9 trillion soums"] == ("$24.7 billion",)


def test_the_note_names_the_conversion_left_untested() -> None:
    found = [c for c in draft(_MONTH_EARLIER).claims if c.value == "UAH 2,072.53 billion"]
    assert found[0].counterparts == ()
    assert found[0].note == NOTE.format(shown="($74.84 billion)")
