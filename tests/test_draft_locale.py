"""The number style a draft writes for an article that prints every decimal with a comma and its
thousands with spaces: "US$2,418 billion" there is 2.418 billion, never 2,418 billion. The sentences
are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftlocale import article_locale

COMMAS = (
    "Zedland's sugar earnings rose by 12% to US$1,35 billion this season from US$1,21 billion.\n\n"
    "The board said 431 262 840 kilogrammes of sugar had been shipped, valued at US$2,418 billion, "
    "at an average of US$5,61 per kg."
)


def test_an_article_of_decimal_commas_reads_its_one_comma_figure_as_decimals(
    tmp_path: Path,
) -> None:
    assert draft(COMMAS).locale == "fr"
    found = outcomes(COMMAS, tmp_path, ("per",))
    assert found and all(outcome is Outcome.PASS for _, outcome in found)


def test_an_article_that_also_writes_points_keeps_the_default() -> None:
    points = COMMAS.replace("US$5,61 per kg", "US$5.61 per kg")
    assert draft(points).locale is None
    grouped = COMMAS.replace("431 262 840", "431,262,840")
    assert draft(grouped).locale is None


@given(
    st.lists(st.integers(1, 999_999_999), min_size=1, max_size=6),
    st.integers(1000, 999_999),
)
def test_no_style_without_decimal_commas(levels: list[int], grouped: int) -> None:
    # figures of the default style ("1,234,567", "12,500") never make an article "fr" or "de"
    values = [f"${n:,} million" for n in levels] + [f"{grouped:,} tonnes"]
    assert article_locale(values) is None


MIXED = (
    "Regional budget spending came to 1,250 billion tenge in 2031, 4,6 percent above plan. "
    "Education took 400 billion tenge and health care 850 billion tenge, or 2,1 percent of the "
    "region's output."
)


def test_decimal_commas_without_grouped_thousands_name_no_style(tmp_path: Path) -> None:
    # "1,250 billion" may be either style's: no value groups thousands with spaces or dots
    assert draft(MIXED).locale is None
    assert all(outcome is not Outcome.FAIL for _, outcome in outcomes(MIXED, tmp_path, ("sum",)))


def test_thousands_grouped_with_spaces_or_dots_still_name_the_style() -> None:
    assert draft(MIXED.replace("400 billion", "400 000 million")).locale == "fr"
    values = ["US$1,35 billion", "US$1,21 billion", "431.262.840 kilogrammes", "US$2,418 billion"]
    assert article_locale(values) == "de"


@given(st.lists(st.integers(1, 99), min_size=2, max_size=5), st.integers(1000, 999_999))
def test_no_style_without_grouped_thousands(decimals: list[int], ambiguous: int) -> None:
    values = [f"{n // 10},{n % 10} percent" for n in decimals] + [f"{ambiguous:,} tonnes"]
    assert article_locale(values) is None
    spaced = f"{ambiguous:,}".replace(",", " ")
    assert article_locale([*values, f"{spaced} kilogrammes"]) == "fr"
