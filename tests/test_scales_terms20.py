"""Two small readings (twentieth session, robust20): "million billions" and "thousand billions"
are scales as "lakh crores" is, and a currency's terms in capitals ("in Tenge Terms") are no place
of a growth. The sentences are ours."""

from __future__ import annotations

import pytest

from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.growthplace import own_place


@pytest.mark.parametrize(
    ("printed", "exponent"),
    [
        ("VND 16.49 million billions", 15),
        ("VND 2 thousand billions", 12),
        ("VND 16.49 million billion", 15),
        ("Rs 1.06 lakh crores", 12),
    ],
)
def test_a_scale_of_two_words_with_its_second_in_the_plural(printed: str, exponent: int) -> None:
    assert parse(printed).exponent == exponent


def test_a_growth_on_a_figure_of_million_billions_has_its_base_of_the_same_scale() -> None:
    text = (
        "State budget revenue rose 10 percent to VND 1.65 million billions in 2030 from "
        "VND 1.5 million billions in 2029.\n"
    )
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    assert "VND 1.65 million billions" in values.values()
    growth = next(r for r in found.relations if r.kind == "growth")
    assert values[str(growth.fields["current"])] == "VND 1.65 million billions"
    assert values[str(growth.fields["base"])] == "VND 1.5 million billions"


def _growths(text: str) -> list[tuple[str, dict[str, str]]]:
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    return [
        (r.kind, {k: values.get(str(v), str(v)) for k, v in r.fields.items()})
        for r in found.relations
        if r.kind == "growth"
    ]


@pytest.mark.parametrize("terms", ["Tenge Terms", "US Dollar Terms", "Real Terms"])
def test_a_currency_s_terms_in_capitals_name_no_place(terms: str) -> None:
    assert own_place(f"up 10 percent in {terms}.", len("up 10 percent")) is None


@pytest.mark.parametrize("terms", ["Tenge Terms", "Real Terms"])
def test_a_growth_in_its_figure_s_terms_is_the_figure_s(terms: str) -> None:
    text = f"Deposits reached 5.0 trillion tenge. Deposits were up 10 percent in {terms}."
    # the growth of the figure a sentence before (its value may keep the terms' words)
    assert [fields["current"] for _, fields in _growths(text)] == ["5.0 trillion tenge"]


def test_near_miss_a_place_in_capitals_is_still_one() -> None:
    assert own_place("up 10 percent in Almaty.", len("up 10 percent")) == "Almaty"
    text = "Deposits in the country reached 5.0 trillion tenge. They were up 10 percent in Almaty."
    assert _growths(text) == []
