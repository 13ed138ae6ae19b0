"""Figures per a unit ("6.7 tonnes per ha") in relations: compared like simple ones, converted in
both their units, shown with their "per", and an equation's result labelled by its true unit
(issues 12 and 13)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome
from aktobe_facts.reading.fmt import singular
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.text.phrases import scan
from conftest import findings_of


def _claim(cid: str, value: str, extra: str = "") -> str:
    return f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\n{extra}\n'


def _change(now: str, rise: str, then: str) -> str:
    return (
        _claim("now", now)
        + _claim("rise", rise)
        + _claim("then", then)
        + '[[relation]]\nid = "r"\nkind = "change"\namount = "rise"\ncurrent = "now"\n'
        'base = "then"\n'
    )


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=20, max_value=300),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(["tonnes per ha", "t/ha", "kg per hectare", "US$ per capita"]),
)
def test_a_change_in_a_unit_per_unit_is_tested_in_it(base: int, rise: int, unit: str) -> None:
    then, up = base / 10, rise / 10
    text = _change(
        f"{then + up:.1f} {unit}", f"an increase of {up:.1f} {unit}", f"{then:.1f} {unit}"
    )
    (found,) = findings_of(text, "change")
    assert found.outcome is Outcome.PASS
    shown = {"tonnes per ha": "tonnes per hectare", "t/ha": "tonnes per hectare"}
    assert shown.get(unit, "per ") in found.message
    wrong = _change(
        f"{then + up:.1f} {unit}", f"an increase of {up + 0.3:.1f} {unit}", f"{then:.1f} {unit}"
    )
    (failed,) = findings_of(wrong, "change")
    assert failed.outcome is Outcome.FAIL


@pytest.mark.parametrize(
    ("counterpart", "outcome"),
    [("2,711 kg per acre", Outcome.PASS), ("6,700 kg per acre", Outcome.FAIL)],
)
def test_a_figure_per_unit_converts_its_per_unit_too(counterpart: str, outcome: Outcome) -> None:
    # an acre is 0.404686 hectares: 6.7 tonnes per hectare is 2,711 kg per acre
    text = _claim("yield", "6.7 tonnes per ha", f'counterpart = "{counterpart}"')
    (found,) = findings_of(text, "unit-conversions")
    assert found.outcome is outcome, found.message
    assert "tonnes per hectare" in found.message
    joint = [f for f in findings_of(text) if f.outcome is Outcome.FAIL]
    assert bool(joint) is (outcome is Outcome.FAIL)


def _equation(expr: str) -> str:
    return (
        _claim("then", "6 tonnes per ha")
        + _claim("rise", "0.7 tonnes per ha")
        + _claim("pct", "11.7 percent")
        + f'[[relation]]\nid = "eq"\nkind = "equation"\nexpr = "{expr}"\n'
    )


@pytest.mark.parametrize(
    ("expr", "label"),
    [
        ("rise / pct = then", "tonnes per hectare"),  # tonnes per ha ÷ percent: per hectare
        ("then * pct = rise", "tonnes per hectare"),
        ("rise / then * 100 = pct / '1 percent'", None),  # a pure number: no unit
        ("rise / then = pct", None),
    ],
)
def test_an_equations_result_is_labelled_by_its_true_unit(expr: str, label: str | None) -> None:
    (found,) = findings_of(_equation(expr), "equation")
    assert found.outcome is Outcome.PASS, found.message
    assert "percent" not in found.message.split("holds:")[1]
    if label is None:
        assert "tonnes" not in found.message.split("holds:")[1]
    else:
        assert label in found.message


def test_a_result_in_tonnes_per_percent_is_a_hundred_times_tonnes() -> None:
    # 0.7 ÷ 11.7 percent is 5.98 tonnes per hectare, not 0.0598 "tonnes per percent"
    (found,) = findings_of(_equation("rise / pct = then"), "equation")
    assert "[5.5, 6.5] tonnes per hectare" in found.message


@given(
    st.sampled_from(["in", "on", "compared", "last year", "of land"]),
    st.sampled_from(["ha", "hectare", "tonne", "kg", "barrel"]),
)
def test_a_unit_after_per_ends_before_the_next_words(after: str, per: str) -> None:
    with pytest.raises(GrammarError):
        parse(f"6.7 tonnes per {per} {after}")
    (phrase,) = scan(f"Yields reached 6.7 tonnes per {per} {after} 2023, officials said.").phrases[
        :1
    ]
    assert phrase.value == f"6.7 tonnes per {per}"
    assert phrase.stated.per is not None and not phrase.stated.per.noun


def test_a_counted_noun_after_per_still_reads() -> None:
    stated = parse("31 thousand euros per job created")
    assert stated.per is not None and stated.per.noun and stated.per.key == "job created"


@pytest.mark.parametrize(
    ("word", "one"), [("hectares", "hectare"), ("tonnes", "tonne"), ("barrels", "barrel")]
)
def test_a_measure_after_per_is_singular(word: str, one: str) -> None:
    unit = lookup_unit(word)
    assert unit is not None and singular(unit) == one


def test_a_kilo_is_a_kilogram() -> None:
    # "61.42 crowns per kilo": a price per kilogram, not per a counted noun "kilo"
    stated = parse("61.42 Norwegian crowns per kilo")
    assert stated.per is not None and stated.per.key == "kilogram"
    assert lookup_unit("kilos") == lookup_unit("kg")
