"""A sentence that opens on a breakdown ("By product category,", "By sector:") makes the flows after
it in its paragraph the categories of one list, siblings: none is the whole of another, whatever
words of a category's name the draft leaves unread ("in the industrial category", "by sea"). A
figure its clause calls the total is the whole still. The sentences are written for these
tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome

SIBLINGS = [
    "By product category, fresh fruit exports totalled 3.1 billion euros in 2031. Exports in the "
    "industrial category totalled 1.2 billion euros, up 4 percent.",
    "By main commodity groups: fuel imports totalled $2.9 billion in 2031. Imports by sea came to "
    "$740 million.",
    "By sector, fresh fruit exports totalled 3.1 billion euros in 2031. Exports by industry "
    "totalled 1.2 billion euros.",
]


@pytest.mark.parametrize("text", SIBLINGS)
def test_a_category_of_a_breakdown_is_no_whole_of_another(text: str) -> None:
    assert sums(text) == []
    with TemporaryDirectory() as folder:
        found = outcomes("CAPITAL, March 2032\n\n" + text, Path(folder), ("sum",))
    assert ("sum", Outcome.FAIL) not in found


def test_the_whole_before_the_breakdown_holds_its_category() -> None:
    text = "Exports reached 9.4 billion euros in the first half of 2031.\n\n" + SIBLINGS[0]
    text = text.replace("in 2031. Exports in", "in six months. Exports in")
    assert sums(text) == [("9.4 billion euros", ["3.1 billion euros"], False)]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the clause calls the figure the total
        "By product category, fresh fruit exports totalled 3.1 billion euros in 2031. Total "
        "exports came to 9.4 billion euros in 2031.",
        # near miss: the lead opens another paragraph
        "By sector, fresh fruit exports totalled 3.1 billion euros in 2031.\n\nExports came to 9.4 "
        "billion euros in 2031.",
        # near miss: "by sector" inside a sentence leads nothing
        "Fresh fruit exports, counted by sector, totalled 3.1 billion euros in 2031. Exports came "
        "to 9.4 billion euros in 2031.",
    ],
)
def test_a_whole_outside_the_breakdown_holds_its_part(text: str) -> None:
    assert sums(text) == [("9.4 billion euros", ["3.1 billion euros"], False)]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["By product category", "By sector", "By commodity", "By main product groups"]),
    st.sampled_from(["in the industrial category", "by sea", "by industry", "in the second group"]),
    st.integers(min_value=101, max_value=999),
)
def test_no_category_after_a_lead_is_a_total(lead: str, name: str, small: int) -> None:
    text = (
        f"{lead}, cotton exports totalled 4.4 billion euros in 2031. Exports {name} totalled "
        f"{small} million euros."
    )
    assert all(total != f"{small} million euros" for total, _, _ in sums(text))
