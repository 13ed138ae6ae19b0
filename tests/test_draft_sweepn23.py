"""False findings of a first-contact sweep over public debt, foreign reserves, remittances,
central-bank statements, the balance of payments, wages and mining (twenty-third session, sweep
N), each guarded by its reason and tested beside a near miss that still checks. Every sentence is
written for these tests around numeric phrases as the sweep's texts print them (sources in each
test's comment); each wrong reading fails on main 0efcb00."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan
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


# --- numberstyles: a comma with a decimal point after its digits is no decimal comma ------------

# Global Courant (EFE), 2023-06-18: "received US$186,16.92 million" (the page's slip) beside "a
# total of 471,633 households receive these currencies, of which 13,530 are in extreme poverty
# and 68,874 in relative poverty"
_SLIPPED_COMMA = (
    "Over five years the isthmus received US$186,16.92 million from its emigrants. In the "
    "republic alone, official data show that a total of 471,633 households receive these "
    "transfers, of which 13,530 are in extreme poverty and 68,874 in relative poverty."
)


def test_a_comma_before_a_decimal_point_makes_no_figure_ambiguous(tmp_path: Path) -> None:
    # "186,16.92" was read as a decimal comma: "471,633" households was then read both ways, a
    # false separators warning on a sum that passes
    assert outcomes(_SLIPPED_COMMA, tmp_path, ("separators",)) == []
    assert ("sum", Outcome.PASS) in outcomes(_SLIPPED_COMMA, tmp_path, ("sum",))


def test_a_decimal_comma_still_makes_a_thousands_comma_ambiguous(tmp_path: Path) -> None:
    # near miss: a true decimal comma ("28,5%") elsewhere in the article
    text = _SLIPPED_COMMA + " Their share of the population is 28,5%."
    assert ("separators", Outcome.UNDETERMINED) in outcomes(text, tmp_path, ("separators",))


# --- draft: a bracketed percent with a word of change is a growth, never a share ----------------

# Kazinform, 2016-09-29: "In the processing sector the average wage stood at only KZT147,700 (an
# increase of 15.9%), power distribution – KZT130,400 (up by 4%)."
_BRACKETED_RISES = (
    "In the textile trade the average pay stood at only KZT147,700 (an increase of 15.9%), "
    "in postal services at KZT130,400 (up by 4%)."
)


def test_bracketed_rises_are_no_shares_of_one_whole() -> None:
    # the two rises were drafted as a group of shares adding up to 19.9 percent
    found = draft(_BRACKETED_RISES).claims
    assert [c.kind for c in found if c.group] == []
    assert {c.value: c.kind for c in found}["up by 4%"] == "growth"


def test_bracketed_percents_without_a_change_are_still_shares() -> None:
    # near miss: bare percents in brackets after each partner's amount share one whole
    text = (
        "Exports went to China at KZT147,700 million (15.9%), to Russia at KZT130,400 million "
        "(4%) and to Italy at KZT90,700 million (2.8%)."
    )
    assert [c.value for c in draft(text).claims if c.group] == ["15.9%", "4%", "2.8%"]


# --- draftroles: a clause's opening word names no part of the flow after it ---------------------

# BNamericas, 2019-02: "a record-breaking 2018, when remittances for the full year reached
# US$5.47bn" (El Salvador) ... "Remittances in 2018 amounted to more than US$4.9bn" (Honduras)
_WHEN = (
    "Transfers home to the first republic reached US$407mn in January. The result follows a "
    "record 2018, when remittances for the full year reached US$5.47bn.\n\n"
    "The second republic is catching up. Remittances in 2018 amounted to more than US$4.9bn."
)


def test_when_before_a_flow_makes_it_no_part(tmp_path: Path) -> None:
    # "when remittances" was read as a kind of remittances, a part of the other country's total
    assert sums(_WHEN) == []


def test_a_kind_of_the_flow_in_a_when_clause_is_still_a_part() -> None:
    # near miss: "tax" names a part of the revenue; "when" only opens the clause
    text = "Revenue reached $5.47 billion in 2018, when tax revenues came to $4.1 billion."
    assert sums(text) == [("$5.47 billion", ["$4.1 billion"], False)]


# --- moneysigns: a sentence's own word glued to a figure is no currency sign --------------------

# Junnan Steel, 2018-11: "from January to October 2018, Mongolia's coal output was39.272 million
# tons, down 591,000 tons" (the page lost its spaces)


def test_a_word_glued_before_a_figure_leaves_it_read(tmp_path: Path) -> None:
    # "was39.272 million" was left unread as a sign the grammar does not read: a false coverage
    # warning
    text = "In the ten months the republic's lignite output was39.272 million tons, up 4.1%."
    assert "39.272 million tons" in [text[p.start : p.end] for p in scan(text).phrases]
    assert ("coverage", Outcome.PASS) in outcomes(text, tmp_path, ("coverage",))
    other = "Shipments of ore reached5.2 billion dollars in the year."
    assert [other[p.start : p.end] for p in scan(other).phrases] == ["5.2 billion dollars"]


def test_letters_of_a_sign_glued_to_a_figure_stay_unread() -> None:
    # near misses: a currency's letters the grammar does not read, with no country to decide them
    for text in ("Coffee sales were Shs264 billion last year.", "The fund paid kr5 billion."):
        assert scan(text).phrases == ()


# --- upfrom: "down from Y in the corresponding period of" the year before is the growth's base --

# vimarsana (Fastmarkets), 2021-03-02: "production there falling 11.6% to 84,700 tonnes in the
# first month of 2021, down from 100,900 tonnes in the corresponding period of 2020" (a fall of
# 16.1 percent: the article's slip, unseen while the base was left untied)


def _growth_bases(text: str) -> list[str | None]:
    return [r[1].get("base") for r in relations(text) if r[0] == "growth"]


def test_the_same_span_of_the_year_before_is_the_growth_base(tmp_path: Path) -> None:
    text = (
        "Output at the northern pit fell 11.6% to 84,700 tonnes in the first month of 2021, "
        "down from 100,900 tonnes in the corresponding period of 2020."
    )
    assert _growth_bases(text) == ["100,900 tonnes"]
    assert ("growth", Outcome.FAIL) in outcomes(text, tmp_path, ("growth",))
    other = (
        "Receipts rose 8% to $5.2 billion in the first nine months of 2023, up from $4.8 billion "
        "in the same period of 2022."
    )
    assert _growth_bases(other) == ["$4.8 billion"]


def test_an_up_from_of_another_span_is_no_base() -> None:
    # near misses: two years apart, a month-on-month growth, a level with no period of its own
    for text in (
        "Output fell 11.6% to 84,700 tonnes in January 2021, down from 100,900 tonnes in the "
        "same period of 2019.",
        "Output rose 3% month on month to 84,700 tonnes in January 2021, up from 80,100 tonnes "
        "in the same period of 2020.",
        "Output fell 11.6% to 84,700 tonnes in January, down from 100,900 tonnes.",
    ):
        assert _growth_bases(text) == [None]
