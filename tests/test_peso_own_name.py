"""The peso's "P" is read where the article names the Philippines, and "Pilipinas" (the country's
own name, the CLDR's in Filipino) names it: a text that names its country only through the central
bank's full name ("the Bangko Sentral ng Pilipinas", as the BIS lists central banks) reads "P" as
the peso (text/draftcurrency.py). Its abbreviations ("the BSP", "the BIR") stay no country: each
stands for other bodies too, so reading "P" by them would be a guess. Sentences written for these
tests."""

from __future__ import annotations

from aktobe_facts.text.draftcurrency import shared_words


def test_the_central_bank_s_full_name_names_the_philippines() -> None:
    text = "The Bangko Sentral ng Pilipinas said the deficit reached P84.1 billion in March."
    assert ("p", "PHP") in shared_words(text).currencies


def test_near_miss_the_abbreviations_name_no_country() -> None:
    text = "The BSP said the deficit reached P84.1 billion, and the BIR collected P200.5 billion."
    assert not shared_words(text).currencies
