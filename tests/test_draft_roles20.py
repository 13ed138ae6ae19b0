"""False errors sweep K left (twentieth session), each guarded by its reason and tested beside a
near miss that still drafts its relation. Every sentence is written for these tests around
numeric phrases as the sweep's articles print them (each source named where its phrase is used);
each false error was found by `aktobe-facts check` on main 28aded3."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, ranked, relations, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.roletime import Time, read_time

# --- draftroles: "Of the total revenues, X came from taxes" makes X a part ----------------------

# Global Economic Times, the Philippines' cash operations to October 2023 (undated page, 2023-11),
# https://globaleconomictimes.kr/article/1065576134182338: "3.76 trillion pesos" (ten months),
# "3.23 trillion pesos" (of them, from taxes)
_LEAD = "MANILA, Philippines - The Treasury closed its books for October 2031. "
_TEN_MONTHS = "For the ten-month period, cumulative revenues totaled 3.76 trillion pesos. "


def test_a_figure_led_by_of_the_total_is_a_part(tmp_path: Path) -> None:
    # the 3.23 trillion was read as the year's whole revenue, tested against the ten months'
    text = (
        _LEAD + _TEN_MONTHS + "Of the total annual revenues, 3.23 trillion pesos came from taxes."
    )
    assert relations(text) == []
    assert outcomes(text, tmp_path, ("sum", "order")) == []


def test_a_years_total_after_the_months_is_still_above_them() -> None:
    text = _LEAD + _TEN_MONTHS + "Total annual revenues are put at 4.23 trillion pesos."
    assert ranked(text) == [("4.23 trillion pesos", ["3.76 trillion pesos"])]


# --- roletime: a running total to a day its words do not date is no full period's ---------------

# Daily News (Sri Lanka), 2023-11-21, https://www.dailynews.lk/2023/11/21/admin-catagories/
# breaking-news/245116/tax-revenue-surpasses-rs-3-trillion/: "Rs. 3 trillion" (the year's tax
# revenue, expected), "Rs. 2,394 billion" (collected until last Friday)
_HEADLINE = "Tax revenue surpasses Rs. 3 trillion\n\n"


def test_a_total_until_last_friday_holds_no_years_figure(tmp_path: Path) -> None:
    # collected ≥ the headline's tax revenue: a false sum error
    text = _HEADLINE + (
        "COLOMBO, Sri Lanka - An official said that until last Friday the Government had "
        "collected Rs. 2,394 billion, with about 30 working days of the year still ahead."
    )
    assert relations(text) == []
    assert ("sum", Outcome.FAIL) not in outcomes(text, tmp_path, ("sum",))


def test_a_total_so_far_holds_no_years_figure() -> None:
    text = _HEADLINE + (
        "COLOMBO, Sri Lanka - An official said that the Government had collected Rs. 2,394 "
        "billion so far, with about 30 working days of the year still ahead."
    )
    assert relations(text) == []


def test_two_totals_to_the_same_day_still_sum() -> None:
    until = (
        "COLOMBO, Sri Lanka - An official said that until last Friday the Government had "
        "collected Rs. 2,394 billion. Until last Friday, tax revenue stood at Rs. 2,100 billion."
    )
    so_far = (
        "COLOMBO, Sri Lanka - An official said that so far the Government has collected Rs. "
        "2,394 billion. Tax revenue to date stood at Rs. 2,100 billion."
    )
    for text in (until, so_far):
        assert sums(text) == [("Rs. 2,394 billion", ["Rs. 2,100 billion"], False)]


_DAYS = st.sampled_from(
    ["so far", "to date", "thus far", "until now", "until last Friday", "as of yesterday"]
)
_WHOLE = st.sampled_from(["", "in 2031", "for the whole year", "in the first half of last year"])
_SPANS = st.sampled_from(["in the first quarter", "in the first ten months", "in January-May"])


@given(_DAYS, _WHOLE, _SPANS)
def test_a_total_to_an_undated_day_fits_its_day_and_spans_it_may_end(
    day: str, whole: str, span: str
) -> None:
    dated = read_time(f"collected {day}")
    assert dated.fits(read_time(f"collected {day}"))
    assert not dated.fits(read_time(f"collected {whole}"))  # no period named, a year's, last year's
    assert not read_time(f"collected {whole}").fits(dated)
    assert not Time(dates=("to 11-17",)).fits(dated)
    assert dated.fits(read_time(f"collected {span}"))  # "the year so far" after the first quarter


def test_so_far_as_is_no_time() -> None:
    assert not read_time("so far as the ministry knows").named


# --- draftroles: what was spent after an allocation for an item is that item's -----------------

# PSM News (Maldives), 2024 (undated page), https://psmnews.mv/en/127408: "USD195 million" (on
# subsidies), "USD97 million" (allocated for additional grants and contributions), "USD71
# million" (spent on them)


def test_spending_after_an_allocation_for_an_item_is_the_items(tmp_path: Path) -> None:
    # 71 was read as the budget's whole spending, holding the 195 spent on subsidies
    text = (
        "The government has spent USD195 million on subsidies. The state budget also allocated "
        "USD97 million for additional grants and contributions and has spent USD71 million."
    )
    assert sums(text) == []
    assert outcomes(text, tmp_path, ("sum",)) == []


def test_spending_in_a_sentence_of_its_own_still_holds_its_parts() -> None:
    text = (
        "The state budget allocated USD97 million for grants. The state budget has spent USD271 "
        "million, including USD195 million on subsidies."
    )
    assert sums(text) == [("USD271 million", ["USD195 million"], False)]
