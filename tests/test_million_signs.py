"""A million of a currency in one sign, as the press of the Maghreb prints it ("MD 1,200", "1,200
MD", "TND 1.2 MD", "MDT", "MTD", "MDA", "MDH"): read where the article names the country (the
draft writes ``[settings] currencies``), else left unread with a coverage note, as any sign of
several currencies. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.draft import draft


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["MD {n}", "{n} MD", "MD{n}"]))
def test_a_million_sign_mapped_to_a_dinar_gives_millions(n: int, form: str) -> None:
    stated = parse(form.format(n=f"{n:,}"), aliases={"md": "TND"})
    assert stated.unit is not None and stated.unit.key == "TND"
    assert stated.value == Fraction(n) * 10**6


@pytest.mark.parametrize(
    ("value", "aliases", "code"),
    [
        ("TND 1.2 MD", None, "TND"),
        ("1,200 MDT", {"mdt": "TND"}, "TND"),
        ("1,200 MTD", {"mtd": "TND"}, "TND"),
        ("1,200 MDA", {"mda": "DZD"}, "DZD"),
        ("1,200 MDH", {"mdh": "MAD"}, "MAD"),
    ],
)
def test_the_other_million_signs(value: str, aliases: dict[str, str] | None, code: str) -> None:
    stated = parse(value, aliases=aliases)
    assert stated.unit is not None and stated.unit.key == code
    assert stated.exponent == 6


@pytest.mark.parametrize("value", ["MD 1,200", "1,200 MD", "MD 1.2 billion"])
def test_an_unmapped_or_doubly_scaled_million_sign_is_an_error(value: str) -> None:
    aliases = {"md": "TND"} if "billion" in value else None
    with pytest.raises(GrammarError):
        parse(value, aliases=aliases)


TEXT = (
    "{place}, June 2, 2031 - {lead} deficit reached MD 1,200 in May, against 1,050 MD a year "
    "earlier. Exports stood at 5,300 MD."
)


@pytest.mark.parametrize(
    ("place", "lead", "code"),
    [
        ("TUNIS", "Tunisia's trade", "TND"),
        ("ALGIERS", "Algeria's trade", "DZD"),
        ("TUNIS", "The trade", "TND"),  # the capital in the dateline names the country
        ("ALGIERS", "The trade", "DZD"),
    ],
)
def test_an_article_that_names_the_country_reads_its_millions(
    place: str, lead: str, code: str
) -> None:
    found = draft(TEXT.format(place=place, lead=lead))
    assert dict(found.shared.currencies) == {"md": code}
    assert [c.value for c in found.claims] == ["MD 1,200", "1,050 MD", "5,300 MD"]


def test_an_article_that_names_no_country_leaves_them_unread() -> None:
    found = draft(TEXT.format(place="DUBAI", lead="The group's") + " Sales were 40 MD.")
    assert [c.value for c in found.claims] == []
    assert len(found.unread) >= 3
