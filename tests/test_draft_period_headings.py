"""A heading that names a period ("Annual Summary for 2031") starts the figures of that period: a
change under it is never tied to a level stated above it for another period, and a change of the
whole year ("For the year, exports decreased ...") is never tied to a month's level
(:mod:`aktobe_facts.text.periodheadings`, :mod:`aktobe_facts.text.draftgrowth`). The articles are
written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

# December's levels, then the year's changes: 51.7 of 190.7 would be 27 percent, not 2.3.
RELEASE = (
    "Ruritania's trade, December 2031\n\n"
    "December exports were $190.7 billion, and December imports were $234.9 billion, the bureau "
    "said.\n\n{heading}\n\nThe goods and services deficit widened in 2031. Exports decreased $51.7 "
    "billion or 2.3 percent. Imports decreased $49.9 billion or 1.8 percent."
)


def _changes(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "change"]


def test_a_change_under_a_heading_of_the_year_is_not_the_month_s(tmp_path: Path) -> None:
    text = RELEASE.format(heading="Annual Summary for 2031")
    assert _changes(text) == []
    assert ("change", Outcome.FAIL) not in outcomes(text, tmp_path, ("change",))


def test_a_heading_that_names_no_period_leaves_the_level_above() -> None:
    text = (
        "Ruritania's trade\n\nDecember exports were $190.7 billion, the bureau said.\n\nGoods and "
        "services\n\nExports increased $4.0 billion or 2.1 percent."
    )
    assert _changes(text) == [
        {
            "amount": "increased $4.0 billion",
            "current": "$190.7 billion",
            "percent": "2.1 percent",
        }
    ]


def test_a_change_for_the_year_is_not_tied_to_a_month_s_level() -> None:
    month = "Ruritania's trade\n\nDecember exports were $190.7 billion, the bureau said. "
    assert _changes(month + "For the year, exports decreased $51.7 billion or 2.3 percent.") == []
    assert _changes(month + "Exports decreased $51.7 billion or 2.3 percent for the year.") == []
    # the month's own change is still tied to its level
    assert _changes(month + "Exports decreased $4.0 billion or 2.1 percent.") == [
        {
            "amount": "decreased $4.0 billion",
            "current": "$190.7 billion",
            "percent": "2.1 percent",
            "direction": "fall",
        }
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        ["Annual Summary for {y}", "Fourth Quarter {y}", "The Year {y}", "Summary", "{y} in Review"]
    ),
    st.integers(min_value=1990, max_value=2090),
)
def test_no_heading_of_a_period_lets_a_change_reach_above_it(heading: str, year: int) -> None:
    assert _changes(RELEASE.format(heading=heading.format(y=year))) == []
