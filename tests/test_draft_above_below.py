"""A level a percent above or below another ("X, some P percent above the Y target"): a growth
from Y to X, or X = Y × (1 − P/100) below it (`text/draftabove.py`). The sentences are written
for these tests; each drafted nothing before."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

ABOVE = "The port's loss was $812.4m last year, some {p} percent above the $120.6m it had planned."
BELOW = "Road spending came to $2.41 billion, or {p} percent below the $2.73 billion budgeted."


def test_a_percent_above_a_level_is_its_growth() -> None:
    assert relations(ABOVE.format(p="573.6")) == [
        (
            "growth",
            {"growth": "some 573.6 percent", "current": "$812.4m", "base": "$120.6m"},
        )
    ]


def test_a_percent_above_that_is_the_ratio_fails(tmp_path: Path) -> None:
    """812.4 over 120.6 is 6.736 times: 573.6 percent above, never 673.6 (the ratio)."""
    assert outcomes(ABOVE.format(p="573.6"), tmp_path, ("growth",)) == [("growth", Outcome.PASS)]
    assert outcomes(ABOVE.format(p="673.6"), tmp_path, ("growth",)) == [("growth", Outcome.FAIL)]


def test_a_percent_below_a_level_is_an_equation(tmp_path: Path) -> None:
    (made,) = relations(BELOW.format(p="11.7"))
    assert made[0] == "equation" and '"100 percent" -' in made[1]["expr"]
    assert outcomes(BELOW.format(p="11.7"), tmp_path, ("equation",)) == [("equation", Outcome.PASS)]
    assert outcomes(BELOW.format(p="17.1"), tmp_path, ("equation",)) == [("equation", Outcome.FAIL)]


def test_near_misses_draft_nothing() -> None:
    """Rates (the percent may be points), a range's first end, a bound and no second level."""
    for said in (
        "The lending rate was 9.5 percent, 2 percent above the 7.5 percent policy rate.",
        "Sales were $6.2 billion, 10 percent above the $5.4 billion to $5.8 billion forecast.",
        "Sales were $6.2 billion, 10 percent above more than $5.6 billion a year earlier.",
        "Sales were $6.2 billion, 10 percent above the level of 2029.",
    ):
        assert [r for r in relations(said) if r[0] in ("growth", "equation")] == [], said


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1000, max_value=9000), st.integers(min_value=5, max_value=400))
def test_the_percent_the_figures_give_passes(base: int, percent: int) -> None:
    """Any base and percent: the level the words give, printed to one decimal, passes."""
    level = base * (100 + percent) / 100
    said = (
        f"Freight came to {level:,.1f} tonnes, {percent} percent above the {base:,} tonnes "
        "the line carried before."
    )
    folder = Path(__import__("tempfile").mkdtemp())
    assert outcomes(said, folder, ("growth",)) == [("growth", Outcome.PASS)]
