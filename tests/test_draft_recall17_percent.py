"""A percent word shared by a list of changes (eighteenth session, recall17): "rose 2.5 and 2.8
percent" reads 2.5 as a percent, as 2.8 is (text/percentleft.py), where it was a count of nothing
and the two growths and their levels drew no relation. Sentences written for these tests around
numeric phrases as the sources printed them: worldbulletin.net 205038 (2018-08-15: "rose 2.5 and
2.8 percent to reach €956.8 billion ($1.03 trillion) and €960.7 billion ($1.04 billion),
respectively"); adventuretrend.com, UNWTO 2018 highlights ("growth of 8 and 9 percent,
respectively")."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.text.draft import draft


def _values(text: str) -> list[str]:
    return [c.value or "" for c in draft(text).claims]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Sales and purchases rose 2.5 and 2.8 percent in May.", "rose 2.5 percent"),
        (
            "The north and the south saw growth of 8 and 9 percent, respectively.",
            "growth of 8 percent",
        ),
        ("Fares fell by 4, 6 and 7 per cent in May, June and July.", "fell by 4 per cent"),
        ("Sales rose 2.5 and 2.8% in May and June.", "rose 2.5%"),
    ],
)
def test_a_list_shares_its_last_percent_word(sentence: str, first: str) -> None:
    assert _values(sentence)[0] == first


def test_the_pair_of_growths_and_levels_is_drafted() -> None:
    text = (
        "Sales and purchases rose 2.5 and 2.8 percent to reach €956.8 billion ($1.03 trillion) "
        "and €960.7 billion ($1.04 trillion), respectively."
    )
    assert [(f["growth"], f["current"]) for k, f in relations(text) if k == "growth"] == [
        ("rose 2.5 percent", "€956.8 billion"),
        ("2.8 percent", "€960.7 billion"),
    ]


def test_a_fall_s_later_items_take_its_sign() -> None:
    text = "Fares fell by 4, 6 and 7 per cent in May, June and July."
    assert _values(text) == ["fell by 4 per cent", "-6 per cent", "-7 per cent"]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # no word of change before the list: a count and then a percent
        ("The firm hired 50 and 3 percent of them left.", "50"),
        # too far apart to be one list of like figures
        ("Staff rose by 500 and 3 percent left.", "rose by 500"),
    ],
)
def test_near_miss_no_shared_percent(sentence: str, first: str) -> None:
    assert _values(sentence)[0] == first
