"""The words of rise and fall (reading.changewords) with every inflection: a verb or noun of change
gives its number the change's sign ("widened 15.2 percent" +15.2, "narrowed 18 percent" −18,
"an 11.3 per cent expansion" +11.3, "picked up sharply by 3 percent"); "improved" and an unknown
word are clear errors; in a draft, a list of figures after one verb takes the verb's sign."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from aktobe_facts.cli import app
from aktobe_facts.reading.changewords import (
    FALL_NOUNS,
    FALL_VERBS,
    RISE_NOUNS,
    RISE_VERBS,
    UNCERTAIN_FORMS,
    inflections,
)
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import Direction, GrammarError, Qualifier, parse
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render

VERBS = [(verb, Direction.UP) for verb in RISE_VERBS] + [(v, Direction.DOWN) for v in FALL_VERBS]
NOUNS = [(noun, Direction.UP) for noun in RISE_NOUNS] + [(n, Direction.DOWN) for n in FALL_NOUNS]
UNITS = ["percent", "per cent", "%", "percentage points", "billion tenge"]


def test_each_verb_has_its_tenses() -> None:
    assert inflections("rise") == ("rise", "rises", "rose", "risen", "rising")
    assert inflections("widen") == ("widen", "widens", "widened", "widening")
    assert inflections("slip") == ("slip", "slips", "slipped", "slipping")
    assert inflections("surge") == ("surge", "surges", "surged", "surging")
    assert inflections("pick up") == ("pick up", "picks up", "picked up", "picking up")
    assert "narrow" in FALL_VERBS and "widen" in RISE_VERBS


@given(
    st.sampled_from(VERBS),
    st.data(),
    st.sampled_from(["", " sharply", " slightly", " further"]),
    st.sampled_from(["", " by"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(UNITS),
)
def test_every_form_of_a_verb_of_change_gives_its_sign(
    verb: tuple[str, str], data: st.DataObject, adverb: str, by: str, tenths: int, unit: str
) -> None:
    word, direction = verb
    form = data.draw(st.sampled_from(inflections(word)))
    gap = "" if unit == "%" else " "
    stated = parse(f"{form}{adverb}{by} {tenths / 10}{gap}{unit}")
    size = Fraction(tenths, 10) * (10**9 if unit.startswith("billion") else 1)
    assert stated.direction == direction
    assert stated.value == (size if direction == Direction.UP else -size)
    level = parse(f"{form.upper()}{adverb} to {tenths / 10}{gap}{unit}")
    assert level.direction is None and not level.negative  # "fell to 5 percent": the level


@given(st.sampled_from(NOUNS), st.integers(min_value=1, max_value=999))
def test_a_noun_of_change_before_or_after_the_number_gives_its_sign(
    noun: tuple[str, str], tenths: int
) -> None:
    word, direction = noun
    size = Fraction(tenths, 10)
    signed = size if direction == Direction.UP else -size
    for article in ("a", "an"):
        before = parse(f"{article} {word} of {tenths / 10} percent")
        assert before.direction == direction and before.value == signed
    after = parse(f"an {tenths / 10} per cent {word}")
    assert after.direction == direction and after.value == signed


@pytest.mark.parametrize(
    ("value", "direction", "number", "qualifier"),
    [
        ("widened 15.2 percent", Direction.UP, Fraction(152, 10), None),
        ("narrowed 18 percent", Direction.DOWN, Fraction(-18), None),
        ("an 11.3 per cent expansion", Direction.UP, Fraction(113, 10), None),
        ("picked up sharply by 3 percent", Direction.UP, Fraction(3), None),
        ("surging by 8 percent", Direction.UP, Fraction(8), None),
        ("slipping by 2 percent", Direction.DOWN, Fraction(-2), None),
        ("fell nearly 5 percent", Direction.DOWN, Fraction(-5), Qualifier.BELOW),
        ("rose more than 5 percent", Direction.UP, Fraction(5), Qualifier.LOWER),
    ],
)
def test_the_words_news_prints(
    value: str, direction: str, number: Fraction, qualifier: str | None
) -> None:
    stated = parse(value)
    assert (stated.direction, stated.value, stated.qualifier) == (direction, number, qualifier)


@given(st.sampled_from(UNCERTAIN_FORMS), st.sampled_from(["", " by"]))
def test_improved_never_guesses_a_sign(form: str, by: str) -> None:
    with pytest.raises(GrammarError, match="does not say which way the figure went"):
        parse(f"{form}{by} 4.4 percent")


@pytest.mark.parametrize("words", ["hit", "stood at", "the deficit", "zoomed"])
def test_an_unknown_word_before_the_number_is_named(words: str) -> None:
    with pytest.raises(GrammarError, match=f"unknown word '{words}' before the number"):
        parse(f"{words} 15.2 percent")


def test_an_unknown_word_is_an_error_naming_file_line_and_claim(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    path.write_text(
        '[[claim]]\nid = "gap"\nquote = "the gap zoomed 15.2 percent"\n'
        'value = "zoomed 15.2 percent"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["check", str(path), "--width", "400"])
    assert result.exit_code == 2
    assert "claims.toml:4: claim 'gap': field 'value'" in result.output
    assert "unknown word 'zoomed'" in result.output


def _values(tmp_path: Path, text: str) -> list[str]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    claims = render(draft(text), article, "article.txt")
    return [
        line.split("=", 1)[1].strip().strip('"')
        for line in claims.splitlines()
        if line.startswith("value =")
    ]


@pytest.mark.parametrize(
    ("verb", "sign"), [("fell by", "-"), ("declined", "-"), ("rose by", ""), ("widened", "")]
)
def test_a_list_after_one_verb_takes_its_sign(tmp_path: Path, verb: str, sign: str) -> None:
    values = _values(
        tmp_path,
        f"Exports to China, Russia and Italy {verb} 12.7 per cent, 11.5 per cent and "
        "14.2 per cent in 2023.\n",
    )
    assert f"{sign}11.5 per cent" in values and f"{sign}14.2 per cent" in values


def test_a_list_whose_items_name_their_months_takes_its_sign(tmp_path: Path) -> None:
    values = _values(
        tmp_path, "Ferry crossings fell by 3 percent in April and 5 percent in May 2031.\n"
    )
    assert "-5 percent" in values
    # a month after the last item is no list of months: a share after it keeps its sign
    values = _values(tmp_path, "Revenue fell 5 percent in April, 2 percent of GDP.\n")
    assert "-2 percent" not in values


def test_a_figure_after_a_change_that_is_no_list_keeps_no_sign(tmp_path: Path) -> None:
    values = _values(tmp_path, "Revenue fell 5 percent, 2 percent of GDP, in 2023.\n")
    assert "-2 percent" not in values
