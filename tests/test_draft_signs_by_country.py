"""Signs and words of several currencies in a draft ("Rs", "N", "P", "rupees", "pesos"): mapped
by ``[settings] currencies`` to the currency of the one country the article names (the CLDR's
territory names and the peoples and capitals of draftcurrency), never a figure that is no
amount ("N95 masks")."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.text.draftcurrency import SIGNS, WORDS, places, shared_words
from test_draft_currency import drafted, units


@pytest.mark.parametrize(
    ("text", "mapped", "code"),
    [
        ("Sri Lanka's revenue was 1.2 trillion rupees ($4 billion) in 2016.", "rupees", "LKR"),
        ("In Colombo, revenue was Rs. 1.2 trillion ($4 billion) in 2016.", "rs.", "LKR"),
        ("Nepal's budget is Rs 1,860 billion ($14 billion) for 2024/25.", "rs", "NPR"),
        ("Pakistan spent Rs 9,775 billion ($35 billion) in 2024.", "rs", "PKR"),
        ("Nigeria's deficit hit N15.35tn ($20 billion) in 2023.", "n", "NGN"),
        ("Manila spent P1.14 trillion ($20 billion) to September.", "p", "PHP"),
        ("Mexican revenue was 5.2 trillion pesos ($290 billion) in 2023.", "pesos", "MXN"),
        ("Sweden's surplus was 40 billion kronor ($4 billion) in 2023.", "kronor", "SEK"),
        ("Kampala's coffee earned Shs310 billion ($84 million) in 2019.", "shs", "UGX"),
        ("Jordan's exports reached JD4.2 billion ($5.9 billion) in 2013.", "jd", "JOD"),
        ("The Saudi surplus was SR31.4 billion ($8.4 billion) in 2021.", "sr", "SAR"),
        ("The Seychelles spent SR6.1 billion ($450 million) in 2020.", "sr", "SCR"),
        ("Pretoria collected R1.56 trillion ($94 billion) in 2022.", "r", "ZAR"),
        ("Tobacco earned Malawi US$44.3 million (about K32.1 billion).", "k", "MWK"),
        ("Zambia spent K12.1 billion ($600 million) in 2023.", "k", "ZMW"),
    ],
)
def test_the_country_the_article_names_maps_the_sign(
    tmp_path: Path, text: str, mapped: str, code: str
) -> None:
    assert (mapped, code) in shared_words(text).currencies
    claims = drafted(tmp_path, text + "\n")
    assert code in units(claims, tmp_path)


def test_a_sign_the_article_never_writes_before_a_number_is_not_mapped() -> None:
    shared = shared_words("Nigeria ordered N95 masks and fixed the N1 road.")
    assert ("n", "NGN") in shared.currencies  # the setting is harmless: see the next test


def test_a_figure_that_is_no_amount_never_becomes_money(tmp_path: Path) -> None:
    claims = drafted(
        tmp_path,
        "Nigeria's health ministry bought 40,000 N95 masks for the N1 road's 12 clinics, "
        "spending N1.2bn ($2.6 million) in 2023.\n",
    )
    assert units(claims, tmp_path) == {"NGN", "USD"}
    assert 'value = "N95' not in claims and 'value = "N1 ' not in claims


def test_no_single_country_leaves_a_one_letter_sign_unread(tmp_path: Path) -> None:
    claims = drafted(tmp_path, "The deficit hit N15.35tn ($20 billion) in 2023.\n")
    assert "NGN" not in units(claims, tmp_path)


def test_every_candidate_currency_has_a_place_to_be_named_by() -> None:
    for codes in (*WORDS.values(), *SIGNS.values()):
        for code in codes:
            assert places(code), code
