"""The share-of-whole check: a percent against the part and the whole it divides."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of


def territory(share: str, region: str = "300,600 km²", country: str = "2,724,900 km²") -> str:
    return f"""
        [[claim]]
        id = "territory_share"
        quote = "occupies {share} of the territory of Kazakhstan"
        value = "{share}"
        kind = "share"
        part = "region_area"
        of = "country_area"

        [[reference]]
        id = "region_area"
        value = "{region}"
        source = "Bureau of National Statistics of Kazakhstan"

        [[reference]]
        id = "country_area"
        value = "{country}"
        source = "Bureau of National Statistics of Kazakhstan"
    """


def test_the_seed_share_passes() -> None:
    (f,) = findings_of(territory("11 percent"), "share-of-whole")
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("territory_share", "region_area", "country_area")
    assert "11.03 percent" in f.message and not f.rounding_only


def test_a_share_that_does_not_fit_fails_with_the_share_that_does() -> None:
    (f,) = findings_of(territory("15 percent"), "share-of-whole")
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.suggestion is not None and f.suggestion.startswith("11 percent")
    assert f.nearest is not None and f.nearest.startswith("11.03")
    assert f.bound == "[14.5, 15.5] percent"


def test_the_suggestion_keeps_the_share_s_decimals() -> None:
    (f,) = findings_of(territory("12.5 percent"), "share-of-whole")
    assert f.outcome is Outcome.FAIL
    assert f.suggestion is not None and f.suggestion.startswith("11 percent")
    (g,) = findings_of(territory("11.5 percent"), "share-of-whole")
    assert g.suggestion is not None and g.suggestion.startswith("11 percent")
    (h,) = findings_of(territory("11.50 percent"), "share-of-whole")
    assert h.suggestion is not None and h.suggestion.startswith("11.03 percent")


def test_units_are_converted_exactly() -> None:
    # 30,060,000 hectares is 300,600 km².
    (f,) = findings_of(territory("11 percent", region="30,060,000 hectares"), "share-of-whole")
    assert f.outcome is Outcome.PASS
    (g,) = findings_of(territory("1.1 percent", region="30,060,000 hectares"), "share-of-whole")
    assert g.outcome is Outcome.FAIL


def test_rounding_only_pass() -> None:
    # 0.6/5.5 is 10.9 percent as printed, outside "11.0 percent" (10.95 to 11.05),
    # but the rounding of the areas lets them meet.
    (f,) = findings_of(
        territory("11.0 percent", region="0.6 million km²", country="5.5 million km²"),
        "share-of-whole",
    )
    assert f.outcome is Outcome.PASS and f.rounding_only
    assert f.margin is not None and f.notes


def test_unlike_units_are_undetermined() -> None:
    (f,) = findings_of(territory("11 percent", region="300,600 tenge"), "share-of-whole")
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING


def test_a_share_without_a_part_is_not_this_check_s() -> None:
    text = """
        [[claim]]
        id = "total"
        quote = "646.8 billion tenge"
        value = "646.8 billion tenge"

        [[claim]]
        id = "share"
        quote = "49 percent"
        value = "49 percent"
        of = "total"
    """
    (f,) = findings_of(text + territory("11 percent"), "share-of-whole")
    assert f.claims[0] == "territory_share"


def test_claims_can_be_part_and_whole() -> None:
    text = """
        [[claim]]
        id = "loans"
        quote = "Some 159 entrepreneurs received loans"
        value = "some 159"

        [[claim]]
        id = "all"
        quote = "1,006 entrepreneurs received support"
        value = "1,006 people"

        [[claim]]
        id = "loan_share"
        quote = "16 percent of them received loans"
        value = "16 percent"
        part = "loans"
        of = "all"
    """
    (f,) = findings_of(text, "share-of-whole")
    assert f.outcome is Outcome.PASS and f.claims == ("loan_share", "loans", "all")


@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_the_printed_share_rounded_always_fits(part: int, extra: int) -> None:
    whole = part + extra
    share = round(part * 100 / whole, 1)
    text = territory(f"{share} percent", region=f"{part} km²", country=f"{whole} km²")
    (f,) = findings_of(text.replace("km²", "hectares"), "share-of-whole")
    assert f.outcome is Outcome.PASS
