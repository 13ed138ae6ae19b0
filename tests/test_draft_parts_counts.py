"""Counts in a list after their total's words (:mod:`aktobe_facts.text.draftparts`): "1,200
projects, of which 300 ... and 200 ..." is a sum as amounts are; counts of other things are not.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def sums(text: str) -> list[tuple[str, list[str]]]:
    found = draft("CAPITAL, March 2024\n\n" + text)
    values = {c.id: c.value or "" for c in found.claims}
    out = []
    for r in found.relations:
        parts = r.fields.get("parts")
        if r.kind == "sum" and isinstance(parts, list):
            out.append((values[str(r.fields["total"])], [values[p] for p in parts]))
    return out


def test_counts_of_one_thing_after_of_which() -> None:
    text = "The region approved 1,200 projects in 2023, of which 300 projects in industry and 200 in farming."
    assert sums(text) == [("1,200", ["300", "200"])]


@pytest.mark.parametrize(
    "text",
    [
        "The region approved 1,200 projects in 2023, of which 300 workers were hired in industry.",
        "The region approved 1,200 projects in 2023, of which 300 projects ran late and 20 percent failed.",
    ],
)
def test_counts_of_other_things_are_no_parts(text: str) -> None:
    assert [s for s in sums(text) if len(s[1]) > 1 or s[1] != ["300"]] == []
