"""A sentence that starts with a place or a people ("Saudi imports reached ...") names whose the
figure is, not a part of a flow (as "Tax revenues reached ..." does): the draft never makes one
country's imports a part of another's. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def ids(field: str | list[str] | bool) -> list[str]:
    assert isinstance(field, list)
    return field


def sums(text: str) -> list[tuple[str, list[str]]]:
    found = draft("CAPITAL, August 2022\n\n" + text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (
            values[str(r.fields["total"])],
            [values[p] for p in ids(r.fields["parts"])],
        )
        for r in found.relations
        if r.kind == "sum"
    ]


@pytest.mark.parametrize("place", ["Saudi", "Kenyan", "Ghana's", "Chinese"])
def test_a_place_first_is_no_part(place: str) -> None:
    text = (
        f"{place} imports reached $58 billion in June. The US followed with imports of $4.3 "
        "billion, and the UAE came third with $3.6 billion."
    )
    assert sums(text) == []


def test_a_flow_word_first_is_still_a_part() -> None:
    text = "Revenue reached $58 billion in June. Tax revenues reached $43 billion in June."
    assert sums(text) == [("$58 billion", ["$43 billion"])]
