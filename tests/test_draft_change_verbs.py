"""Bracketed percents after a verb of a steep rise or fall are changes, never shares of one whole
(``draftwords.says_change``). The twentieth session's end-of-session run: a trade release (Colombia,
DANE's November exports, via a news site) printed "tobacco sales skyrocketed (4,056 percent), like
those of live bovine cattle (364.7 percent)", drafted as two shares of one whole summing past 100
percent: a false error."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def shares(text: str) -> list[str]:
    """The ids of the claims drafted as shares of a group, and of the groups."""
    found = draft(text)
    return [c.id for c in found.claims if c.group] + [g.id for g in found.groups]


@pytest.mark.parametrize(
    "verb",
    ["skyrocketed", "soared", "plunged", "plummeted", "tumbled", "climbed", "sank", "dipped"],
)
def test_percents_after_a_verb_of_steep_change_are_no_shares(verb: str) -> None:
    text = (
        "BOGOTA, January 15, 2025\n\n"
        f"In November tobacco sales {verb} (4,056 percent), like those of live cattle "
        "(364.7 percent), which brought in 12.4 million dollars."
    )
    assert shares(text) == []


def test_a_list_of_shares_keeps_its_group() -> None:
    text = (
        "BOGOTA, January 15, 2025\n\n"
        "Exports went mainly to the United States (28.1 percent), China (9.5 percent) and "
        "Panama (8.2 percent)."
    )
    found = draft(text)
    assert len(found.groups) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Headline earnings per share fell 19.0% to 494.0 cents.",
        "Earnings per share for the group rose by 2.6% in the year.",
    ],
)
def test_a_change_after_earnings_per_share_is_a_growth(sentence: str) -> None:
    """ "per share" is an amount per share of stock (Omnia's results, the end run's text 21)."""
    found = draft("JOHANNESBURG, June 3, 2024\n\n" + sentence)
    kinds = {c.value: c.kind for c in found.claims}
    assert "change" not in kinds.values(), kinds
