"""Scales glued to their numbers, with or without a currency's sign before them (reading/numbers.py
GLUED_SCALE, text/numbernames.py, text/draftbare.py), and glued units (reading/units.py,
text/phrases.py): "KZT5.74tr" is 5.74 trillion tenge, never digits in a name; "to 6.7tr" after it
is in tenge too; "Rs5.2cr" is crores of rupees; "1,500kgs" is kilograms, never Kyrgyz soms; a
glued symbol the grammar does not know ("5,000rpm") is left to the editor, never a bare count.
A held-out run put "KZT5.74tr" in an ignore entry as a name and warned on "6.7tr". The sentences
are our own."""

from __future__ import annotations

import pytest

from _drafted import relations
from aktobe_facts.reading.numbers import GrammarError
from aktobe_facts.text.draft import draft
from aktobe_facts.text.phraseread import read
from aktobe_facts.text.phrases import scan


@pytest.mark.parametrize(
    ("written", "exponent", "unit"),
    [
        ("6.7tr", 12, None),
        ("KZT5.74tr", 12, "KZT"),
        ("5.2TR", 12, None),
        ("Rs5.2cr", 7, "INR"),
        ("PGK30m", 6, "PGK"),
        ("1,500kgs", 0, "kilogram"),
        ("1,500 KGS", 0, "KGS"),
    ],
)
def test_a_glued_scale_or_unit_is_read(written: str, exponent: int, unit: str | None) -> None:
    stated = read(written)
    assert (stated.exponent, stated.unit.key if stated.unit else None) == (exponent, unit)


@pytest.mark.parametrize("written", ["VND5tr", "5tr dong"])
def test_tr_of_the_dong_is_no_trillion(written: str) -> None:
    with pytest.raises(GrammarError):
        read(written)


def test_tr_apart_from_its_number_is_no_scale() -> None:
    text = "The fund holds 6.7 tr of notes."
    assert [p.stated.exponent for p in scan(text).phrases] == [0]


MOVED = (
    "Output\n\n"
    "Manufacturing output in Kazakhstan grew from KZT5.74tr to 6.7tr in January-August 2018.\n"
)


def test_a_glued_trillion_and_its_partner_are_amounts_of_one_currency() -> None:
    found = draft(MOVED)
    amounts = [(c.value, c.kind) for c in found.claims if c.kind == "amount"]
    assert amounts == [("KZT5.74tr", "amount"), ("KZT6.7tr", "amount")]
    assert not any("5.74" in i.quote for i in found.ignores)


def test_the_end_of_a_move_takes_the_currency_of_its_start() -> None:
    text = "Output\n\nThe mill's output rose from $5.74 billion to 6.7 billion in 2019.\n"
    assert [k for k, _ in relations(text)] == ["order"]
    assert [c.value for c in draft(text).claims if c.kind == "amount"] == [
        "$5.74 billion",
        "$6.7 billion",
    ]


def test_a_glued_crore_after_a_glued_sign_is_no_name() -> None:
    text = "Sales\n\nSales of the mill rose from Rs5.2cr to Rs6.1cr last year.\n"
    assert [c.value for c in draft(text).claims if c.kind == "amount"] == ["Rs5.2cr", "Rs6.1cr"]


@pytest.mark.parametrize(
    "sentence",
    ["The press runs at 5,000rpm all day.", "The hall covers 2,000sqft of floor."],
)
def test_a_glued_symbol_the_grammar_does_not_know_is_no_bare_count(sentence: str) -> None:
    assert scan(sentence).phrases == ()


def test_a_glued_noun_of_things_stays_a_count() -> None:
    found = scan("Mitsubishi sold 2,449units in May.").phrases
    assert [(p.value, p.stated.unit) for p in found] == [("2,449", None)]
