"""An amount told as the size of a change whose verb stands before it across a comma or bracket
and "by" ("Exports grew from both the EU, by £2.1 billion, and non-EU countries, by £2.2
billion") is a change, never a level: no part of the flow's level named before it
(text/changeby). Twenty-eighth session, the lead, from heldout25's registered false sum error
described in general words (the set stays unseen: these sentences are written for the tests, and
the set's own article keeps its false error). The sentences are our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import sums
from aktobe_facts.text.changeby import way

_LEVEL = "Goods exports from the region were £20.1 billion in the year to June. "


@pytest.mark.parametrize(
    "told",
    [
        "Exports grew from both the EU, by £2.1 billion, and from non-EU countries, by £2.2 "
        "billion.",
        "Exports grew to both the EU (by £2.1 billion) and non-EU countries (by £2.2 billion).",
        "Exports fell to both the EU, by £2.1 billion, and non-EU countries, by £2.2 billion.",
    ],
)
def test_the_sizes_of_a_change_are_no_parts_of_the_level_before(told: str) -> None:
    assert sums(_LEVEL + told) == []


def test_levels_told_by_their_own_words_stay_parts() -> None:
    told = "Exports to the EU were £9.9 billion, and exports to non-EU countries £10.2 billion."
    assert sums(_LEVEL + told) == [("£20.1 billion", ["£9.9 billion", "£10.2 billion"], True)]


def _way(sentence: str, figure: str) -> str | None:
    return way(sentence, (0, len(sentence)), sentence.index(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "Exports grew from both the EU, by £2.1 billion, and Asia, by £2.2 billion.",
            "£2.2",
            "up",
        ),
        ("Arrivals fell in both regions (by 4,000) last year.", "4,000", "down"),
        # a number between the verb and "by": another figure's words, not a list of sizes
        ("Exports grew from £18 billion, by £2.1 billion.", "£2.1", None),
        # another clause's verb between: the "by" is not the change's
        (
            "Exports grew, while imports were cut back to the level of 2019, by £2 billion.",
            "£2",
            None,
        ),
        # no comma or bracket: "by" of an agent, or a change the value's own words carry
        ("Exports grew, driven by £2 billion of car sales.", "£2", None),
        # no verb of change before it
        ("Exports to the EU, by value £2 billion, led the list.", "£2", None),
    ],
)
def test_way(sentence: str, figure: str, expected: str | None) -> None:
    assert _way(sentence, figure) == expected


_NOUNS = st.lists(
    st.sampled_from(["the", "EU", "Asia", "both", "markets", "from", "to", "in", "partners"]),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from([("grew", "up"), ("rose", "up"), ("fell", "down"), ("declined", "down")]),
    words=_NOUNS,
    bracket=st.booleans(),
)
def test_a_size_after_its_verb_takes_the_verbs_way(
    verb: tuple[str, str], words: list[str], bracket: bool
) -> None:
    told = "(by $3.4 million)" if bracket else ", by $3.4 million"
    sentence = f"Sales {verb[0]} {' '.join(words)}{' ' if bracket else ''}{told}."
    assert _way(sentence, "$3.4") == verb[1]
