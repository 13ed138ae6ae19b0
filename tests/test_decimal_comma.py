"""A decimal comma inside a file that sets no locale, per figure: a comma followed by exactly one
or two digits ("20,3%", "12,7 million") cannot separate thousands, so it is that figure's decimal
comma, and its reading says so. A file that sets its locale reads as before; "12, 8%" (a comma and a
space) is two numbers; a bare "1,2" in text ("items 1,2 and 3") is left to the editor; a figure
that could be either reading ("$2,618 million") gets the separators warning."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.checks.numberstyles import _OTHER_STYLE
from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.findings import Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import LOCALES, GrammarError, parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.text.phrases import UNREAD_LEFT, scan
from conftest import findings_of

UNITS = ["%", " percent", " million", " billion tenge", " million dollars", " thousand people"]
PREFIXED = ["$", "US$", "€"]


@given(
    st.integers(0, 999_999),
    st.integers(1, 2).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, 10**n - 1))),
    st.sampled_from(UNITS + PREFIXED),
)
def test_one_or_two_digits_after_a_comma_are_decimals(
    whole: int, decimals: tuple[int, int], unit: str
) -> None:
    places, frac = decimals
    number = f"{whole},{frac:0{places}d}"
    text = f"{unit}{number} million" if unit in PREFIXED else f"{number}{unit}"
    stated = parse(text)
    exact = Fraction(whole * 10**places + frac, 10**places)
    assert stated.decimal_comma
    assert stated.digits == f"{whole}.{frac:0{places}d}"
    q = read(stated)
    assert q.interval is not None and q.interval.contains(stated.value)
    assert stated.value == exact * 10**stated.exponent
    assert "decimal comma" in q.reading
    with pytest.raises(GrammarError):  # a file that sets locale = "en" reads as before
        parse(text, LOCALES["en"])


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(UNITS))
def test_three_digits_after_a_comma_stay_a_thousands_group(head: int, tail: int, unit: str) -> None:
    stated = parse(f"{head},{tail:03d}{unit}")
    assert not stated.decimal_comma
    assert stated.digits == str(head * 1000 + tail)


@pytest.mark.parametrize("text", ["12, 8%", "1,2,3", "1,234,5 million", "1,23.5", "12,7.5%"])
def test_what_a_decimal_comma_cannot_be_stays_an_error(text: str) -> None:
    with pytest.raises(GrammarError):
        parse(text)


def test_a_range_and_a_mixed_scale_number_with_decimal_commas() -> None:
    span = parse("12,5–13,7 percent")
    assert span.decimal_comma and span.value == Fraction(131, 10)
    mixed = parse("22 billion 834,7 million soms")
    assert mixed.decimal_comma and mixed.digits == "22834.7"


def test_in_text_a_figure_with_a_unit_is_read_and_a_bare_one_is_left() -> None:
    text = (
        "Inflation was 20,3% and exports $12,7 million (12,7 billion tenge). Items 1,2 and 3 "
        "were sold; 12, 8% of firms rose."
    )
    found = scan(text)
    assert [p.value for p in found.phrases if p.stated.decimal_comma] == ["20,3%", "$12,7 million"]
    assert found.phrases[1].counterparts == ("12,7 billion tenge",)
    (left,) = [item for item in found.left if item.span.text == "1,2"]
    assert left.why == UNREAD_LEFT
    assert [p.value for p in found.phrases if p.start >= text.index("12, 8")] == ["12", "8%"]


CLAIM = '[[claim]]\nid = "{id}"\nquote = "q"\nvalue = "{value}"\ncounterpart = "{other}"\n\n'


def test_a_file_that_sets_its_locale_refuses_the_figure() -> None:
    body = CLAIM.format(id="a", value="12,7 million dollars", other="6,1 billion tenge")
    assert loads(body).claims[0].value is not None
    with pytest.raises(LoadError, match="malformed number"):
        loads('[settings]\nlocale = "en"\n\n' + body)


def test_a_figure_that_could_be_either_reading_gets_the_separators_warning() -> None:
    # "$5,6 million" is a decimal comma; "2,618 million tenge" is then read both ways
    text = (
        CLAIM.format(id="small", value="2,618 million tenge", other="US$5,6 million")
        + CLAIM.format(id="p1", value="85 billion tenge", other="US$182 million")
        + CLAIM.format(id="p2", value="2.1 billion tenge", other="US$4.5 million")
    )
    (warning,) = findings_of(text, "separators")
    assert warning.severity is Severity.WARNING and warning.claims == ("small",)


@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        ("Exports were 15,3 million manat, or $9,2 million, in 2020.", "$9,2 million"),
        ("Exports were 15.3 million manat, or $9,200, in 2020.", "$9,200"),  # thousands
        ("Exports were 15,3 million manat (US$9,2 million).", "US$9,2 million"),
    ],
)
def test_a_conversion_after_or_keeps_its_comma(text: str, counterpart: str) -> None:
    (phrase,) = scan(text).phrases
    assert phrase.counterparts == (counterpart,)


_PLAIN_OTHER_STYLE = re.compile(r"(?<=\d),\d{1,2}(?![\d,]|\.\d)|(?<=\d)\.\d{3}\.\d{3}(?!\d)")


@given(st.text(alphabet="0123456789,.a -", max_size=30))
def test_the_other_style_scan_finds_what_its_plain_pattern_finds(text: str) -> None:
    # the scan puts the separator first for speed; it must match where the digit-first
    # definition matches, and nowhere else
    fast = [m.span() for m in _OTHER_STYLE.finditer(text)]
    assert fast == [m.span() for m in _PLAIN_OTHER_STYLE.finditer(text)]
