"""Shares read by the structure of their sentences on fresh texts (fourteenth session): which
figure is the part and which the whole when a demonstrative subject takes a share of a figure
before, and lists of shares that a colon sets apart. Every sentence here is written for these
tests; each rule has a near miss that must not get it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text.draft import draft

Fields = dict[str, str | list[str]]


def relations(
    text: str, kinds: tuple[str, ...] = ("share", "same-whole")
) -> list[tuple[str, Fields]]:
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    return [
        (
            r.kind,
            {
                k: values[v] if isinstance(v, str) else [values[x] for x in v]
                for k, v in r.fields.items()
                if not isinstance(v, bool)
            },
        )
        for r in found.relations
        if r.kind in kinds
    ]


def groups(text: str) -> list[list[str]]:
    found = draft(text)
    return [[c.value or "" for c in found.claims if c.group == g.id] for g in found.groups]


def test_a_demonstrative_subject_takes_the_bracket_after_the_whole_as_that_whole() -> None:
    """ "This volume represents P% of overall traffic (W)": the share is of the figure before,
    and the amount in brackets is the whole the words name, never the part."""
    text = (
        "Wharf crews moved more boxes in 2030. Transit volumes at the wharf rose to 9.6 million "
        "tons. This volume represents 48% of overall traffic (20 million tons) the wharf handled "
        "that year."
    )
    assert relations(text) == [
        ("share", {"share": "48%", "part": "9.6 million tons", "whole": "20 million tons"})
    ]
    # near miss: a subject of its own before the share keeps the bracket as the part
    own = (
        "Wharf traffic came to 20 million tons in 2030. Transit took 48% of overall traffic "
        "(9.6 million tons) in 2030."
    )
    assert relations(own) == [
        ("share", {"share": "48%", "part": "9.6 million tons", "whole": "20 million tons"})
    ]


def test_a_demonstrative_share_needs_one_figure_before() -> None:
    # two figures of the unit before: which one "This volume" is, the words do not say
    two = (
        "Transit rose to 9.6 million tons and exports to 4.1 million tons. This volume represents "
        "48% of overall traffic (20 million tons)."
    )
    assert relations(two) == []


@given(st.integers(1, 400), st.integers(401, 999))
def test_the_bracketed_whole_is_checked_as_written(part: int, whole: int) -> None:
    pct = 100 * part / whole
    text = (
        f"Transit volumes at the wharf stood at {part} thousand tons. This volume represents "
        f"{pct:.1f}% of overall traffic ({whole} thousand tons)."
    )
    assert relations(text) == [
        (
            "share",
            {
                "share": f"{pct:.1f}%",
                "part": f"{part} thousand tons",
                "whole": f"{whole} thousand tons",
            },
        )
    ]


def test_a_colon_sets_two_lists_of_shares_apart() -> None:
    text = (
        "Most guests stayed on Mira, followed by Tolo (31.5 percent) and Vesa (12.4 percent), with "
        "nights ranked in the same order: Mira (52.3 percent), Tolo (38.1 percent) and Vesa "
        "(4.2 percent)."
    )
    assert groups(text) == [
        ["31.5 percent", "12.4 percent"],
        ["52.3 percent", "38.1 percent", "4.2 percent"],
    ]
    # near miss: one list with no colon stays one group
    one = "Guests came from Mira (31.5 percent), Tolo (12.4 percent) and Vesa (4.2 percent)."
    assert groups(one) == [["31.5 percent", "12.4 percent", "4.2 percent"]]


def test_a_lone_percent_past_a_colon_is_no_member() -> None:
    text = (
        "Guests came from Mira (31.5 percent) and Tolo (12.4 percent), and one island led on "
        "nights: Vesa (4.2 percent)."
    )
    assert groups(text) == [["31.5 percent", "12.4 percent"]]
    # near miss: semicolons part the members of one list whose names hold commas
    listed = (
        "Grain made up 61.5 percent of the total export; hides, skins and furs 20.5 percent; and "
        "wool and cloth 3.8 percent."
    )
    assert groups(listed) == [["61.5 percent", "20.5 percent", "3.8 percent"]]
