"""A name in -ed inside a ranked list or a list of parts ("the United States", "the United Arab
Emirates") is no verb that ends the list (:data:`aktobe_facts.text.draftwords.PAST_VERB`); a verb
in the past still ends it. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from _drafted import sums
from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    "name", ["the United States", "the United Kingdom", "the United Arab Emirates"]
)
def test_a_name_in_ed_goes_on_with_the_list(name: str) -> None:
    text = (
        "CAPITAL, March 2032\n\nRuritania was the top buyer of Utopian wool, at $40.5 million, "
        f"followed by Arcadia at $30.2 million and {name} at $12.1 million."
    )
    found = draft_orders(text)
    assert ("$30.2 million", "$12.1 million") in found


def test_a_verb_in_the_past_still_ends_the_list() -> None:
    text = (
        "CAPITAL, March 2032\n\nRuritania was the top buyer of Utopian wool, at $40.5 million, "
        "followed by Arcadia at $30.2 million and Erewhon imported wool at $12.1 million."
    )
    assert ("$30.2 million", "$12.1 million") not in draft_orders(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wool exports came to $82.8 million in 2031, of which Ruritania took $40.5 million, the "
        "United States $30.2 million and Arcadia $12.1 million.",
        "Wool exports came to $82.8 million in 2031. Of that, Ruritania took $40.5 million, the "
        "United States $30.2 million and Arcadia $12.1 million.",
    ],
)
def test_parts_of_a_total_go_on_past_the_united_states(text: str) -> None:
    assert ("$82.8 million", ["$40.5 million", "$30.2 million", "$12.1 million"], False) in sums(
        text
    )


def draft_orders(text: str) -> list[tuple[str, str]]:
    """Each ordered pair (left, one of its right) drafted from ``text``, by value."""
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    pairs = []
    for r in found.relations:
        right = r.fields.get("right")
        if r.kind == "order" and isinstance(right, list):
            pairs += [(values[str(r.fields["left"])], values[i]) for i in right]
    return pairs
