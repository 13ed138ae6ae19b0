"""Turkish lira amounts as the Turkish press writes them: the country's word before the currency
("144.7 billion Turkish liras") and the sign "TL" before the number ("TL 109.5 billion"), which
reads only in capitals, as a word of its own, before a number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import parse
from aktobe_facts.text.phrases import scan

SCALES = {"": 0, " thousand": 3, " million": 6, " billion": 9, " trillion": 12}
FORMS = ["{n} Turkish lira", "{n} Turkish liras", "{n} Turkish lire", "TL {n}", "TL{n}"]


@given(
    st.sampled_from(FORMS),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(sorted(SCALES)),
)
def test_a_lira_amount_reads_with_its_exact_value_alone_and_in_running_text(
    form: str, whole: int, tenth: int, scale: str
) -> None:
    written = form.format(n=f"{whole:,}.{tenth}{scale}")
    value = Fraction(whole * 10 + tenth, 10) * 10 ** SCALES[scale]
    stated = parse(written)
    assert stated.unit is not None and stated.unit.key == "TRY"
    assert stated.value == value
    (phrase,) = scan(f"Revenues came to {written} in the period.").phrases
    assert phrase.value == written
    assert phrase.stated.unit is not None and phrase.stated.unit.key == "TRY"


@pytest.mark.parametrize(
    "text", ["ATL 5 million", "TLX 5 million", "tl 5 million", "Tl 5 million", "TL. 5 million"]
)
def test_tl_glued_to_other_letters_or_not_in_capitals_is_no_sign(text: str) -> None:
    (phrase,) = scan(f"They said {text} were paid.").phrases
    assert phrase.value == "5 million" and phrase.stated.unit is None


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("3.5 billion US dollars", "USD"),
        ("2 billion Kazakh tenge", "KZT"),
        ("14.9 billion liras", "TRY"),
    ],
)
def test_multi_word_currencies_of_other_rows_still_read(written: str, code: str) -> None:
    (phrase,) = scan(f"It cost {written} last year.").phrases
    assert phrase.value == written
    assert phrase.stated.unit is not None and phrase.stated.unit.key == code
