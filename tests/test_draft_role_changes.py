"""A figure is a flow's level only where its words make it one: never the size of a change ("an
increase in the value of exports of X", "X (5%) lower"), never an item a flow is said to include
("total exports which included machinery valued at X"), and never a part named by the base of a
comparison ("up 14% to X on same period last year"); and a change is never the whole of a level's
share ("X, 84.2% of GDP, after a Y rise"). Each guard keeps the relations a level still gives. Found by the sixteenth session's sweep of fresh European articles; the sentences are
written for these tests."""

from __future__ import annotations

from _drafted import relations


def _kinds(text: str) -> list[str]:
    return [kind for kind, _ in relations(text)]


def test_a_comparison_base_after_a_figure_names_no_part() -> None:
    # "on same period last year" (no article): "same" is no product of the exports
    text = (
        "Exports in the first seven months of 2031 rose 14% to 52 billion dirhams on same period "
        "last year. Merchandise exports were up 6% year-on-year to 7.9 billion dirhams."
    )
    assert _kinds(text) == ["growth", "growth"]


def test_a_product_after_a_figure_still_makes_it_a_part() -> None:
    text = (
        "Exports rose 14% to 52 billion dirhams in 2031. Exports rose to 9.5 billion dirhams of "
        "phosphates in 2031."
    )
    assert ("sum", {"total": "52 billion dirhams"}) in relations(text)


def test_an_item_a_flow_included_is_no_level_of_the_flow() -> None:
    text = (
        "Exports to Ruritania were €2.4bn (12%) of total exports which included machinery and "
        "transport equipment valued at €830m and wine at €410m."
    )
    assert relations(text) == []


def test_a_partner_s_trade_is_still_a_part_of_the_total() -> None:
    text = "Exports to Ruritania came to €2.4bn in 2031. Total exports were €20.1bn in 2031."
    assert relations(text) == [("sum", {"total": "€20.1bn"})]


def test_a_change_with_its_percent_in_brackets_is_no_level() -> None:
    text = (
        "Exports in March were $512m (6%) lower than in February. Cement exports were $140m (9%) "
        "higher than a year before."
    )
    assert relations(text) == []


def test_a_level_with_its_growth_in_brackets_is_still_a_part() -> None:
    text = "Exports came to $2.1bn in March. Cement exports were $140m (up 9%) in March."
    assert ("sum", {"total": "$2.1bn"}) in relations(text)


def test_an_increase_in_the_value_of_a_flow_is_no_level_of_it() -> None:
    text = (
        "Early figures for 2031 indicate an increase in the value of exports of €1,840 million "
        "(+3%) to €63,200 million from 2030. Imports increased by €2,950 million (+6%) to €49,100 "
        "million resulting in a 2% decrease in the trade surplus to €14,100 million."
    )
    assert "difference" not in _kinds(text)


def test_the_value_of_a_flow_that_rose_to_a_level_still_makes_a_balance() -> None:
    for text in (
        "In 2031 the value of exports rose 3% to €63,200 million and imports rose 6% to €49,100 "
        "million, leaving a trade surplus of €14,100 million.",
        "In 2031 there was a rise in the value of exports by 3% to €63,200 million, while imports "
        "rose 6% to €49,100 million, leaving a trade surplus of €14,100 million.",
    ):
        assert (
            "difference",
            {
                "result": "€14,100 million",
                "minuend": "€63,200 million",
                "subtrahend": "€49,100 million",
            },
        ) in relations(text)


def test_a_change_after_a_share_of_gdp_is_no_whole_of_it() -> None:
    # the GDP is named and never given: the rise after it is the debt's, no whole
    text = (
        "Public debt now stands at £1.9 trillion, which represents 84.2% of the country's GDP, "
        "after a £71.4bn rise on March last year."
    )
    assert relations(text) == []


def test_a_level_named_as_the_whole_is_still_the_share_s_whole() -> None:
    text = (
        "Public debt now stands at £1.9 trillion, which represents 84.2% of GDP. GDP came to "
        "£2.26 trillion."
    )
    assert relations(text) == [
        ("share", {"share": "84.2%", "part": "£1.9 trillion", "whole": "£2.26 trillion"})
    ]
