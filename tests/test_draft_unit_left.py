"""A figure whose currency or unit is left to the figure before it (text/unitleft.py): the figure
it is compared with ("2.925 billion euros, up in comparison to the 2.98 billion in 2016", "309.5
million barrels from 249.8 million a year earlier") and a number in brackets restating it ("7
billion euros (7.036)") are read in its unit, with a note; anything else stays as printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.numbers import parse
from aktobe_facts.reading.quantities import read as interval_of
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftarticle import tied


def values(text: str) -> dict[str, str | None]:
    """Each drafted claim's value -> its note."""
    return {c.value or "": c.note for c in draft(text).claims}


@pytest.mark.parametrize(
    ("text", "bare", "read"),
    [
        (
            "The month brought in 2.925 billion euros, up in comparison to the 2.98 billion in "
            "2016, but slightly down from 2015 (2.96 billion).",
            "2.98 billion",
            "2.98 billion euros",
        ),
        (
            "The month brought in 2.925 billion euros, up in comparison to the 2.98 billion in "
            "2016, but slightly down from 2015 (2.96 billion).",
            "2.96 billion",
            "2.96 billion euros",
        ),
        (
            "Output rose to 309.5 million barrels from 249.8 million a year earlier.",
            "249.8 million",
            "249.8 million barrels",
        ),
        (
            "Sales reached 12.5 million tonnes in 2023, compared with 11.9 million in 2022.",
            "11.9 million",
            "11.9 million tonnes",
        ),
        (
            "Revenue for the seven months exceeded 7 billion euros (7.036), against 6.6 billion "
            "over the same period in 2016 and 7.1 billion in 2015.",
            "6.6 billion",
            "6.6 billion euros",
        ),
        (
            "Revenue for the seven months exceeded 7 billion euros (7.036), against 6.6 billion "
            "over the same period in 2016 and 7.1 billion in 2015.",
            "7.1 billion",
            "7.1 billion euros",
        ),
        (
            "Earnings stood at around TND9946.5 million, against TND8628.1 million in 2017 and "
            "7911.2 million in 2016.",
            "7911.2 million",
            "TND7911.2 million",
        ),
    ],
)
def test_a_figure_compared_takes_the_unit_of_the_figure_before(
    text: str, bare: str, read: str
) -> None:
    found = values(text)
    assert bare not in found
    note = found[read]
    assert note is not None and f'printed "{bare}" with no unit' in note


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a noun it could count: another thing
        (
            "Sales reached 12.5 million tonnes in 2023, compared with 11.9 million visitors.",
            "11.9 million",
        ),
        # another scale: no comparison of like figures written alike
        (
            "Sales reached 12.5 million tonnes in 2023, compared with 11.9 billion in 2022.",
            "11.9 billion",
        ),
        # more than ten times apart
        (
            "Sales reached 1.5 million tonnes in 2023, compared with 19 million in 2022.",
            "19 million",
        ),
        # a rate is no level to compare a bare figure with
        ("Oil sold at $74.9 million a day, up from 70.1 million in 2022.", "70.1 million"),
        # words of their own between: no comparison
        (
            "Sales reached 12.5 million tonnes in 2023, while visitors numbered 11.9 million.",
            "11.9 million",
        ),
        # a qualifier of its own
        (
            "Sales reached 12.5 million tonnes in 2023, compared with more than 11.9 million.",
            "more than 11.9 million",
        ),
    ],
)
def test_a_figure_stays_as_printed_outside_the_close_structure(text: str, bare: str) -> None:
    assert bare in values(text)


def test_a_number_in_brackets_restates_the_figure_before_inside_its_interval() -> None:
    text = "Revenue for the seven months exceeded 7 billion euros (7.036), the bank said."
    found = draft(text)
    restated = [c for c in found.claims if c.value == "7.036 billion euros"]
    assert [c.id for c in restated] == ["revenue_seven_months_precise"]
    assert restated[0].note is not None and "printed more precisely" in restated[0].note
    assert [r.fields["claims"] for r in found.relations if r.kind == "equal"] == [
        ["revenue_seven_months", "revenue_seven_months_precise"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue for the seven months reached 7 billion euros (8.2), the bank said.",  # outside
        "Revenue for the seven months reached 7 billion euros (7.036 million), the bank said.",
        "Revenue for the seven months reached 7 billion euros (2016), the bank said.",
    ],
)
def test_a_number_in_brackets_outside_the_figure_is_no_restatement(text: str) -> None:
    found = draft(text)
    assert not [c for c in found.claims if c.note and "printed more precisely" in c.note]
    assert not [r for r in found.relations if r.kind == "equal"]


def test_the_headline_is_the_figure_not_its_restatement() -> None:
    text = (
        "Tourism revenue over 7 billion euros\n\n"
        "Revenue for the seven months exceeded 7 billion euros (7.036), the bank said.\n"
    )
    found = draft(text).relations
    equal = sorted(sorted(tied(r)) for r in found if r.kind == "equal")
    assert equal == [
        ["revenue_seven_months", "revenue_seven_months_precise"],
        ["revenue_seven_months", "tourism_revenue"],
    ]


def test_a_figure_up_in_comparison_to_the_one_before_is_above_it(tmp_path: Path) -> None:
    text = "The month brought in 2.925 billion euros, up in comparison to the 2.98 billion in 2016."
    assert relations(text) == [
        ("order", {"left": "2.925 billion euros", "op": ">"})
    ]  # the right side is a list of one: "2.98 billion euros"
    assert [r.fields["right"] for r in draft(text).relations] == [["comparison"]]
    # July's 2.925 billion is below the 2.98 billion of July 2016: the order fails
    assert ("order", Outcome.FAIL) in outcomes(text, tmp_path, ("order",))


_UNITS = ["euros", "tonnes", "barrels", "dollars", "cubic metres"]


@given(
    st.integers(100, 9999),
    st.integers(100, 9999),
    st.sampled_from(["million", "billion"]),
    st.sampled_from(_UNITS),
    st.sampled_from(
        ["compared with", "against", "up from", "down from", "in comparison to the", "than the"]
    ),
)
def test_any_unit_and_comparison_word(a: int, b: int, scale: str, unit: str, words: str) -> None:
    x, y = f"{a / 10:.1f}", f"{b / 10:.1f}"
    text = f"Shipments reached {x} {scale} {unit} in 2023, {words} {y} {scale} in 2022."
    found = values(text)
    close = 1 / 10 <= a / b <= 10
    assert (f"{y} {scale} {unit}" in found) == close
    assert (f"{y} {scale}" in found) != close
    if close:
        assert "with no unit" in (found[f"{y} {scale} {unit}"] or "")


@given(
    st.integers(1, 99),
    st.integers(0, 999),
    st.sampled_from([("reached about", "about "), ("exceeded", "exceeded "), ("reached", "")]),
)
def test_a_restatement_is_read_only_inside_the_interval(
    whole: int, thousandths: int, words: tuple[str, str]
) -> None:
    digits = f"{whole}.{thousandths:03d}"
    verb, qualifier = words
    text = f"Revenue for the year {verb} {whole} billion euros ({digits}), the bank said."
    figure = interval_of(parse(f"{qualifier}{whole} billion euros")).require()
    inside = figure.contains(parse(f"{digits} billion euros").value)
    assert (f"{digits} billion euros" in values(text)) == inside
