"""A currency word of two currencies ("lei": the Romanian and the Moldovan leu) in a draft: mapped by
``[settings] currencies`` to the one whose country the article names, else kept as the grammar
reads it with a comment on each claim whose reading it decides."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.claims.loader import loads
from aktobe_facts.reading.units import shared_sign
from aktobe_facts.text.articlecheck import load_article
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftcurrency import shared_words
from aktobe_facts.text.drafttoml import render

BODY = "revenues totaled 59.216 billion lei ($3.068 billion) in 2022, up 12 percent."
ASSUMED = "currency assumed"


def drafted(tmp_path: Path, text: str) -> str:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return render(draft(text), article, "article.txt")


def units(claims: str, tmp_path: Path) -> set[str]:
    doc = loads(claims, tmp_path / "claims.toml")
    return {q.unit.key for c in doc.claims for q in c.numbered() if q.unit and q.unit.is_currency}


@pytest.mark.parametrize(
    ("lead", "code"),
    [
        ("Moldova's state budget", "MDL"),
        ("In Chisinau, the Moldovan budget's", "MDL"),
        ("Romania's state budget", "RON"),
        ("The budget in Bucharest:", "RON"),
    ],
)
def test_the_country_the_article_names_sets_the_currency(
    tmp_path: Path, lead: str, code: str
) -> None:
    claims = drafted(tmp_path, f"{lead} {BODY}\n")
    assert f'[settings]\ncurrencies = {{lei = "{code}"}}' in claims
    assert ASSUMED not in claims
    assert units(claims, tmp_path) == {code, "USD"}


@pytest.mark.parametrize("lead", ["The state budget", "Moldova sells to Romania; the state budget"])
def test_no_single_country_keeps_the_reading_and_says_it_was_assumed(
    tmp_path: Path, lead: str
) -> None:
    claims = drafted(tmp_path, f"{lead} {BODY}\n")
    assert "[settings]\n" not in claims
    assert units(claims, tmp_path) == {"RON", "USD"}
    (claim,) = [c for c in claims.split("[[claim]]") if 'value = "59.216 billion lei"' in c]
    assert claim.lstrip().startswith(f'# {ASSUMED}: "lei" read as RON')
    assert '{ "lei" = "MDL" }' in claim
    # the percent does not depend on the word: no comment
    (percent,) = [c for c in claims.split("[[claim]]") if 'value = "up 12 percent"' in c]
    assert ASSUMED not in percent


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkmenistan's exports reached 5.2 billion manats ($1.5 billion) in 2022.", "TMT"),
        ("In Baku, exports reached 5.2 billion manats ($3.1 billion) in 2022.", "AZN"),
        ("Pakistan's revenue reached 7.1 trillion rupees ($25 billion) in 2023.", "PKR"),
        ("India's revenue reached 27.2 trillion rupees ($330 billion) in 2023.", "INR"),
        # shillings the grammar reads only when mapped: read, and the conversion drafted
        ("Kenya's flower growers earned Sh71.4 billion ($690 million) last year.", "KES"),
        ("In Dar es Salaam, cashew sales brought in Sh1.7 trillion ($730 million).", "TZS"),
        ("Uganda's fish exports earned 0.6 trillion shillings ($160 million).", "UGX"),
        # pounds of Sudan, South Sudan and Lebanon, not sterling: a place inside a longer place
        # ("Sudan" in "South Sudan") names only the longer one
        ("Sudan's budget plans a gap of 80 billion pounds ($1.7 billion) for 2021.", "SDG"),
        ("South Sudan's oil earned 60 billion pounds ($0.4 billion) in 2019.", "SSP"),
        ("In Beirut, the deficit came to 4.9 trillion pounds ($3.2 billion) in 2018.", "LBP"),
        # the kina's "K" where the country is named as its press names it, and the baht's "B"
        ("PNG's public debt rose to K40,168 million ($11.4 billion) in 2031.", "PGK"),
        ("Thailand's border surplus was B92.47 billion ($2.6 billion) in June.", "THB"),
    ],
)
def test_other_words_of_two_currencies(tmp_path: Path, text: str, code: str) -> None:
    claims = drafted(tmp_path, text + "\n")
    assert units(claims, tmp_path) == {code, "USD"}
    assert ASSUMED not in claims
    assert claims.count("counterpart = ") == 1


def test_a_word_with_its_country_is_never_assumed(tmp_path: Path) -> None:
    text = "Moldova and Romania: trade reached 5 billion Romanian lei ($1.1 billion) in 2022.\n"
    assert ASSUMED not in drafted(tmp_path, text)
    assert shared_words(text).assumed == (("lei", ("MDL", "RON")),)


def test_an_article_without_the_word_writes_nothing() -> None:
    found = shared_words("Moldova's budget reached 3 billion dollars.")
    assert found.currencies == () and found.assumed == ()


def test_check_on_the_article_reads_the_mapped_currency(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"Moldova's state budget {BODY}\n", encoding="utf-8")
    doc = load_article(article)
    assert doc.settings.currencies.get("lei") == "MDL"


def test_a_shilling_of_no_single_country_is_left_unread(tmp_path: Path) -> None:
    claims = drafted(tmp_path, "Flowers earned Sh71.4 billion ($690 million) last year.\n")
    assert "[settings]\n" not in claims
    assert 'value = "Sh' not in claims
    assert units(claims, tmp_path) <= {"USD"}


def test_rubles_of_belarus_are_one_currency_with_belarusian_rubles(tmp_path: Path) -> None:
    text = (
        "Belarus ran a surplus of 1.4 trillion Belarusian rubles in March. Revenues came to "
        "17.2 trillion rubles and expenditures to 15.8 trillion rubles.\n"
    )
    claims = drafted(tmp_path, text)
    assert units(claims, tmp_path) == {"BYN"}
    # one currency: the surplus is drafted as revenue less expenditure
    assert 'kind = "difference"' in claims
    russian = drafted(tmp_path, "Russia's revenues came to 17.2 trillion rubles in March.\n")
    assert units(russian, tmp_path) == {"RUB"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a tier's letter before dollars, a letter and digits of a name: no baht
        (
            "Thailand's grants came to 9 million US dollars, of which Tier B 5 million US "
            "dollars went to schools.",
            ["9 million US dollars", "5 million US dollars"],
        ),
        (
            "Thailand's airline flew a B747 with 380 seats and sold B12 tablets worth 450 "
            "million baht.",
            ["380", "450 million baht"],
        ),
        # the sign glued to an amount with a scale or thousands groups stays the baht's
        ("Thailand's surplus came to B92.47 billion in June.", ["B92.47 billion"]),
        ("Thailand's fee rose to B1,500 in June.", ["B1,500"]),
    ],
)
def test_the_baht_s_letter_is_read_only_glued_to_an_amount(text: str, values: list[str]) -> None:
    assert [c.value for c in draft(text).claims if c.kind != "growth"] == values


@pytest.mark.parametrize(
    ("text", "used"),
    [
        ("B92.47 billion", 1),
        ("B1,500 each", 1),
        ("B5bn in June", 1),
        ("B 5 million", 0),  # a space: a tier's or a class's letter
        ("B2B trade", 0),  # a one-letter scale: no amount
        ("B5 million US dollars went", 0),  # a currency word after the amount: not the baht's
        ("B5 million tonnes of rice", 0),
    ],
)
def test_the_baht_s_letter_in_running_text(text: str, used: int) -> None:
    assert shared_sign(text, money_only=True, running=True) == used
