"""A comma right after a number's decimals ends it: "Kshs 466.5,7.3% lower" is two figures, the
space after the comma left out (digits after a decimal point are no thousands group). A comma
with no decimal point before it is read as before: "$12,7 million" with a decimal comma, and
"N31,79 million" (a misprint: no reading) left unread. The sentences are written for these
tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _drafted import relations
from aktobe_facts.text.draft import draft
from aktobe_facts.text.textnums import numerals


def _texts(text: str) -> list[str]:
    return [s.text for s in numerals(text)]


def test_a_comma_after_a_decimal_point_starts_the_next_figure() -> None:
    assert _texts("came to Kshs 466.5,7.3% lower") == ["466.5", "7.3"]
    assert _texts("rates of 0.5,1.25,2.75 percent") == ["0.5", "1.25", "2.75"]
    assert _texts("1,234.5,7 million") == ["1,234.5", "7 million"]


def test_a_comma_with_no_decimal_point_before_it_is_kept() -> None:
    assert _texts("a profit of $12,7 million") == ["12,7 million"]
    assert _texts("N31,79 million") == ["31,79 million"]
    assert _texts("1.234.567,89 euros") == ["1.234.567,89"]  # dots that group three digits
    assert _texts("466.500,7") == ["466.500,7"]  # three digits after the point: maybe a group


@given(
    st.integers(min_value=0, max_value=99_999),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
)
def test_two_decimals_glued_by_a_comma_are_two_numerals(a: int, b: int, c: int, d: int) -> None:
    first, second = f"{a}.{b}", f"{c}.{d}"
    assert _texts(f"up {first},{second}% on the year") == [first, second]


def test_the_glued_figures_are_read_and_related() -> None:
    text = (
        "NAIROBI, May 14, 2031 - The company's earnings per share came to Kshs 466.5,7.3% lower "
        "compared to Kshs 503.0 a year earlier."
    )
    values = [c.value for c in draft(text).claims]
    assert values == ["Kshs 466.5", "7.3% lower", "Kshs 503.0"]
    assert [kind for kind, _ in relations(text)] == ["growth"]


def test_a_decimal_comma_and_a_misprint_are_read_as_before() -> None:
    found = draft("LAGOS, May 2031 - The lender's profit rose to $12,7 million in the year.")
    assert [c.value for c in found.claims] == ["$12,7 million"]
    text = "LAGOS, May 2031 - Revenue rose to N31,79 million, from $4.2 million in 2030."
    found = draft(text)
    assert "N31,79 million" not in [c.value for c in found.claims]
    assert any("N31,79 million" in left for left in found.unread)
