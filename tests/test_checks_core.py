"""The core checks (conversions and rates, missing counterparts, shares, ratios) on small files."""

from __future__ import annotations

from fractions import Fraction

import pytest

from aktobe_facts.checks import CHECKS
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.reading import fmt
from aktobe_facts.reading.interval import Interval
from aktobe_facts.reading.units import ConversionError, UnitSpec, currency, factor, lookup_unit
from aktobe_facts.relations.rates import rate_table
from conftest import findings_of, load_text

F = Fraction
KZT, USD = currency("KZT"), currency("USD")


def pair(cid: str, value: str, counterpart: str) -> str:
    return f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\ncounterpart = "{counterpart}"\n\n'


def plain(cid: str, value: str, extra: str = "") -> str:
    return f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\n{extra}\n'


def reference(rid: str, value: str) -> str:
    return f'[[reference]]\nid = "{rid}"\nvalue = "{value}"\nsource = "a central bank"\n\n'


def unit(word: str) -> UnitSpec:
    spec = lookup_unit(word)
    assert spec is not None
    return spec


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, [f.message for f in findings]
    return findings[0]


# Two conversions that agree once their rounding is respected, though not as printed:
#   85 billion tenge / US$203 million  -> [84.5e9 / 203.5e6, 85.5e9 / 202.5e6] = [415.23, 422.22]
#   2.1 billion tenge / US$4.9 million -> [2.05e9 / 4.95e6, 2.15e9 / 4.85e6]  = [414.14, 443.30]
#   printed: 418.7 and 428.6
P1 = pair("p1", "85 billion tenge", "US$203 million")
P2 = pair("p2", "2.1 billion tenge", "US$4.9 million")
COMMON = Interval(F(84_500, 203_500) * 1000, F(85_500, 202_500) * 1000)
# An outlier: 6.3 billion tenge / US$21 million -> [290.7, 309.8]
OUT = pair("out", "6.3 billion tenge", "US$21 million")


# -- conversions --------------------------------------------------------------------------------


def test_pairs_agreeing_only_within_rounding_pass_with_the_common_rate() -> None:
    doc = load_text(P1 + P2)
    estimate = rate_table(doc)[frozenset({"KZT", "USD"})]
    assert (estimate.top, estimate.bottom) == ("KZT", "USD")
    assert estimate.common == COMMON
    found = only(findings_of(P1 + P2, "conversions"))
    assert found.outcome is Outcome.PASS and found.severity is Severity.INFO
    assert found.claims == ("p1", "p2")
    assert found.line == 1
    assert "2 conversions share one rate" in found.message
    assert fmt.interval(COMMON, KZT, USD) in found.message
    assert found.rounding_only
    assert any("418.7 to 428.6" in note for note in found.notes)


def test_pairs_agreeing_as_printed_are_not_rounding_only() -> None:
    text = pair("a", "42 billion tenge", "US$100 million") + pair(
        "b", "8.4 billion tenge", "US$20 million"
    )
    found = only(findings_of(text, "conversions"))
    assert found.outcome is Outcome.PASS and not found.rounding_only and found.notes == ()


def test_clear_outlier_among_three_pairs_is_named_with_a_suggestion() -> None:
    found = only(findings_of(P1 + P2 + OUT, "conversions"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert found.claims == ("out",)
    assert found.line == 13
    assert "2 of 3 conversions share" in found.message
    assert fmt.interval(COMMON, KZT, USD) in (found.bound or "")
    # the US$ figure that fits 6.3 billion tenge at [415.23, 422.22]: about US$15 million
    assert found.suggestion is not None
    assert 'write "US$15 million" for "US$21 million"' in found.suggestion


def test_two_pairs_that_disagree_fail_once_without_blame() -> None:
    found = only(findings_of(P1 + OUT, "conversions"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert found.claims == ("p1", "out")
    assert "cannot share one rate" in found.message
    assert "no rate fits more than half of them" in found.message
    assert found.suggestion is None


def test_a_lone_pair_is_undetermined() -> None:
    found = only(findings_of(P1, "conversions"))
    assert found.outcome is Outcome.UNDETERMINED and found.severity is Severity.INFO
    assert found.claims == ("p1",)
    assert "one conversion in KZT per USD" in found.message
    assert "declare a reference rate" in found.message


def test_scale_slip_is_suggested_for_an_outlier() -> None:
    # 5.2 billion tenge is about US$12.4 million at the common rate; "US$12,400" is a slip
    slip = pair("slip", "5.2 billion tenge", "US$12,400")
    found = only(findings_of(P1 + P2 + slip, "conversions"))
    assert found.claims == ("slip",)
    assert found.suggestion is not None
    assert "off by a factor of a thousand" in found.suggestion
    assert "US$12.4 million" in found.suggestion


def test_outlier_against_pairs_with_unbounded_counterparts() -> None:
    text = (
        pair("a", "85 billion tenge", "more than US$100 million")
        + pair("a2", "2.1 billion tenge", "more than US$3 million")
        + pair("d", "9.25 billion tenge", "US$10.1 million")  # [910.8, 920.9] tenge per US$
    )
    found = only(findings_of(text, "conversions"))
    assert found.outcome is Outcome.FAIL and found.claims == ("d",)


def test_pair_with_a_counterpart_that_may_be_zero_is_reported() -> None:
    found = findings_of(pair("z", "500 million tenge", "less than US$1 million"), "conversions")
    assert [f.claims for f in found] == [("z",)]
    assert found[0].outcome is Outcome.UNDETERMINED


UNBOUNDED = pair("a", "85 billion tenge", "more than US$100 million")  # rate [0, 855]
ROOTED_IN_LOOKUP = {
    "missing-counterpart": UNBOUNDED + pair("m", "140 million tenge", "US$"),
    "ratios": UNBOUNDED
    + plain("n", "140 million tenge")
    + plain("jobs", "1,734")
    + '[[ratio]]\nid = "r"\nnumerator = "n"\ndenominator = "jobs"\n',
    "cross-rates": UNBOUNDED
    + pair("e", "US$60.1 million", "€50.2 million")
    + pair("t", "10.1 billion tenge", "more than €20.1 million"),
}


@pytest.mark.parametrize("check_id", sorted(ROOTED_IN_LOOKUP))
def test_rates_from_unbounded_counterparts_can_be_looked_up(check_id: str) -> None:
    doc = load_text(ROOTED_IN_LOOKUP[check_id])
    found = CHECKS[check_id].check(doc)
    assert found


# -- reference rates ---------------------------------------------------------------------------


def test_reference_rates_say_which_one_fits() -> None:
    text = (
        P1 + P2 + reference("end_2020", "420.5 tenge per US$") + reference("avg", "412.95 KZT/USD")
    )
    found = only(findings_of(text, "reference-rates"))
    assert found.outcome is Outcome.PASS
    assert found.claims == ("p1", "p2")
    assert "fits end_2020" in found.message
    assert "not avg" in found.message and "below it" in found.message


def test_no_reference_rate_fits_is_a_warning() -> None:
    text = (
        P1 + P2 + reference("low", "401.5 tenge per US$") + reference("high", "435.2 tenge per US$")
    )
    found = only(findings_of(text, "reference-rates"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.WARNING
    assert "fits none of the declared reference rates" in found.message
    assert "low" in found.message and "high" in found.message
    # the conversions among themselves still pass
    assert only(findings_of(text, "conversions")).outcome is Outcome.PASS


def test_a_lone_pair_is_tested_against_the_references() -> None:
    text = P1 + reference("end_2020", "420.5 tenge per US$")
    assert findings_of(text, "conversions") == []
    found = only(findings_of(text, "reference-rates"))
    assert found.outcome is Outcome.PASS and "fits end_2020" in found.message


def test_reference_written_the_other_way_round() -> None:
    # US$ per tenge: 0.002378 is about 420.5 tenge per US$
    text = P1 + P2 + reference("inverse", "0.002378 US$ per tenge")
    found = only(findings_of(text, "reference-rates"))
    assert found.outcome is Outcome.PASS and "inverse" in found.message


# -- cross rates ---------------------------------------------------------------------------------

# 42.1 billion tenge / US$100.2 million -> [419.45, 420.87] tenge per US$
# US$60.1 million / €50.2 million -> [1.1950, 1.1994] US$ per euro; through: [501.3, 504.8] tenge/€
TENGE_USD = pair("t_usd", "42.1 billion tenge", "US$100.2 million")
USD_EUR = pair("usd_eur", "US$60.1 million", "€50.2 million")


def test_cross_rates_agree() -> None:
    # 10.1 billion tenge / €20.1 million -> [501.0, 504.0]
    text = TENGE_USD + USD_EUR + pair("t_eur", "10.1 billion tenge", "€20.1 million")
    found = only(findings_of(text, "cross-rates"))
    assert found.outcome is Outcome.PASS
    assert set(found.claims) == {"t_usd", "usd_eur", "t_eur"}


def test_cross_rates_disagree() -> None:
    # 9.05 billion tenge / €20.1 million -> [448.9, 451.6], far from [501.3, 504.8]
    text = TENGE_USD + USD_EUR + pair("t_eur", "9.05 billion tenge", "€20.1 million")
    found = only(findings_of(text, "cross-rates"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert set(found.claims) == {"t_usd", "usd_eur", "t_eur"}
    assert "cross rates disagree" in found.message


def test_three_currencies_in_one_claim_agree() -> None:
    text = (
        '[[claim]]\nid = "x"\nquote = "q"\nvalue = "42.1 billion tenge"\n'
        'counterpart = ["US$100.2 million", "€85.3 million"]\n'
    )
    assert only(findings_of(text, "cross-rates")).outcome is Outcome.PASS
    assert len(rate_table(load_text(text))) == 3


# -- physical counterparts ---------------------------------------------------------------------


def test_physical_counterparts_that_agree() -> None:
    # 404 miles = [403.5, 404.5] x 1.609344 km = [649.4, 651.0] km, inside [645, 655]
    found = only(findings_of(pair("road", "650 km", "404 miles"), "unit-conversions"))
    assert found.outcome is Outcome.PASS
    assert found.claims == ("road",)
    assert "meets" in found.message


def test_physical_counterparts_that_disagree() -> None:
    # 500 miles is [450, 550] miles = [724.2, 885.1] km; 650 km is [645, 655] km
    found = only(findings_of(pair("road", "650 km", "500 miles"), "unit-conversions"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert "does not meet" in found.message
    mile = unit("miles")
    needed = Interval(F(645), F(655)).scale(F(1_000_000, 1_609_344))
    assert found.suggestion is not None
    assert fmt.interval(needed, mile) in found.suggestion


def test_physical_counterparts_of_another_dimension() -> None:
    found = only(findings_of(pair("road", "650 km", "12 hectares"), "unit-conversions"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert "cannot convert hectares (area) to km (length)" in found.message


def test_unit_factors_are_exact_and_refuse_other_dimensions() -> None:
    assert factor(unit("miles"), unit("km")) == F(1_609_344, 1_000_000)
    assert factor(unit("hectares"), unit("km²")) == F(1, 100)
    assert factor(unit("percent"), unit("percent")) == 1
    with pytest.raises(ConversionError, match=r"cannot convert hectares \(area\) to km \(length\)"):
        factor(unit("hectares"), unit("km"))
    with pytest.raises(ConversionError, match="without a declared rate"):
        factor(KZT, USD)


# -- missing counterpart ---------------------------------------------------------------------------

MISSING = pair("grants", "140 million tenge", "US$")


def test_missing_counterpart_suggests_the_value_at_the_common_rate() -> None:
    found = only(findings_of(P1 + P2 + MISSING, "missing-counterpart"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert found.claims == ("grants",)
    assert found.line == 13
    assert '"US$" has no number' in found.message
    # 140 million tenge at the middle of [415.23, 422.22] is about US$334,346; written with the
    # three significant digits the file uses for US$ figures
    assert found.suggestion is not None
    assert 'write "US$334,000"' in found.suggestion
    fitting = Interval(F(135), F(145)).scale(10**6) * COMMON.reciprocal()
    assert found.result is not None and fmt.interval(fitting, USD) in found.result
    assert any("the article's common implied rate" in s.text for s in found.inputs)


def test_missing_counterpart_at_a_reference_rate_when_no_pair_exists() -> None:
    found = only(
        findings_of(MISSING + reference("end_2020", "420.5 tenge per US$"), "missing-counterpart")
    )
    assert found.outcome is Outcome.FAIL
    # 140 million / 420.5 = 332,937: three significant digits by default
    assert found.suggestion is not None and 'write "US$333,000"' in found.suggestion
    assert any("reference 'end_2020'" in s.text for s in found.inputs)


def test_missing_counterpart_with_no_rate_is_an_error_without_suggestion() -> None:
    found = only(findings_of(MISSING, "missing-counterpart"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert found.suggestion is None
    assert "no rate between tenge and US$" in found.message


def test_no_missing_counterpart_no_finding() -> None:
    assert findings_of(P1 + P2, "missing-counterpart") == []


# -- shares --------------------------------------------------------------------------------------


def group(extra: str = "") -> str:
    return f'[[group]]\nid = "g"\nlabel = "spending"\n{extra}\n'


def member(cid: str, value: str | None, remainder: bool = False) -> str:
    text = f'[[claim]]\nid = "{cid}"\nquote = "q"\ngroup = "g"\n'
    if value is not None:
        text += f'value = "{value}"\n'
    if remainder:
        text += "remainder = true\n"
    return text + "\n"


def test_shares_over_100_even_at_the_low_ends() -> None:
    text = group() + member("a", "60 percent") + member("b", "45 percent")
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert found.claims == ("a", "b") and found.line == 1
    assert "add up to at least 104 percent" in found.message
    assert found.nearest == "4 percent too much"


def test_shares_just_fitting_by_rounding_pass() -> None:
    # 60.4 + 40 is 100.4 as printed, but [60.35, 60.45] + [39.5, 40.5] can be 100
    text = group() + member("a", "60.4 percent") + member("b", "40 percent")
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.PASS
    assert "[99.85, 100.95] percent" in found.message


def test_shares_remainder_is_reported() -> None:
    text = (
        group() + member("a", "49 percent") + member("b", "21 percent") + member("rest", None, True)
    )
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.PASS
    assert found.claims == ("a", "b", "rest")
    assert "add up to 70 percent" in found.message
    assert "'rest' is the rest, 30 percent ([29, 31] percent given the rounding)" in found.message


def test_shares_stated_remainder_that_does_not_fit() -> None:
    text = (
        group()
        + member("a", "49 percent")
        + member("b", "21 percent")
        + member("rest", "20 percent", True)
    )
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert 'the remainder "20 percent"' in found.message
    assert "[29, 31] percent" in found.message
    assert found.suggestion == "about 30 percent"


def test_shares_stated_remainder_that_fits() -> None:
    text = (
        group()
        + member("a", "49 percent")
        + member("b", "21 percent")
        + member("rest", "31 percent", True)
    )
    assert only(findings_of(text, "shares")).outcome is Outcome.PASS


def test_shares_upper_bound_member_is_not_below_zero() -> None:
    # "less than 5 percent" is [0, 5] as a share, so the rest is [4.5, 10.5], not "at least 4.5"
    text = (
        group()
        + member("a", "less than 5 percent")
        + member("b", "90 percent")
        + member("rest", "20 percent", True)
    )
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.FAIL
    assert "leave [4.5, 10.5] percent" in found.message


def test_exhaustive_group_that_cannot_reach_100() -> None:
    text = group("exhaustive = true") + member("a", "50 percent") + member("b", "40 percent")
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert "cannot be 100 percent" in found.message
    assert "[89, 91] percent" in found.message
    assert found.nearest == "9 percent away from 100"


def test_exhaustive_33_33_33_passes() -> None:
    text = (
        group("exhaustive = true")
        + member("a", "33 percent")
        + member("b", "33 percent")
        + member("c", "33 percent")
    )
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.PASS
    assert "add up to 99 percent ([97.5, 100.5] percent given the rounding)" in found.message
    assert "unnamed" not in found.message


def test_non_exhaustive_group_leaves_the_rest_unnamed() -> None:
    text = group() + member("a", "50 percent") + member("b", "40 percent")
    found = only(findings_of(text, "shares"))
    assert found.outcome is Outcome.PASS
    assert "leaving [9, 11] percent unnamed" in found.message


# -- ratios --------------------------------------------------------------------------------------


def ratio(extra: str = "", denominator: str = "jobs") -> str:
    return (
        f'[[ratio]]\nid = "per_job"\nlabel = "investment per job"\nnumerator = "inv"\n'
        f'denominator = "{denominator}"\n{extra}\n'
    )


INV = pair("inv", "85 billion tenge", "US$203 million")
JOBS = plain("jobs", "1,734")
PER_JOB_KZT = Interval(F(845 * 10**8), F(855 * 10**8)) / Interval(F(3467, 2), F(3469, 2))
PER_JOB_USD = Interval(F(2025 * 10**5), F(2035 * 10**5)) / Interval(F(3467, 2), F(3469, 2))


def test_ratio_is_an_interval_in_both_currencies() -> None:
    found = only(findings_of(INV + JOBS + ratio(), "ratios"))
    assert found.outcome is Outcome.PASS
    assert found.claims == ("inv", "jobs")
    assert fmt.interval(PER_JOB_KZT, KZT) in found.message
    assert fmt.interval(PER_JOB_USD, USD) in found.message


def test_ratio_reaches_another_currency_through_the_common_rate() -> None:
    grants = plain("inv", "140 million tenge")
    found = only(findings_of(P1 + P2 + grants + JOBS + ratio(), "ratios"))
    per_job = Interval(F(135 * 10**6), F(145 * 10**6)) / Interval(F(3467, 2), F(3469, 2))
    assert fmt.interval(per_job, KZT) in found.message
    in_usd = per_job * COMMON.reciprocal()
    assert f"{fmt.interval(in_usd, USD)} (at the article's common implied rate)" in found.message


def test_ratio_within_declared_bounds() -> None:
    found = only(
        findings_of(
            INV + JOBS + ratio('min = "40 million tenge"\nmax = "60 million tenge"'), "ratios"
        )
    )
    assert found.outcome is Outcome.PASS
    assert "within the declared" in found.message


def test_ratio_breaking_its_declared_max() -> None:
    found = only(findings_of(INV + JOBS + ratio('max = "45 million tenge"'), "ratios"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert "outside the declared" in found.message
    assert found.nearest == "nearest allowed value 45 million tenge"


def test_ratio_breaking_its_declared_min() -> None:
    found = only(findings_of(INV + JOBS + ratio('min = "50 million tenge"'), "ratios"))
    assert found.outcome is Outcome.FAIL
    assert found.nearest == "nearest allowed value 50 million tenge"


def test_ratio_bound_in_the_counterpart_currency() -> None:
    # per job [116,748, 117,393] US$: a max of US$100,000 is broken
    found = only(findings_of(INV + JOBS + ratio('max = "US$100,000"'), "ratios"))
    assert found.outcome is Outcome.FAIL
    assert fmt.interval(PER_JOB_USD, USD) in found.message
    within = only(findings_of(INV + JOBS + ratio('max = "US$118,000"'), "ratios"))
    assert within.outcome is Outcome.PASS


def test_ratio_with_a_zero_denominator() -> None:
    text = INV + plain("jobs", "zero", "exact = true") + ratio()
    found = only(findings_of(text, "ratios"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert "the denominator 'jobs' is zero" in found.message


def test_ratio_with_a_denominator_that_may_be_zero() -> None:
    for value in ("0", "up to 5"):
        found = only(findings_of(INV + plain("jobs", value) + ratio(), "ratios"))
        assert found.outcome is Outcome.UNDETERMINED and found.severity is Severity.WARNING
        assert "may be zero" in found.message


def test_ratio_lines() -> None:
    doc = load_text(INV + JOBS + ratio())
    (r,) = doc.ratios
    found = only(findings_of(INV + JOBS + ratio(), "ratios"))
    assert found.line == r.line == 12


def test_a_zero_amount_cannot_be_converted() -> None:
    found = only(findings_of(pair("z", "0 tenge", "US$5 million"), "conversions"))
    assert found.outcome is Outcome.FAIL and found.severity is Severity.ERROR
    assert found.message == '"0 tenge" cannot be "US$5 million" at any exchange rate'


def test_a_negative_amount_cannot_be_converted() -> None:
    found = only(findings_of(pair("n", "-5 billion tenge", "US$5 million"), "conversions"))
    assert found.outcome is Outcome.FAIL and "cannot be negative" in found.message
