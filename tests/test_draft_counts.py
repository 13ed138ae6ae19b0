"""Growth of counts in one sentence (:mod:`aktobe_facts.text.draftgrowth`): "rose P percent to X
visitors from Y" ties the percent to the two counts as it ties amounts, when the counts count one
thing (their nouns agree, or one has none). The other families still relate amounts only.
Every sentence here is written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text.draft import draft

NOUNS = ["visitors", "tourists", "bags", "units", "passengers", "jobs", "vehicles", ""]


def growths(text: str) -> list[dict[str, str]]:
    found = draft("CAPITAL, March 2024\n\n" + text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        {k: values[v] for k, v in r.fields.items() if isinstance(v, str)}
        for r in found.relations
        if r.kind == "growth"
    ]


@given(
    st.sampled_from(NOUNS),
    st.sampled_from(["rose", "increased", "grew", "fell", "declined"]),
    st.sampled_from(["to {x} in 2023 from {y} in 2022", "from {y} in 2022 to {x} in 2023"]),
)
def test_a_growth_of_counts_ties_its_current_value_and_base(
    noun: str, verb: str, order: str
) -> None:
    unit = f" {noun}" if noun else ""
    x, y = f"125,000{unit}", f"100,000{unit}"
    (found,) = growths(f"Arrivals {verb} 25 percent {order.format(x=x, y=y)}.")
    assert found["current"] == "125,000" and found["base"] == "100,000"


def test_counts_of_different_things_are_no_base() -> None:
    (found,) = growths("Arrivals rose 25 percent to 12.5 million visitors from 10 million nights.")
    assert found["current"] == "12.5 million" and "base" not in found
