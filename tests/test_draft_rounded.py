"""One figure given twice at another precision: an ``equal`` relation only when both name one
role, owner, plan and period, and the coarser is the finer rounded or cut short. The sentences
are written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.text.draft import draft
from aktobe_facts.text.roletime import Time, read_time


def equals(text: str) -> list[list[str | None]]:
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    out = []
    for r in found.relations:
        claims = r.fields.get("claims")
        if r.kind == "equal" and isinstance(claims, list):
            out.append([values.get(c) for c in claims])
    return out


TWICE = (
    "The budget deficit narrowed to 280.5 billion tenge in the five months to May.\n\n"
    "Spending on roads rose sharply.\n\n"
    "Up to May, capital spending left an overall deficit of 280 billion tenge.\n"
)


def test_a_deficit_given_again_rounded() -> None:
    assert equals(TWICE) == [["280.5 billion tenge", "280 billion tenge"]]


def test_a_figure_cut_short_is_the_same_figure() -> None:
    assert equals(TWICE.replace("280.5", "280.8")) == [["280.8 billion tenge", "280 billion tenge"]]


def test_figures_that_no_rounding_joins_are_two_figures() -> None:
    assert equals(TWICE.replace("280 billion", "282 billion")) == []
    assert equals(TWICE.replace("280 billion", "280 million")) == []


def test_a_figure_of_another_period_or_none_is_not_tied() -> None:
    assert equals(TWICE.replace("Up to May", "Up to April")) == []
    assert equals(TWICE.replace("Up to May, capital", "Capital")) == []


def test_an_area_named_by_one_figure_alone_is_another_subject() -> None:
    country = "Tax revenue came to 12.48 million euros in 2030, the ministry said.\n\n"
    assert equals(country + "Tax revenue of the north came to 12.5 million euros in 2030.\n") == []
    assert equals(country + "In the north, tax revenue came to 12.5 million euros in 2030.\n") == []
    both = country.replace("Tax revenue", "Tax revenue of the north")
    assert equals(both + "In the north, tax revenue came to 12.5 million euros in 2030.\n") == [
        ["12.48 million euros", "12.5 million euros"]
    ]


def test_a_third_figure_of_the_period_leaves_all_untied() -> None:
    third = (
        TWICE
        + "\nThe deficit for the five months to May was 300.1 billion tenge, the ministry said.\n"
    )
    assert equals(third) == []


def test_the_months_to_a_month() -> None:
    assert read_time("in the five months to May") == Time(months=(1, 5))
    assert read_time("in the three months to June") == Time(months=(4, 6))


@settings(max_examples=30, deadline=None)
@given(st.integers(100, 999), st.integers(0, 9))
def test_any_rounding_of_a_tenth_is_tied(whole: int, tenth: int) -> None:
    """Whatever the figure, its rounding or its figure cut short is tied to it; a figure two
    units off never is."""
    fine = f"{whole}.{tenth}"
    rounded = whole + (1 if tenth >= 5 else 0)
    text = TWICE.replace("280.5", fine)
    assert equals(text.replace("280 billion", f"{rounded} billion")) == [
        [f"{fine} billion tenge", f"{rounded} billion tenge"]
    ]
    assert equals(text.replace("280 billion", f"{whole + 2} billion")) == []
