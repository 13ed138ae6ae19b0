"""Leftovers of the twenty-third session (docs/corpus.md, "Leftovers of the twenty-third session
(twenty-fourth session)"): forms the reader misread and wrong relations its notes named, each
guarded by its reason and tested beside near misses that keep their reading. Every sentence is
written for these tests around numeric phrases as the sources print them (named in each
test's comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _drafted import equals, outcomes, relations, sums
from aktobe_facts.findings import Outcome
from aktobe_facts.text.phrases import scan


def _read(text: str) -> list[str]:
    return [text[p.start : p.end] for p in scan(text).phrases]


# --- a currency symbol glued to the word before ---------------------------------------------
# Retail Week (John Lewis results), 2006-03: "a 10 per cent rise in group profits to£252
# million" (the page lost the space before the pound sign)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewer's profits rose 12 per cent to£336 million in the year.", "£336 million"),
        ("Turnover was$4.2 billion, up 5 per cent.", "$4.2 billion"),
        ("Dividends of€1.10 billion were paid.", "€1.10 billion"),
    ],
)
def test_a_currency_symbol_glued_to_a_grammar_word_is_the_amounts(text: str, expected: str) -> None:
    assert expected in _read(text)


def test_a_glued_symbol_is_covered_and_its_growth_checked(tmp_path: Path) -> None:
    text = "The brewer's profits rose 12 per cent to£336 million in the year to March."
    found = outcomes(text, tmp_path, ("coverage", "growth"))
    assert ("coverage", Outcome.PASS) in found
    assert ("growth", Outcome.PASS) in found


@pytest.mark.parametrize(
    "text",
    [
        # letters that are no sentence's word: no sign the grammar reads
        "The fund raised XQ$5 billion last year.",
        "Prices in Alto£5 million homes rose.",
    ],
)
def test_a_symbol_glued_to_other_letters_stays_unread(text: str) -> None:
    assert not any("5" in found for found in _read(text))


# --- a capital K glued to an amount ---------------------------------------------------------
# Hot Air quoting the BLS, 2023-10: "multiple jobholders, which have gone up 400K over the last
# year (table A-9)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Part-time workers have gone up 250K over the last year.", ["250k"]),
        ("Payrolls rose by 336K in September, up from 227K in August.", ["336k", "227k"]),
        ("Jobs grew by 95K, the agency said.", ["95k"]),
    ],
)
def test_a_capital_k_glued_to_an_amount_is_a_thousand(text: str, expected: list[str]) -> None:
    assert [p.value for p in scan(text).phrases] == expected
    assert all(p.note and "capital K" in p.note for p in scan(text).phrases)


def test_a_capital_k_amount_is_covered(tmp_path: Path) -> None:
    text = "Part-time workers have gone up 250K over the last year, the agency said."
    assert ("coverage", Outcome.PASS) in outcomes(text, tmp_path, ("coverage",))


@pytest.mark.parametrize(
    "text",
    [
        "They upgraded the studio to 4K screens.",  # a screen's resolution, a noun after
        "Savers put more money into their 401K plans.",  # a plan's name
        "She ran a 10K in the rain.",  # a race: no word of amounts before
        "Shipments reached 120K units.",  # a noun after: left to the editor
        "Output went up to 8K.",  # one digit: a resolution as much as a count
    ],
)
def test_a_capital_k_of_a_name_stays_unread(text: str) -> None:
    assert not any("K" in text[p.start : p.end] for p in scan(text).phrases)


# --- an amount with "/-" after it, in the currency of the country the article names ----------
# allAfrica (Bank of Tanzania's zonal report), 2020: "credit extended ... increased to
# 14.50tri/-in the quarter ending December last year compared with 14.19tri/-"; "919.6bn/-"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lending to farmers in Tanzania rose to 2.40tri/- in June, against 2.10tri/-in May.",
            ["TZS 2.40 trillion", "TZS 2.10 trillion"],
        ),
        ("Deposits at Kenyan lenders came to 919.6bn/-in the period.", ["KES 919.6bn"]),
        ("In Kampala a permit costs 50,000/-, the council said.", ["UGX 50,000"]),
    ],
)
def test_an_amount_with_a_slash_dash_is_the_named_countrys_money(
    text: str, expected: list[str]
) -> None:
    assert [p.value for p in scan(text).phrases] == expected


def test_a_slash_dash_amount_is_covered_and_its_growth_checked(tmp_path: Path) -> None:
    text = (
        "In Tanzania, credit to the lake zones increased by 21.4 percent to 1.87tri/- in the "
        "year, from 1.54tri/- a year earlier."
    )
    found = outcomes(text, tmp_path, ("coverage", "growth"))
    assert ("coverage", Outcome.PASS) in found
    assert ("growth", Outcome.PASS) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no country of a shilling or a rupee named, or two: the currency is not certain
        ("Loans came to 919.6bn/-in the period.", ["919.6bn"]),
        ("Lending rose to 2.40tri/- in June.", []),
        ("Banks in Kenya and Tanzania lent 919.6bn/-in the period.", ["919.6bn"]),
    ],
)
def test_a_slash_dash_with_no_one_country_is_read_as_before(text: str, expected: list[str]) -> None:
    assert [p.value for p in scan(text).phrases] == expected


# --- a number after the sign of a number in a series --------------------------------------
# Kitco (after Reuters), Peru's copper: "Copper production in Peru, the world's No. 3 producer of
# the key industrial metal, fell 2.3% this year through July"


@pytest.mark.parametrize(
    "text",
    [
        "Nickel output in Indonesia, the world's No. 1 producer of the metal, rose 8.4% in the"
        " first half.",
        "Cocoa exports of Ghana, the #2 grower, fell 11% in the season.",
        "Sales of the No.4 carmaker rose 6 percent in May.",
    ],
)
def test_a_rank_after_no_is_no_level_of_a_growth(text: str) -> None:
    assert relations(text) == []
    assert all(text[p.start : p.end] not in ("1", "2", "4") for p in scan(text).phrases)


def test_a_rank_after_no_is_covered(tmp_path: Path) -> None:
    text = "Peru, the world's No. 3 producer of the metal, saw output fall 2.3% in July."
    assert ("coverage", Outcome.PASS) in outcomes(text, tmp_path, ("coverage",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no" as a word of denial, an amount after "No." with its unit: read as before
        ("There was no 5 percent increase in May.", "5 percent"),
        ("No 10 percent rise came in June.", "10 percent"),
        ("Output rose to 1.2 million tonnes, No. 3 mine said.", "1.2 million tonnes"),
    ],
)
def test_no_as_a_word_keeps_its_figure(text: str, expected: str) -> None:
    assert expected in [text[p.start : p.end] for p in scan(text).phrases]


# --- two ends of one move, each a share of its own time's whole -------------------------------
# IDN Financials (Bank Indonesia), 2020-08-18: "the current account deficit dropped from US$3.7
# billion (1.4% of GDP) to US$2.9 billion (1.2% of GDP)"


@pytest.mark.parametrize(
    "text",
    [
        "The current account surplus narrowed from US$4.1 billion (2.2% of GDP) to US$3.0"
        " billion (1.5% of GDP) in the third quarter.",
        "The fiscal gap widened from $12 billion (3.1% of GDP), to $15 billion (3.6% of GDP).",
    ],
)
def test_the_two_ends_of_a_move_share_no_whole(text: str) -> None:
    assert [kind for kind, _ in relations(text) if kind == "same-whole"] == []


def test_two_pairs_of_one_time_still_share_a_whole() -> None:
    text = (
        "The deficit came to US$4.1 billion (2.2% of GDP) and debt service to US$3.0 billion"
        " (1.5% of GDP) in the quarter."
    )
    assert [kind for kind, _ in relations(text) if kind == "same-whole"] == ["same-whole"]


# --- "not including": what lies outside the total -------------------------------------------
# change23's reading (twenty-third session): "not including re-exports of X" drafted X as a part


@pytest.mark.parametrize(
    "text",
    [
        "Exports came to $2.4 billion in the year, not including re-exports of $3.1 billion.",
        "The bill was 450 million euros, not including interest of 60 million euros.",
    ],
)
def test_what_a_total_does_not_include_is_no_part(text: str) -> None:
    assert sums(text) == []


def test_a_total_not_including_is_no_false_error(tmp_path: Path) -> None:
    text = "Exports came to $2.4 billion in the year, not including re-exports of $3.1 billion."
    assert ("sum", Outcome.FAIL) not in outcomes(text, tmp_path, ("sum",))


def test_what_a_total_includes_is_still_a_part() -> None:
    text = "Exports came to $12.4 billion in the year, including re-exports of $3.1 billion."
    assert sums(text) == [("$12.4 billion", ["$3.1 billion"], False)]


# --- two holders' equal figures ---------------------------------------------------------------
# change23's reading (twenty-third session): Ford's and Toyota's equal counts tied by "equal"


@pytest.mark.parametrize(
    "text",
    [
        "Ford sold 21,000 cars in May. Toyota also sold 21,000 cars in May, its best month.",
        "Ghana exported 40,000 tonnes of cocoa in March. Nigeria exported 40,000 tonnes of cocoa"
        " in March as well.",
    ],
)
def test_another_holders_equal_figure_is_no_figure_given_twice(text: str) -> None:
    assert equals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # one holder's figure given again, with or without "too"
        "Ford sold 21,000 cars in May. Its cars sold 21,000 in May too.",
        "Ford sold 21,000 cars in May, the maker said. In May, Ford sold 21,000 cars, it added.",
    ],
)
def test_one_holders_figure_given_twice_is_still_tied(text: str) -> None:
    assert equals(text) == [["21,000", "21,000"]]


# --- a denial with an aside, and "no longer" -------------------------------------------------
# left23's notes (twenty-third session): denied read only the words right before a figure


def _denied(text: str) -> list[bool]:
    from aktobe_facts.text.denied import denied

    whole = (0, len(text))
    return [denied(text, whole, p) for p in scan(text).phrases]


@pytest.mark.parametrize(
    "text",
    [
        "Sales did not, as the ministry forecast, rise 5.2% in the year.",
        "Revenue was not, as officials had hoped, a 5.2% increase.",
        "Exports no longer grow 9% a year.",
    ],
)
def test_a_denial_across_an_aside_or_no_longer_denies(text: str) -> None:
    assert _denied(text) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Sales did not fall, and rose 5.2% in the year.",
        "Sales did not, however, fall: they rose 5.2% in the year.",
        "Exports grew 9% a year, no longer than planned.",
    ],
)
def test_a_figure_after_the_denied_words_is_stated(text: str) -> None:
    assert _denied(text) == [False]
