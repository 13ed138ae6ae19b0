"""A level after "after" is the earlier value of the level before it (text/afterbase.py): a growth
set after the two is the move from the later figure's base to it, never a growth to the earlier
figure. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def growths(text: str) -> list[dict[str, str]]:
    """The fields of the growths drafted from ``text``."""
    return [fields for kind, fields in relations(text) if kind == "growth"]


@pytest.mark.parametrize(
    ("text", "current", "base"),
    [
        (
            "Timber exports amounted to $512 million in 2031, after being estimated at $401 "
            "million in 2027, an increase of 27.7%.",
            "$512 million",
            "$401 million",
        ),
        (
            "The port handled 4.1 million tonnes last year, after 3.2 million tonnes in 2029, a "
            "rise of 28%.",
            "4.1 million tonnes",
            "3.2 million tonnes",
        ),
        (
            "Ferry revenue came to €86.4 billion in 2030, after standing at €70.2 billion in "
            "2028, up 23 percent.",
            "€86.4 billion",
            "€70.2 billion",
        ),
    ],
)
def test_the_level_after_after_is_the_base(text: str, current: str, base: str) -> None:
    (growth,) = growths(text)
    assert (growth["current"], growth.get("base")) == (current, base)


@pytest.mark.parametrize(("percent", "outcome"), [("27.7%", Outcome.PASS), ("2.77%", Outcome.FAIL)])
def test_the_growth_from_the_level_after_after_is_checked(
    tmp_path: Path, percent: str, outcome: Outcome
) -> None:
    text = (
        "Timber exports amounted to $512 million in 2031, after being estimated at $401 million "
        f"in 2027, an increase of {percent}."
    )
    assert outcomes(text, tmp_path, ("growth",)) == [("growth", outcome)]


@pytest.mark.parametrize(
    "text",
    [
        # a change, no earlier level
        "Timber exports amounted to $512 million in 2031, after rising by $40 million in 2030, an "
        "increase of 8.5%.",
        # another thing after "after"
        "Timber exports amounted to $512 million in 2031, after taxes of $40 million in 2030, an "
        "increase of 8.5%.",
        # the figure after "after" names a later period: the words give no order of the two
        "Timber exports amounted to $512 million in 2029, after $401 million in 2031, an increase "
        "of 27.7%.",
    ],
)
def test_no_base_where_the_figure_after_after_is_no_earlier_level(text: str) -> None:
    assert not [g for g in growths(text) if g.get("base")]
