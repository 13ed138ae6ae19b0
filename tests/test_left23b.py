"""Relations guarded after the reading of the twenty-third session's change (docs/corpus.md,
"A reading of the twenty-third session's change"): false errors found with sentences of our own,
fixed by their reason, each with near misses that still draft."""

from __future__ import annotations

import pytest

from _drafted import sums
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    "text",
    [
        # draftparts: the part's own words name a longer span than its whole's
        "Revenue rose 8% to $3bn in the quarter, thanks to a jump in cloud revenue to $9bn in the"
        " first half.",
        "Revenue rose 8% to $3bn in the quarter, driven by cloud revenue of $9bn in the year to"
        " June.",
    ],
)
def test_a_part_of_a_longer_span_than_its_whole_is_no_part(text: str) -> None:
    assert sums(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the part's span is untold, or the whole's own
        (
            "Revenue rose 8% to $3bn in the quarter, thanks to a jump in cloud revenue to $1bn.",
            ("$3bn", ["$1bn"], False),
        ),
        (
            "Revenue rose 8% to $3bn in the quarter, thanks to a jump in cloud revenue to $1bn in"
            " the quarter.",
            ("$3bn", ["$1bn"], False),
        ),
        # a year named after the next figure is that figure's
        (
            "Revenue rose 8% to $3bn in the quarter, thanks to a jump in cloud revenue to $1bn from"
            " $0.8bn a year earlier.",
            ("$3bn", ["$1bn"], False),
        ),
        # a time named only after the part's clause ends is not the part's
        (
            "Sales rose 10% to $5bn in the quarter, thanks to a rise in online sales to $2bn, the"
            " company said on Tuesday.",
            ("$5bn", ["$2bn"], False),
        ),
    ],
)
def test_a_part_of_its_whole_s_span_is_a_part(
    text: str, expected: tuple[str, list[str], bool]
) -> None:
    assert expected in sums(text)


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        # a name after the clause's comma is the next clause's subject, not of the rank's list
        (
            "Ghana, Africa's second largest gold miner after South Africa, Ghana exported 90"
            " tonnes of gold.",
            ("South Africa",),
        ),
        (
            "Norway, the second biggest gas supplier after Russia, Norway sold 120 billion cubic metres.",
            ("Russia",),
        ),
        # three names joined by commas alone may be a list cut short: none, never too short
        ("Peru is the fourth-largest wool market after Chile, Bolivia, Argentina.", ()),
        # near misses: a list closed by "and" is still the whole list
        (
            "Peru is the third-largest wool market after Chile and Bolivia, with 2,600 tonnes.",
            ("Chile", "Bolivia"),
        ),
        (
            "Peru is the fourth-largest wool market after Chile, Bolivia and Argentina.",
            ("Chile", "Bolivia", "Argentina"),
        ),
    ],
)
def test_the_list_after_a_rank_ends_at_its_clause_s_comma(
    sentence: str, after: tuple[str, ...]
) -> None:
    (rank,) = [c for c in draft(sentence).claims if c.kind == "rank"]
    assert rank.after == after
