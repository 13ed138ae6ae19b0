"""Changes whose words stand apart from their percent (text/sharednoun.py, text/doubledigits.py,
text/draftsigns.py): a noun of change after a list of percents ("the 16.9 percent and 10.3 percent
reductions, respectively"), "the" before a percent and its noun, a rise "in double digits"
(reading/numbers.py: from 10 to under 100 percent as printed), and a rise whose "by" follows a
comma ("Imports kept rising, by 20.8 percent")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.changewords import FALL_NOUNS, RISE_NOUNS
from aktobe_facts.reading.numbers import DOUBLE_DIGITS, Direction, GrammarError, parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.text.draft import draft


def claims(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each drafted claim's value -> (kind, note)."""
    return {c.value or "": (c.kind, c.note) for c in draft(text).claims}


def test_percents_before_a_shared_plural_noun_are_each_that_change() -> None:
    text = (
        "More container traffic softened the 16.9 percent and 10.3 percent reductions, "
        "respectively, in grain and oil tonnage."
    )
    found = claims(text)
    for value in ("16.9 percent reduction", "10.3 percent reduction"):
        kind, note = found[value]
        assert kind == "growth"
        assert note is not None and 'before "reductions"' in note
    assert parse("16.9 percent reduction").value == parse("-16.9 percent").value


def test_the_before_a_percent_and_its_noun_reads_as_a() -> None:
    found = claims("Traffic softened the 16.9 percent reduction in grain tonnage.")
    assert found["16.9 percent reduction"][0] == "growth"


@pytest.mark.parametrize(
    "text",
    [
        # a plural that is a verb: "a growth of 5 percent increases revenue"
        "A growth of 5 percent increases revenue by a third.",
        # one percent, no "the" and no list: the plural may be the verb of a figure's subject
        "Officials noted 12 percent increases in both crops.",
        # a noun of change that is no change of the percents: "rises" after "the rate"
        "The 5 percent and 7 percent rates rise in May.",
    ],
)
def test_a_plural_that_may_be_a_verb_is_left_as_printed(text: str) -> None:
    assert not [v for v in claims(text) if " percent " in v and v.split()[-1] != "percent"]


@given(
    st.lists(st.integers(1, 999), min_size=2, max_size=4),
    st.sampled_from(sorted({*RISE_NOUNS, *FALL_NOUNS} - {"growth", "pickup", "pick-up"})),
)
def test_every_percent_of_a_list_takes_the_plural_noun(tenths: list[int], noun: str) -> None:
    figures = [f"{t / 10:.1f} percent" for t in tenths]
    listed = ", ".join(figures[:-1]) + f" and {figures[-1]}"
    plural = noun + ("es" if noun.endswith(("s", "sh")) else "s")
    text = f"Rain caused {listed} {plural} in the crops, respectively."
    found = claims(text)
    falls = noun in FALL_NOUNS
    for figure in figures:
        kind, _ = found[f"{figure} {noun}"]
        assert kind == "growth"
        stated = parse(f"{figure} {noun}")
        assert (stated.direction == Direction.DOWN) == falls


@pytest.mark.parametrize(
    ("value", "direction"),
    [
        ("rose by double digits", Direction.UP),
        ("rise by double digits", Direction.UP),
        ("double-digit growth", Direction.UP),
        ("a double-digit decline", Direction.DOWN),
        ("fell by double digits", Direction.DOWN),
        ("double-digit percentage growth", Direction.UP),
    ],
)
def test_double_digits_are_ten_to_under_a_hundred_percent(value: str, direction: str) -> None:
    stated = parse(value)
    assert stated.direction == direction
    interval = read(stated).require()
    size = read(parse(DOUBLE_DIGITS)).require()
    assert interval == (size if direction == Direction.UP else -size)
    assert size.lo is not None and size.hi is not None
    assert size.lo <= 10 and 99 < size.hi <= 101  # at least 10 as printed, under 100


@given(st.integers(0, 20000))
def test_a_growth_in_double_digits_holds_every_two_digit_percent(hundredths: int) -> None:
    value = hundredths / 100
    inside = (
        read(parse("rose by double digits")).require().contains(parse(f"{value:.2f} percent").value)
    )
    if 10 <= value < 100:
        assert inside
    if value < 9 or value > 101:
        assert not inside


def test_the_draft_reads_double_digits_only_as_a_change() -> None:
    text = (
        "Arrivals of tourists rose by double digits in July. Exports posted double-digit growth "
        "in 2023, while inflation stayed in double digits. Unemployment was in double digits and "
        "lending rates reached double-digit levels. The firm reported a double-digit decline in "
        "sales."
    )
    found = claims(text)
    assert {v for v in found if "digit" in v} == {
        "rose by double digits",
        "double-digit growth",
        "a double-digit decline",
    }
    assert all(found[v][0] == "growth" for v in found if "digit" in v)


def test_no_words_of_double_digits_read_without_a_change_in_a_claims_file() -> None:
    # a level in double digits reads too (10 to under 100 percent), as its words say
    assert read(parse("double digits")).require() == read(parse("10-100 percent")).require()
    with pytest.raises(GrammarError):
        parse("double")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Imports kept rising, by 20.8 percent, to TND33526.6 million.", "20.8 percent"),
        ("Exports rose 5 percent in 2023, and imports by 3 percent.", "3 percent"),
        ("Exports fell 4 percent in May, and imports by 2.5 percent.", "-2.5 percent"),
    ],
)
def test_by_after_a_verb_left_out_or_before_a_comma_is_the_verbs_change(
    text: str, value: str
) -> None:
    assert claims(text)[value][0] == "growth"


def ids(text: str) -> dict[str, str]:
    """Each drafted claim's value -> its id."""
    return {c.value or "": c.id for c in draft(text).claims}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "More container traffic softened the 16.9 percent and 10.3 percent reductions, "
            "respectively, in grain and oil tonnage.",
            {
                "16.9 percent reduction": "grain_tonnage_growth",
                "10.3 percent reduction": "oil_tonnage_growth",
            },
        ),
        (
            "Imports from Belgium rose 26.2 percent, and those from Italy and France 20.4 percent "
            "and 20.5 percent, respectively.",
            {"20.4 percent": "italy", "20.5 percent": "france"},
        ),
    ],
)
def test_respectively_names_each_figure_by_its_item(text: str, named: dict[str, str]) -> None:
    found = ids(text)
    assert {value: found[value] for value in named} == named


@given(
    st.lists(
        st.sampled_from(["wheat", "barley", "maize", "rice", "oats", "rye"]),
        min_size=2,
        max_size=4,
        unique=True,
    )
)
def test_as_many_items_as_figures_name_them_in_order(crops: list[str]) -> None:
    figures = [f"{k + 2}.5 percent" for k in range(len(crops))]
    text = (
        f"Rain caused the {', '.join(figures[:-1])} and {figures[-1]} declines, respectively, "
        f"in {', '.join(crops[:-1])} and {crops[-1]} output."
    )
    found = ids(text)
    assert [found[f"{f} decline"] for f in figures] == [f"{c}_output_growth" for c in crops]
    # one item fewer than the figures: the list names none of them
    fewer = text.replace(f"in {', '.join(crops[:-1])} and", f"in {crops[0]} and", 1)
    if len(crops) > 2:
        assert not [i for i in ids(fewer).values() if i.endswith("_output_growth")]


def test_a_share_given_its_own_percent_is_no_subject_of_the_change_after_it() -> None:
    sibling = claims("Freedonia led the markets with a share of 21.4% and growth of 3.5%.")
    assert sibling["growth of 3.5%"][0] == "growth"
    changed = claims("The share of good roads in the province increased by 13 percent.")
    assert changed["increased by 13 percent"][0] == "change"


def test_a_rate_s_own_percent_leaves_its_change_a_change() -> None:
    # the rate's value, then its change: in points or percent, as the words do not say
    own = claims("The jobless rate of 6.4 percent in May was up 0.2 percent from 6.2 percent.")
    assert own["up 0.2 percent"][0] == "change"
    stated = claims("In May the jobless rate of 6.4 percent was up 0.2 percent from April.")
    assert stated["up 0.2 percent"][0] == "change"
    # a share's percent joined to a growth as its sibling: the growth of what holds the share
    sibling = claims("Freedonia held the lead with a share of 18.2% and growth of 4.1%.")
    assert sibling["growth of 4.1%"][0] == "growth"
