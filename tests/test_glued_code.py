"""A currency's code glued to a lowercase word of the sentence before it ("amounted toKZT223.7bn",
a page that lost a space) is the amount's, as "to KZT223.7bn" reads (text/moneysigns, as a glued
symbol "to£336 million" is), twenty-seventh session, sweepfix27 (Sweep R's held text from the
Kazakhstan Stock Exchange, 2002: "amounted toKZT223.7bn", an unread number and a coverage warning).
Letters that are no such word keep the code unread: no name's end is a sign. The sentences are
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes
from aktobe_facts.findings import Outcome
from aktobe_facts.text.phrases import scan


def _read(text: str) -> list[str]:
    return [text[p.start : p.end] for p in scan(text).phrases]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investment in the first half amounted toKZT412.6bn.", "KZT412.6bn"),
        ("The lender posted a profit ofUSD 38.2 million in the quarter.", "USD 38.2 million"),
        ("Exports reachedEUR 1.4 billion in March.", "EUR 1.4 billion"),
    ],
)
def test_a_code_glued_to_a_grammar_word_is_the_amounts(text: str, expected: str) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The band PhotoKZT5 played a set.",
        "The platform GoUSD5 won an award.",
    ],
)
def test_a_code_glued_to_other_letters_stays_no_amount(text: str) -> None:
    assert not any(found.startswith(("KZT", "USD")) for found in _read(text))


def test_a_glued_code_is_covered_and_its_growth_checked(tmp_path: Path) -> None:
    text = (
        "Published: 2031-08-01\n\nInvestment in Kazakhstan in the first half amounted "
        "toKZT224.0bn, up 12% from KZT200.0bn a year earlier."
    )
    found = outcomes(text, tmp_path, ("coverage", "growth"))
    assert ("coverage", Outcome.PASS) in found
    assert ("growth", Outcome.PASS) in found
