"""A "rate of" whose noun names events counted in a period ("the rate of hotel stays", "of
bookings") is a pace: its change is the count's growth, never a change of a share that may be in
points (a false `percent-points` warning). A rate that divides one thing by a whole ("the rate of
unemployment", "of non-performing loans") keeps the change that may be in points, whatever verb
stands between the rate's noun and its change (text/ratepace.py). Sentences written for these
tests; the figure "down by 7.3%" after "the rate of hotel stays" is the one a fresh text of the
seventeenth session's recall work printed (a tourism release, left by session 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.text.draft import draft
from aktobe_facts.text.ratepace import head_of, pace


def _kinds(text: str) -> list[str | None]:
    return [c.kind for c in draft(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "The rate of hotel stays in the capital was down by 7.3% in June.",
        "The rate of hotel stays by foreign guests is down by 7.3% on a year earlier.",
        "The rate of new bookings for the summer was up by 4.1 percent in March.",
        "The rate of arrivals at the two airports fell 2.6 percent in May.",
    ],
)
def test_a_rate_of_events_counted_changes_as_a_growth(text: str) -> None:
    kinds = _kinds(text)
    assert "growth" in kinds and "change" not in kinds


def test_a_pace_of_stays_raises_no_percent_or_points_warning(tmp_path: Path) -> None:
    text = (
        "The rate of hotel stays in the capital is down by 7.3%, with 412,000 stays in June "
        "against 444,400 a year earlier."
    )
    assert outcomes(text, tmp_path, ("percent-points",)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rate of unemployment was down by 0.3 percent in May.",
        "The rate of unemployment is down 0.3 percent in May.",
        "The rate of non-performing loans was down by 0.5 percent in June.",
        "The rate of households with a car in the capital was up by 1.2 percent.",
        "The occupancy rate of the hotels was down by 2.4 percent in June.",
    ],
)
def test_near_miss_a_rate_of_a_population_may_still_change_in_points(text: str) -> None:
    assert "change" in _kinds(text)


def test_the_rate_s_head_stops_at_a_preposition_a_verb_or_a_mark() -> None:
    text = "the rate of hotel stays in the capital was"
    head = head_of(text, 4)
    assert head is not None and head.group(1) == "stays"
    assert head_of("the rate of unemployment was", 4).group(1) == "unemployment"  # type: ignore[union-attr]
    assert head_of("the rate of, in short", 4) is None
    assert pace(text, 4)
    assert not pace("the rate of stays, at 5 percent, was", 4)  # another figure before the change


def test_near_miss_a_rate_in_percent_is_no_pace_whatever_it_is_of() -> None:
    """A level in percent says the rate is a ratio ("the rate of bookings rose 5 percent to 12.4
    percent": a share of something, its change may be in points), never a count's pace."""
    assert "change" in _kinds("The rate of bookings rose 5 percent to 12.4 percent in June.")
