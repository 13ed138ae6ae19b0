"""The percent-points check: "the share rose by 13 percent" is relative or in points."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of

ID = "percent-points"


def doc(change: str = "13 percent", base: str | None = None, means: str | None = None) -> str:
    base_claim = (
        f"""
        [[claim]]
        id = "good_roads_2018"
        quote = "{base} of roads were in good condition"
        value = "{base}"
        kind = "share"
        exact = true
        """
        if base is not None
        else ""
    )
    return f"""
        {base_claim}
        [[claim]]
        id = "road_condition_change"
        quote = "increased the share of good road condition by {change}"
        value = "{change}"
        kind = "change"
        {'of = "good_roads_2018"' if base is not None else ""}
        {f'means = "{means}"' if means else ""}
    """


def test_a_change_in_percent_without_means_is_ambiguous() -> None:
    (f,) = findings_of(doc(), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert f.claims == ("road_condition_change",)
    assert "ambiguous" in f.message
    assert "relative (the share × 1.13)" in f.message
    assert "in percentage points (the share + 13 points)" in f.message
    assert f.suggestion is not None and 'means = "points"' in f.suggestion


def test_with_a_base_both_readings_are_computed() -> None:
    (f,) = findings_of(doc(base="50 percent"), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert f.claims == ("road_condition_change", "good_roads_2018")
    # 50 × [1.125, 1.135] and 50 + [12.5, 13.5]
    assert "the share × 1.13 = [56.25, 56.75] percent" in f.message
    assert "the share + 13 points = [62.5, 63.5] percent" in f.message


def test_a_fall() -> None:
    (f,) = findings_of(doc("-20 percent", base="50 percent"), ID)
    assert "the share × 0.8 = [39.75, 40.25] percent" in f.message
    assert "the share − 20 points = [29.5, 30.5] percent" in f.message


def test_means_points_passes_with_the_resulting_share() -> None:
    (f,) = findings_of(doc(base="50 percent", means="points"), ID)
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.result == "in percentage points (the share + 13 points = [62.5, 63.5] percent)"


def test_means_relative_passes() -> None:
    (f,) = findings_of(doc(means="relative"), ID)
    assert f.outcome is Outcome.PASS and f.result == "relative (the share × 1.13)"


def test_a_value_in_percentage_points_is_unambiguous() -> None:
    (f,) = findings_of(doc("13 percentage points", base="50 percent"), ID)
    assert f.outcome is Outcome.PASS and "[62.5, 63.5] percent" in f.message


def test_points_against_means_relative_is_undetermined() -> None:
    (f,) = findings_of(doc("13 percentage points", means="relative"), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING


def test_points_above_100_fail() -> None:
    (f,) = findings_of(doc("13 percentage points", base="95 percent"), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.result is not None and "[107.5, 108.5] percent" in f.result
    assert f.bound == "[0, 100] percent"
    assert f.nearest is not None and "at most 5 points" in f.nearest


def test_both_readings_impossible_fail_even_without_means() -> None:
    (f,) = findings_of(doc(base="95 percent"), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR


def test_one_impossible_reading_is_named() -> None:
    (f,) = findings_of(doc(base="88 percent"), ID)
    assert f.outcome is Outcome.UNDETERMINED
    assert "only the relative reading stays within 0 to 100 percent" in f.message


def test_changes_of_levels_are_left_alone() -> None:
    levels = """
        [[claim]]
        id = "grp_index"
        quote = "98.2 percent"
        value = "98.2 percent"
        kind = "index"

        [[claim]]
        id = "grp_fall"
        quote = "fell by 1.8 percent"
        value = "1.8 percent"
        kind = "change"
        same_as = "grp_index"
    """
    found = findings_of(doc() + levels, ID)
    assert [f.claims for f in found] == [("road_condition_change",)]


@given(
    base=st.integers(min_value=0, max_value=1000),
    change=st.integers(min_value=-1000, max_value=1000),
)
def test_points_fail_exactly_when_every_result_leaves_0_to_100(base: int, change: int) -> None:
    b, c = Decimal(base).scaleb(-1), Decimal(change).scaleb(-1)
    (f,) = findings_of(doc(f"{c:f} percentage points", base=f"{b:f} percent"), ID)
    # the change is read to ±0.05 points: it fails when b + c ± 0.05 is wholly outside [0, 100]
    assert (f.outcome is Outcome.FAIL) == (abs(b + c - 50) > Decimal("50.05")), f.message
