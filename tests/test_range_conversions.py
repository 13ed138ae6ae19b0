"""A range converted into another currency is tested end to end: "PLN 3-10bn (EUR 0.7-2.4bn)" is
3 to 0.7 and 10 to 2.4 at one rate, so a slip in one end is an error naming that end, in a hand
file, in the joint solver and in an article drafted from text (issues 12 and 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.numbers import parse
from aktobe_facts.reading.quantities import range_ends, read
from conftest import findings_of


def _claim(value: str, counterpart: str, cid: str = "deal") -> str:
    return (
        f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\ncounterpart = "{counterpart}"\n'
    )


def test_the_ends_of_a_range_are_read_to_its_step() -> None:
    ends = range_ends(read(parse("PLN 3-10bn")))
    assert ends is not None
    low, high = ends
    assert low.require() == Interval(Fraction(2_500_000_000), Fraction(3_500_000_000))
    assert high.require() == Interval(Fraction(9_500_000_000), Fraction(10_500_000_000))
    assert high.text == "PLN 3-10bn (high end)" and high.unit is not None
    assert range_ends(read(parse("PLN 3bn"))) is None
    assert range_ends(read(parse("up 3-5 percent"))) is None


@pytest.mark.parametrize(
    ("euros", "end"), [("EUR 0.7-24bn", "high end"), ("EUR 0.07-2.4bn", "low end")]
)
def test_a_slip_in_one_end_is_an_error_naming_that_end(euros: str, end: str) -> None:
    # one interval [2.5, 10.5] against [0.65, 24.5] would meet; end to end they cannot share a rate
    found = [f for f in findings_of(_claim("PLN 3-10bn", euros)) if f.outcome is Outcome.FAIL]
    assert found, "the slip passed"
    assert any(f.severity is Severity.ERROR for f in found)
    assert any(end in f.message for f in found), [f.message for f in found]


def test_a_consistent_range_passes_end_to_end() -> None:
    found = findings_of(_claim("PLN 3-10bn", "EUR 0.7-2.4bn"), "conversions")
    assert found and all(f.outcome is Outcome.PASS for f in found), [f.message for f in found]


def test_the_slipped_end_is_the_outlier_among_other_conversions() -> None:
    text = _claim("PLN 3-10bn", "EUR 0.7-24bn") + _claim("PLN 43bn", "EUR 10bn", "budget")
    (outlier,) = [f for f in findings_of(text, "conversions") if f.outcome is Outcome.FAIL]
    assert "EUR 0.7-24bn (high end)" in outlier.message
    suggestion = outlier.suggestion or ""  # 10 billion zlotys at about 4.3 per euro
    assert 'for "EUR 0.7-24bn (high end)"' in suggestion and "billion euros" in suggestion


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=90),  # the rate, in tenths of a zloty per euro
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=2, max_value=9),
    st.sampled_from([10, 100, 1000]),
)
def test_end_to_end_fails_exactly_when_one_end_is_scaled(
    rate: int, low: int, times: int, slip: int
) -> None:
    high = low * times
    pln = f"PLN {low}-{high}bn"

    def eur(x: int) -> str:
        return f"{x * 10 / rate:.2f}"

    good = _claim(pln, f"EUR {eur(low)}-{eur(high)}bn")
    assert all(f.outcome is not Outcome.FAIL for f in findings_of(good, "conversions"))
    slipped = _claim(pln, f"EUR {eur(low)}-{float(eur(high)) * slip:.2f}bn")
    assert any(f.outcome is Outcome.FAIL for f in findings_of(slipped, "conversions"))


def test_the_joint_solver_takes_the_ends_too() -> None:
    from aktobe_facts.relations.conversion import tests
    from aktobe_facts.relations.terms import figure
    from conftest import load_text

    doc = load_text(_claim("PLN 3-10bn", "EUR 0.7-24bn"))
    (relation,) = [r for r in doc.relations if r.kind == "conversion"]
    found = tests(doc, relation)
    names = [getattr(t.constraint.left, "name", None) for t in found]
    assert names == ["deal~low", "deal~high"]
    low = figure(doc, "deal@EUR~low")
    assert low is not None and low.interval.hi == 750_000_000  # 0.7 billion to the range's step
    # one rate variable for both ends: no value of it converts both
    assert len({str(t.constraint.right) for t in found}) == 2
    joint = [f for f in findings_of(_claim("PLN 3-10bn", "EUR 0.7-24bn")) if f.check == "joint"]
    assert all(f.outcome is not Outcome.PASS for f in joint)


def test_an_article_with_a_slipped_range_is_caught_from_its_text(tmp_path: Path) -> None:
    from aktobe_facts.api import check_file

    article = tmp_path / "article.txt"
    text = "The ministry put the cost of the programme at PLN 3-10bn (EUR {}) over a decade.\n"
    article.write_text(text.format("0.7-24bn"), encoding="utf-8")
    findings = check_file(article).findings
    assert any(f.outcome is Outcome.FAIL and "high end" in f.message for f in findings)
    article.write_text(text.format("0.7-2.4bn"), encoding="utf-8")
    assert all(f.outcome is not Outcome.FAIL for f in check_file(article).findings)
