"""The growth check: current = base × (1 + g/100), with intervals."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of

ID = "growth"


def doc(growth: str, base: str | None = None, current: str = "646.8 billion tenge") -> str:
    counterpart = 'counterpart = "US$1.5 billion"' if current.endswith("tenge") else ""
    base_claim = (
        f"""
        [[claim]]
        id = "inv_2019"
        quote = "{base}"
        value = "{base}"
        kind = "amount"
        period = "2019"
        """
        if base is not None
        else ""
    )
    return f"""
        [[claim]]
        id = "inv"
        quote = "{current}"
        value = "{current}"
        {counterpart}
        kind = "amount"
        period = "2020"
        {base_claim}
        [[claim]]
        id = "g"
        quote = "{growth} more compared to 2019"
        value = "{growth}"
        kind = "growth"
        of = "inv"
        base_period = "2019"
        {'base = "inv_2019"' if base is not None else ""}
    """


def test_implied_base_in_every_currency() -> None:
    (f,) = findings_of(doc("6.6 percent"), ID)
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("g", "inv")
    assert "6.6 percent more than in 2019" in f.message
    assert "implies a 2019 value of [606.423, 607.086] billion tenge" in f.message
    assert "US$[1.35959, 1.45472] billion" in f.message
    assert [s.label for s in f.inputs][:3] == ["g", "inv", "inv"]


def test_a_fall_implies_a_larger_base() -> None:
    (f,) = findings_of(doc("-3 percent"), ID)
    assert f.outcome is Outcome.PASS
    assert "3 percent less than in 2019" in f.message
    # 646.8 / [0.965, 0.975]: "-3 percent" is read to the unit
    assert "[663.333, 670.311] billion tenge" in f.message


def test_stated_base_that_fits_passes() -> None:
    (f,) = findings_of(doc("6.6 percent", "606.8 billion tenge"), ID)
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("g", "inv", "inv_2019")
    assert f.result == "[6.57494, 6.60898] percent"
    assert not f.rounding_only and f.margin is None


def test_stated_base_that_does_not_fit_fails_with_the_fitting_growth_and_base() -> None:
    (f,) = findings_of(doc("6.6 percent", "606.3 billion tenge"), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.claims == ("g", "inv", "inv_2019")
    assert f.result == "[6.66282, 6.69691] percent"
    assert f.bound == "[6.55, 6.65] percent"
    assert f.nearest is not None and "6.66282 percent" in f.nearest
    assert f.suggestion is not None
    assert 'write "6.7 percent" for the growth' in f.suggestion
    assert '"606.8 billion tenge"' in f.suggestion
    assert "[606.423, 607.086] billion tenge" in f.suggestion


def test_rounding_only_pass() -> None:
    # 107.1 / 100.4 is 6.67 percent as printed, outside [6.55, 6.65]; the roundings reach 6.57
    (f,) = findings_of(doc("6.6 percent", "100.4 million tenge", "107.1 million tenge"), ID)
    assert f.outcome is Outcome.PASS
    assert f.rounding_only
    assert f.margin is not None and "6.67331 percent" in f.margin
    assert any("only thanks to rounding" in n for n in f.notes)


def test_units_are_converted_exactly() -> None:
    (f,) = findings_of(doc("6.6 percent", "403.9 miles", "693 kilometers"), ID)
    assert f.outcome is Outcome.PASS
    assert any(s.label == "base" and "exact unit conversion" in s.text for s in f.inputs)


def test_base_in_another_currency_is_undetermined() -> None:
    text = doc("6.6 percent", "US$1.4 billion").replace('counterpart = "US$1.5 billion"', "")
    (f,) = findings_of(text, ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert "not stated in one unit" in f.message


def test_a_mismatch_through_counterparts_only_is_undetermined() -> None:
    # the base is stated in US$ only: in US$ the change of the exchange rate enters the growth
    (f,) = findings_of(doc("6.6 percent", "US$1.7 billion"), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert "exchange rate" in f.message and f.result == "[-17.1429, -6.06061] percent"


def test_base_only_implies_the_current_value() -> None:
    text = doc("6.6 percent", "606.8 billion tenge").replace('of = "inv"', "")
    (f,) = findings_of(text, ID)
    assert f.outcome is Outcome.PASS
    assert f.claims == ("g", "inv_2019")
    assert "imply a current value of [646.492, 647.206] billion tenge" in f.message


def test_growth_in_points_is_not_this_checks_business() -> None:
    found = findings_of(doc("6.6 percentage points") + doc_extra(), ID)
    assert [f.claims for f in found] == [("g2", "inv")]


def doc_extra() -> str:
    return """
        [[claim]]
        id = "g2"
        quote = "up 5 percent"
        value = "5 percent"
        kind = "growth"
        of = "inv"
    """


def _round(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


@given(
    base=st.integers(min_value=10_000, max_value=9_999_999),
    growth=st.integers(min_value=-500, max_value=900),
)
def test_rounded_figures_of_a_true_growth_always_pass(base: int, growth: int) -> None:
    b = Decimal(base).scaleb(-1)  # one decimal: 1,000.0 .. 999,999.9
    g = Decimal(growth).scaleb(-1)  # -50.0 .. 90.0 percent
    current = _round(b * (1 + g / 100), 1)
    (f,) = findings_of(doc(f"{g:f} percent", f"{b:,f} tenge", f"{current:,f} tenge"), ID)
    assert f.outcome is Outcome.PASS, f.message


def test_a_value_in_real_terms_is_never_compared_with_nominal_amounts() -> None:
    """ "grew 6.2 percent in real terms" next to nominal amounts that grew 14 percent: not tested
    (info), where the same growth without "in real terms", or "in nominal terms", fails."""
    amounts = ("70.3 billion lari", "80.4 billion lari")
    (real,) = findings_of(doc("grew 6.2 percent in real terms", *amounts), ID)
    assert real.outcome is Outcome.UNDETERMINED and real.severity is Severity.INFO
    assert "real terms" in real.message
    for nominal in ("grew 6.2 percent", "6.2 percent in nominal terms"):
        (tested,) = findings_of(doc(nominal, *amounts), ID)
        assert tested.outcome is Outcome.FAIL


def test_a_fall_word_makes_the_growth_negative() -> None:
    """ "fell 9 percent" is a growth of -9 percent: 64.3 -> 58.5 fits, 64.3 -> 70.1 does not."""
    for fall in ("fell 9 percent", "down 9 percent", "declined by 9 percent", "-9 percent"):
        (fits,) = findings_of(doc(fall, "64.3 billion lari", "58.5 billion lari"), ID)
        assert fits.outcome is Outcome.PASS
        (rise,) = findings_of(doc(fall, "64.3 billion lari", "70.1 billion lari"), ID)
        assert rise.outcome is Outcome.FAIL
