"""A failed percent notes when it is the computed value cut short instead of rounded."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.checks._cutoff import cut_interval
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.exact import Fraction
from conftest import findings_of
from test_check_growth import doc as growth_doc
from test_check_part_share import doc as share_doc
from test_check_whole_share import territory

CUT = "cut off, not rounded"


def _cut(x: Fraction, step: Fraction) -> Fraction:
    # towards zero, to a multiple of step
    return Fraction(math.trunc(x / step)) * step


@given(
    st.fractions(min_value=-1000, max_value=1000, max_denominator=10_000),
    st.sampled_from([Fraction(1), Fraction(1, 10), Fraction(1, 100), Fraction(1, 1000)]),
)
def test_the_cut_interval_holds_exactly_the_values_cut_to_the_figure(
    x: Fraction, step: Fraction
) -> None:
    value = _cut(x, step)
    interval, excluded = cut_interval(value, step)
    assert interval.contains(x) and x not in excluded
    # a neighbouring figure's interval does not hold it (its ends at most, excluded there)
    for other in (value - step, value + step):
        near, left_out = cut_interval(other, step)
        assert not near.contains(x) or x in left_out


def test_a_growth_cut_short_says_so_and_stays_an_error() -> None:
    # 646.8 / 606.3 - 1 = 6.6798...: cut short to 6.67, rounded 6.68
    (f,) = findings_of(
        growth_doc("6.67 percent", base="606.300 billion tenge", current="646.800 billion tenge"),
        "growth",
    )
    assert f.outcome is Outcome.FAIL
    assert f.suggestion is not None and '"6.68 percent"' in f.suggestion
    assert any(CUT in n and '"6.67 percent"' in n for n in f.notes)


def test_a_growth_off_by_more_than_the_last_digit_has_no_such_note() -> None:
    (f,) = findings_of(
        growth_doc("6.66 percent", base="606.300 billion tenge", current="646.800 billion tenge"),
        "growth",
    )
    assert f.outcome is Outcome.FAIL
    assert not any(CUT in n for n in f.notes)
    # rounded up past the value is no cut either
    (g,) = findings_of(
        growth_doc("6.69 percent", base="606.300 billion tenge", current="646.800 billion tenge"),
        "growth",
    )
    assert g.outcome is Outcome.FAIL and not any(CUT in n for n in g.notes)


def test_a_fall_cut_short_towards_zero() -> None:
    # 600 / 646.8 - 1 = -7.2356...: a fall of 7.23 is it cut short, 7.24 rounded
    (f,) = findings_of(
        growth_doc("-7.23 percent", base="646.800 billion tenge", current="600.000 billion tenge"),
        "growth",
    )
    assert f.outcome is Outcome.FAIL and any(CUT in n for n in f.notes)
    (g,) = findings_of(
        growth_doc("-7.22 percent", base="646.800 billion tenge", current="600.000 billion tenge"),
        "growth",
    )
    assert g.outcome is Outcome.FAIL and not any(CUT in n for n in g.notes)


def test_a_share_of_a_part_cut_short() -> None:
    # 138.2 / 646.8 = 21.3667...: 21.36 cut short (21.37 rounded)
    (f,) = findings_of(
        share_doc(
            share="21.36 percent", amount="138.200 billion tenge", whole="646.800 billion tenge"
        ),
        "part-share",
    )
    assert f.outcome is Outcome.FAIL and any(CUT in n for n in f.notes)
    (g,) = findings_of(
        share_doc(
            share="21.35 percent", amount="138.200 billion tenge", whole="646.800 billion tenge"
        ),
        "part-share",
    )
    assert g.outcome is Outcome.FAIL and not any(CUT in n for n in g.notes)


def test_a_share_of_a_whole_cut_short() -> None:
    # 300,600 / 2,724,900 = 11.03160...: 11.031 cut short (11.032 rounded); 11.030 neither
    (f,) = findings_of(
        territory("11.031 percent", region="300,600.0 km²", country="2,724,900.0 km²"),
        "share-of-whole",
    )
    assert f.outcome is Outcome.FAIL and any(CUT in n for n in f.notes)
    (g,) = findings_of(
        territory("11.030 percent", region="300,600.0 km²", country="2,724,900.0 km²"),
        "share-of-whole",
    )
    assert g.outcome is Outcome.FAIL and not any(CUT in n for n in g.notes)
