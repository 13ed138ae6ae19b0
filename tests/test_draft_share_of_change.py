"""An amount of change joined to a percent by "or" ("exports rose 3.3 billion riyals, or 8.6
percent"; "fuel exports fell by 21.0 billion riyals, or 38.5 percent, and metals by 1.1 billion
riyals, or 49.5 percent") is a change and its percent, never a part and its share of a whole: the
draft ties no share or same-whole to it, while a level and its share still are. The sentences are
written for these tests."""

from __future__ import annotations

from _drafted import relations
from aktobe_facts.text.draft import draft

RISE = (
    "Total exports came to 41.1 billion riyals in the third quarter. Against the second "
    "quarter exports rose 3.3 billion riyals, or 8.6 percent."
)
FALLS = (
    "Fuel exports fell by 21.0 billion riyals, or 38.5 percent, and metals by 1.1 billion "
    "riyals, or 49.5 percent."
)


def test_a_rise_and_its_percent_are_no_share() -> None:
    assert [k for k, _ in relations(RISE) if k in ("share", "same-whole")] == []


def test_falls_and_their_percents_share_no_whole() -> None:
    assert [k for k, _ in relations(FALLS) if k in ("share", "same-whole")] == []


def test_a_level_and_its_share_are_still_tied() -> None:
    text = (
        "Exports came to 41.1 billion riyals; fuel exports were 30.2 billion riyals, "
        "or 73.5 percent of the total."
    )
    assert ("share", {"share": "73.5 percent", "part": "30.2 billion riyals"}) in [
        (k, {f: v for f, v in fields.items() if f in ("share", "part")})
        for k, fields in relations(text)
    ]


def test_a_level_after_by_with_its_whole_named_is_still_a_part() -> None:
    text = (
        "The deficit came to Rs6.2 trillion (5.4 percent of GDP), while the primary balance "
        "was in surplus by Rs2.7 trillion (2.4 percent of GDP)."
    )
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    wholes = [r.fields["parts"] for r in found.relations if r.kind == "same-whole"]
    assert len(wholes) == 1 and isinstance(wholes[0], list)
    assert "Rs2.7 trillion" in [values[p] for p in wholes[0]]
