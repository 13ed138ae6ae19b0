"""The GRIM check: a percentage of a count must be a whole fraction of it."""

from __future__ import annotations

import time
from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of

ID = "grim"


def doc(share: str, count: str, kind: str = "count", extra: str = "") -> str:
    return f"""
        [[claim]]
        id = "projects"
        quote = "{count} investment projects"
        value = "{count}"
        kind = "{kind}"
        {extra}

        [[claim]]
        id = "projects_in_mining"
        quote = "{share} of them in mining"
        value = "{share}"
        kind = "share"
        of = "projects"
    """


def test_a_whole_fraction_passes_with_a_witness() -> None:
    (f,) = findings_of(doc("34.8 percent", "23"), ID)
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("projects_in_mining", "projects")
    assert f.result == "8 of 23 = 34.7826 percent"


def test_an_impossible_percentage_fails_with_the_nearest_ones() -> None:
    (f,) = findings_of(doc("34.9 percent", "23"), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.claims == ("projects_in_mining", "projects")
    assert "8 of 23 = 34.7826 percent, 9 of 23 = 39.1304 percent" in f.message
    assert f.bound == "[34.85, 34.95] percent"
    assert f.nearest == "8 of 23 = 34.7826 percent"
    assert f.suggestion == 'write "34.8 percent" (8 of 23)'


def test_every_whole_count_in_an_approximate_count_is_tried() -> None:
    # "some 23" is [21.35, 24.65]: 22, 23 and 24 are tried, none fits 34.9 percent
    (f,) = findings_of(doc("34.9 percent", "some 23"), ID)
    assert f.outcome is Outcome.FAIL and "N from 22 to 24" in f.message
    # 36.4 percent is 8 of 22
    (g,) = findings_of(doc("36.4 percent", "some 23"), ID)
    assert g.outcome is Outcome.PASS and g.result == "8 of 22 = 36.3636 percent"


GROUPED = """
    [[claim]]
    id = "grants"
    quote = "34 grants"
    value = "34"
    kind = "count"

    [[group]]
    id = "by_sector"
    of = "grants"

    [[claim]]
    id = "farming"
    quote = "farming (41 percent)"
    value = "41 percent"
    group = "by_sector"
    {kind}

    [[claim]]
    id = "trade"
    quote = "trade (30.2 percent)"
    value = "30.2 percent"
    group = "by_sector"
    {trade}
"""


def test_the_whole_may_be_the_groups() -> None:
    share = 'kind = "share"'
    found = {f.claims[0]: f for f in findings_of(GROUPED.format(kind=share, trade=share), ID)}
    assert found["farming"].outcome is Outcome.PASS  # 14 of 34 = 41.18
    assert found["trade"].outcome is Outcome.FAIL  # 10 of 34 = 29.41, 11 of 34 = 32.35


def test_a_share_above_100_percent_of_a_count_fails() -> None:
    (f,) = findings_of(doc("120 percent", "23"), ID)
    assert f.outcome is Outcome.FAIL and f.bound == "[0, 100] percent"


def test_unbounded_and_large_counts_are_not_tested() -> None:
    (f,) = findings_of(doc("12.3 percent", "more than 600"), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.INFO
    assert "unbounded" in f.message
    (g,) = findings_of(doc("12.3 percent", "250,001", extra="exact = true"), ID)
    assert g.outcome is Outcome.UNDETERMINED and "above 100,000" in g.message


def test_shares_of_amounts_are_not_tested() -> None:
    found = findings_of(doc("34.9 percent", "23") + AMOUNT, ID)
    assert [f.claims for f in found] == [("projects_in_mining", "projects")]


AMOUNT = """
    [[claim]]
    id = "worth"
    quote = "23 billion tenge"
    value = "23 billion tenge"
    kind = "amount"

    [[claim]]
    id = "worth_share"
    quote = "34.9 percent of it"
    value = "34.9 percent"
    kind = "share"
    of = "worth"
"""


def test_a_wide_count_range_is_fast() -> None:
    # "50,000" to the nearest 100,000 is [0, 100,000]: every count is tried, and none fits
    text = doc("33.33331 percent", "50,000", extra='precision = "100,000"')
    start = time.perf_counter()
    (f,) = findings_of(text.replace('kind = "share"', 'kind = "share"\nexact = true'), ID)
    assert time.perf_counter() - start < 5
    assert f.outcome is Outcome.FAIL and "N from 1 to 100,000" in f.message
    assert "16666 of 50,000 = 33.332 percent, 16667 of 50,000 = 33.334 percent" in f.message
    assert f.suggestion == 'write "33.33333 percent" (16667 of 50,001)'


@given(n=st.integers(min_value=1, max_value=3000), data=st.data())
def test_a_rounded_percentage_of_a_whole_count_always_passes(n: int, data: st.DataObject) -> None:
    k = data.draw(st.integers(min_value=0, max_value=n))
    pct = (Decimal(100 * k) / Decimal(n)).quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN)
    (f,) = findings_of(doc(f"{pct:f} percent", f"{n:,}", extra="exact = true"), ID)
    assert f.outcome is Outcome.PASS, f.message


def test_members_of_a_group_of_a_count_are_tested_without_a_kind() -> None:
    found = {f.claims[0]: f for f in findings_of(GROUPED.format(kind="", trade=""), ID)}
    assert found["farming"].outcome is Outcome.PASS  # 14 of 34 = 41.18
    assert found["trade"].outcome is Outcome.FAIL and found["trade"].severity is Severity.ERROR


def test_a_member_with_another_kind_says_why_it_is_not_tested() -> None:
    found = {
        f.claims[0]: f for f in findings_of(GROUPED.format(kind='kind = "growth"', trade=""), ID)
    }
    why = found["farming"]
    assert why.outcome is Outcome.UNDETERMINED and why.severity is Severity.INFO
    assert "not applied" in why.message and 'kind = "growth"' in why.message
    assert found["trade"].outcome is Outcome.FAIL


def test_a_percent_of_a_count_with_no_kind_says_why_it_is_not_tested() -> None:
    (f,) = findings_of(doc("34.9 percent", "23").replace('kind = "share"\n', ""), ID)
    assert f.outcome is Outcome.UNDETERMINED and "no kind" in f.message
    assert f.suggestion is not None and 'kind = "share"' in f.suggestion
