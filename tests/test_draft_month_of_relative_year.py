"""A month named with a year counted from the dateline ("April of last year", "March this year")
is that month, never the whole year; a span whose year is counted from another period ("the first
quarter of the previous year", "the first half a year earlier") is never the dateline's year."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft

DATED = "Capital, 7 June 2031 - "


def growths(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each drafted growth's value: its period and its base period."""
    return {
        c.value: (c.period, c.base_period)
        for c in draft(DATED + text).claims
        if c.kind == "growth" and c.value
    }


@pytest.mark.parametrize(
    ("words", "base"),
    [
        ("on April of last year", "2030-04"),
        ("on April last year", "2030-04"),
        ("compared with April of the current year", "2031-04"),
        ("against March this year", "2031-03"),
    ],
)
def test_a_month_of_a_relative_year_is_that_month(words: str, base: str) -> None:
    found = growths(
        f"Wool exports came to EUR 2.81 billion in May, an increase of 12.9% {words}, while "
        "grain imports surged by 28.4% to EUR 3.09 billion."
    )
    assert found["an increase of 12.9%"] == ("2031-05", base)
    assert found["surged by 28.4%"] == ("2031-05", base)  # the base of the clause after it too


def test_a_month_of_next_year_is_that_month() -> None:
    claims = draft(DATED + "The port expects 4.1 million tonnes in March next year.").claims
    assert [c.period for c in claims] == ["2032-03"]


@pytest.mark.parametrize(
    "words",
    [
        "on the first quarter of the previous year",
        "on April of the previous year",
        "on the same month of the preceding year",
        "on the first half a year earlier",
        "on April of that same year",
    ],
)
def test_a_span_of_a_year_counted_from_another_period_is_not_the_dateline_s(words: str) -> None:
    found = growths(f"Wool exports came to EUR 2.81 billion in May, an increase of 12.9% {words}.")
    period, base = found["an increase of 12.9%"]
    assert period == "2031-05"
    assert base is None or not base.startswith("2031")


def test_a_span_with_its_own_year_before_such_words_is_read() -> None:
    found = growths(
        "Wool exports came to EUR 2.81 billion in May, an increase of 12.9% on the first quarter"
        " of 2030, the previous year."
    )
    assert found["an increase of 12.9%"] == ("2031-05", "2030-Q1")
