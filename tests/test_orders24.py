"""Orders, equals and differences read by the twenty-fourth session's readers (orders24): each
with sentences of our own in other wordings, and near misses that must draft nothing."""

from __future__ import annotations

import pytest

from _drafted import equals, ranked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the source markets, Freedonia recorded the highest growth, 22.4 percent, while"
            " visitors from Ruritania rose 8.1 percent.",
            ("22.4 percent", ["rose 8.1 percent"]),
        ),
        (
            "Among the source markets, Freedonia recorded the highest growth, 22.4 percent, while"
            " visitors from Ruritania went up by 8.1 percent.",
            ("22.4 percent", ["went up by 8.1 percent"]),
        ),
        (
            "Of the three months, May saw the biggest rise in hotel nights, 31%, whereas April and"
            " June showed rises of 12% and 17% respectively.",
            ("31%", ["12%", "17%"]),
        ),
    ],
)
def test_a_superlative_rise_is_above_the_other_members(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in ranked(text)


@pytest.mark.parametrize(
    "text",
    [
        # ranked over time: the member against its own past
        "Freedonia recorded the highest growth since 2019, 22.4 percent, while visitors from"
        " Ruritania rose 8.1 percent.",
        "Freedonia recorded the highest growth in five years, 22.4 percent, while visitors from"
        " Ruritania rose 8.1 percent.",
        # a member of another kind or period, another measure, a fall
        "Freedonia recorded the highest growth, 22.4 percent, while June rose 8.1 percent.",
        "May saw the biggest rise, 31%, whereas Ruritania and Freedonia showed rises of 12% and"
        " 17% respectively.",
        "Freedonia recorded the highest growth, 22.4 percent, while visitors from Ruritania rose"
        " 8.1 percent in 2030.",
        "Freedonia recorded the highest growth, 22.4 percent, while exports to Ruritania rose 8.1"
        " percent.",
        "Freedonia recorded the highest growth, 22.4 percent, while visitors from Ruritania fell"
        " 8.1 percent.",
        # no superlative of a rise
        "Freedonia recorded a growth of 22.4 percent, while visitors from Ruritania rose 8.1"
        " percent.",
    ],
)
def test_no_order_where_the_superlative_ranks_no_member(text: str) -> None:
    assert ranked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry traffic grew by a robust 12.6 percent in 2031 to 4.1 million passengers. Among"
            " the region's ports, the harbour's 12.6 percent increase in ferry traffic was second"
            " only to Tolo's.",
            ["12.6 percent", "12.6 percent"],
        ),
        (
            "Customs collected 3.4 billion lari in March, a year-on-year rise of 9.1%. The"
            " ministry said the year-on-year rise of 9.1% in the customs collection came from fuel"
            " duties.",
            ["a rise of 9.1%", "9.1%"],
        ),
        (
            "Wool sales fell by 6.2 percent in 2031. The 6.2 percent fall was the deepest in a"
            " decade.",
            ["fell by 6.2 percent", "6.2 percent fall"],
        ),
    ],
)
def test_a_growth_named_again_by_the_is_one_figure(text: str, expected: list[str]) -> None:
    assert expected in equals(text)


@pytest.mark.parametrize(
    "text",
    [
        # the thing it is "in" is another's
        "Ferry traffic grew by 12.6 percent in 2031. The 12.6 percent increase in air traffic was"
        " the highest.",
        # the other way, another period, a third figure of the value
        "Ferry traffic grew by 12.6 percent in 2031. Its 12.6 percent fall was the deepest.",
        "Ferry traffic grew by 12.6 percent in 2031. The 12.6 percent increase of 2030 was lower.",
        "Ferry traffic grew by 12.6 percent in 2031 and bus traffic by 12.6 percent. The 12.6"
        " percent increase was the highest.",
        # no definite words: another figure of the same value
        "Ferry traffic grew by 12.6 percent in 2031. Bus traffic saw a 12.6 percent increase.",
    ],
)
def test_no_equal_where_the_words_do_not_point_back(text: str) -> None:
    assert equals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # draftupfrom: X's own words "of gold", "this year" before a plan's comparison
        (
            "The mine expects to produce 12.4 tonnes of gold this year, below an earlier forecast"
            " of 13.1 tonnes.",
            ("12.4 tonnes", ["13.1 tonnes"]),
        ),
        (
            "The port handled 3.2 million tonnes of grain in 2031, above the 3.0 million tonnes"
            " planned.",
            ("3.2 million tonnes", ["3.0 million tonnes"]),
        ),
    ],
)
def test_a_figure_and_its_own_words_against_a_plan(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in ranked(text)


def test_a_move_after_its_own_words_is_left_to_the_growth() -> None:
    # "X of cargo, up from Y": a move, which a growth named before ties (draftgrowthjoin)
    text = (
        "Dock news\n\nThe dock gave its figures. Its grain was up 12.5 percent in the year. The"
        " dock handled 4.5 million tonnes of grain, up from 4 million tonnes the year before."
    )
    assert ("4.5 million tonnes", ["4 million tonnes"]) not in ranked(text)
