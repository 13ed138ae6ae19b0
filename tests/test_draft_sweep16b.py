"""False findings of a first-contact sweep over fresh economic news of Africa, Latin America and
the Caribbean (sixteenth session), each guarded by its reason and tested with a near miss one
step away that still drafts. Every sentence is written for these tests, with figures and
subjects of no article of the sets; each wrong one was a false error or warning of
`aktobe-facts check` on main 61f9b52."""

from __future__ import annotations

from pathlib import Path

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def _kinds(text: str, kind: str) -> list[dict[str, str]]:
    return [fields for k, fields in relations(text) if k == kind]


# --- draftbalances: a result that opens on its month takes no flows from before another result --

_WEEK = (
    "Ruritania's exports totalled $2.150 billion in the second week of the month and imports "
    "$1.740 billion.\n\n"
)
_SO_FAR = (
    "From January until the second week of May, the surplus came to $9.36 billion, 8.1% more "
    "than a year before. During that period, exports totalled $40.10 billion and imports $30.74 "
    "billion.\n\n"
)
_APRIL = "In April, the trade surplus totalled $1.905 billion, 6% less than a year earlier.\n"


def test_no_balance_of_a_month_with_flows_before_another_balance(tmp_path: Path) -> None:
    text = _WEEK + _SO_FAR + _APRIL
    assert _kinds(text, "difference") == [
        {"result": "$9.36 billion", "minuend": "$40.10 billion", "subtrahend": "$30.74 billion"}
    ]
    assert outcomes(text, tmp_path, ("difference",)) == [("difference", Outcome.PASS)]


def test_a_balance_of_a_month_with_flows_before_it_still_drafts() -> None:
    # the near miss: no other balance stands between the flows and the month's
    text = _WEEK + "Grain shipments led the gains, the ministry said.\n\n" + _APRIL
    assert _kinds(text, "difference") == [
        {"result": "$1.905 billion", "minuend": "$2.150 billion", "subtrahend": "$1.740 billion"}
    ]


# --- figuretime: a figure in a "when" clause after a comparison's year is the base year's -------


def test_no_whole_of_a_part_in_the_base_years_when_clause() -> None:
    text = (
        "Tin sales totaled $3.15 billion last year, representing a 12.5% increase compared to "
        "2030, when the sales registered $2.8 billion."
    )
    assert _kinds(text, "sum") == []
    assert _kinds(text, "growth") == [{"growth": "a 12.5% increase", "current": "$3.15 billion"}]


def test_a_whole_in_a_when_clause_of_its_own_year_still_drafts() -> None:
    # the near miss: "when" after the figure's own year, no comparison before it
    text = "Tin sales totaled $3.15 billion in 2031, when the sales registered $9.6 billion."
    assert _kinds(text, "sum") == [{"total": "$9.6 billion"}]


# --- draftindex: a year before "or" is no amount of change joined to the percent -------------


def _means(text: str) -> dict[str | None, str | None]:
    return {c.value: c.means for c in draft(text).claims}


def test_a_percent_higher_after_a_dated_level_is_a_growth(tmp_path: Path) -> None:
    text = (
        "Tin exports hit a record $218.8 million in March 2031, or nearly 125% higher than a "
        "year earlier."
    )
    assert _means(text)["nearly 125% higher"] == "relative"
    assert outcomes(text, tmp_path, ("index-or-growth",)) == [("index-or-growth", Outcome.PASS)]


def test_a_percent_joined_to_an_amount_of_change_keeps_both_readings() -> None:
    # the near miss: the figure before "or" is an amount of change, not a year
    text = "Tin exports hit $218.8 million in 2031, a $121.6 million or 125% rise on the year."
    assert _means(text)["125%"] is None


# --- units: the percent words of a source's headline quoted in its own language --------------

_QUOTED = (
    "Joblessness fell to 8.4% in March from 9.1% a year before, the statistics office said.\n"
    "- Paro en marzo fue de 8,4 por ciento (Diario del Sur)\n"
)


def test_a_percent_in_spanish_words_is_read(tmp_path: Path) -> None:
    assert "8,4 por ciento" in _means(_QUOTED)
    assert outcomes(_QUOTED, tmp_path, ("coverage",)) == [("coverage", Outcome.PASS)]


def test_por_alone_is_no_percent() -> None:
    # the near miss: "por" before another word is no unit ("8,4 por mes")
    assert all("por" not in (value or "") for value in _means(_QUOTED.replace("ciento", "mes")))
