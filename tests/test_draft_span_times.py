"""A span of months with no year ("From January to November, ...", "between January and
November", "in January-November") is one time of its own: its conversions, at the span's average
rate, are never held to the rate of its last month's figures, and they share a rate with each
other (:mod:`aktobe_facts.text.draftdates`). The articles are written for these tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

# November's figures at about 5.35 liras a dollar, the eleven months' at about 4.87.
BUDGET = (
    "Ruritania's budget\n\n"
    "The central government budget posted a deficit of TL 3.7 billion ($0.69 billion) in "
    "November, the ministry said. Revenue reached TL 70.1 billion ($13.1 billion) in the month."
    "\n\n{span}, the budget deficit stood at TL 54.5 billion ($11.2 billion), it said, and "
    "revenue at TL 690.3 billion ({revenue})."
)


@pytest.mark.parametrize(
    "span", ["From January to November", "Between January and November", "In January-November"]
)
def test_a_span_s_conversions_are_not_its_last_month_s(span: str, tmp_path: Path) -> None:
    text = BUDGET.format(span=span, revenue="$141.8 billion")
    claims = {c.value: c for c in draft(text).claims if c.counterparts}
    assert claims["TL 54.5 billion"].dated_by == "january-november"
    assert claims["TL 690.3 billion"].dated_by == "january-november"
    assert claims["TL 70.1 billion"].dated_by is None
    assert ("conversions", Outcome.FAIL) not in outcomes(text, tmp_path, ("conversions",))


def test_the_span_s_conversions_are_held_to_one_rate(tmp_path: Path) -> None:
    # a slip among the span's own conversions is still found
    text = BUDGET.format(span="From January to November", revenue="$161.8 billion")
    assert ("conversions", Outcome.FAIL) in outcomes(text, tmp_path, ("conversions",))


def test_a_base_span_after_from_is_no_time_of_the_figures() -> None:
    # "down from January-November's": a comparison's period, not the figure's
    text = (
        "Ruritania's budget\n\nIn November the deficit was TL 3.7 billion ($0.69 billion), "
        "and revenue TL 70.1 billion ($13.1 billion), down from January-November's pace."
    )
    assert all(c.dated_by is None for c in draft(text).claims)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["From January to October", "Between March and June", "In July-November"]),
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=80, max_value=125),
)
def test_a_span_at_its_own_rate_never_raises_a_conversions_error(
    span: str, rate: int, drift: int
) -> None:
    """A month's two conversions at one rate and the span's two at another (``drift`` percent
    of it): never a conversions error."""
    month = span.replace("-", " ").split()[-1]  # its last month
    text = (
        "Ruritania's budget\n\n"
        f"In {month} the deficit was TL {rate * 37 / 10:.1f} billion ($3.70 billion) and "
        f"revenue TL {rate * 131 / 10:.1f} billion ($13.10 billion), the ministry said.\n\n"
        f"{span}, the deficit stood at TL {rate * drift * 112 / 1000:.1f} billion ($11.20 "
        f"billion) and revenue at TL {rate * drift * 1418 / 1000:.1f} billion ($141.80 billion)."
    )
    with tempfile.TemporaryDirectory() as folder:
        verdicts = outcomes(text, Path(folder), ("conversions",))
    assert verdicts and ("conversions", Outcome.FAIL) not in verdicts
