"""Signs that name no currency alone but one where the article names its country ("P" of the
Philippine peso, "K" of the kwachas and the kina, "Nu" of the ngultrum, "Rf" of the rufiyaa): the
country may be named by a capital in a dateline's capitals or a byline ("MANILA -", "Lusaka"),
never by nothing; two countries of one sign leave it unread; a letter that is a type's, a grade's
or a mountain's is no money. The sentences are ours; the numeric phrases are printed as the
sources print them (each source's address and date in a comment)."""

from __future__ import annotations

import pytest

from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftcurrency import places


def _units(text: str) -> list[str | None]:
    """The currency (or unit) of each drafted figure, as the claims file written from it reads."""
    found = draft(text)
    aliases = dict(found.shared.currencies)
    units = [parse(c.value or "", aliases=aliases).unit for c in found.claims]
    return [u.key if u else None for u in units]


def _values(text: str) -> list[str]:
    return [c.value or "" for c in draft(text).claims]


# The Philippine Star, 2014-05-01 (https://philstar.com/business/2014/05/01/1317866/
# govt-incurs-p841-b-budget-deficit-q1/amp): "P84.1 billion", "P66.5 billion", under a
# dateline in capitals. The Daily Mail (Zambia), 2019-09-28 (https://www.daily-mail.co.zm/
# ngandu-unveils-stimulus-budget/): "K106 billion" under a byline naming Lusaka alone.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "MANILA - The shortfall came to P84.1 billion in the quarter, up 27 percent from "
            "P66.5 billion a year before.",
            "PHP",
        ),
        (
            "LUSAKA - The shortfall came to K84.1 billion in the quarter, up 27 percent from "
            "K66.5 billion a year before.",
            "ZMW",
        ),
        ("By our reporter, Lusaka. The minister tabled a K106 billion budget on Friday.", "ZMW"),
        ("In Lilongwe the treasury spent K106 billion in the year.", "MWK"),
        ("From Thimphu: the treasury spent Nu 36 billion in the year.", "BTN"),
        ("In Malé the treasury spent Rf 36 billion in the year.", "MVR"),
    ],
)
def test_a_capital_names_the_signs_country(text: str, code: str) -> None:
    assert code in _units(text)


def test_a_dateline_in_capitals_is_the_city_it_spells() -> None:
    assert "MANILA" in places("PHP") and "LUSAKA" in places("ZMW")
    assert "PNG" in places("PGK")  # already capitals: kept once


# Near misses, passing before and after.


def test_a_sign_whose_country_is_not_named_stays_unread() -> None:
    text = (
        "The shortfall came to P84.1 billion in the quarter, against P66.5 billion a year before."
    )
    assert "PHP" not in _units(text) and "BWP" not in _units(text)


def test_two_countries_of_one_sign_leave_it_unread() -> None:
    # Lusaka Times, 2019-08-02 (https://www.lusakatimes.com/2019/08/02/government-seeks-k10-
    # billion-supplementary-budget-to-finance-foreign-and-domestic-debt-repayment/): "K9.8 billion"
    text = "Zambia sold maize worth K9.8 billion to Malawi in the year."
    assert not {"ZMW", "MWK"} & set(_units(text))


def test_a_grade_or_a_mountain_is_no_money_where_the_country_is_named() -> None:
    text = (
        "Philippine schools tested 1,200 P1 grade pupils in March. Pakistan's climbers reached "
        "K2 in 2004, and a Zambian team climbed it twice."
    )
    values = _values(text)
    assert not any(v.startswith(("P1", "K2")) for v in values)


# A one-letter sign before an amount that a unit word follows: a type's tonnes, no kwacha.
# Before, "Type K 1,200 tonnes" was drafted as "K 1,200" (1,200 kwacha), its tonnes lost.


def test_a_letter_before_an_amount_of_a_unit_is_no_sign() -> None:
    text = "Zambia's mines shipped Type K 1,200 tonnes of copper in March."
    assert "1,200 tonnes" in _values(text)
    assert "ZMW" not in _units(text)


def test_a_sign_before_an_amount_and_a_plain_word_is_still_money() -> None:
    assert _units("Zambia's mines earned K1,200 million in March.") == ["ZMW"]
