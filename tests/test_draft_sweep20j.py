"""False findings and wrong readings of a first-contact sweep over energy, mining and farm output
(twentieth session, sweep J), each guarded by its reason and tested beside a near miss that still
drafts. Every sentence is written for these tests around numeric phrases as the sweep's texts
print them (sources in each test's comment); each wrong reading fails on main e638e9c."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, ranked, relations, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

# --- draftexceed: "is under construction, B ..." names a state, no comparison with B -----------

# the phrases of PIB's release (Ministry of Power, India, 8 February 2024,
# https://pib.gov.in/PressReleaseIframePage.aspx?PRID=2003930): "26380 MW", "11960 MW", "19050 MW"
_UNDER_CONSTRUCTION = (
    "The ministry's pipeline holds 26380 MW of coal plants that are under construction, 11960 MW "
    "that has been tendered and 19050 MW that awaits approval."
)


def test_a_figure_after_a_comma_is_no_side_of_the_comparison_before_it(tmp_path: Path) -> None:
    # 26380 MW < 11960 MW was drafted from "are under construction, 11960 MW": a false error
    assert ranked(_UNDER_CONSTRUCTION) == []
    assert outcomes(_UNDER_CONSTRUCTION, tmp_path, ("order",)) == []


def test_a_comparison_whose_object_is_the_next_figure_still_orders() -> None:
    # near miss: "under" with the other figure as its object, no comma between
    text = "The 26380 MW built this year is under the 28000 MW the plan set."
    assert ranked(text) == [("26380 MW", ["28000 MW"])]


# --- dayofmonth: a day after "by" or "between ... and" a month, a wire's dateline's day --------

_DAYS = {
    # Nasdaq (Reuters), 15 January 2024: "had reached 914,000 tonnes by Jan. 14 since the start"
    "by": "Arrivals at the ports had reached 914,000 tonnes by Jan. 14 since the season began.",
    # TimesLIVE (Reuters), 11 August 2025: "between August 4 and 10 for a total of 11,000 tons"
    "between": "Ports took in 11,000 tons of beans between August 4 and 10 in all.",
    # Reuters India, 1 November 2012: "NEW DELHI Nov 1 India produced 240.32 million tonnes"
    "no comma": "NEW DELHI Nov 1 Indian miners dug 240.32 million tonnes of coal in the half year.",
    # Reuters India, 5 April 2017: "OSLO, April 5 Norway's Seafood Council said"
    "capital next": "OSLO, April 5 Fish sellers shipped 216,000 tonnes abroad in March.",
    # Malay Mail (Bernama), 12 December 2023: "KUALA LUMPUR, Dec 12 ― Malaysia’s total"
    "bar": "KUALA LUMPUR, Dec 12 ― Palm stocks fell to 2.42 million tonnes.",
}


@pytest.mark.parametrize("text", _DAYS.values(), ids=_DAYS.keys())
def test_a_day_of_its_month_is_no_count(text: str) -> None:
    # the day was a count ("14", "10", "1", "5", "12") beside the story's figures
    assert [c.value for c in draft(text).claims if c.kind == "count"] == []


def test_a_day_read_as_a_count_takes_no_growth() -> None:
    # Nasdaq (Reuters), 15 January 2024: the season's "down 36%" was drafted as the growth of
    # "14", the day of "by Jan. 14"
    text = (
        "Arrivals at the ports had reached 914,000 tonnes by Jan. 14 since the start of the "
        "season on Oct. 1, down 36% from the same period of the season before."
    )
    assert [r for r in relations(text) if r[1].get("current") == "14"] == []


def test_counts_after_a_month_or_a_capital_line_stay_counts() -> None:
    # near misses: a count after a month in a sentence, a line in capitals that names no month
    assert [c.value for c in draft("In March 12 firms signed deals.").claims] == ["12"]
    text = "MINERS AND 12 OTHER FIRMS signed deals."
    assert [c.value for c in draft(text).claims if c.kind == "count"] == ["12"]


# --- draftgrowth: "m-o-m" and "(provisional)" between a growth's level and its base -------------

# Malay Mail (Bernama), 12 October 2020: "added 1.88 per cent m-o-m to 161 million tonnes versus
# 1.58 million tonnes previously" (the article's misprint of 1.61 million tonnes)
_MOM = (
    "Shipments of the oil rose 1.88 per cent m-o-m to {} million tonnes versus 1.58 million tonnes."
)


def test_month_on_month_abbreviated_leaves_the_growth_its_base(tmp_path: Path) -> None:
    # "m-o-m" between the percent and "to" left the growth untied: the misprint passed unseen
    assert relations(_MOM.format("1.61")) == [
        (
            "growth",
            {
                "growth": "rose 1.88 per cent",
                "current": "1.61 million tonnes",
                "base": "1.58 million tonnes",
            },
        )
    ]
    assert outcomes(_MOM.format("1.61"), tmp_path, ("growth",)) == [("growth", Outcome.PASS)]
    assert outcomes(_MOM.format("161"), tmp_path, ("growth",)) == [("growth", Outcome.FAIL)]


# NDTV Profit, 5 March 2024: "rose 8% to 74.76 million tonnes (provisional) from 68.78 million
# tonnes in February 2023" (74.76 / 68.78 is 8.7 percent up)
_PROVISIONAL = (
    "The state miner's output rose {} to 74.76 million tonnes (provisional) from 68.78 million "
    "tonnes a year earlier."
)


def test_a_status_in_brackets_leaves_the_growth_its_base(tmp_path: Path) -> None:
    assert relations(_PROVISIONAL.format("9%")) == [
        (
            "growth",
            {
                "growth": "rose 9%",
                "current": "74.76 million tonnes",
                "base": "68.78 million tonnes",
            },
        )
    ]
    assert outcomes(_PROVISIONAL.format("9%"), tmp_path, ("growth",)) == [("growth", Outcome.PASS)]
    assert outcomes(_PROVISIONAL.format("8%"), tmp_path, ("growth",)) == [("growth", Outcome.FAIL)]


# --- siblingflows: a product named after the flow's noun ("Production for groundnuts") ----------

# Farmer's Weekly (South Africa), September 2018, the Crop Estimates Committee's figures:
# "Production for groundnuts is estimated to be 53 750t", "In the case of dry beans, the
# production is estimated at 69 360t", "Production for white maize is estimated at 6,8 million
# tons"
_CROPS = (
    "Production for white maize is estimated at 6,8 million tons, below the August figure. "
    "Production for groundnuts is estimated to be 53 750t, above the last estimate. In the case "
    "of dry beans, the production is estimated at 69 360t, more than forecast."
)


def test_a_crop_named_after_its_noun_is_no_part_of_another_crop(tmp_path: Path) -> None:
    # white maize and groundnuts were summed within the dry beans' production: a false error
    assert sums(_CROPS) == []
    assert outcomes(_CROPS, tmp_path, ("sum",)) == []


def test_a_crop_named_after_its_noun_is_still_a_part_of_the_total() -> None:
    # near miss: a whole that names no product holds the crop "for" names
    text = (
        "Total production is estimated at 12,9 million tons this season. Production for white "
        "maize is estimated at 6,8 million tons."
    )
    assert sums(text) == [("12,9 million tons", ["6,8 million tons"], False)]
