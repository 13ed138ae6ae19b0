"""Relations across two sentences where the second's words point back to a figure of the first
with certainty: "That is P more than in 2022" (the growth of the figure before), "A year earlier,
the figure was Y" (its base), "Of this, A ... and B ..." with counts whose word after them is a
verb ("7.5 million came from"). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


def relations(text: str) -> list[tuple[str, dict[str, str]]]:
    found = draft("CAPITAL, March 2024\n\n" + text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (
            r.kind,
            {
                k: " + ".join(values.get(i, i) for i in ([v] if isinstance(v, str) else v))
                for k, v in r.fields.items()
                if not isinstance(v, bool)
            },
        )
        for r in found.relations
    ]


GROWTH = {"growth": "25 percent more", "current": "$12.5 million"}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Grants came to $12.5 million in 2023. That is 25 percent more than in 2022.", GROWTH),
        (
            "Grants came to $12.5 million in 2023. That is 25 percent more than the $10 million "
            "of 2022.",
            {**GROWTH, "base": "$10 million"},
        ),
        (
            "Arrivals came to 12.5 million visitors in 2023. It was 25 percent more than in 2022, "
            "when it was 10 million visitors.",
            {"growth": "25 percent more", "current": "12.5 million", "base": "10 million"},
        ),
        (
            "Grants rose 25 percent to $12.5 million in 2023. A year earlier, the figure was "
            "$10 million.",
            {"growth": "rose 25 percent", "current": "$12.5 million", "base": "$10 million"},
        ),
    ],
)
def test_a_growth_with_its_figures_in_the_sentence_before(
    text: str, relation: dict[str, str]
) -> None:
    assert ("growth", relation) in relations(text)


def test_parts_in_the_next_sentence_counted_with_a_verb_after_them() -> None:
    text = (
        "Arrivals came to 12.5 million in 2023. Of this, 7.5 million came from the north and "
        "5 million from the south."
    )
    assert ("sum", {"total": "12.5 million", "parts": "7.5 million + 5 million"}) in relations(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # two figures before "That": which one grew is not said
        (
            "Grants came to $12.5 million in 2023 and loans to $7.5 million. That is 25 percent "
            "more than in 2022.",
            [],
        ),
        # "that" inside a clause of its own sentence, not opening it
        (
            "Grants came to $12.5 million in 2023, and loans to $7.5 million. Aid rose, and that "
            "is 25 percent more than in 2022.",
            [],
        ),
        # another thing a year earlier: the growth keeps no base
        (
            "Grants rose 25 percent to $12.5 million in 2023. A year earlier, loans were $10 "
            "million.",
            [("growth", {"growth": "rose 25 percent", "current": "$12.5 million"})],
        ),
    ],
)
def test_no_figure_is_named_with_certainty(
    text: str, kept: list[tuple[str, dict[str, str]]]
) -> None:
    assert relations(text) == kept


SHARE = {"share": "60 percent", "part": "$7.5 million", "whole": "$12.5 million"}


@pytest.mark.parametrize(
    "second",
    [
        "Of this, 60 percent, or $7.5 million, came from the north.",
        "Of that amount, $7.5 million, or 60 percent, went to the north.",
        "The north accounted for 60 percent of this, or $7.5 million.",
        "Of this, $7.5 million (60 percent) came from the north and $5 million from the south.",
    ],
)
def test_a_share_of_the_figure_before(second: str) -> None:
    assert ("share", SHARE) in relations(f"Grants totalled $12.5 million in 2023. {second}")


def test_no_share_of_the_figure_before_when_two_could_be_it() -> None:
    text = (
        "Grants totalled $12.5 million in 2023 and $10 million in 2022. Of this, 60 percent, or "
        "$7.5 million, came from the north."
    )
    assert [r for r in relations(text) if r[0] == "share"] == []


@pytest.mark.parametrize(
    ("second", "op"),
    [
        ("That was up from $10 million a year earlier.", ">"),
        ("This was a decline from $10 million a year earlier.", "<"),
    ],
)
def test_an_order_with_the_figure_before(second: str, op: str) -> None:
    found = relations(f"Grants totalled $12.5 million in 2023. {second}")
    assert ("order", {"left": "$12.5 million", "op": op, "right": "$10 million"}) in found


def test_no_order_with_the_figure_before_when_two_could_be_it() -> None:
    text = (
        "Grants came to $12.5 million in 2023 and loans to $7.5 million. That was up from $10 "
        "million a year earlier."
    )
    assert [r for r in relations(text) if r[0] == "order"] == []
