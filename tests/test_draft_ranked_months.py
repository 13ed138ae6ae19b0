"""A ranking of months (:mod:`aktobe_facts.text.draftranked`): where the ranked member is a month
opening its clause, the list's month names are its members' names, not another period. Every
sentence here is written for these tests."""

from __future__ import annotations

from test_draft_order import orders


def test_months_ranked_after_a_month() -> None:
    assert orders(
        "Each month of the quarter grew: May had the highest rise of 21% followed by April with "
        "17% and June with 12%."
    ) == [("21%", ">=", ["17%", "12%"]), ("17%", ">=", ["12%"])]


def test_a_month_as_another_time_still_ends_the_list() -> None:
    # the ranked member is no month: "in April" is the member's period, no name
    assert (
        orders(
            "Tin had the highest rise, 21% in 2030, followed by copper with 17% in April and zinc "
            "with 12% in June."
        )
        == []
    )
    # a ranking of months holds months only: a member named otherwise ends it
    assert (
        orders(
            "May had the highest rise of 21% followed by copper in April with 17% and June with 12%."
        )
        == []
    )
