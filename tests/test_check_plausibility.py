"""The plausibility check: a ratio near its expected norm, or a slipped scale word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of

NORM = """
    [[reference]]
    id = "kz_housing_per_person"
    value = "0.8 square meters per person"
    source = "Bureau of National Statistics of Kazakhstan"
"""


def housing(
    value: str, population: str = "about 900,000 people", norm: str = NORM, extra: str = ""
) -> str:
    return f"""
        [[claim]]
        id = "housing"
        quote = "{value} of housing were commissioned"
        value = "{value}"
        kind = "amount"
        subject = "housing"

        [[reference]]
        id = "population"
        value = "{population}"
        source = "Bureau of National Statistics of Kazakhstan"

        {norm}

        [[ratio]]
        id = "housing_per_person"
        label = "housing per person"
        numerator = "housing"
        denominator = "population"
        expect = "kz_housing_per_person"
        {extra}
    """


def test_the_seed_figure_is_a_thousand_too_small() -> None:
    (f,) = findings_of(housing("1,040 square meters"), "plausibility")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.WARNING
    assert f.claims == ("housing", "population", "kz_housing_per_person")
    assert f.suggestion == (
        "1,040 square meters of housing for about 900,000 people is about 0.0012 square meters "
        "a person; the norm is 0.8: did the article mean 1,040 thousand square meters?"
    )
    assert "690 times below" in f.message and "a thousand" in f.message
    assert f.nearest == "'housing' as 1,040 thousand square meters"


def test_a_plausible_figure_passes() -> None:
    (f,) = findings_of(housing("1,040 thousand square meters"), "plausibility")
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.result is not None and "square meters per person" in f.result


def test_units_are_converted_exactly() -> None:
    # 104 hectares is 1,040,000 square meters: the same plausible figure in other units.
    (f,) = findings_of(housing("104 hectares"), "plausibility")
    assert f.outcome is Outcome.PASS


def test_a_bare_count_denominator_is_per_head() -> None:
    (f,) = findings_of(housing("1.04 million square meters", "about 900,000"), "plausibility")
    assert f.outcome is Outcome.PASS


def test_a_million_too_large_suggests_a_smaller_scale_word() -> None:
    (f,) = findings_of(housing("1,040 billion square meters"), "plausibility")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.WARNING
    assert f.suggestion is not None and "1,040 thousand square meters?" in f.suggestion
    assert "a million" in f.message


def test_off_by_a_factor_without_a_scale_slip() -> None:
    (f,) = findings_of(housing("30 million square meters"), "plausibility")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.WARNING
    assert "off by a factor of about 42 from the norm" in f.message
    assert f.suggestion is not None and "did the article mean" not in f.suggestion


def test_a_denominator_claim_is_rescaled_when_the_numerator_is_a_reference() -> None:
    text = (
        """
        [[claim]]
        id = "population"
        quote = "900 people live in the region"
        value = "900 people"

        [[reference]]
        id = "housing"
        value = "1,040 thousand square meters"
        source = "Bureau of National Statistics of Kazakhstan"
    """
        + NORM.replace("\n    ", "\n        ")
        + """
        [[ratio]]
        id = "housing_per_person"
        numerator = "housing"
        denominator = "population"
        expect = "kz_housing_per_person"
    """
    )
    (f,) = findings_of(text, "plausibility")
    assert f.suggestion is not None and f.suggestion.endswith(
        "did the article mean 900 thousand people?"
    )


def test_incompatible_units_are_undetermined() -> None:
    norm = NORM.replace("square meters per person", "tenge per person")
    (f,) = findings_of(housing("1,040 square meters", norm=norm), "plausibility")
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING


def test_ratios_check_leaves_expect_only_ratios_alone() -> None:
    text = housing("1,040 square meters")
    assert findings_of(text, "ratios") == []
    assert [f.check for f in findings_of(text, "plausibility")] == ["plausibility"]
    bounded = housing("1,040 square meters", extra='max = "10 square meters"')
    assert len(findings_of(bounded, "ratios")) == 1


@given(st.integers(100, 5000))
def test_a_thousand_times_smaller_figure_always_gets_the_thousand_suggestion(n: int) -> None:
    # n thousand square meters for 900,000 people is n/900 square meters a person: plausible.
    (ok,) = findings_of(housing(f"{n:,} thousand square meters", "900,000 people"), "plausibility")
    assert ok.outcome is Outcome.PASS
    (f,) = findings_of(housing(f"{n:,} square meters", "900,000 people"), "plausibility")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.WARNING
    assert f.suggestion is not None
    assert f.suggestion.endswith(f"did the article mean {n:,} thousand square meters?")
