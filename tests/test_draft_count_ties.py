"""Counts in the order, share and sum rules (:mod:`aktobe_facts.text.draftcounts`): a count is
tied to another only when both count one thing (one noun, or a noun the later one leaves
understood); counts of other things get no relation. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def relations(text: str) -> list[str]:
    """Each relation in a line: "order 1,200 > 900", "share 60 percent: 720 of 1,200", "sum
    1,200 = 700 + 500"."""
    found = draft("CAPITAL, March 2024\n\n" + text)
    values = {c.id: c.value or "" for c in found.claims}

    def of(field: object) -> str:
        ids = [field] if isinstance(field, str) else list(field)  # type: ignore[call-overload]
        return " + ".join(values[i] for i in ids)

    out = []
    for r in found.relations:
        f = r.fields
        if r.kind == "order":
            out.append(f"order {of(f['left'])} {f['op']} {of(f['right'])}")
        elif r.kind == "share":
            out.append(f"share {of(f['share'])}: {of(f['part'])} of {of(f['whole'])}")
        else:
            out.append(f"{r.kind} {of(f.get('total', ''))} = {of(f.get('parts', []))}")
    return out


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "Arrivals were 1,200 visitors in 2023, up from 900 visitors a year earlier.",
            "order 1,200 > 900",
        ),
        ("Arrivals were 1,200 visitors in 2023, up from 900 a year earlier.", "order 1,200 > 900"),
        ("Arrivals reached 1,200 in 2023, well below the 1,500 target.", "order 1,200 < 1,500"),
        (
            "Arrivals came to 1,200 visitors in 2023. That is more than the 900 visitors planned.",
            "order 1,200 > 900",
        ),
        (
            "Arrivals totalled 1,200 visitors in 2023. The north accounted for 720 visitors, or "
            "60 percent of the total.",
            "share 60 percent: 720 of 1,200",
        ),
        (
            "Arrivals came to 1,200 visitors in 2023; the north's 720 visitors (60 percent of the "
            "total) led.",
            "share 60 percent: 720 of 1,200",
        ),
        (
            "Arrivals came to 1,200 visitors in May. Of these, 700 visitors were men and 500 "
            "visitors women.",
            "sum 1,200 = 700 + 500",
        ),
    ],
)
def test_counts_of_one_thing_are_related(text: str, relation: str) -> None:
    assert relation in relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arrivals were 1,200 visitors in 2023, up from 900 hotels a year earlier.",
        "Arrivals were 1,200 in 2023, up from 900 hotels a year earlier.",
        "Arrivals came to 1,200 visitors in 2023. That is more than the 900 hotels planned.",
        "Arrivals totalled 1,200 visitors in 2023. The north accounted for 720 hotels, or 60 "
        "percent of the total.",
        "Arrivals came to 1,200 in May. Of these, 700 hotels were new and 500 hotels old.",
        "The north counted 1,200 visitors and the south 300 hotels in 2023, a total of 1,500.",
    ],
)
def test_counts_of_other_things_are_not_related(text: str) -> None:
    assert relations(text) == []
