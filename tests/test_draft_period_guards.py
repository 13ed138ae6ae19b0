"""Near-misses of the structures that tie a figure named before: a flow, a growth or a share of
another period than that figure's draft no relation. The sentences are written for these tests."""

from __future__ import annotations

from _drafted import relations
from test_draft_order import orders


def test_a_flow_s_comparison_in_another_year_is_not_that_figure_s() -> None:
    text = (
        "The deficit came to 5.1 billion lari in 2022. In 2023 the deficit was below the 4 "
        "billion lari limit."
    )
    assert orders(text) == []
    same = (
        "The deficit came to 3.1 billion lari in 2022. In 2022 the deficit was below the 4 "
        "billion lari limit."
    )
    assert orders(same) == [("3.1 billion lari", "<", ["4 billion lari"])]


def test_a_growth_of_another_year_is_not_the_figure_s_named_before() -> None:
    text = (
        "Revenue came to 9.3 billion lari in 2023. Revenue had risen 5 percent in 2022 from 8.1 "
        "billion lari."
    )
    assert [f for k, f in relations(text) if k == "growth" and "current" in f] == []


def test_a_share_of_that_year_s_plan_is_the_earlier_figure_s() -> None:
    text = (
        "Revenue rose 5 percent to 9.45 billion lari from 9 billion lari a year earlier, which "
        "was 40 percent of that year's plan of 22.5 billion lari."
    )
    assert [k for k, _ in relations(text) if k == "share"] == []
