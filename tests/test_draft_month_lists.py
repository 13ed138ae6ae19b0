"""A list of monthly figures ("X in January, Y in February and Z in March") dates each figure
by its own month: a month followed by "and" and a figure is no span with the next month ("in
January and February" still is), and a period whose words open on "in" right after a figure is
that figure's, whatever sign the figure is printed with. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft

DATE = "Date: 2025-05-22\n\n"


@pytest.mark.parametrize("sign", ["$", "Nu "])
def test_each_figure_of_a_month_list_takes_its_month(sign: str) -> None:
    text = (
        f"{DATE}Bhutan's power exports were worth {sign}114.3 million in January, "
        f"{sign}97.8 million in February and {sign}190.1 million in March."
    )
    assert [c.period for c in draft(text).claims] == ["2025-01", "2025-02", "2025-03"]


def test_two_months_joined_by_and_each_date_their_figure() -> None:
    text = f"{DATE}Exports were $114.3 million in January and $97.8 million in February."
    assert [c.period for c in draft(text).claims] == ["2025-01", "2025-02"]


def test_a_change_and_the_month_after_it_in_its_own_clause() -> None:
    text = f"{DATE}Imports rose 4.5 per cent in April after falling 3.6 per cent in March."
    assert [c.period for c in draft(text).claims] == ["2025-04", "2025-03"]


def test_two_months_joined_by_and_are_no_single_month_of_a_figure() -> None:
    text = f"{DATE}Exports were $114.3 million in January and February."
    assert [c.period for c in draft(text).claims] != ["2025-01"]
