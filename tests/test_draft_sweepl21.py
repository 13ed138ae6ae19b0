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
