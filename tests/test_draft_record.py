"""A record and the record it beat (:mod:`aktobe_facts.text.draftrecord`): drafted as orders the
check reads, and the near misses that draft none. Every sentence here is written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from test_draft_order import orders


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the previous record in the next sentence
        (
            "Sorghum output is pegged at 7.41 million tonnes, a new record. The previous high was "
            "6.95 million tonnes, harvested in 2027.",
            ("7.41 million tonnes", ">", ["6.95 million tonnes"]),
        ),
        # in the same sentence, after a comma
        (
            "Ferry bookings hit a record $4.6 million in 2031, and the previous record, $3.9 "
            "million, dates from 2028.",
            ("$4.6 million", ">", ["$3.9 million"]),
        ),
        # a record low beats the previous low from below
        (
            "Joblessness in the valley hit a record low of 3.1 percent in May; the previous low "
            "was 3.6 percent in 2019.",
            ("3.1 percent", "<", ["3.6 percent"]),
        ),
    ],
)
def test_a_record_is_ordered_against_the_one_it_beat(
    text: str, expected: tuple[str, str, list[str]]
) -> None:
    assert orders(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a record high against the previous low: another kind of record
        "Ferry bookings hit a record $4.6 million in 2031. The previous low was $3.9 million.",
        # the figure itself is not called a record
        "Ferry bookings came to $4.6 million in 2031. The previous record was $3.9 million.",
        # the previous record is of another unit
        "Sorghum sales hit a record $7.4 million. The previous high was 6.9 million tonnes.",
        # a bound is no record figure
        "Ferry bookings hit a record $4.6 million. The previous record was over $3.9 million.",
        # the previous record is another subject's, of the same unit
        "Barley output reached a record 41 million tonnes in 2030. For oats, the previous high "
        "was 44 million tonnes.",
        "Ferry bookings hit a record $4.6 million in May. On the northern route, the previous "
        "record of $5.1 million dates from 2027.",
        # the previous record's own words name another holder or a wider whole (review14)
        "Sorghum output was a record 5.2 million tonnes in 2031. The previous record, 5.6 "
        "million tonnes, was set by the whole valley in 2027.",
        "Ferry bookings hit a record $4.6 million in 2031. The previous high was $5.1 million, "
        "set by the rival line in 2028.",
        "Sorghum output was a record 5.2 million tonnes in 2031. The previous record was 5.6 "
        "million tonnes including the hill farms.",
    ],
)
def test_no_order_where_the_record_is_not_the_one_named(text: str) -> None:
    assert orders(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sorghum output was a record 5.8 million tonnes in 2031. The previous record, 5.6 million "
        "tonnes, was set in 2027.",
        "Ferry bookings hit a record $5.4 million in 2031. The previous high was $5.1 million, "
        "reached in May 2028, the port said.",
    ],
)
def test_the_previous_record_set_in_its_own_period_is_still_ordered(text: str) -> None:
    # near misses of the guard on the previous record's own words (review14)
    assert len(orders(text)) == 1


def test_a_record_below_the_previous_one_fails(tmp_path: Path) -> None:
    text = "Sorghum output hit a record 6.41 million tonnes. The previous high was 6.95 million tonnes."
    assert [o for _, o in outcomes(text, tmp_path, ("order",))] == [Outcome.FAIL]
