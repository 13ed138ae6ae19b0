"""Scale words news writes glued or abbreviated: "N31.8trn", "$31.8 trn" are trillions, as "tn"
and "trln" are; a scale joined to its number by a hyphen, as an adjective writes it ("a
$5-billion deal"), is the number's scale, in a value and in running text."""

from __future__ import annotations

import pytest

from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text.phrases import scan


@pytest.mark.parametrize("text", ["$31.8trn", "$31.8 trn", "$31.8tn", "$31.8 trln"])
def test_trn_is_a_trillion(text: str) -> None:
    assert parse(text).value == 31_800_000_000_000


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$5-billion", 5 * 10**9),
        ("US$1.2-billion", 1_200_000_000),
        ("700-million", 700_000_000),
        ("3-thousand", 3000),
    ],
)
def test_a_hyphened_scale_is_the_numbers(text: str, value: int) -> None:
    assert parse(text).value == value
    (phrase,) = scan(f"The firm signed a {text} contract in May.").phrases
    assert phrase.value == text
    assert phrase.stated.value == value


def test_a_hyphen_before_another_word_is_no_scale() -> None:
    with pytest.raises(GrammarError):
        parse("5-fold")
    assert [p.value for p in scan("The firm signed a $5-year contract worth $2 billion.").phrases][
        -1:
    ] == ["$2 billion"]
