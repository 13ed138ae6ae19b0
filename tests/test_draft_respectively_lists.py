"""Levels listed with "respectively" and their changes listed after, each subject's figures tied as
if it had its own sentence (:mod:`aktobe_facts.text.draftrespectchange`).

The vehicle figures are those of Naamsa's new vehicle sales of May 2021 (Freight News,
https://www.freightnews.co.za/article/naamsa-stats-reflect-197-increase-may-vehicle-sales, June
2021), whose release pairs the two segments' sales and changes with "respectively"; the sentences
are written for these tests."""

from __future__ import annotations

import re
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

_LEAD = "PRETORIA, June 2 2021\n\nThe vehicle makers' association released its May figures.\n\n"

NAAMSA = (
    "Passenger and light commercial vehicle sales, at 559 units and 1 726 units respectively, "
    "showed an increase of 256 units, or 84.5%, and an increase of 1 192 vehicles, or a gain of "
    "223.2%."
)


def test_each_subject_gets_its_change() -> None:
    assert relations(_LEAD + NAAMSA) == [
        (
            "change",
            {"amount": "an increase of 256", "current": "559", "percent": "84.5%"},
        ),
        (
            "change",
            {
                "amount": "an increase of 1 192",
                "current": "1 726",
                "percent": "a gain of 223.2%",
            },
        ),
    ]


def test_the_changes_pass_and_settle_the_index_reading() -> None:
    with TemporaryDirectory() as folder:
        found = outcomes(_LEAD + NAAMSA, Path(folder), ("change", "index-or-growth"))
    assert found.count(("change", Outcome.PASS)) == 2
    assert ("index-or-growth", Outcome.UNDETERMINED) not in found


def test_a_wrong_percent_is_found() -> None:
    wrong = NAAMSA.replace("84.5%", "48.5%")
    with TemporaryDirectory() as folder:
        found = outcomes(_LEAD + wrong, Path(folder), ("change",))
    assert ("change", Outcome.FAIL) in found


def test_three_subjects_and_falls() -> None:
    text = _LEAD + (
        "Bus, truck and van sales, at 120 units, 340 units and 75 units respectively, showed a "
        "decrease of 30 units, or 20%, a decrease of 60 units, or 15%, and a decrease of 25 "
        "units, or 25%."
    )
    drafted = relations(text)
    assert [kind for kind, _ in drafted] == ["change"] * 3
    assert [fields["current"] for _, fields in drafted] == ["120", "340", "75"]
    assert all(fields["direction"] == "fall" for _, fields in drafted)
    with TemporaryDirectory() as folder:
        found = outcomes(text, Path(folder), ("change",))
    assert found == [("change", Outcome.PASS)] * 3


def test_percents_alone_are_growths() -> None:
    text = _LEAD + (
        "Export and import earnings, at $4.1 billion and $5.3 billion respectively, showed an "
        "increase of 12% and an increase of 8%."
    )
    assert relations(text) == [
        ("growth", {"growth": "an increase of 12%", "current": "$4.1 billion"}),
        ("growth", {"growth": "an increase of 8%", "current": "$5.3 billion"}),
    ]


NEAR_MISSES = [
    # three levels, two changes: the lists' lengths disagree
    "Bus, truck and van sales, at 120 units, 340 units and 75 units respectively, showed an "
    "increase of 30 units, or 33.3%, and an increase of 60 units, or 21.4%.",
    # two subjects named, three levels
    "Bus and truck sales, at 120 units, 340 units and 75 units respectively, showed an increase "
    "of 30 units, or 33.3%, an increase of 60 units, or 21.4%, and an increase of 5 units, or "
    "7.1%.",
    # "respectively" governs the levels only; the change is the total's
    "Passenger and light commercial vehicle sales were 559 units and 1 726 units respectively, "
    "while total sales showed an increase of 1 448 units, or 173.3%.",
    # no "respectively": which change is whose the words do not say
    "Passenger and light commercial vehicle sales, at 559 units and 1 726 units, showed an "
    "increase of 256 units, or 84.5%, and an increase of 1 192 vehicles, or a gain of 223.2%.",
    # a range: "between A and B" bounds one figure
    "Passenger and light commercial vehicle sales, between 559 units and 1 726 units "
    "respectively, showed an increase of 256 units, or 84.5%, and an increase of 1 192 "
    "vehicles, or a gain of 223.2%.",
    # the first figure of each group says no change: a part and its share, perhaps
    "Passenger and light commercial vehicle sales, at 559 units and 1 726 units respectively, "
    "included 256 units, or 84.5%, and 1 192 vehicles, or 69.1%.",
    # a rise and a fall in one list
    "Passenger and light commercial vehicle sales, at 559 units and 1 726 units respectively, "
    "showed an increase of 256 units, or 84.5%, and a decrease of 192 vehicles, or 10%.",
    # levels of two units
    "Coal and oil exports, at 559 tonnes and $1 726 respectively, showed an increase of 256 "
    "tonnes, or 84.5%, and an increase of $192, or 12.5%.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_misses_draft_nothing(sentence: str) -> None:
    assert [k for k, _ in relations(_LEAD + sentence) if k in ("change", "growth")] == []


def test_shares_with_no_whole_draft_nothing() -> None:
    """ "the shares of X and Y were 41.2% and 38.5%, respectively": no whole to tie them to."""
    text = (
        _LEAD
        + "The shares of the Labour party and the Green party were 41.2% and 38.5%, respectively."
    )
    assert relations(text) == []


_NAMES = ["Bus", "truck", "van", "tractor"]


def _number(value: str) -> str:
    found = re.search(r"\d[\d ,.]*\d|\d", value)
    return found.group(0) if found else value


def _shown(text: str) -> list[tuple[str, dict[str, str]]]:
    return [
        (kind, {k: _number(v) if k != "direction" else v for k, v in fields.items()})
        for kind, fields in relations(text)
    ]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.tuples(st.integers(20, 5000), st.integers(1, 3000)), min_size=2, max_size=4),
    st.booleans(),
)
def test_a_respectively_list_drafts_what_separate_sentences_draft(
    subjects: list[tuple[int, int]], falls: bool
) -> None:
    """n subjects with their base and change, written once with "respectively" and once as n
    sentences of their own: the same relations, figure for figure."""
    rows = []
    for base, change in subjects:
        change = min(change, base - 1) if falls else change
        level = base - change if falls else base + change
        rows.append((f"{level:,}", f"{change:,}", f"{change * 100 / base:.1f}"))
    names = _NAMES[: len(rows)]
    subject = ", ".join(names[:-1]) + " and " + names[-1].lower()
    way, verb = ("a decrease", "fell") if falls else ("an increase", "rose")
    groups = [f"{way} of {c} units, or {p}%" for _, c, p in rows]
    listed = (
        f"{subject} sales, at "
        + ", ".join(f"{lv} units" for lv, _, _ in rows[:-1])
        + f" and {rows[-1][0]} units respectively, showed "
        + ", ".join(groups[:-1])
        + f", and {groups[-1]}."
    )
    apart = " ".join(
        f"{name.capitalize()} sales {verb} by {c} units, or {p}%, to {lv} units."
        for name, (lv, c, p) in zip(names, rows, strict=True)
    )
    drafted = _shown(_LEAD + listed)
    assert drafted == _shown(_LEAD + apart)
    if all(float(p) <= 100 for _, _, p in rows):  # no index reading to leave: each tied
        assert [kind for kind, _ in drafted] == ["change"] * len(rows)
