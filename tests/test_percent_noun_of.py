"""A percent its own noun of change signs ("the 11 percent rise of 2019") is a growth: the "of"
after it names the change's period or object, never a whole it is a share of. "11 percent of
2019's sales" is still a share. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def _kinds(text: str) -> dict[str, str | None]:
    return {c.value or "": c.kind for c in draft(text).claims}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sales grew 4 percent in 2021, after the 11 percent rise of 2019.", "11 percent rise"),
        ("Output slowed after a 6.5% jump of the year before.", "a 6.5% jump"),
        ("The fund's 3 percent drop of last spring was recovered.", "3 percent"),
        ("Exports recovered from the 12 per cent fall of 2020.", "12 per cent fall"),
    ],
)
def test_a_percent_signed_by_its_noun_of_change_is_a_growth(sentence: str, value: str) -> None:
    assert _kinds(sentence)[value] == "growth"


def test_a_percent_of_a_whole_is_still_a_share() -> None:
    kinds = _kinds("Online orders made up 11 percent of 2019's sales.")
    assert kinds["11 percent"] == "share"
