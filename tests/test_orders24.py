"""Orders, equals and differences read by the twenty-fourth session's readers (orders24): each
with sentences of our own in other wordings, and near misses that must draft nothing."""

from __future__ import annotations

import pytest

from _drafted import ranked


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
