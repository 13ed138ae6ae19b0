"""A month, a quarter, a half-year and a year are different averaging periods: conversions share
one rate per stated span, not per calendar year.

The figures are made up in the shape of a Turkish budget report of July 2019 that converts June at
about 5.8 liras per dollar and the first half at about 5.6.
"""

from __future__ import annotations

from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.solve.wiring import compile_file
from conftest import findings_of, load_text
from test_period_rates import joint_rates

SETTINGS = '[settings]\ncurrencies = { "liras" = "TRY", "euros" = "EUR" }\n\n'


def pair(cid: str, value: str, counterpart: str, period: str | None) -> str:
    when = "" if period is None else f'period = "{period}"\n'
    return (
        f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\n'
        f'counterpart = "{counterpart}"\n{when}\n'
    )


def reference(rid: str, value: str, date: str) -> str:
    return f'[[reference]]\nid = "{rid}"\nvalue = "{value}"\ndate = "{date}"\nsource = "s"\n\n'


def problems(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_problem and f.severity is not Severity.INFO]


# June at 5.79 to 5.81 liras per dollar, the half-year at 5.599 to 5.601
JUNE = pair("rev_june", "71.5 billion liras", "$12.33 billion", "2019-06") + pair(
    "exp_june", "74.4 billion liras", "$12.83 billion", "2019-06"
)
HALF = pair("rev_h1", "447.2 billion liras", "$79.86 billion", "2019-H1") + pair(
    "exp_h1", "526.0 billion liras", "$93.93 billion", "2019-01/2019-06"
)


def test_june_and_the_first_half_keep_their_own_rates() -> None:
    found = findings_of(SETTINGS + JUNE + HALF, "conversions")
    assert problems(found) == []
    passes = sorted(f.message for f in found if f.outcome is Outcome.PASS)
    assert len(passes) == 2
    assert "share one rate in 2019-06" in passes[0]
    assert "share one rate in 2019-H1" in passes[1]


def test_one_span_written_two_ways_is_one_period() -> None:
    """'2019-H1' and '2019-01/2019-06' are one span: their conversions share one rate."""
    wrong = pair("wrong_h1", "100.0 billion liras", "$17.5 billion", "2019-01 / 2019-06")
    found = problems(
        findings_of(
            SETTINGS + HALF + pair("x", "56.0 billion liras", "$10.0 billion", "2019-H1") + wrong,
            "conversions",
        )
    )
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert found[0].claims == ("wrong_h1",)


def test_a_june_pair_off_the_june_rate_still_fails() -> None:
    wrong = pair("wrong_june", "60.0 billion liras", "$10.71 billion", "2019-06")  # 5.60
    found = problems(findings_of(SETTINGS + JUNE + HALF + wrong, "conversions"))
    assert [f.claims for f in found] == [("wrong_june",)]
    assert found[0].severity is Severity.ERROR


def test_the_joint_system_has_one_rate_per_span() -> None:
    labels, witness = joint_rates(SETTINGS + JUNE + HALF)
    assert labels == {"conversions:TRY/USD@2019-06", "conversions:TRY/USD@2019-H1"}
    assert witness["rate:TRY/USD@2019-H1"] < witness["rate:TRY/USD@2019-06"]


def test_an_undated_pair_beside_two_spans_stands_alone() -> None:
    undated = pair("undated", "57.0 billion liras", "$10.0 billion", None)  # 5.7: either could be
    found = findings_of(SETTINGS + JUNE + HALF + undated, "conversions")
    assert problems(found) == []
    assert any("no period" in f.message and f.claims == ("undated",) for f in found)


def test_a_scale_slip_in_a_lone_month_is_caught_by_the_built_in_table() -> None:
    slip = pair("slip", "2.9 billion liras", "$500,000", "2019-05")  # 5,800 liras per dollar
    found = problems(findings_of(SETTINGS + JUNE + HALF + slip, "rate-magnitudes"))
    assert [f.claims for f in found] == [("slip",)]
    assert found[0].severity is Severity.ERROR


def test_a_reference_of_the_month_is_not_the_half_years() -> None:
    refs = reference("june_rate", "5.80 liras per US$", "2019-06") + reference(
        "h1_rate", "5.60 liras per US$", "2019-H1"
    )
    found = findings_of(SETTINGS + JUNE + HALF + refs, "reference-rates")
    assert problems(found) == []
    june = next(f for f in found if set(f.claims) == {"rev_june", "exp_june"})
    half = next(f for f in found if set(f.claims) == {"rev_h1", "exp_h1"})
    assert "june_rate" in june.message and "h1_rate" not in june.message
    assert "h1_rate" in half.message and "june_rate" not in half.message


def test_a_cross_rate_ties_legs_of_one_span_only() -> None:
    euros = pair("eur_june", "13.0 billion euros", "$14.6 billion", "2019-06") + pair(
        "try_eur_h1", "80.0 billion liras", "12.5 billion euros", "2019-H1"
    )
    found = findings_of(SETTINGS + JUNE + HALF + euros, "cross-rates")
    assert problems(found) == []  # 5.8 / (14.6 / 13.0) is not 6.4: but June is not the half
    system = compile_file(load_text(SETTINGS + JUNE + HALF + euros), everything=True).system
    assert not any(c.relation.startswith("cross-rates") for c in system.constraints)
