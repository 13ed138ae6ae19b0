"""Wrong readings and relations of a first-contact sweep over public finance, debt and budgets
(twentieth session, sweep K), each guarded by its reason and tested beside a near miss that still
reads or still drafts. Every sentence is written for these tests around numeric phrases as the
sweep's articles print them (each source named where its phrase is used); each wrong reading was
found by `aktobe-facts check` on main e638e9c over the sweep's texts (budget execution reports,
public debt, IMF programmes and subsidies, 2007-2025)."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations, shares, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

# --- draftparts: a list inside a list of parts is the parts of the part before it ---------------

# INP-WealthPK, Pakistan's fiscal operations, 2022-05-11: "Rs5,874 billion", "Rs4,821 billion",
# "Rs4,383 billion", "Rs438 billion" (4,383 + 438 = 4,821, within 5,874)
_NESTED = (
    "Receipts for the nine months reached Rs5,874 billion, of which taxes stood at Rs4,821 "
    "billion, including federal levies of Rs4,383 billion and provincial levies of Rs438 billion."
)


def test_a_list_after_a_part_is_that_parts_own(tmp_path: Path) -> None:
    # the three were summed within 5,874 (9,642 billion: a false error)
    assert sums(_NESTED) == [
        ("Rs5,874 billion", ["Rs4,821 billion"], False),
        ("Rs4,821 billion", ["Rs4,383 billion", "Rs438 billion"], False),
    ]
    assert ("sum", Outcome.FAIL) not in outcomes(_NESTED, tmp_path, ("sum",))


def test_a_list_of_two_parts_still_sums_both() -> None:
    flat = (
        "Receipts for the nine months reached Rs5,874 billion, including federal levies of "
        "Rs4,383 billion and provincial levies of Rs438 billion."
    )
    assert sums(flat) == [("Rs5,874 billion", ["Rs4,383 billion", "Rs438 billion"], False)]


# --- draftshares: a gap's percent is no share of the flow's total ------------------------------

# This Is Radio Now, Nigeria's revenue for January to July 2025: "N13.67 trillion", "N10.19
# trillion or 42.7%" (the gap's share of the pro rata target, N23.85 trillion)


def test_a_revenue_gaps_percent_is_no_share_of_the_revenue(tmp_path: Path) -> None:
    gap = (
        "Nigeria's government spent most of its revenue on debt between January and July 2031. "
        "Total revenue for the period was N13.67 trillion. However, customs duties and dividends "
        "underperformed, leaving a revenue gap of N10.19 trillion or 42.7% for the seven-month "
        "period."
    )
    assert shares(gap) == []
    assert outcomes(gap, tmp_path, ("share-of-whole",)) == []


def test_a_flows_part_with_its_percent_still_shares_the_total() -> None:
    tax = (
        "Nigeria's government spent most of its revenue on debt between January and July 2031. "
        "Total revenue for the period was N13.67 trillion. However, customs duties and dividends "
        "underperformed, leaving customs revenue of N3.1 trillion or 22.7% for the seven-month "
        "period."
    )
    assert [(s["part"], s["whole"]) for s in shares(tax)] == [("N3.1 trillion", "N13.67 trillion")]


# --- draftroles: a deficit "estimated at" is an estimate, no balance of the flows to a month ---

# Business Insider India (PTI), the Centre's accounts to January 2024, 2024-02-29: "Rs 17.35 lakh
# crore" (the year's estimate), "Rs 22.52 lakh crore" and "Rs 33.54 lakh crore" (to January)


def test_an_estimated_deficit_is_no_balance_of_the_months_flows() -> None:
    # 33.54 - 22.52 = 11.02 was tested against the year's 17.35: a false difference error
    estimate = (
        "For 2031-32, the fiscal deficit is estimated at Rs 17.35 lakh crore. Total receipts "
        "stood at Rs 22.52 lakh crore, and total expenditure came to Rs 33.54 lakh crore."
    )
    assert [k for k, _ in relations(estimate) if k == "difference"] == []


def test_a_reported_deficit_still_balances_its_flows() -> None:
    reported = (
        "For 2031-32, the fiscal deficit stood at Rs 11.02 lakh crore. Total receipts "
        "stood at Rs 22.52 lakh crore, and total expenditure came to Rs 33.54 lakh crore."
    )
    assert [k for k, _ in relations(reported) if k == "difference"] == ["difference"]


# --- phrases: a year before "to" and an amount with a sign of letters is no range --------------

# publicfinance.lk (Verité Research), Sri Lanka's first half of 2023: "LKR 1822 Bn in Q2 2022 to
# LKR 2560 Bn in Q2 2023" ("2022 to LKR 2560 Bn" was read as a range of years and dropped)


def test_an_amount_after_a_year_and_to_is_read() -> None:
    spending = "Spending rose from LKR 1822 Bn in Q2 2031 to LKR 2560 Bn in Q2 2032."
    values = {c.value for c in draft(spending).claims}
    assert {"LKR 1822 Bn", "LKR 2560 Bn"} <= values


def test_two_years_joined_by_to_stay_a_period() -> None:
    assert [c.value for c in draft("Output rose by 12 percent from 2031 to 2033.").claims] == [
        "rose by 12 percent"
    ]


# --- units: the cent sign is the cedi's where the article names Ghana -------------------------

# Pulse Ghana, the Bank of Ghana's debt data for July 2022: "¢190.1 billion", "¢190.3 billion"
_CEDIS = "domestic debt went up from ¢190.1 billion in June 2031 to ¢190.3 billion in July 2031."


def test_the_cent_sign_is_the_cedi_in_an_article_on_ghana(tmp_path: Path) -> None:
    text = "Ghana's " + _CEDIS
    assert {c.value for c in draft(text).claims} >= {"¢190.1 billion", "¢190.3 billion"}
    assert ("coverage", Outcome.FAIL) not in outcomes(text, tmp_path, ("coverage",))


def test_the_cent_sign_is_no_cedi_elsewhere(tmp_path: Path) -> None:
    text = "Erewhon's debt rose to 5 billion dollars. The " + _CEDIS
    assert not {c.value for c in draft(text).claims} & {"¢190.1 billion", "¢190.3 billion"}
    assert ("coverage", Outcome.FAIL) in outcomes(text, tmp_path, ("coverage",))
