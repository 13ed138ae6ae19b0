"""The part-share check: an amount and the percent it is of its whole."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of

ID = "part-share"


GROUP = """
        [[group]]
        id = "by_project"
        of = "investment"

        [[claim]]
        id = "other_share"
        quote = "and other projects"
        kind = "share"
        group = "by_project"
        remainder = true
"""


def doc(
    amount: str = "138.2 billion tenge",
    share: str = "21.4 percent",
    whole: str = "646.8 billion tenge",
    in_group: bool = False,
    extra: str = "",
) -> str:
    link = 'group = "by_project"' if in_group else 'of = "investment"'
    group = GROUP if in_group else ""
    return f"""
        [[claim]]
        id = "investment"
        quote = "{whole}"
        value = "{whole}"
        kind = "amount"
        {group}
        [[claim]]
        id = "projects_share"
        quote = "{share} of the investment"
        value = "{share}"
        kind = "share"
        {link}

        [[claim]]
        id = "projects_worth"
        quote = "worth {amount}"
        value = "{amount}"
        kind = "amount"
        share = "projects_share"
        {extra}
    """


def test_an_amount_that_is_its_share_passes() -> None:
    (f,) = findings_of(doc(), ID)
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("projects_worth", "projects_share", "investment")
    assert f.result == "[21.3573, 21.3761] percent"
    assert f.bound == "[21.35, 21.45] percent"
    assert not f.rounding_only


def test_the_whole_may_come_from_the_group() -> None:
    (f,) = findings_of(doc(in_group=True), ID)
    assert f.outcome is Outcome.PASS and f.claims[-1] == "investment"


def test_a_wrong_share_fails_with_the_share_and_the_amount_that_fit() -> None:
    (f,) = findings_of(doc(share="25 percent"), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.claims == ("projects_worth", "projects_share", "investment")
    assert f.result == "[21.3573, 21.3761] percent"
    assert f.bound == "[24.5, 25.5] percent"
    assert "[158.454, 164.947] billion tenge" in f.message  # 24.5..25.5 % of 646.75..646.85
    assert f.nearest is not None and "21.3761 percent" in f.nearest
    assert f.suggestion is not None
    assert 'write "21 percent" as the share' in f.suggestion
    assert '"161.7 billion tenge"' in f.suggestion


def test_rounding_only_pass() -> None:
    # 138 / 646.8 is 21.34 percent as printed, just below 21.4's [21.35, 21.45]
    (f,) = findings_of(doc(amount="138 billion tenge"), ID)
    assert f.outcome is Outcome.PASS
    assert f.rounding_only
    assert f.margin is not None and "21.3358 percent" in f.margin
    assert any("only thanks to rounding" in n for n in f.notes)


def test_a_same_currency_counterpart_is_used_before_a_rate() -> None:
    text = doc(amount="US$328 million", whole="646.8 billion tenge")
    text = text.replace(
        'value = "646.8 billion tenge"',
        'value = "646.8 billion tenge"\ncounterpart = "US$1.5 billion"',
    )
    (f,) = findings_of(text, ID)
    assert f.outcome is Outcome.PASS
    assert not any(s.label == "whole" for s in f.inputs)


REFERENCE = """
    [[reference]]
    id = "nbk"
    value = "420.91 tenge per US$"
    source = "National Bank of Kazakhstan"
"""


def test_currencies_are_converted_at_a_declared_rate() -> None:
    (f,) = findings_of(doc(amount="US$328 million", share="21 percent") + REFERENCE, ID)
    assert f.outcome is Outcome.PASS
    whole = next(s for s in f.inputs if s.label == "whole")
    assert "reference 'nbk'" in whole.text and "US$" in whole.text


def test_a_mismatch_at_a_reference_rate_only_is_undetermined() -> None:
    (f,) = findings_of(doc(amount="US$328 million", share="25 percent") + REFERENCE, ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert "at the declared reference rate" in f.message
    assert f.result == "[21.3104, 21.3793] percent"


def test_a_mismatch_at_the_articles_own_rate_fails() -> None:
    pair = """
        [[claim]]
        id = "other"
        quote = "421.3 billion tenge (US$1.00 billion)"
        value = "421.3 billion tenge"
        counterpart = "US$1.00 billion"
    """
    (f,) = findings_of(doc(amount="US$328 million", share="25 percent") + pair, ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    whole = next(s for s in f.inputs if s.label == "whole")
    assert "the article's common implied rate" in whole.text


def test_no_rate_is_undetermined() -> None:
    (f,) = findings_of(doc(amount="€50 million", share="3 percent"), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert "no known conversion" in f.message


def test_a_share_without_a_whole_is_undetermined() -> None:
    text = doc().replace('of = "investment"', "")
    (f,) = findings_of(text, ID)
    assert f.outcome is Outcome.UNDETERMINED and "names no whole" in f.message


def test_a_share_not_in_percent_is_undetermined() -> None:
    (f,) = findings_of(doc(share="21.4 percentage points"), ID)
    assert f.outcome is Outcome.UNDETERMINED and "states no percent" in f.message


@given(
    whole=st.integers(min_value=10, max_value=99_999),
    share=st.integers(min_value=1, max_value=999),
)
def test_an_amount_computed_from_its_share_and_rounded_always_passes(
    whole: int, share: int
) -> None:
    w = Decimal(whole).scaleb(-1)  # 1.0 .. 9,999.9 billion
    s = Decimal(share).scaleb(-1)  # 0.1 .. 99.9 percent
    amount = (w * s / 100).quantize(Decimal("0.001"), rounding=ROUND_HALF_EVEN)
    text = doc(
        amount=f"{amount:,f} billion tenge", share=f"{s:f} percent", whole=f"{w:,f} billion tenge"
    )
    (f,) = findings_of(text, ID)
    assert f.outcome is Outcome.PASS, f.message
