"""False findings and wrong readings of a first-contact sweep over trade, tourism and transport
(twenty-first session, sweep L), each guarded by its reason and tested beside a near miss that
still drafts. Every sentence is written for these tests around numeric phrases as the sweep's
texts print them (sources in each test's comment); each wrong reading fails on main 6c4bdfc."""

from __future__ import annotations

from pathlib import Path

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
