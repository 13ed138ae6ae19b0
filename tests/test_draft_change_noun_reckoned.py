"""A percent between "a" and a noun of change with the words of the period it is reckoned over
between them ("a 19.5% year-on-year drop", "an 8 percent annual increase") is that change with its
direction, as "a 19.5% drop" is; a growth so written after "with" is still its figure's. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Argentina took 2.16M tonnes, a 19.5% year-on-year drop.", "a 19.5% drop"),
        ("Sales were $5 million, an 8 percent annual increase.", "an 8 percent increase"),
        ("Imports were $3 million, a 4 per cent month-on-month fall.", "a 4 per cent fall"),
    ],
)
def test_the_noun_after_the_period_words_signs_the_percent(text: str, value: str) -> None:
    growth = next(c for c in draft(text).claims if c.kind == "growth")
    assert growth.value == value


def test_a_fall_so_written_is_drafted_with_its_base() -> None:
    text = "Exports were $8 million, a 20% year-on-year drop from $10 million."
    assert ("growth", {"growth": "a 20% drop", "current": "$8 million", "base": "$10 million"}) in (
        relations(text)
    )


def test_with_before_such_a_growth_ties_it_to_the_figure() -> None:
    text = "The deficit reached $12.35 billion, with a 79.4 percent year-on-year increase."
    assert relations(text) == [
        ("growth", {"growth": "a 79.4 percent increase", "current": "$12.35 billion"})
    ]
