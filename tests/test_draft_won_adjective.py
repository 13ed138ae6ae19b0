"""Two currency forms a draft left unread (twenty-eighth session): "won" after a number in an
article that names one Korea ("61 trillion won"), never the verb ("4 won contracts"); and a word
the article's currency words map, after its currency's adjective in the CLDR ("1.2 trillion Yemeni
riyals", "9.4 billion Omani riyals")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.claims.loader import loads
from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.reading.units import lookup_unit
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def drafted(tmp_path: Path, text: str) -> str:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return render(draft(text), article, "article.txt")


def read_units(claims: str, tmp_path: Path) -> dict[str, str | None]:
    """Each drafted claim's value with the key of its unit (None for a bare number)."""
    doc = loads(claims, tmp_path / "claims.toml")
    found: dict[str, str | None] = {}
    for claim in doc.claims:
        for q in claim.numbered():
            found[q.stated.text] = q.unit.key if q.unit is not None else None
    return found


@pytest.mark.parametrize(
    ("lead", "code"),
    [
        ("South Korea's parliament passed an extra budget.", "KRW"),
        ("Lawmakers in Seoul passed an extra budget.", "KRW"),
        ("Korea's parliament passed an extra budget.", "KRW"),
        ("North Korea's assembly passed a budget.", "KPW"),
    ],
)
def test_won_after_a_scale_word_is_the_currency_of_the_korea_named(
    tmp_path: Path, lead: str, code: str
) -> None:
    text = f"{lead} It is worth 61 trillion won, up from 58.3 trillion won last year.\n"
    claims = drafted(tmp_path, text)
    assert f'won = "{code}"' in claims
    assert read_units(claims, tmp_path) == {"61 trillion won": code, "58.3 trillion won": code}


def test_won_is_not_read_where_no_korea_is_named(tmp_path: Path) -> None:
    claims = drafted(tmp_path, "The fund is worth 61 trillion won, up from 58.3 trillion won.\n")
    assert "won =" not in claims
    assert all(unit is None for unit in read_units(claims, tmp_path).values())


def test_won_after_a_small_number_is_the_verb(tmp_path: Path) -> None:
    text = (
        "Seoul's agency said that of the 12 firms that bid, 5 won contracts worth 3 billion won. "
        "Of the 300 seats, 161 won by the ruling party. A ticket costs 4,500 won.\n"
    )
    found = read_units(drafted(tmp_path, text), tmp_path)
    assert found["5"] is None and found["161"] is None
    assert found["3 billion won"] == "KRW" and found["4,500 won"] == "KRW"


@pytest.mark.parametrize(
    ("lead", "phrase", "code"),
    [
        ("Yemen's government", "1.2 trillion Yemeni riyals", "YER"),
        ("Oman's finance ministry", "9.4 billion Omani riyals", "OMR"),
        ("Qatar's finance ministry", "201 billion Qatari riyals", "QAR"),
    ],
)
def test_a_mapped_word_after_its_currencys_adjective_is_read(
    tmp_path: Path, lead: str, phrase: str, code: str
) -> None:
    text = f"{lead} plans to spend {phrase} this year, up from 120 riyals a head.\n"
    claims = drafted(tmp_path, text)
    assert f'riyals = "{code}"' in claims
    assert read_units(claims, tmp_path)[phrase] == code


def test_another_currencys_adjective_is_no_reading() -> None:
    aliases = {"riyals": "YER"}
    assert lookup_unit("yemeni riyals", aliases) is not None
    assert lookup_unit("omani riyals", aliases) is None
    assert lookup_unit("old riyals", aliases) is None
    with pytest.raises(GrammarError):
        parse("5 billion Omani riyals", aliases=aliases)


_WORDS = st.sampled_from(["Yemeni", "Omani", "Qatari", "Saudi", "new", "old", "the", "Yemen"])


@given(words=st.lists(_WORDS, min_size=1, max_size=3))
def test_only_the_adjective_of_the_mapped_currency_reads(words: list[str]) -> None:
    key = " ".join([*words, "riyals"]).lower()
    unit = lookup_unit(key, {"riyals": "YER"})
    # "saudi riyals" is read without the map, as the Saudi riyal's own name
    assert (unit is not None and unit.key == "YER") == (key == "yemeni riyals")


_LEFT_OUT_TEXT = (
    "Seoul passed a budget of 80 trillion won on Friday.\n\n"
    "Of the total 80 trillion won, leaving out the transfers to the provinces (30 trillion won), "
    "the central spending {verb} 50 trillion won.\n"
)


@pytest.mark.parametrize(
    ("verb", "exhaustive"), [("amounts to", True), ("stands at", True), ("includes", False)]
)
def test_an_own_total_less_a_part_left_out_is_the_level_left(
    tmp_path: Path, verb: str, exhaustive: bool
) -> None:
    claims = drafted(tmp_path, _LEFT_OUT_TEXT.format(verb=verb))
    doc = loads(claims, tmp_path / "claims.toml")
    (relation,) = [r for r in doc.relations if r.kind == "sum"]
    assert relation.flag("exhaustive") is exhaustive
