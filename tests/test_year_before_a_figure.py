"""A year right before "to" and a figure printed another way (a currency sign before its digits,
or its thousands grouped) is the period of the figure before it, never the low end of a range
from the year to the figure ("rose in March 2030 to K8,164.9 million"). The sentences are written
for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan


def values(text: str) -> list[str]:
    return [c.value or "" for c in draft(text).claims]


def test_a_grouped_figure_after_a_year_and_to_is_read_alone() -> None:
    text = "Freight income rose from $7,948.6 million in May 2030 to $8,164.9 million in June 2030."
    assert values(text) == ["$7,948.6 million", "$8,164.9 million"]
    text = "Zambia's copper sales rose in March 2030 to K8,164.9 million."
    (claim,) = draft(text).claims
    assert (claim.value, claim.period) == ("K8,164.9 million", "2030-03")


@given(st.integers(1990, 2060), st.integers(2101, 999_999), st.sampled_from(["$", "US$", ""]))
def test_no_range_from_a_year_to_a_figure_written_otherwise(
    year: int, high: int, sign: str
) -> None:
    grouped = f"{high:,}"
    if not sign and "," not in grouped:
        return  # "2020 to 5000 million": printed alike, a range as before
    text = f"Sales climbed in {year} to {sign}{grouped} million."
    (phrase,) = scan(text).phrases
    assert phrase.stated.high is None
    assert phrase.value == f"{sign}{grouped} million"


def test_a_range_printed_alike_stays_a_range() -> None:
    (phrase,) = scan("Estimates run from 1900 to 2400 million tonnes.").phrases
    assert phrase.stated.high is not None
