"""Printed forms the ninth session's new-user trials met that were unread: "sq. meters", the CFA
francs and the lats by the country named, a spaced minus after a colon, and an amount signed by
its noun of change ("a €33 million fall")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.claims.loader import loads
from aktobe_facts.reading.changewords import FALL_NOUNS, RISE_NOUNS
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def drafted(tmp_path: Path, text: str) -> str:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return render(draft(text), article, "article.txt")


def values(claims: str) -> list[str]:
    return [line[9:-1] for line in claims.splitlines() if line.startswith("value = ")]


def units(claims: str, tmp_path: Path) -> set[str]:
    doc = loads(claims, tmp_path / "claims.toml")
    return {q.unit.key for c in doc.claims for q in c.numbered() if q.unit and q.unit.is_currency}


@settings(max_examples=30)
@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["sq", "sq."]),
    st.sampled_from(["meter", "meters", "metre", "metres"]),
    st.booleans(),
)
def test_sq_before_the_words_of_the_area(n: int, sq: str, word: str, kilo: bool) -> None:
    stated = parse(f"{n:,} {sq} {'kilo' + word if kilo else word}")
    assert stated.unit is not None
    assert stated.unit.key == ("square_kilometer" if kilo else "square_meter")


def test_the_draft_reads_the_area_past_the_point(tmp_path: Path) -> None:
    claims = drafted(tmp_path, "The new office has 1,200 sq. meters of floor space.\n")
    assert values(claims) == ["1,200 sq. meters"]


@settings(max_examples=40)
@given(
    st.sampled_from(["€", "$", "US$", "€ "]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["", " million", "m", " billion", "bn"]),
    st.sampled_from([*FALL_NOUNS, *RISE_NOUNS]),
    st.sampled_from(["a", "A"]),
)
def test_an_amount_before_a_noun_of_change_is_signed_by_it(
    sign: str, n: int, scale: str, noun: str, article: str
) -> None:
    stated = parse(f"{article} {sign}{n}{scale} {noun}")
    assert stated.value < 0 if noun in FALL_NOUNS else stated.value > 0
    assert stated.unit is not None and stated.unit.is_currency


def test_a_bare_number_before_a_noun_of_change_is_still_refused() -> None:
    with pytest.raises(GrammarError, match="no unit"):
        parse("an 11.43 increase")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Exports were €1.19 billion, a €33 million fall on a year.", "a €33 million fall"),
        ("Imports were $9 billion, a $2 billion drop on a year.", "a $2 billion drop"),
        # nouns of a sum of their own stay amounts
        ("The bank posted a $2 billion loss last year.", "$2 billion"),
        ("The port began a $1 billion expansion last year.", "$1 billion"),
    ],
)
def test_the_draft_signs_an_amount_by_its_noun_of_change(
    tmp_path: Path, sentence: str, value: str
) -> None:
    assert value in values(drafted(tmp_path, sentence + "\n"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ivory Coast earned 2.013 trillion CFA francs from cocoa.", "XOF"),
        ("Ivorian farmers earned 2.013 trillion CFA francs from cocoa.", "XOF"),
        # either apostrophe, with or without the accent
        ("Côte d'Ivoire earned 2.013 trillion CFA francs from cocoa.", "XOF"),
        ("Côte d’Ivoire earned 2.013 trillion CFA francs from cocoa.", "XOF"),
        ("Cote d’Ivoire earned 2.013 trillion CFA francs from cocoa.", "XOF"),
        ("Cote d'Ivoire earned 2.013 trillion CFA francs from cocoa.", "XOF"),
        ("Cameroonian exports earned 400 billion CFA francs in 2018.", "XAF"),
        ("Latvia's budget revenue was 761.1 million lats in April.", "LVL"),
    ],
)
def test_cfa_francs_and_lats_by_the_country_named(tmp_path: Path, text: str, code: str) -> None:
    assert units(drafted(tmp_path, text + "\n"), tmp_path) == {code}


@pytest.mark.parametrize(
    "text",
    ["Farmers earned 2.013 trillion CFA francs from cocoa.", "The budget had 761.1 million lats."],
)
def test_no_country_leaves_them_unread(tmp_path: Path, text: str) -> None:
    claims = drafted(tmp_path, text + "\n")
    assert units(claims, tmp_path) == set()
    assert not [v for v in values(claims) if "lats" in v or "CFA" in v]


def test_lats_are_read_when_the_file_says_so() -> None:
    with pytest.raises(GrammarError, match="currency word"):
        parse("50 million lats")
    stated = parse("50 million lats", aliases={"lats": "LVL"})
    assert stated.unit is not None and stated.unit.key == "LVL"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trade balance was: - 9.2 billion euros.\n", "- 9.2 billion euros"),
        ("Balances by region. North: 1.5 million euros, South: - 2.3 million euros.\n",
         "- 2.3 million euros"),
        # a dash between clauses, and a list's bullet, are no minus
        ("The balance - 9.2 billion euros - was a record.\n", "9.2 billion euros"),
        ("Balances by region:\n- 9.2 billion euros in the north\n", "9.2 billion euros"),
    ],
)  # fmt: skip
def test_a_spaced_minus_after_a_colon(tmp_path: Path, text: str, value: str) -> None:
    assert value in values(drafted(tmp_path, text))
