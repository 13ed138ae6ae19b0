"""False findings of a first-contact sweep over company results and commodity market news
(quarterly and annual results, mining and oil output, crop and metal market reports; eighteenth
session), each guarded by its reason and tested beside a near miss that still drafts or still
warns. Every sentence is written for these tests around numeric phrases as printed in the sweep's
texts: U.S. Wheat Associates' export review (uswheat.org, June 2019), a Nigerian bank's full-year
results (newsformal.com after MobilePunch, 2022) and Rio Tinto's third-quarter shipments
(extractindustrynt.com, October 2022); each wrong reading gave a false error or warning of
`aktobe-facts check` on main 4551286."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import outcomes, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftcurrency import named_codes
from aktobe_facts.text.spelledname import unbracketed

# --- spelledname: an abbreviation in brackets before a flow's noun ------------------------------

_CLASSES = {
    # the second class's letters in brackets: "soft white (SW) sales" is that class's, no whole
    "second": (
        "Hard red spring 2031/32 sales totaled 8.15 MMT. Soft white (SW) sales were 2.76 MMT."
    ),
    # the first class's letters and a season before the noun: still the class's sales, no whole
    "first": (
        "Hard red spring (HRS) 2031/32 sales totaled 8.15 MMT. Soft white sales were 2.76 MMT."
    ),
}


@pytest.mark.parametrize("text", _CLASSES.values(), ids=_CLASSES.keys())
def test_a_class_named_with_its_letters_is_no_whole_of_another(text: str, tmp_path: Path) -> None:
    assert sums(text) == []
    assert [o for _, o in outcomes(text, tmp_path, ("sum",)) if o is Outcome.FAIL] == []


def test_bare_sales_still_hold_a_class_in_brackets() -> None:
    # near miss: the first figure is all the sales, the class in brackets one part of them
    text = "Sales totaled 8.15 MMT in 2031. Soft white (SW) sales were 2.76 MMT in 2031."
    assert sums(text) == [("8.15 MMT", ["2.76 MMT"], False)]


def test_only_capitals_right_before_the_noun_are_spelt_out() -> None:
    assert unbracketed("Soft white (SW) ") == "Soft white "
    assert unbracketed("Hard red spring (HRS) 2031/32 ") == "Hard red spring 2031/32 "
    # an aside in brackets, or letters far from the noun, still close the clause
    assert unbracketed("The board (in a statement) ") == "The board (in a statement) "
    assert unbracketed("The Grain Council (GC) said that ") == "The Grain Council (GC) said that "


# --- draftcurrency: a shared sign decided by the currency's printed code -------------------------

_NAIRA = (
    "The lender's gross earnings rose to N812.4 billion from N743.9 billion a year before. Profit "
    "before tax grew by 9% from NGN301.2 billion to NGN328.5 billion."
)


def test_a_printed_code_decides_the_shared_sign(tmp_path: Path) -> None:
    assert named_codes(_NAIRA, ("NGN",)) == ["NGN"]
    assert outcomes(_NAIRA, tmp_path, ("coverage",)) == [("coverage", Outcome.PASS)]
    values = {c.value for c in draft(_NAIRA).claims}
    assert "N812.4 billion" in values


def test_a_sign_with_no_code_nor_country_still_warns(tmp_path: Path) -> None:
    # near miss: no code of the currency printed and no country named, the sign stays unresolved
    text = (
        "The lender's gross earnings rose to N812.4 billion from N743.9 billion a year before, "
        "and its deposits grew by 11%."
    )
    assert named_codes(text, ("NGN",)) == []
    assert ("coverage", Outcome.FAIL) in outcomes(text, tmp_path, ("coverage",))


def test_a_code_inside_a_word_names_nothing() -> None:
    assert named_codes("The ZNGN7 index rose to N812.4 billion.", ("NGN",)) == []


# --- phraseends: an abbreviation of two readings glued to the number ----------------------------

_GLUED = "The miner shipped 71.6mt of ore in the three months, compared with 74.2mt a year earlier."


def test_a_glued_ambiguous_unit_is_read_bare_with_a_note(tmp_path: Path) -> None:
    claims = draft(_GLUED).claims
    assert [c.value for c in claims] == ["71.6", "74.2"]
    assert str(claims[0].note).startswith('printed "71.6mt": "mt" is million tonnes')
    assert [o for _, o in outcomes(_GLUED, tmp_path, ("coverage",))] == [Outcome.PASS]


def test_other_glued_letters_stay_unread() -> None:
    # near miss: letters the grammar does not read, glued to the number, leave it no figure
    text = "The operator built 5G masts and 14mx towers in the three months, and 7 more."
    assert [c.value for c in draft(text).claims] == ["7"]


# --- pairedunit: a whole number's glued "m" before a noun of things sold -------------------------


def test_a_whole_number_of_units_in_m_is_millions() -> None:
    # BBC News on Apple's quarter (April 2011): "down by 17% on the year at 9m units" read nine
    # meters (a pass of a growth in meters, no finding yet)
    text = "Sales of the player slid by 14% on the year at 6m units."
    claims = {c.value: c.note for c in draft(text).claims}
    assert "6 million" in claims and "million" in str(claims["6 million"])


def test_a_whole_number_in_m_before_other_nouns_is_left_as_it_was() -> None:
    # near miss: a race's distance, and a count the list does not name, keep their reading
    assert [c.value for c in draft("She ran the 400m hurdles in 2031, and 7 more.").claims] == [
        "400m",
        "7",
    ]
    assert "5m" in [c.value for c in draft("The group built 5m walls in 2031, up 4%.").claims]
