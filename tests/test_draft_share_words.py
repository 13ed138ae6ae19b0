"""Shares and their words: a share of a named whole that moved "to B of GDP from A", a part of a
percent in words ("half a percent"), a share "put at" a percent of its whole. The sentences are
written for these tests."""

from __future__ import annotations

from _drafted import relations
from aktobe_facts.text.draft import draft
from aktobe_facts.text.textnums import numerals
from test_draft_order import orders


def test_a_share_that_moved_to_b_of_a_whole_from_a() -> None:
    text = "Tax revenue climbed, rising to 5.0 percent of GDP from 4.4 percent a year earlier."
    assert orders(text) == [("5.0 percent", ">", ["4.4 percent"])]
    text = "The deficit eased, falling to 2.1 percent of output from 2.6 percent in 2022."
    assert orders(text) == [("2.1 percent", "<", ["2.6 percent"])]


def test_near_misses_draft_no_order_of_shares() -> None:
    # the earlier percent names a whole of its own; a growth is no level
    assert orders("Tax revenue rose to 5.0 percent of GDP from 4.4 percent of exports.") == []
    assert orders("Exports rose to 5.0 percent of GDP from up 4.4 percent.") == []
    assert orders("GDP rose from 20 percent to 25 percent of the total.") == []


def test_a_part_of_a_percent_in_words_is_a_numeral() -> None:
    text = "The gap was put at half a percent of output, a quarter of a percentage point less."
    found = [(s.text, s.kind) for s in numerals(text)]
    assert found == [("half a", "word"), ("a quarter of a", "word")]
    assert [c.value for c in draft(text).claims] == [
        "half a percent",
        "a quarter of a percentage point",
    ]
    # "half" alone, "half of the money", "the first half" are no numerals of a percent
    spans = numerals("Half of the money went to roads in the first half.")
    assert [s.text for s in spans if "half" in s.text.lower()] == []


def test_a_share_put_at_a_percent_of_its_whole() -> None:
    text = (
        "GDP is forecast at 20.7 billion lari. The budget carries a deficit of 103 million lari, "
        "put at half a percent of GDP."
    )
    assert (
        "share",
        {"share": "half a percent", "part": "103 million lari", "whole": "20.7 billion lari"},
    ) in relations(text)
