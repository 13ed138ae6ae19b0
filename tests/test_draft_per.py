"""Per-unit figures ("X in N projects, or V per project") and ratios ("N projects worth X,
creating M jobs") drafted from the words. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft


def drafted(text: str) -> list[tuple[str, dict[str, str]]]:
    """The per and ratio relations, each field's claim by its value (a label as written)."""
    found = draft(text)
    values = {c.id: c.value or c.id for c in found.claims}
    return [
        (r.kind, {k: values.get(v, v) for k, v in r.fields.items() if isinstance(v, str)})
        for r in found.relations
        if r.kind in ("per", "ratio")
    ]


def test_a_per_unit_figure_with_its_total_and_count() -> None:
    assert drafted(
        "The region invested 1.9 trillion tenge in 280 projects, or 6.8 billion tenge per project."
    ) == [
        (
            "per",
            {
                "value": "6.8 billion tenge per project",
                "numerator": "1.9 trillion tenge",
                "denominator": "280",
            },
        )
    ]


def test_projects_worth_an_amount_creating_jobs() -> None:
    ratio = (
        "ratio",
        {
            "numerator": "138.2 billion tenge",
            "denominator": "1,100",
            "label": "worth per job created",
        },
    )
    assert drafted(
        "Some 23 investment projects worth 138.2 billion tenge were implemented, creating 1,100 "
        "jobs."
    ) == [ratio]
    assert drafted(
        "Some 23 investment projects worth 138.2 billion tenge were implemented in 2020. This "
        "created 1,100 jobs."
    ) == [ratio]


def test_no_per_unit_figure_where_the_words_leave_a_doubt() -> None:
    # two amounts it may be of, no count of its noun, jobs no project created
    assert (
        drafted(
            "The region invested 1.9 trillion tenge and the city 0.5 trillion tenge in 280 projects, "
            "or 6.8 billion tenge per project."
        )
        == []
    )
    assert (
        drafted("The region invested 1.9 trillion tenge, or 6.8 billion tenge per project.") == []
    )
    assert (
        drafted(
            "Some 23 projects worth 138.2 billion tenge were implemented. The city has 1,100 jobs."
        )
        == []
    )


def test_a_per_unit_figure_is_checked(tmp_path: Path) -> None:
    wrong = (
        "The region invested 1.9 trillion tenge in 280 projects, or 9.8 billion tenge per project."
    )
    assert outcomes(wrong, tmp_path, ("per",)) == [("per", Outcome.FAIL)]


@given(
    count=st.integers(min_value=2, max_value=5_000),
    each=st.integers(min_value=1, max_value=5_000),
)
def test_any_per_unit_figure_in_the_template_is_drafted(count: int, each: int) -> None:
    total = count * each
    text = (
        f"The fund lent {total:,} million lari to {count:,} firms, or {each:,} million lari "
        "per firm."
    )
    assert drafted(text) == [
        (
            "per",
            {
                "value": f"{each:,} million lari per firm",
                "numerator": f"{total:,} million lari",
                "denominator": f"{count:,}",
            },
        )
    ]
