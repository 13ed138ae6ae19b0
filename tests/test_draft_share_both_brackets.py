"""A share with its part in brackets right after it and its whole in brackets after the whole's
words: "Wind met 59.9% (14.2GW) of total power demand (23.7GW)" is 14.2GW's share of 23.7GW
(read at the fifteenth session's trials, where the sentence drafted nothing and its text tested
no relation; docs/corpus.md). The sentences are written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from test_draft_share_sibling import shares


def test_the_part_and_the_whole_in_brackets() -> None:
    text = "Solar met 41.2% (9.3GW) of total power demand (22.6GW) at noon on Sunday."
    assert shares(text) == [("41.2%", "9.3GW", "22.6GW")]
    text = "Hydro covered 12.5% (1.8 million tonnes) of the region's freight (14.4 million tonnes)."
    assert shares(text) == [("12.5%", "1.8 million tonnes", "14.4 million tonnes")]


def test_a_figure_after_the_whole_words_outside_brackets_is_no_whole() -> None:
    text = "Solar met 41.2% (9.3GW) of total power demand, 2.6GW more than a year before."
    assert shares(text) == []
    text = "Solar met 41.2% (9.3GW) of total power demand, against 22.6GW a year before."
    assert shares(text) == []


@given(st.integers(10, 900), st.integers(1000, 9000))
def test_any_part_and_whole_in_both_brackets_are_paired(part: int, whole: int) -> None:
    a, w = f"{part / 10:.1f}GW", f"{whole / 10:.1f}GW"
    share = f"{100 * part / whole:.1f}%"
    text = f"Wind met {share} ({a}) of total power demand ({w}) on Monday."
    assert shares(text) == [(share, a, w)]
