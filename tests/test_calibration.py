"""Calibrated verdicts: scale slips against declared and built-in rates, and the seed's findings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.checks._scale import calibrate
from aktobe_facts.exact import Fraction
from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.interval import Interval
from aktobe_facts.loader import load
from conftest import ROOT, findings_of


def pair(cid: str, value: str, counterpart: str, extra: str = "") -> str:
    return (
        f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\n'
        f'counterpart = "{counterpart}"\n{extra}\n'
    )


def reference(value: str) -> str:
    return f'[[reference]]\nid = "cbu"\nvalue = "{value}"\nsource = "a central bank"\n\n'


SLIPPED = pair("grant", "2.4 trillion soums", "$190,000")
RIGHT = pair("loan", "1.2 trillion soums", "$95 million")


def test_the_seed_keeps_exactly_its_errors_and_warnings() -> None:
    problems = sorted(
        (f.check, f.severity.value, f.claims)
        for f in check_document(load(ROOT / "claims.toml"))
        if f.is_problem and f.severity is not Severity.INFO
    )
    assert problems == [
        ("missing-counterpart", "error", ("startup_grants_worth",)),
        ("percent-points", "warning", ("road_condition_change",)),
        ("plausibility", "warning", ("housing_commissioned", "aktobe_population",
                                     "kz_housing_per_person_2020")),
    ]  # fmt: skip


def test_a_rate_off_the_declared_reference_by_a_thousand_is_an_error_with_the_figure() -> None:
    (f,) = findings_of(SLIPPED + reference("12,650 soums per US$"), "reference-rates")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.claims == ("grant",) and "factor of a thousand" in f.message
    assert f.suggestion == 'did the article mean "US$190 million" for "$190,000"?'


def test_the_reference_names_the_slipped_pair_when_the_pairs_share_no_rate() -> None:
    found = findings_of(SLIPPED + RIGHT + reference("12,650 soums per US$"))
    (conversions,) = [f for f in found if f.check == "conversions"]
    assert conversions.severity is Severity.ERROR and "no rate fits more than half" in (
        conversions.message
    )
    (slip,) = [f for f in found if f.check == "reference-rates"]
    assert slip.claims == ("grant",) and slip.severity is Severity.ERROR


def test_a_rate_of_another_date_is_a_warning_never_a_slip() -> None:
    # 2.4 trillion soums for $190 million is 12,632 per US$; the reference is 2.3 times that
    (f,) = findings_of(pair("a", "2.4 trillion soums", "$190 million") + reference("29,000 UZS/USD"),
                       "reference-rates")  # fmt: skip
    assert f.severity is Severity.WARNING and "thousand" not in f.message


def test_a_rate_neither_near_nor_a_power_of_a_thousand_off_is_no_slip() -> None:
    # 150 times the reference: not a scale word's slip (a thousand), so only "fits none"
    (f,) = findings_of(pair("a", "1.9 trillion soums", "$1 million") + reference("12,650 UZS/USD"),
                       "reference-rates")  # fmt: skip
    assert f.severity is Severity.WARNING and f.suggestion is None


positive = st.fractions(min_value=Fraction(1, 10**4), max_value=10**6)


@given(positive, st.fractions(min_value=Fraction(1, 30), max_value=30), positive)
def test_a_rate_within_a_factor_of_30_is_never_a_slip(
    reference: Fraction, factor: Fraction, width: Fraction
) -> None:
    ref = Interval.point(reference)
    rate = Interval(reference * factor, reference * factor + width)
    found = calibrate(rate, ref)
    assert found is not None and found.verdict == "near"


@given(positive, st.sampled_from([3, -3, 6, -6, 9, -9]), st.fractions(min_value=Fraction(1, 5),
       max_value=5))  # fmt: skip
def test_a_rate_a_power_of_a_thousand_off_is_a_slip(
    reference: Fraction, power: int, factor: Fraction
) -> None:
    rate = Interval.point(reference * factor * Fraction(10) ** power)
    found = calibrate(rate, Interval.point(reference))
    assert found is not None and found.verdict == "slip" and found.power == -power
