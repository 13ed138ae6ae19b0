"""The riyal's sign of Qatar's press ("QR40.7bn"), the ngultrum's of Bhutan's without the CLDR's
full stop ("Nu 1.7B"), the dinar's of Bahrain's ("BD2.8bn"), the Slovak koruna's ("Sk134
billion", the currency until 2009, of which the CLDR keeps no sign or place) and the CFA franc's
words and signs as the English-language press writes them ("CFAF 163 billion", "12.6 billion
Fcfa", "8 billion CFA francs", the Economist Intelligence Unit's "CFAfr1,326bn"), read where the article names the country, as the other signs of
two letters are: unread elsewhere. An amount in a currency that only the article's currency words
name is read in its text as in its claims. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from aktobe_facts.text.draft import draft


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("Qatar's exports came to QR30.9 billion in March.", "QR30.9 billion", "QAR"),
        ("Qatar's surplus was QR40.7bn in the quarter.", "QR40.7bn", "QAR"),
        ("Bhutan's power plants earned Nu 1.7B this year.", "Nu 1.7B", "BTN"),
        ("Bhutan exported power worth Nu 127M in January.", "Nu 127M", "BTN"),
        ("Bahrain's exports came to BD2.8bn last year.", "BD2.8bn", "BHD"),
        ("Imports into Bahrain rose to BD1.5 billion.", "BD1.5 billion", "BHD"),
        ("Slovakia's exports rose to Sk134 billion in April.", "Sk134 billion", "SKK"),
        ("The Slovak deficit was Sk5.8 billion in May.", "Sk5.8 billion", "SKK"),
        ("Senegal's exports came to CFAF 16 billion in May.", "CFAF 16 billion", "XOF"),
        ("Senegal sold cement worth 2.1 billion Fcfa in May.", "2.1 billion Fcfa", "XOF"),
        ("Mali's gold sales rose to 96 billion CFA francs.", "96 billion CFA francs", "XOF"),
        ("Cameroon's cocoa brought in 50.2 billion CFA.", "50.2 billion CFA", "XAF"),
        ("Togo's budget was raised to CFA1,975.5 billion.", "CFA1,975.5 billion", "XOF"),
        ("Chad's spending came to CFAfr1,480bn last year.", "CFAfr1,480bn", "XAF"),
        ("Uganda's tax shortfall came to shs901 billion.", "shs901 billion", "UGX"),
        ("Kenya's tea earned sh191 billion in 2031.", "sh191 billion", "KES"),
        ("Gabon's oil revenue fell to CFAfr 612bn.", "CFAfr 612bn", "XAF"),
    ],
)
def test_the_sign_is_read_where_the_article_names_its_country(
    text: str, value: str, code: str
) -> None:
    found = draft(text)
    assert [c.value for c in found.claims] == [value]
    assert code in dict(found.shared.currencies).values()
    assert not found.unread


def test_the_sign_is_left_unread_where_no_country_is_named() -> None:
    found = draft("The surplus was QR40.7bn in the quarter.")
    assert "QAR" not in dict(found.shared.currencies).values()


@pytest.mark.parametrize(
    "text",
    [
        "The surplus was BD2.8bn in the quarter.",
        "The deficit was Sk5.8 billion in May.",
        "The exports came to CFAF 16 billion in May.",
        "The budget was raised to CFA1,975.5 billion.",
    ],
)
def test_a_sign_of_no_named_country_is_no_figure(text: str) -> None:
    found = draft(text)
    assert not found.claims
    assert found.unread


def test_a_conversion_into_a_currency_gone_is_drafted() -> None:
    found = draft("Slovakia's exports rose to Sk134 billion (€4.4 billion) in April.")
    assert [(c.value, c.counterparts) for c in found.claims] == [
        ("Sk134 billion", ("€4.4 billion",))
    ]


def test_the_swiss_franc_s_old_sign_is_read_everywhere() -> None:
    # "SFr" names one currency, so it needs no country named (swissinfo's and The Economist's style)
    found = draft("The insurer's profit fell to SFr1.57 billion from SFr1.87 billion.\n")
    assert [c.value for c in found.claims] == ["SFr1.57 billion", "SFr1.87 billion"]
    assert not found.unread
