"""False findings and wrong readings of a first-contact sweep over trade, tourism and transport
(twenty-first session, sweep L), each guarded by its reason and tested beside a near miss that
still drafts. Every sentence is written for these tests around numeric phrases as the sweep's
texts print them (sources in each test's comment); each wrong reading fails on main 6c4bdfc."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations, sums
from aktobe_facts.text.draft import draft

# --- draftparts: a cue that opens a bracket lists what the bracket holds -----------------------

# Business Insider India (PTI), December 2019: "JNPT at 44.93 MT, Kolkata (including Haldia) at
# 41.25 MT, and Mumbai at 40.88 MT"
_BRACKET = (
    "Bandar port handled the most cargo at 82.20 MT in the eight months, then Sagar at 73.25 MT, "
    "Nadi at 44.93 MT, Kolkata (including Haldia) at 41.25 MT, and Mumbai at 40.88 MT."
)


def test_the_figures_after_a_bracketed_cue_are_no_parts_of_the_figure_before_it(
    tmp_path: Path,
) -> None:
    # 44.93 >= 41.25 + 40.88 was drafted from "(including Haldia) at 41.25 MT, and Mumbai at
    # 40.88 MT": a false error; the bracket names Haldia as Kolkata's part, no figure
    assert sums(_BRACKET) == []
    assert outcomes(_BRACKET, tmp_path, ("sum",)) == []


def test_the_figures_inside_a_bracketed_cue_are_still_its_parts() -> None:
    # near miss: the parts stand inside the bracket
    text = (
        "Kolkata handled 44.93 MT (including 41.25 MT at Haldia and 3.68 MT at its river docks) "
        "in the eight months."
    )
    assert sums(text) == [("44.93", ["41.25", "3.68"], False)]


# --- draftparts: an average is no total of the figures listed after it -------------------------

# Maldives Business Review, September 2018: "The average duration of stay is presently at 6.4
# days, with tourists spending a combined total of 6,270,308 days in the country"
_AVERAGE = (
    "The average stay of a visitor is now 6.4 days, with visitors spending a combined total of "
    "6,270,308 days in the islands."
)


def test_an_average_takes_no_parts_after_with(tmp_path: Path) -> None:
    # 6.4 days >= 6,270,308 days was drafted from ", with ... a combined total of": a false error
    assert sums(_AVERAGE) == []
    assert outcomes(_AVERAGE, tmp_path, ("sum",)) == []


def test_a_total_with_its_parts_after_with_still_sums() -> None:
    # near miss: the figure before "with" is a total of days, its parts labelled after it
    text = (
        "Visitors spent 6,270,308 days in the islands, with 4,100,000 days in resorts and "
        "2,170,308 days in guesthouses."
    )
    assert sums(text) == [("6,270,308 days", ["4,100,000 days", "2,170,308 days"], False)]


# --- phrases: an aircraft's model after its maker is a name, no count nor range ----------------

# The Namibian (Nampa-Reuters), 2006: "ordered six Boeing 787-8 Dreamliner planes" and "a fourth
# Boeing 777 in February"
_MODELS = "The carrier has ordered six Boeing 787-8 Dreamliner planes and a fourth Boeing 777."


def test_an_aircraft_model_is_neither_a_range_nor_a_count() -> None:
    # "787-8" was left unread (a coverage warning) and "777" drafted as a count of planes
    found = draft(_MODELS)
    assert [c.value for c in found.claims if c.value in ("777", "787-8")] == []
    assert not any("787" in u for u in found.unread)


def test_a_count_after_the_makers_verb_is_still_a_count() -> None:
    # near miss: the maker is the subject and a verb stands between it and the number
    found = draft("Boeing delivered 777 jets over the decade.")
    assert [(c.value, c.kind) for c in found.claims] == [("777", "count")]


# --- draftgrowth: a change named by its flow alone goes on in a span to date -------------------

# ABA Banking Journal (Census Bureau and BEA), 6 October 2020: "August exports were $165.2
# billion" ... "Year-to-date, the goods and services deficit increased $22.6 billion, or 5.7%" ...
# "Exports decreased $296.1 billion or 17.6%."
_TO_DATE = (
    "Exports in August came to $165.2 billion, while imports came to $226.6 billion.\n\n"
    "Year-to-date, the deficit on goods and services widened by $22.6 billion, or 5.7%, from the "
    "same months of 2019. Exports decreased $296.1 billion or 17.6%."
)


def test_a_change_after_a_span_to_date_takes_no_month_as_its_level(tmp_path: Path) -> None:
    # "decreased $296.1 billion or 17.6%" was drafted as the change down to August's $165.2
    # billion: a false error (the year's first eight months against 2019's, no level given)
    assert [r for r in relations(_TO_DATE) if r[0] == "change"] == []
    assert outcomes(_TO_DATE, tmp_path, ("change",)) == []


def test_a_change_named_by_its_flow_still_takes_the_level_before_it() -> None:
    # near miss: no span to date between the month's level and its change
    text = (
        "Exports in August came to $165.2 billion. Imports came to $226.6 billion. "
        "Exports decreased $16.1 billion or 8.9%."
    )
    assert [r[1].get("current") for r in relations(text) if r[0] == "change"] == ["$165.2 billion"]


# --- figuretime, draftgrowth: "against the imports of Y" names a comparison's earlier figure ---

# Pakistan Observer (APP), June 2018: "recorded at $5.814 percent against the imports of $5.066
# billion, showing growth of 14.77 percent"; "increasing from the deficit of $3.466 billion last
# May to $3.760"; "stood at $21.346 billion against the exports of $18.516 billion"
_AGAINST = (
    "The exports during May 2018 were recorded at $2.144 billion compared to the exports of "
    "$1.620 billion in May 2017, the bureau said.\n\n"
    "The imports into the country during May 2018 were recorded at $5.814 percent against the "
    "imports of $5.066 billion, showing growth of 14.77 percent.\n\n"
    "The trade deficit on YOY basis witnessed increase of 6.5 percent by increasing from the "
    "deficit of $3.466 billion last May to $3.760 during the month of May 2018."
)


def test_figures_after_against_the_flow_of_are_no_members_of_a_balance_now(
    tmp_path: Path,
) -> None:
    # 3.466 = 5.066 - 2.144 was drafted: last May's deficit and imports with this May's
    # exports, a false error
    assert [r for r in relations(_AGAINST) if r[0] == "difference"] == []
    assert outcomes(_AGAINST, tmp_path, ("difference",)) == []


def test_the_figure_after_against_the_flow_of_is_no_current_of_the_growth_after_it() -> None:
    # "$5.066 billion, showing growth of 14.77 percent" took the earlier figure as the level
    text = (
        "Exports stood at $21.346 billion against the exports of $18.516 billion, showing growth "
        "of 15.28 percent."
    )
    currents = [r[1].get("current") for r in relations(text) if r[0] == "growth"]
    assert "$18.516 billion" not in currents
    assert [r[1].get("current") for r in relations(_AGAINST) if r[0] == "growth"] == []


def test_a_balance_of_figures_now_still_balances() -> None:
    # near miss: the three figures of one month, none after a comparison's words
    text = (
        "In May 2018 exports were $2.144 billion and imports were $5.814 billion, leaving a trade "
        "deficit of $3.670 billion."
    )
    assert [r[0] for r in relations(text)] == ["difference"]


def test_a_growth_against_a_bare_earlier_figure_still_ties_its_base() -> None:
    # near miss: "against" right before the earlier figure, with its own period
    text = (
        "Exports stood at $21.3 billion in 2018 against $18.5 billion in 2017, an increase of "
        "15.1 percent."
    )
    assert [r[1] for r in relations(text) if r[0] == "growth"] == [
        {
            "growth": "an increase of 15.1 percent",
            "current": "$21.3 billion",
            "base": "$18.5 billion",
        }
    ]


# --- periodnames: "since" after a superlative starts a record's span, no base ------------------

_RECORDS = {
    # Reuters (ACI), 9 September 2016: "grew at its fastest rate last year since 2010, rising 6.4
    # percent to 7.2 billion passengers"
    "fastest": "Air traffic grew at its fastest rate last year since 2010, rising 6.4 percent to "
    "7.2 billion passengers.",
    # Oneindia (UNWTO), 27 September 2018: "grew 7 per cent in 2017, hitting 1,323 million the
    # highest increase since the 2009 global economic crisis hit"
    "highest": "Arrivals grew 7 per cent in 2017 to 1,323 million, the highest increase since "
    "the 2009 crisis hit.",
}


@pytest.mark.parametrize("text", _RECORDS.values(), ids=_RECORDS.keys())
def test_the_year_after_a_records_since_is_no_base(text: str) -> None:
    # the growth was drafted "more than in 2010" ("in 2009"): the base is the year before
    assert [c.value for c in draft(text).claims if c.base_period is not None] == []


def test_a_growth_since_a_year_still_takes_it_as_its_base() -> None:
    # near miss: no record's word before "since"
    found = draft("Arrivals have grown 40 percent since 2010, to 1,323 million.")
    assert [(c.value, c.base_period) for c in found.claims if c.kind == "growth"] == [
        ("grown 40 percent", "2010")
    ]


# --- draftparts: a figure after "up from" right after a cue's words is the total's earlier -----

# The Daily Star, 2 July 2024: "31.69 lakh twenty-foot equivalent units (TEUs) of containers,
# including import, export and empty ones in FY24, up from 30.07 lakh TEUs in the previous fiscal"
_UP_FROM = (
    "The port moved 31.69 lakh TEUs of boxes, including import, export and empty ones in FY24, "
    "up from 30.07 lakh TEUs in the previous fiscal."
)


def test_the_earlier_value_after_a_cue_is_no_part() -> None:
    # 31.69 >= 30.07 was drafted as a total and its part (a wrong relation that passed)
    assert sums(_UP_FROM) == []


def test_the_figures_a_cue_lists_are_still_parts() -> None:
    # near miss: the cue's own figures
    text = (
        "The port moved 31.69 lakh TEUs of boxes, including 20.1 lakh TEUs of imports and 11.5 "
        "lakh TEUs of exports."
    )
    assert sums(text) == [("31.69 lakh TEUs", ["20.1 lakh TEUs", "11.5 lakh TEUs"], False)]


# --- draftroles: "import-export revenue" is a turnover, no part of exports ---------------------

# VietnamPlus (VNA), February 2018: "Vietnam's import-export revenue amounted to 57.12 billion
# USD"; "The value of exports was estimated at 213.77 billion USD"
_JOINED = (
    "Vietnam's import-export revenue amounted to 57.12 billion USD from the start of 2018 to "
    "mid-February.\n\nThe value of exports was estimated at 213.77 billion USD in 2017, and "
    "imports at 211.1 billion USD."
)


def test_the_two_flows_joined_by_a_hyphen_are_no_part_of_one_of_them() -> None:
    # 213.77 >= 57.12 was drafted: the year's exports as the whole of six weeks' turnover
    assert sums(_JOINED) == []


# --- roletime: the months of a fiscal year are no calendar year's ------------------------------

# Apparel Resources, June 2016: "export earnings in May stood at US $ 3.02 billion" ...
# "earnings from the RMG exports in the 11 months of FY 2016 amounted to US $ 25.08 billion"
_FISCAL = (
    "Export earnings in May stood at US $ 3.02 billion. The data further show that earnings from "
    "the RMG exports in the 11 months of FY 2016 amounted to US $ 25.08 billion."
)


def test_a_month_is_not_placed_inside_a_fiscal_years_months() -> None:
    # May's total exports were drafted within "the 11 months of FY 2016" read as January to
    # November (the fiscal year runs from July): a wrong relation that passed
    assert sums(_FISCAL) == []


def test_a_month_inside_a_calendar_years_months_is_still_a_part() -> None:
    # near miss: the first 11 months of a calendar year hold May
    text = (
        "Export earnings in May stood at US $ 3.02 billion. Export earnings in the first 11 "
        "months of 2016 amounted to US $ 25.08 billion."
    )
    assert sums(text) == [("US $ 25.08 billion", ["US $ 3.02 billion"], False)]


# --- draftgrowth: a growth on a quarter takes no level of a whole year before it ---------------

# Vanguard (NAN), 10 March 2023: "on an annual basis, total trade was N52,387.30 billion, total
# imports amounted to N25,590.55 billion" ... "Total imports also fell by 9.73 per cent when
# compared to the value recorded in the fourth quarter of 2021 at N5,940.58 billion"
_ANNUAL = (
    "This comes from the NBS report on foreign trade in goods for Q4 2022, published in Abuja on "
    "Friday.\n\nThe report said on an annual basis, total trade was N52,387.30 billion, total "
    "imports amounted to N25,590.55 billion, and total exports came to N26,796.75 billion.\n\n"
    '"Total imports also fell by 9.73 per cent when compared to the value recorded in the fourth '
    'quarter of 2021 at N5,940.58 billion," it said.'
)


def test_a_growth_on_a_quarter_takes_no_years_level() -> None:
    # the year's N25,590.55 billion was drafted as the level of the quarter's fall
    assert [r[1].get("current") for r in relations(_ANNUAL) if r[0] == "growth"] == []


def test_a_growth_on_a_quarter_still_takes_the_quarters_level() -> None:
    # near miss: the sentence before names the quarter
    text = _ANNUAL.replace(
        "on an annual basis, total trade was N52,387.30 billion, total imports amounted to "
        "N25,590.55 billion, and total exports came to N26,796.75 billion",
        "for the fourth quarter, total trade was N11,722.44 billion, total imports amounted to "
        "N5,362.83 billion, and total exports came to N6,359.61 billion",
    )
    assert [r[1].get("current") for r in relations(text) if r[0] == "growth"] == [
        "N5,362.83 billion"
    ]


# --- draftwords, draftgrowth: a signed percent alone in a bracket after an amount is its growth -

# RZD (Russian Railways) via PortNews, 1 October 2021: "coke – 8.8 million tonnes (+6.2%)",
# "cement – 20.4 million tonnes (+6%)", "grain – 18 million tonnes (-1.5%)"
_SIGNED = (
    "Over the nine months the network carried coke – 8.8 million tonnes (+6.2%); cement – 20.4 "
    "million tonnes (+6%); grain – 18 million tonnes (-1.5%)."
)


def test_a_signed_percent_in_a_bracket_is_the_growth_of_the_amount_before_it() -> None:
    # the plus-signed percents were left without a kind and tied to nothing (recall)
    assert [r[1]["growth"] for r in relations(_SIGNED) if r[0] == "growth"] == [
        "6.2%",
        "6%",
        "-1.5%",
    ]


def test_an_unsigned_percent_in_a_bracket_stays_no_growth() -> None:
    # near miss: "(16.74% share)" is the port's share, no move
    text = "Kandla handled 38.76 million tonnes (16.74% share) in the four months."
    assert [r for r in relations(text) if r[0] == "growth"] == []
