"""Comparisons between two stated figures ("A exceeded B", "A exceeded B by Z", "A was below
B") drafted as orders and differences. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def drafted(text: str) -> list[tuple[str, dict[str, object]]]:
    """The orders and differences drafted, each field's claims by their values."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}

    def shown(v: str | list[str] | bool) -> object:
        return (
            values.get(v, v)
            if isinstance(v, str)
            else v
            if isinstance(v, bool)
            else [values[x] for x in v]
        )

    kinds = ("order", "difference")
    return [
        (r.kind, {k: shown(v) for k, v in r.fields.items()})
        for r in found.relations
        if r.kind in kinds
    ]


def test_a_figure_that_exceeded_another() -> None:
    assert drafted(
        "The fund's expenditures (16.2 billion lari) exceeded its revenues (11.3 billion lari)."
    ) == [("order", {"left": "16.2 billion lari", "op": ">", "right": ["11.3 billion lari"]})]
    assert drafted("Imports of 8.8 billion dollars were above exports of 5.7 billion dollars.") == [
        ("order", {"left": "8.8 billion dollars", "op": ">", "right": ["5.7 billion dollars"]})
    ]
    assert drafted("Sales of 3 million tonnes were below the 4 million tonnes of 2022.") == [
        ("order", {"left": "3 million tonnes", "op": "<", "right": ["4 million tonnes"]})
    ]


def test_by_how_much_a_figure_exceeded_another() -> None:
    assert drafted(
        "The fund's expenditures (16.2 billion lari) exceeded its revenues (11.3 billion lari) "
        "by 4.9 billion lari."
    ) == [
        (
            "difference",
            {
                "result": "4.9 billion lari",
                "minuend": "16.2 billion lari",
                "subtrahend": "11.3 billion lari",
            },
        )
    ]


def test_no_comparison_where_the_words_do_not_state_one() -> None:
    # "exceeding revenues by Z": Z is the gap, the revenues are not stated here
    assert (
        drafted("The budget spent 281.1 billion lari, exceeding revenues by 49.4 billion lari.")
        == []
    )
    # a bound of the figure's own reading, another unit, no comparison
    assert drafted("Revenue of 5 billion lari exceeded 4 billion lari.") == []
    assert drafted("Exports of 5 billion lari exceeded 4 million tonnes.") == []
    assert drafted("Revenue was 5 billion lari and spending 4 billion lari.") == []


def test_a_stated_excess_is_checked(tmp_path: Path) -> None:
    wrong = "Spending (16.2 billion lari) exceeded revenue (11.3 billion lari) by 6.9 billion lari."
    assert outcomes(wrong, tmp_path, ("difference",)) == [("difference", Outcome.FAIL)]
    upside = "Spending (10.2 billion lari) exceeded revenue (11.3 billion lari)."
    assert outcomes(upside, tmp_path, ("order",)) == [("order", Outcome.FAIL)]


@given(
    small=st.integers(min_value=1, max_value=10**6),
    gap=st.integers(min_value=1, max_value=10**6),
)
def test_any_excess_in_the_template_is_drafted_exactly(small: int, gap: int) -> None:
    large = small + gap
    text = f"Exports ({large:,} tonnes) exceeded imports ({small:,} tonnes) by {gap:,} tonnes."
    assert drafted(text) == [
        (
            "difference",
            {
                "result": f"{gap:,} tonnes",
                "minuend": f"{large:,} tonnes",
                "subtrahend": f"{small:,} tonnes",
            },
        )
    ]
