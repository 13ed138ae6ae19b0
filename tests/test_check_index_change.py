"""The index-change check: an index of 98.2 percent is a 1.8 percent fall."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.findings import Outcome, Severity
from conftest import findings_of

ID = "index-change"
INDEX = """
    [[claim]]
    id = "grp_index"
    quote = "amounted to {index}"
    value = "{index}"
    kind = "index"
    {link}
"""


def doc(
    index: str = "98.2 percent",
    change: str | None = None,
    quote: str | None = None,
    kind: str = "change",
    reverse: bool = False,
) -> str:
    link = 'same_as = "grp_change"' if reverse and change is not None else ""
    text = INDEX.format(index=index, link=link)
    if change is not None:
        text += f"""
            [[claim]]
            id = "grp_change"
            quote = "{quote or change}"
            value = "{change}"
            kind = "{kind}"
            {"" if reverse else 'same_as = "grp_index"'}
        """
    return text


def test_an_index_alone_states_its_change() -> None:
    (f,) = findings_of(doc(), ID)
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("grp_index",)
    assert "a 1.8 percent fall" in f.message
    assert f.result == "[-1.85, -1.75] percent"


def test_an_index_above_100_is_a_rise() -> None:
    (f,) = findings_of(doc("103.5 percent"), ID)
    assert "a 3.5 percent rise" in f.message


def test_a_signed_change_that_agrees_passes() -> None:
    (f,) = findings_of(doc(change="-1.8 percent"), ID)
    assert f.outcome is Outcome.PASS and f.severity is Severity.INFO
    assert f.claims == ("grp_index", "grp_change")
    assert not f.rounding_only and f.margin is None


def test_the_link_may_go_either_way_and_is_tested_once() -> None:
    (f,) = findings_of(doc(change="-1.8 percent", reverse=True), ID)
    assert f.outcome is Outcome.PASS and f.claims == ("grp_index", "grp_change")


def test_an_unsigned_fall_is_read_from_the_quote() -> None:
    (f,) = findings_of(doc(change="1.8 percent", quote="fell by 1.8 percent"), ID)
    assert f.outcome is Outcome.PASS
    assert any("read as a fall" in n for n in f.notes)


def test_a_rise_written_without_sign_and_without_words_is_undetermined() -> None:
    (f,) = findings_of(doc(change="1.8 percent", quote="changed by 1.8 percent"), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert "only as a fall" in f.message
    assert f.suggestion is not None and '"-1.8 percent"' in f.suggestion


def test_a_change_that_disagrees_fails_with_both_fixes() -> None:
    (f,) = findings_of(doc(change="-2.5 percent"), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.claims == ("grp_index", "grp_change")
    assert f.result == "[-1.85, -1.75] percent" and f.bound == "[-2.55, -2.45] percent"
    assert f.nearest is not None and "-1.85 percent" in f.nearest
    assert f.suggestion == 'write an index of "97.5 percent", or a change of "-1.8 percent"'


def test_a_fall_word_does_not_rescue_a_wrong_size() -> None:
    (f,) = findings_of(doc(change="2.5 percent", quote="fell by 2.5 percent"), ID)
    assert f.outcome is Outcome.FAIL


def test_rounding_only_pass() -> None:
    # -1.8 and -1.7 as printed differ; their roundings meet at -1.75
    (f,) = findings_of(doc(change="-1.7 percent"), ID)
    assert f.outcome is Outcome.PASS
    assert f.rounding_only
    assert f.margin is not None and "-1.8 percent" in f.margin and "-1.75 percent" in f.margin
    assert any("only thanks to rounding" in n for n in f.notes)


def test_two_indexes_compare_levels() -> None:
    (f,) = findings_of(doc(change="98.5 percent", kind="index"), ID)
    assert f.outcome is Outcome.FAIL and "a 1.8 percent fall" in f.message


def test_a_partner_with_no_percent_is_undetermined() -> None:
    (f,) = findings_of(doc(change="1.8 billion tenge", kind="amount"), ID)
    assert f.outcome is Outcome.UNDETERMINED and f.severity is Severity.WARNING
    assert "states no change in percent" in f.message


@given(st.integers(min_value=-999, max_value=999))
def test_an_index_and_its_exact_change_always_agree(tenths: int) -> None:
    change = Decimal(tenths).scaleb(-1)
    (f,) = findings_of(doc(f"{100 + change:f} percent", f"{change:f} percent"), ID)
    assert f.outcome is Outcome.PASS and not f.rounding_only, f.message


def test_mixed_direction_words_are_no_direction() -> None:
    quote = "rose by 0.5 percent, less than expected"
    (f,) = findings_of(doc("100.5 percent", "0.5 percent", quote=quote), ID)
    assert f.outcome is Outcome.PASS and not f.notes


def test_a_stated_rise_against_a_falling_index_fails() -> None:
    (f,) = findings_of(doc(change="1.8 percent", quote="rose by 1.8 percent"), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR


def test_less_than_before_a_number_is_a_qualifier_not_a_fall() -> None:
    (f,) = findings_of(doc(change="1.8 percent", quote="changed by less than 2 percent"), ID)
    assert f.outcome is Outcome.UNDETERMINED


@given(st.integers(min_value=1, max_value=2000))
def test_a_negative_index_is_an_error_naming_the_claim(tenths: int) -> None:
    text = f"-{Decimal(tenths).scaleb(-1):f} percent"
    (f,) = findings_of(doc(text), ID)
    assert f.outcome is Outcome.FAIL and f.severity is Severity.ERROR
    assert f.claims == ("grp_index",) and "never negative" in f.message
    assert "fall" not in f.message  # not read as a fall of more than 100 percent


def test_a_negative_index_is_not_compared_with_its_partner() -> None:
    (f,) = findings_of(doc("-5 percent", "-105 percent"), ID)
    assert f.outcome is Outcome.FAIL and "never negative" in f.message
    assert f.suggestion is not None and '"95 percent"' in f.suggestion
