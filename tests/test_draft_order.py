"""Orders drafted from the words: a rise or fall from one figure to another, a year's flow
against its first months. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes as checked
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def orders(text: str) -> list[tuple[str, str, list[str]]]:
    """The drafted orders as (left, op, right) by the claims' values."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    out = []
    for r in found.relations:
        left, op, right = (r.fields.get(k) for k in ("left", "op", "right"))
        if r.kind == "order" and isinstance(left, str) and isinstance(op, str):
            assert isinstance(right, list)
            out.append((values[left], op, [values[v] for v in right]))
    return out


def outcomes(text: str, tmp_path: Path) -> list[Outcome]:
    return [outcome for _, outcome in checked(text, tmp_path, ("order",))]


def test_a_rise_or_fall_from_one_figure_to_another() -> None:
    assert orders(
        "Development spending rises from €1.295 billion in 2023 to €1.478 billion in 2024."
    ) == [("€1.478 billion", ">", ["€1.295 billion"])]
    assert orders("The deficit narrowed to 3.2 billion lari from 5.1 billion lari.") == [
        ("3.2 billion lari", "<", ["5.1 billion lari"])
    ]
    assert orders("Exports rose to $5.2 billion, up from $4.4 billion a year earlier.") == [
        ("$5.2 billion", ">", ["$4.4 billion"])
    ]


def test_a_figure_of_a_balance_still_moves() -> None:
    text = (
        "Exports fell to $78.7 billion from $84.4 billion, while imports rose to $61.1 billion, "
        "and the trade surplus narrowed to $17.6 billion."
    )
    assert orders(text) == [("$78.7 billion", "<", ["$84.4 billion"])]
    assert [r.kind for r in draft(text).relations] == ["difference", "order"]


def test_no_order_where_a_percent_ties_the_figures_or_the_words_disagree() -> None:
    assert orders("Transfers go up by 16 per cent, from €3.198 billion to €3.709 billion.") == []
    assert orders("Exports rose from $4.4 billion to $5.2 billion, or 18 percent.") == []
    assert orders("Exports fell to $5.2 billion, up from $4.4 billion.") == []
    assert orders("Imports were $3 billion, compared with $4 billion in 2022.") == []
    assert orders("GDP rose from 20 percent to 25 percent of the total.") == []


def test_a_rise_to_a_figure_compared_with_its_earlier_one() -> None:
    assert orders(
        "Freight through the port increased to 4.7 million tonnes in the quarter ending December "
        "compared with 4.2 million tonnes in the corresponding quarter of 2030."
    ) == [("4.7 million tonnes", ">", ["4.2 million tonnes"])]
    assert orders(
        "Pension outlays fell to $5 billion in May against $6 billion a year earlier."
    ) == [("$5 billion", "<", ["$6 billion"])]
    # the figure compared with is a forecast, not the earlier level: nothing
    assert orders("Exports rose to $5 billion in 2031, compared with $5.2 billion expected.") == []


def test_a_year_s_flow_is_not_below_its_first_months() -> None:
    text = (
        "The state budget collected 8.999 billion manats in January-May 2019.\n\n"
        "Spending was high.\n\n"
        "For the full year, revenue is forecast at 23.168 billion manats."
    )
    assert orders(text) == [("23.168 billion manats", ">=", ["8.999 billion manats"])]
    # a month of its own is not the year's first months; another year is another year
    assert (
        orders(
            "Revenues were 16.1 trillion soums in February. Revenues for the whole year are "
            "projected at 270 trillion soums."
        )
        == []
    )
    assert (
        orders(
            "Revenues were 16.1 trillion soums in January-May 2023. Revenues for 2024 are "
            "projected at 270 trillion soums."
        )
        == []
    )
    # a plan the article says was exceeded: a note, no order
    exceeded = draft(
        "Revenues reached 22.7 billion manat in January-September 2023, exceeding the plan. "
        "Revenues for 2023 are projected at 20.1 billion manat."
    )
    assert [r for r in exceeded.relations if r.kind == "order"] == []
    assert any("exceeded" in n for n in exceeded.notes)


def test_million_for_billion_in_a_year_s_projection_fails(tmp_path: Path) -> None:
    text = (
        "Budget revenues amounted to 22.7 billion manat in January-September 2023. Revenues for "
        "2023 are projected at 17.7 million manat."
    )
    assert outcomes(text, tmp_path) == [Outcome.FAIL]


@given(
    old=st.integers(min_value=1, max_value=10**6),
    new=st.integers(min_value=1, max_value=10**6),
    rise=st.booleans(),
)
def test_any_move_in_the_template_is_drafted_and_checked(old: int, new: int, rise: bool) -> None:
    verb = "rose" if rise else "fell"
    text = f"Exports {verb} from {old:,} tonnes in 2022 to {new:,} tonnes in 2023."
    assert orders(text) == [(f"{new:,} tonnes", ">" if rise else "<", [f"{old:,} tonnes"])]
