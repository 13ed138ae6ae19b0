"""A growth above 100 percent tied to its amount of change and its level when one sentence gives all
three: "rose by 1 192 units, a gain of 223.2%, to 1 726". The base the change and the level give
(1 726 - 1 192 = 534) settles the reading: 1 726 / 534 = 3.232, a growth of 223.2 percent, never
an index of 223.2 (2.232 times the base). The draft ties the three (``kind = "change"``) only where
the figures fit the growth reading alone, and the index-or-growth check is then settled by them.

The figures are those of Naamsa's new vehicle sales of May 2021 (Freight News,
https://www.freightnews.co.za/article/naamsa-stats-reflect-197-increase-may-vehicle-sales, June
2021): the nineteenth session's end-of-session run left "a gain of 223.2%" untied, and the
index-or-growth check warned. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from _drafted import of_kind, outcomes
from aktobe_facts.findings import Outcome

_LEAD = "PRETORIA, June 2 2021\n\nThe vehicle makers' association released its May figures.\n\n"
CHECKS = ("index-or-growth", "change")

GROWTHS = [
    (
        "Sales of heavy trucks and buses rose by 1 192 units, or a gain of 223.2%, to 1 726 units "
        "in May.",
        {"amount": "rose by 1 192", "current": "1 726", "percent": "a gain of 223.2%"},
    ),
    (
        "Sales of heavy trucks and buses showed an increase of 1 192 units, or a gain of 223.2%, "
        "to 1 726 units.",
        {"amount": "an increase of 1 192", "current": "1 726", "percent": "a gain of 223.2%"},
    ),
    (
        "Sales of heavy trucks and buses rose by 1 192 units, a gain of 223.2%, to 1 726 units "
        "in May.",
        {"amount": "rose by 1 192", "current": "1 726", "percent": "a gain of 223.2%"},
    ),
    (
        "Sales of heavy trucks and buses jumped 223.2%, or 1 192 units, to 1 726 units in May.",
        {"amount": "1 192", "current": "1 726", "percent": "jumped 223.2%"},
    ),
    (
        "Export earnings rose by $1.19 million, or 223.2%, to $1.726 million in May.",
        {"amount": "rose by $1.19 million", "current": "$1.726 million", "percent": "223.2%"},
    ),
]
WARNED = GROWTHS[:2]
"""The wordings the index-or-growth check warned on before the tie (an amount of change joined
to the percent by "or" leaves the reading to the figures)."""


@pytest.mark.parametrize(("sentence", "fields"), GROWTHS)
def test_a_growth_above_100_percent_is_tied_where_its_figures_settle_it(
    sentence: str, fields: dict[str, str]
) -> None:
    text = _LEAD + sentence
    assert of_kind(text, "change") == [fields]
    with TemporaryDirectory() as folder:
        found = outcomes(text, Path(folder), CHECKS)
    assert ("change", Outcome.PASS) in found
    assert all(outcome is Outcome.PASS for _, outcome in found)


@pytest.mark.parametrize(("sentence", "fields"), WARNED)
def test_the_tie_settles_the_index_or_growth_check(sentence: str, fields: dict[str, str]) -> None:
    with TemporaryDirectory() as folder:
        found = outcomes(_LEAD + sentence, Path(folder), ("index-or-growth",))
    assert found == [("index-or-growth", Outcome.PASS)]


def test_a_count_change_below_100_percent_is_tied_too() -> None:
    """The count's noun after the amount ("256 units, or 84.5%") is no word between the two."""
    text = _LEAD + "Sales of medium trucks rose by 256 units, or 84.5%, to 559 units in May."
    assert of_kind(text, "change") == [
        {"amount": "rose by 256", "current": "559", "percent": "84.5%"}
    ]


UNSETTLED = [
    # the index reading fits (2 158 / 966 = 2.234): a guess either way, no relation, the warning
    "Sales of heavy trucks and buses rose by 1 192 units, or a gain of 223.2%, to 2 158 units "
    "in May.",
    # neither reading fits: the words may tie other figures; no relation
    "Sales of heavy trucks and buses rose by 1 192 units, or a gain of 223.2%, to 5 000 units "
    "in May.",
]


@pytest.mark.parametrize("sentence", UNSETTLED)
def test_a_growth_its_figures_do_not_settle_stays_untied(sentence: str) -> None:
    text = _LEAD + sentence
    assert of_kind(text, "change") == []
    with TemporaryDirectory() as folder:
        found = outcomes(text, Path(folder), CHECKS)
    assert found == [("index-or-growth", Outcome.UNDETERMINED)]


def test_a_percent_after_a_comma_with_no_noun_of_change_is_no_apposition() -> None:
    """ "rose by 1 192 units, 223.2% of the target": no noun of change, no growth of the units."""
    text = _LEAD + "Sales rose by 1 192 units, 23.2% of the target, to 1 726 units in May."
    assert of_kind(text, "change") == []


def test_a_growth_beside_a_level_is_no_change() -> None:
    """ "sent 1,609 visitors, an increase of 33%": the growth of the level, as before."""
    text = _LEAD + "Colombia sent 1,609 visitors, an increase of 33%, in May."
    assert of_kind(text, "change") == []
    assert of_kind(text, "growth") == [{"growth": "an increase of 33%", "current": "1,609"}]


@settings(max_examples=30, deadline=None)
@given(
    base=st.integers(150, 9000),
    tenths=st.integers(1005, 6000),
    wording=st.sampled_from(
        [
            "Sales rose by {d} units, or a gain of {p}%, to {c} units in May.",
            "Sales rose by {d} units, or {p}%, to {c} units in May.",
            "Sales rose {p}%, or {d} units, to {c} units in May.",
            "Sales showed an increase of {d} units, or {p}%, to {c} units in May.",
            "Sales rose by {d} units, an increase of {p}%, to {c} units in May.",
        ]
    ),
)
def test_any_growth_above_100_percent_its_figures_settle_is_tied(
    base: int, tenths: int, wording: str
) -> None:
    """Any base and growth of 100.5 to 600 percent, the change and level rounded to whole units
    and the percent to tenths as printed: tied, and never an index-or-growth warning."""
    current = round(base * (1000 + tenths) / 1000)
    change = current - base
    percent = f"{change * 100 / base:.1f}"
    assume(float(percent) > 100)
    # a figure ending in zeros ("1,000 units") is read as rounded to its last non-zero digit
    # ([500, 1500]), which can leave the index reading room too: hypothesis found "rose by 1,000
    # units, or a gain of 189.8%, to 1,527 units", rightly untied; the property is of figures
    # precise to the unit
    assume(change % 10 != 0 and current % 10 != 0)
    text = _LEAD + wording.format(d=f"{change:,}", p=percent, c=f"{current:,}")
    with TemporaryDirectory() as folder:
        found = outcomes(text, Path(folder), CHECKS)
    changes = of_kind(text, "change")
    index_reading = current / base - float(percent) / 100
    if abs(index_reading) * base < 2:  # the index reading fits too: left untied
        return
    assert len(changes) == 1
    assert ("index-or-growth", Outcome.UNDETERMINED) not in found
    assert ("change", Outcome.FAIL) not in found
