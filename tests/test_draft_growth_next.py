"""A growth's base in the clause after it ("reaching X in May 2023; a year earlier they had
brought in Y"), the current value of "The proposed budget is a P percent increase" named before,
and a second growth "and Q percent higher than ..." of the same figure. The sentences are written
for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome


def growths(text: str) -> list[dict[str, str]]:
    return [fields for kind, fields in relations(text) if kind == "growth"]


def test_a_base_after_a_semicolon_or_in_the_next_sentence() -> None:
    text = (
        "Wool sales rose by 3.1 percent, reaching 41.2 million lari in May 2023; a year earlier "
        "they had brought in 40 million lari."
    )
    assert growths(text) == [
        {"growth": "rose by 3.1 percent", "current": "41.2 million lari", "base": "40 million lari"}
    ]
    text = (
        "Grain exports rose by 8 percent to 2.7 million tonnes in 2023. In 2022 grain exports had "
        "been 2.5 million tonnes."
    )
    assert growths(text) == [
        {
            "growth": "rose by 8 percent",
            "current": "2.7 million tonnes",
            "base": "2.5 million tonnes",
        }
    ]


def test_a_budget_over_the_current_year_and_this_year_s_budget() -> None:
    text = (
        "The cabinet has approved a budget of 9.54 billion lari for 2025. The proposed budget is "
        "a 6 per cent increase over the current fiscal year and 12 per cent higher than the "
        "revised budget of the year before. For this year parliament had passed a budget of 9 "
        "billion lari."
    )
    assert growths(text) == [
        {
            "growth": "a 6 per cent increase",
            "current": "9.54 billion lari",
            "base": "9 billion lari",
        },
        {"growth": "12 per cent higher", "current": "9.54 billion lari"},
    ]


def test_near_misses_keep_the_growth_without_a_base() -> None:
    # the next clause is not earlier; another thing; another unit; two amounts
    later = "Wool sales rose by 3.1 percent to 41.2 million lari in 2023; in 2024 they are to reach 45 million lari."
    assert growths(later) == [{"growth": "rose by 3.1 percent", "current": "41.2 million lari"}]
    other = (
        "Wool sales rose by 3.1 percent to 41.2 million lari in 2023. In 2022 meat sales had been "
        "40 million lari."
    )
    assert growths(other) == [{"growth": "rose by 3.1 percent", "current": "41.2 million lari"}]
    two = (
        "Wool sales rose by 3.1 percent to 41.2 million lari in 2023; a year earlier they had "
        "been 40 million lari and 38 million lari in 2021."
    )
    assert growths(two) == [{"growth": "rose by 3.1 percent", "current": "41.2 million lari"}]
    # "The revised budget is ..." names another figure than "a budget of X"
    revised = (
        "The cabinet has approved a budget of 9.54 billion lari. The revised budget is a 6 per "
        "cent increase over the current fiscal year."
    )
    assert growths(revised) == []


def test_a_growth_the_base_after_it_contradicts_fails(tmp_path: Path) -> None:
    text = (
        "Wool sales rose by 3.1 percent, reaching 41.2 million lari in May 2023; a year earlier "
        "they had brought in 36 million lari."
    )
    assert [o for _, o in outcomes(text, tmp_path, ("growth",))] == [Outcome.FAIL]


@given(
    now=st.integers(min_value=101, max_value=999),
    then=st.integers(min_value=101, max_value=999),
)
def test_any_base_in_the_template_is_read(now: int, then: int) -> None:
    text = (
        f"Wool sales rose by 3.1 percent, reaching {now} million lari in May 2023; a year earlier "
        f"they had brought in {then} million lari."
    )
    assert growths(text) == [
        {
            "growth": "rose by 3.1 percent",
            "current": f"{now} million lari",
            "base": f"{then} million lari",
        }
    ]
