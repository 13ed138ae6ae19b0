"""Misreadings that fresh articles showed at first contact (fourteenth session's new-user trials),
each guarded by its reason, with near misses one step away. Every sentence here is written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phrases import scan
from test_draft_order import orders


def test_the_verb_of_a_move_is_the_one_nearest_from() -> None:
    """ "the rise in rents slowed from A to B": "rise" names the thing that moved, "slowed" says
    the way (B below A); the verb right before "from" is the move's."""
    assert orders(
        "The annual rise in office rents slowed from 7.4% in March to 5.9% in April."
    ) == [("5.9%", "<", ["7.4%"])]
    assert orders(
        "The yearly fall in wheat prices quickened from 3.1% in May to 4.6% in June."
    ) == [("4.6%", ">", ["3.1%"])]


def test_a_verb_alone_before_from_keeps_its_way() -> None:
    """The near miss: one verb, its way as before."""
    assert orders("Office rents rose from 7.4% in March to 9.9% in April.") == [
        ("9.9%", ">", ["7.4%"])
    ]


@given(
    old=st.integers(min_value=1, max_value=999),
    new=st.integers(min_value=1, max_value=999),
    noun=st.sampled_from(["rise", "increase", "fall", "drop", "growth"]),
    verb=st.sampled_from(
        [("slowed", "<"), ("eased", "<"), ("accelerated", ">"), ("quickened", ">")]
    ),
)
def test_any_noun_of_change_before_the_verb_leaves_the_verb_the_way(
    old: int, new: int, noun: str, verb: tuple[str, str]
) -> None:
    a, b = f"{old / 10:.1f}%", f"{new / 10:.1f}%"
    text = f"The annual {noun} in house prices {verb[0]} from {a} in 2030 to {b} in 2031."
    assert orders(text) == [(b, verb[1], [a])]


MONTH_THEN_SPAN_IN_CLAUSE = (
    "Ruritania's trade rose 3 percent in March to $9.6 billion. Exports climbed 4 percent to "
    "${month} billion and imports 2 percent to $4.1 billion. The surplus with Japan widened 8 "
    "percent in the first three months of the year, with exports to Japan falling 1 percent to "
    "${span} billion."
)


def test_a_period_another_figure_names_before_a_flow_is_its_context() -> None:
    """ "The surplus widened 8 percent in the first three months, with exports to Japan falling
    to X": X is of the three months, named in its sentence by the growth before it; never
    a part of March's exports (the sentence before), which would fail as written (X above the
    month's exports)."""
    text = MONTH_THEN_SPAN_IN_CLAUSE.format(month="5.5", span="6.2")
    assert not [r for r in draft(text).relations if r.kind in ("sum", "equation")]


def test_a_partner_part_of_the_months_own_flow_is_still_drafted() -> None:
    """The near miss: the partner's exports named in March's own sentence are a part of March's
    exports."""
    text = (
        "Ruritania's trade rose 3 percent in March to $9.6 billion. Exports climbed 4 percent to "
        "$5.5 billion, with exports to Japan falling 1 percent to $2.2 billion."
    )
    sums = [r for r in draft(text).relations if r.kind == "sum"]
    assert len(sums) == 1


def _kinds(text: str) -> dict[str, str | None]:
    return {c.value or c.id: c.kind for c in draft(text).claims}


def test_a_signed_percent_is_never_an_index_level() -> None:
    """ "The house price index fell by 4.1% (-7.9% after inflation)": an index's level (the level
    as a percent of the base) is never negative, so a percent printed with its sign in a sentence
    that names an index is a change, never the index itself (the check would call it impossible)."""
    kinds = _kinds(
        "The regional house price index fell by 4.1% in 2031 (-7.9% after inflation), following "
        "a rise of 2.2% in 2030."
    )
    assert kinds["-7.9%"] != "index"
    kinds = _kinds("The export price index rose 3.4% in May (+1.2% in euro terms).")
    assert kinds["1.2%"] != "index"


def test_an_unsigned_percent_after_an_index_is_still_its_level() -> None:
    """The near miss: with no sign, the percent in a sentence naming an index is its level."""
    assert _kinds("The producer price index in May was 97.6 percent.")["97.6 percent"] == "index"


def test_a_share_of_a_plan_gives_no_period_to_the_flows_after_it() -> None:
    """The near miss of the period a change names: "9.8% of the target for 2031" names its whole's
    period (the year's plan), never the period of the spending after it, which stays January's:
    the parts are still those of January's spending."""
    text = (
        "In January the city collected revenues of 2.1 trillion rubles. Spending reached 2.5 "
        "trillion rubles, 9.4% of the target for 2031. Of these, schools took 1.1 trillion rubles, "
        "9.8% of the target for 2031; and roads came to 0.7 trillion rubles, 8.9% of the target."
    )
    sums = [r.fields["parts"] for r in draft(text).relations if r.kind == "sum"]
    assert [len(p) for p in sums if isinstance(p, list)] == [2]


def test_a_rate_of_things_counted_is_a_pace_whose_change_is_its_growth() -> None:
    """ "The annual rate of housing starts increased 12 percent in May": a count in a year, never
    a share, so its change is no change that may be in points (a false `percent-points` warning)."""
    for text in (
        "The annual rate of housing starts increased 12 percent in May.",
        "In the north the rate of new home sales fell 3.5 percent in June.",
    ):
        kinds = [c.kind for c in draft(text).claims]
        assert "change" not in kinds and "growth" in kinds


def test_a_rate_of_a_mass_noun_may_still_change_in_points() -> None:
    """The near misses: the rate of unemployment, of return on bonds, and a tax rate are rates in
    percent, whose change may be in points."""
    for text in (
        "The rate of unemployment increased 12 percent in May.",
        "The rate of return on bonds rose 2 percent in May.",
        "The rate of business tax fell 3 percent in June.",
    ):
        assert "change" in [c.kind for c in draft(text).claims]


def _left(text: str) -> list[tuple[str, str]]:
    return [(item.span.text, item.why) for item in scan(text).left]


@pytest.mark.parametrize("written", ["2004-08", "2011-11", "1995-99"])
def test_a_year_and_two_digits_after_its_dash_is_a_period(written: str) -> None:
    """ "The plan for 2004-08" (2004 to 2008) and a dateline's "2011-11" (a year's month): a period
    either way, never a range of figures left unread (a false coverage warning): two digits after
    a year's dash are below it."""
    assert _left(f"The plan for {written} cost $5 billion.") == [(written, "period")]


def test_a_range_of_two_figures_is_still_read() -> None:
    """The near miss: a range whose high end is above its low end is a figure."""
    assert [p.value for p in scan("Sales were 20-25 tonnes in May.").phrases] == ["20-25 tonnes"]


@pytest.mark.parametrize(
    "aside",
    [
        ", according to the housing agency,",
        ", according to the Ruritania Housing Corp.,",
        ", the agency said,",
    ],
)
def test_an_aside_of_who_gives_the_figure_leaves_the_base_after_it(aside: str) -> None:
    """ "rose by 1.0 percent to 274,681 units in October, according to the agency, from 270,669
    units the previous month": the aside changes nothing of what the base is (a slip the draft
    missed: 274,681 over 270,669 is a 1.5 percent rise)."""
    text = (
        "The annualized pace of housing starts rose by 1.0 percent to 274,681 units in October"
        f"{aside} from 270,669 units the previous month."
    )
    assert (
        "growth",
        {"growth": "rose by 1.0 percent", "current": "274,681", "base": "270,669"},
    ) in (relations(text))


def test_the_base_after_an_aside_tests_the_growth(tmp_path: Path) -> None:
    text = (
        "Exports rose 1.0 percent to $274.7 million in October, the ministry said, from $270.7 "
        "million in September."
    )
    assert [o for _, o in outcomes(text, tmp_path, ("growth",))] == [Outcome.FAIL]


@given(
    base=st.integers(min_value=100, max_value=9000), percent=st.integers(min_value=1, max_value=60)
)
def test_any_growth_past_an_aside_holds_as_written(base: int, percent: int) -> None:
    current = base * (100 + percent) / 100
    text = (
        f"Exports rose {percent} percent to ${current:.2f} million in 2031, the ministry said, "
        f"from ${base} million in 2030."
    )
    tied = [f for k, f in relations(text) if k == "growth"]
    assert tied == [
        {
            "growth": f"rose {percent} percent",
            "current": f"${current:.2f} million",
            "base": f"${base} million",
        }
    ]


def test_an_aside_with_a_figure_of_its_own_gives_no_base() -> None:
    """The near miss: an aside holding a figure ("according to a survey of 1,200 builders") is no
    aside of who said so; the draft leaves the base out."""
    text = (
        "The pace of housing starts rose by 1.0 percent to 274,681 units in October, according to "
        "a survey of 1,200 builders, from 270,669 units in September."
    )
    assert [f for k, f in relations(text) if k == "growth"] == [
        {"growth": "rose by 1.0 percent", "current": "274,681"}
    ]
