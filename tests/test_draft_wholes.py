"""Wholes and their parts with no "of which": trade as its exports and imports in a sentence of
growths, a list after one verb whose first part names "the total", a year's flow as its halves or
quarters, "Of the spending of T, ..."; and the near misses that must stay loose figures. The
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings
from hypothesis import strategies as st

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft

Sum = tuple[str | None, list[str | None], bool]


def sums(text: str) -> list[Sum]:
    """Each drafted sum as (total, parts, exhaustive), by the claims' values."""
    found = draft(text)
    values = {c.id: c.value for c in found.claims}
    out: list[Sum] = []
    for r in found.relations:
        parts = r.fields.get("parts")
        if r.kind == "sum" and isinstance(parts, list):
            total = values.get(str(r.fields["total"]))
            out.append((total, [values.get(p) for p in parts], bool(r.fields.get("exhaustive"))))
    return out


TRADE = (
    "Chile's trade in March grew 7.2 percent to $14.63 billion, on a rise of 9.1 percent to "
    "$8.12 billion in exports and a 4.9 percent increase to $6.51 billion in imports."
)


def test_trade_as_exports_and_imports_in_a_sentence_of_growths() -> None:
    assert sums(TRADE) == [("$14.63 billion", ["$8.12 billion", "$6.51 billion"], True)]


def test_a_change_in_exports_is_no_level_of_them() -> None:
    """ "a shortfall of $1.2 billion in exports": a change; "trade with Peru": a part of trade."""
    text = TRADE.replace(
        "a rise of 9.1 percent to $8.12 billion in exports",
        "a shortfall of $8.12 billion in exports",
    )
    # no exports to add: only the imports within the trade (text/draftflowin.py)
    assert sums(text) == [("$14.63 billion", ["$6.51 billion"], False)]
    assert sums(TRADE.replace("Chile's trade in March", "Chile's trade with Peru")) == []
    # "trade in electricity": a branch of trade, not all of it
    assert sums(TRADE.replace("Chile's trade in March", "Chile's trade in electricity")) == []


COLLECTORS = (
    "Revenue reached 912.4 billion tenge in the half, up from 870.2 billion tenge a year earlier "
    "and above the 900.5 billion tenge target. The tax office contributed 640.3 billion tenge of "
    "the total, customs 201.7 billion tenge, the treasury 40.2 billion tenge and other offices "
    "30.1 billion tenge."
)


def test_a_list_after_one_verb_whose_first_part_names_the_total() -> None:
    """The whole is the sentence before's one current revenue, not its earlier figure or its
    target; "other offices" makes the list all of it."""
    parts = [
        "640.3 billion tenge",
        "201.7 billion tenge",
        "40.2 billion tenge",
        "30.1 billion tenge",
    ]
    assert ("912.4 billion tenge", parts, True) in sums(COLLECTORS)


def test_a_list_with_no_others_is_not_all_of_it() -> None:
    text = COLLECTORS.replace("other offices", "the mint")
    assert [s[2] for s in sums(text)] == [False]


def test_a_list_after_a_sentence_of_two_wholes_is_left_alone() -> None:
    text = COLLECTORS.replace(
        "up from 870.2 billion tenge a year earlier", "while spending came to 999.1 billion tenge"
    )
    assert sums(text) == []


HALVES = (
    "In 2031 the government earned 3.53 trillion tenge and spent 4.12 trillion tenge. The year's "
    "revenue was 1.76 trillion tenge in the first half and 1.77 trillion tenge in the second half."
)


def test_a_years_flow_is_the_sum_of_its_halves() -> None:
    assert sums(HALVES) == [
        ("3.53 trillion tenge", ["1.76 trillion tenge", "1.77 trillion tenge"], True)
    ]


def test_halves_of_another_year_or_a_gap_are_no_parts() -> None:
    assert sums(HALVES.replace("in the second half", "in the second half of 2030")) == []
    # a half and a quarter of the year leave a gap: no exhaustive sum, only each within the year
    # (text/draftwithin.py)
    assert sums(HALVES.replace("in the second half", "in the fourth quarter")) == [
        ("3.53 trillion tenge", ["1.76 trillion tenge", "1.77 trillion tenge"], False)
    ]


def test_a_sentence_that_opens_on_its_total_after_a_few_words() -> None:
    text = "Of the aggregate expenditure of 9.6 trillion tenge, 4.4 trillion tenge went to wages."
    assert sums(text) == [("9.6 trillion tenge", ["4.4 trillion tenge"], False)]


@settings(max_examples=20, deadline=None)
@given(st.integers(11, 89), st.integers(11, 89), st.integers(0, 2))
def test_the_halves_are_checked_as_written(first: int, second: int, slip: int) -> None:
    """Whatever the halves, the sum is drafted, and an error exactly when the year's printed
    figure is not their sum (tenths: read to within 0.05)."""
    year = first + second + 5 * slip
    text = (
        f"In 2031 the government earned {year}.2 billion tenge and spent 999.9 billion tenge. "
        f"The year's revenue was {first}.1 billion tenge in the first half and {second}.1 billion "
        "tenge in the second half."
    )
    assert (
        f"{year}.2 billion tenge",
        [f"{first}.1 billion tenge", f"{second}.1 billion tenge"],
        True,
    ) in sums(text)
    with TemporaryDirectory() as folder:
        verdicts = [o for _, o in outcomes(text, Path(folder), ("sum",))]
    assert verdicts == [Outcome.FAIL if slip else Outcome.PASS]


def test_the_flow_a_period_later_after_a_verb_of_change() -> None:
    """ "was A in the first half and dropped to B in the second half": B is the same flow; with
    no period of its own, "and dropped to B" is left alone."""
    moved = HALVES.replace("and 1.77 trillion tenge", "and dropped to 1.77 trillion tenge")
    assert sums(moved) == [
        ("3.53 trillion tenge", ["1.76 trillion tenge", "1.77 trillion tenge"], True)
    ]
    assert sums(moved.replace(" in the second half.", ".")) == []


def test_a_years_deficit_as_its_quarters_listed_respectively() -> None:
    text = (
        "In 2031 the treasury ran a fiscal deficit of 6.52 trillion tenge. By quarter, the deficit "
        "was 1.37 trillion tenge in the first quarter, and 1.54 trillion tenge, 1.74 trillion "
        "tenge and 1.86 trillion tenge in the second, third and fourth quarters respectively."
    )
    quarters = ["1.37 trillion tenge", "1.54 trillion tenge", "1.74 trillion tenge"]
    assert sums(text) == [("6.52 trillion tenge", [*quarters, "1.86 trillion tenge"], True)]
    two = text.replace("second, third and fourth quarters", "second and third quarters")
    assert sums(two) == []  # three figures for two quarters: no period is certain


def test_a_list_after_the_whole_of_a_share_is_left_alone() -> None:
    """ "paid out A, or P percent of the target set at T: X and Y": X and Y may be A's or T's."""
    text = (
        "The state paid out 2,310.2 billion tenge, or 93.9 percent of the target set at 2,461.1 "
        "billion tenge: 1,498.9 billion tenge of central spending and 811.3 billion tenge of "
        "transfers."
    )
    assert sums(text) == []
    plain = "The state paid out 2,310.2 billion tenge: 1,498.9 billion tenge of central spending "
    assert sums(plain + "and 811.3 billion tenge of transfers.") == [
        ("2,310.2 billion tenge", ["1,498.9 billion tenge", "811.3 billion tenge"], False)
    ]


SOURCES = (
    "The treasury took in revenue of 7.42 billion manat in 2031 and spent 9.15 billion manat.\n\n"
    "By source, the revenue was broken down as follows: 3.10 billion manat came from oil, the "
    "regions brought in 1.95 billion manat, fees were 0.71 billion manat, and customs added 0.42 "
    "billion manat.\n"
)


def test_a_flow_broken_down_clause_by_clause() -> None:
    parts = ["3.10 billion manat", "1.95 billion manat", "0.71 billion manat", "0.42 billion manat"]
    assert sums(SOURCES) == [("7.42 billion manat", parts, False)]


def test_a_breakdown_that_names_no_flow_or_has_a_clause_of_two_amounts() -> None:
    assert sums(SOURCES.replace("the revenue was broken down", "it broke down")) == []
    two = SOURCES.replace(
        "fees were 0.71 billion manat", "fees were 0.71 billion manat and 0.2 billion manat"
    )
    assert sums(two) == []


BEFORE = (
    "Revenue reached 3.37 trillion tenge in the nine months, up from 3.29 trillion tenge a year "
    "earlier. Tax revenue rose to 3.05 trillion tenge from 2.81 trillion tenge a year earlier. "
    "Non-tax revenue dropped to 314.1 billion tenge from 481.0 billion tenge a year earlier."
)


def test_a_sum_and_the_same_sum_a_year_before() -> None:
    found = sums(BEFORE)
    assert ("3.29 trillion tenge", ["2.81 trillion tenge", "481.0 billion tenge"], False) in found
    assert ("3.37 trillion tenge", ["3.05 trillion tenge", "314.1 billion tenge"], False) in found


def test_no_sum_before_when_a_part_has_no_earlier_value() -> None:
    found = sums(BEFORE.replace(" from 481.0 billion tenge a year earlier", ""))
    assert [s[0] for s in found] == ["3.37 trillion tenge"]


def test_quarters_after_another_year_are_not_its_parts() -> None:
    """The quarters name no year; a year named between the whole and them makes them its own."""
    text = (
        "In the first half of 2030 the treasury ran a deficit of 2.9 trillion tenge.\n\n"
        "In 2031 the treasury ran a deficit of 6.5 trillion tenge. By quarter, the deficit was 1.4 "
        "trillion tenge in the first quarter, and 1.5 trillion tenge, 1.7 trillion tenge and 1.9 "
        "trillion tenge in the second, third and fourth quarters respectively.\n"
    )
    found = sums(text)
    assert [s[0] for s in found] == ["6.5 trillion tenge"]
