"""A total after its parts in one sentence (:mod:`aktobe_facts.text.drafttotal`): "a total of X"
adds the parts up, "bringing the total to X" is a running total the parts do not exceed. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def parts_of(field: str | list[str] | bool) -> list[str]:
    assert isinstance(field, list)
    return field


def sums(text: str) -> list[tuple[str, list[str], bool]]:
    found = draft("CAPITAL, March 2024\n\n" + text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (
            values[str(r.fields["total"])],
            [values[p] for p in parts_of(r.fields["parts"])],
            bool(r.fields.get("exhaustive", False)),
        )
        for r in found.relations
        if r.kind == "sum"
    ]


@pytest.mark.parametrize(
    "cue", ["a total of", "for a total of", "a combined", "together amounting to"]
)
def test_a_total_of_adds_the_parts_up(cue: str) -> None:
    text = f"Farms sold $4.1 million of wheat, $2.2 million of barley and $0.9 million of oats, {cue} $7.2 million."
    assert sums(text) == [("$7.2 million", ["$4.1 million", "$2.2 million", "$0.9 million"], True)]


@pytest.mark.parametrize("cue", ["bringing the total to", "taking its total to"])
def test_a_running_total_is_not_exceeded(cue: str) -> None:
    text = f"The fund approved 40 million euros for roads and 25 million euros for schools, {cue} 310 million euros."
    assert sums(text) == [("310 million euros", ["40 million euros", "25 million euros"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # another unit among the parts
        "Farms sold $4.1 million of wheat and 2.2 million tonnes of barley, a total of $7.2 million.",
        # one part only
        "Farms sold $4.1 million of wheat in May, a total of $7.2 million this year.",
        # the cue opens no clause of its own after the parts
        "Farms sold $4.1 million of wheat and $2.2 million of barley from a total of $7.2 million.",
        # a semicolon between the parts and the cue: the total is another clause's figure
        "Farms sold $4.1 million of wheat and $2.2 million of barley; to cover costs, a total of $1.5 million was borrowed.",
        # a rate among the parts: a figure per household is no part of a total in pounds
        "The council spent £4.2 million on roads and £310 per household on bins, a total of £4.6 million.",
    ],
)
def test_no_total_where_the_words_leave_the_parts_uncertain(text: str) -> None:
    assert sums(text) == []


def test_counts_of_one_thing_add_up_too() -> None:
    text = "The north received 7,500 visitors and the south 5,000 visitors, a total of 12,500 visitors."
    assert sums(text) == [("12,500", ["7,500", "5,000"], True)]
    other = (
        "The north received 7,500 visitors and the south 5,000 nights, a total of 12,500 visitors."
    )
    assert sums(other) == []


def test_a_clause_or_a_rate_ends_the_parts_but_a_plain_list_still_adds_up() -> None:
    """Near misses of the semicolon and rate guards: the same parts before a comma and in one
    unit are added up."""
    plain = (
        "The council spent £4.2 million on roads and £0.4 million on bins, a total of £4.6 million."
    )
    assert sums(plain) == [("£4.6 million", ["£4.2 million", "£0.4 million"], True)]
    rate = plain.replace("£0.4 million on bins", "£310 per household on bins")
    assert sums(rate) == []
    clause = plain.replace(", a total", "; to pay for it, a total")
    assert sums(clause) == []
