"""How scripts/draft_vs_hand.py matches a draft against a hand-written claims file: figures by what
they state (not by how the draft and the editor wrote them), relations by their figures, and
findings by the figures they concern, a range's finding by the end its message names."""

from __future__ import annotations

import sys
from pathlib import Path

from aktobe_facts.findings import Finding, Outcome, Severity
from conftest import load_text

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from draft_vs_hand import Expected, figures, matches, same_relation

# The hand file: a converted range written as its two ends, each a pair of its own.
HAND = load_text(
    """
    [[claim]]
    id = "low"
    quote = "PLN 4-12bn (EUR 0.9-28bn)"
    value = "PLN 4bn"
    counterpart = "EUR 0.9bn"

    [[claim]]
    id = "high"
    quote = "PLN 4-12bn (EUR 0.9-28bn)"
    value = "PLN 12bn"
    counterpart = "EUR 28bn"

    [[claim]]
    id = "deficit"
    quote = "a deficit of PLN 26.31bn (EUR 6.12bn)"
    value = "PLN 26.31bn"
    counterpart = "EUR 6.12bn"

    [[claim]]
    id = "share"
    quote = "3.7 percent of GDP"
    value = "3.7 percent"
    """
)

# The draft: the range as one claim, the share written another way.
DRAFT = load_text(
    """
    [[claim]]
    id = "range"
    quote = "PLN 4-12bn (EUR 0.9-28bn)"
    value = "PLN 4-12bn"
    counterpart = "EUR 0.9-28bn"

    [[claim]]
    id = "deficit_run"
    quote = "a deficit of PLN 26.31bn (EUR 6.12bn)"
    value = "PLN 26.31bn"
    counterpart = "EUR 6.12bn"

    [[claim]]
    id = "pct"
    quote = "3.7 percent of GDP"
    value = "3.7%"

    [[claim]]
    id = "other"
    quote = "3.7 billion tenge"
    value = "3.7 billion tenge"
    """
)


def finding(claims: tuple[str, ...], message: str, check: str = "conversions") -> Finding:
    return Finding(check, Outcome.FAIL, Severity.ERROR, claims, 1, message)


def expected(claim: str, check: str = "conversions") -> Expected:
    return Expected((check,), (claim,), Severity.ERROR)


HIGH = '"PLN 4-12bn (high end)" and "EUR 0.9-28bn (high end)" imply 0.43 zlotys per euro'


def test_a_finding_on_a_drafted_range_is_the_hand_files_finding_on_the_end_it_names() -> None:
    assert matches(expected("high"), finding(("range",), HIGH), HAND, DRAFT)


def test_a_finding_on_one_end_is_not_a_finding_on_the_other() -> None:
    assert not matches(expected("low"), finding(("range",), HIGH), HAND, DRAFT)
    low = HIGH.replace("high end", "low end")
    assert matches(expected("low"), finding(("range",), low), HAND, DRAFT)
    assert not matches(expected("high"), finding(("range",), low), HAND, DRAFT)


def test_a_finding_on_a_range_naming_no_end_covers_both() -> None:
    whole = '"PLN 4-12bn" and "EUR 0.9-28bn" imply ...'
    for end in ("low", "high"):
        assert matches(expected(end), finding(("range",), whole), HAND, DRAFT)


def test_a_finding_on_other_figures_or_of_another_check_is_not_found() -> None:
    assert not matches(expected("high"), finding(("deficit_run",), HIGH), HAND, DRAFT)
    assert not matches(expected("deficit"), finding(("range",), HIGH), HAND, DRAFT)
    assert not matches(expected("high", "sum"), finding(("range",), HIGH), HAND, DRAFT)
    assert matches(expected("deficit"), finding(("deficit_run",), "..."), HAND, DRAFT)


def test_figures_are_one_by_what_they_state_not_how_they_are_written() -> None:
    assert matches(
        expected("share", "same-whole"), finding(("pct",), "", "same-whole"), HAND, DRAFT
    )
    # the same number in another unit is another figure
    assert not matches(
        expected("share", "same-whole"), finding(("other",), "", "same-whole"), HAND, DRAFT
    )


def test_a_range_converted_end_to_end_recalls_the_pairs_of_its_ends() -> None:
    range_pair = ("conversion", figures(DRAFT, "range"))
    for end in ("low", "high"):
        assert same_relation(("conversion", figures(HAND, end)), range_pair)
    assert not same_relation(("conversion", figures(HAND, "high")), ("sum", range_pair[1]))
    deficit = ("conversion", figures(DRAFT, "deficit_run"))
    assert not same_relation(("conversion", figures(HAND, "high")), deficit)
    assert same_relation(("conversion", figures(HAND, "deficit")), deficit)
