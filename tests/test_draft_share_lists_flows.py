"""Two lists of partner shares in one sentence, of two trade flows ("exports went to A (40%),
B (5%); the main import origins were A (25%), C (8%)"), are two groups: one group summed them past
100 percent, a false error on a fresh text."""

from __future__ import annotations

from aktobe_facts.text.draft import draft


def _groups(text: str) -> list[list[str]]:
    found = draft(text)
    return [
        [c.value or "" for c in found.claims if c.group == g.id and not c.remainder]
        for g in found.groups
    ]


def test_a_list_of_another_flow_starts_a_group() -> None:
    text = (
        "Ruritania's main export partners in 2030 were Freedonia (52%), Utopia (6.1%) and "
        "Narnia (3.2%), with the main import origins being Freedonia (31.5%), Arcadia (9.4%) "
        "and Utopia (7.7%)."
    )
    assert _groups(text) == [["52%", "6.1%", "3.2%"], ["31.5%", "9.4%", "7.7%"]]


def test_near_miss_the_same_flow_named_again_keeps_one_group() -> None:
    text = (
        "Ruritania's main export partners in 2030 were Freedonia (52%), Utopia (6.1%) and "
        "Narnia (3.2%), with exports to Arcadia (2.4%) close behind."
    )
    assert _groups(text) == [["52%", "6.1%", "3.2%", "2.4%"]]
