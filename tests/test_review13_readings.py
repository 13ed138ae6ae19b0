"""Three readings a reviewer of the thirteenth session found wrong, with sentences written for
these tests: a level in "pct" or "pc" after a change (a share's change, perhaps in points), a
peak or a record after "from" (an earlier level, never a source), and a spoken point before a
year ("a 10 point 2030 plan": ten points, no decimal)."""

from __future__ import annotations

import pytest

from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.periodnames import named_periods
from aktobe_facts.text.phrases import scan


@pytest.mark.parametrize(
    "sentence",
    [
        "The jobless rate rose 0.3% to 5.2 pct in May from 4.9 pct in April.",
        "The youth unemployment rate fell 1.1% to 14.6 pc in 2031.",
        "Its market share climbed 2% to 9 Pct last quarter.",
    ],
)
def test_a_change_to_a_level_in_pct_may_be_in_points(sentence: str) -> None:
    # "rose 0.3% to 5.2 pct": a rate's change whose unit the words leave open (percent or
    # points), never the growth of a level
    kinds = [c.kind for c in draft(sentence).claims if c.value and "%" in c.value]
    assert "growth" not in kinds and "change" in kinds


def test_a_change_to_an_amount_near_pct_is_still_its_growth() -> None:
    # the near miss: a level with a unit of its own stays a growth
    kinds = [c.kind for c in draft("Pension payments rose 0.3% to 5.2 billion lari.").claims]
    assert "growth" in kinds


def _periods(text: str) -> list[tuple[str, bool]]:
    return [(p.text, p.base) for p in named_periods(text, (0, len(text)), None)]


@pytest.mark.parametrize(
    "words",
    [
        "a peak in 2029 of",
        "record highs in 2029 of",
        "the lows in 2029 of",
        "pre-crisis levels in 2029 of",
        "a record in 2029 of",
    ],
)
def test_a_peak_after_from_is_an_earlier_level(words: str) -> None:
    """ "Slid to X from a peak in 2029": 2029 is the base's period, never the current figure's (a
    source after "from" gives its period to the figure)."""
    text = f"Copper sales slid to $4.1 billion from {words} $5.2 billion."
    assert _periods(text) == [("2029", True)]


def test_a_source_after_from_keeps_its_period() -> None:
    # the near miss: a source ("from oil sales") leaves the period the figure's own
    text = "Ruritania earned $6.4 billion from oil sales in 2031."
    assert _periods(text) == [("2031", False)]


@pytest.mark.parametrize("year", ["2030", "1998", "2019"])
def test_a_spoken_point_before_a_year_is_no_decimal(year: str) -> None:
    phrases = scan(f"The ministry unveiled a 10 point {year} plan for exports.").phrases
    assert all(p.stated.value != parse(f"10.{year}").value for p in phrases)


@pytest.mark.parametrize("digits", ["5", "25", "208", "203"])
def test_a_spoken_point_before_other_digits_is_a_decimal(digits: str) -> None:
    (phrase,) = scan(f"Growth was 10 point {digits} per cent in May.").phrases
    assert phrase.stated.value == parse(f"10.{digits}").value
