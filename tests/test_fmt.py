"""How numbers are shown: rounded to significant digits, thousands commas, scale words."""

from __future__ import annotations

import pytest

from aktobe_facts.reading import fmt
from aktobe_facts.reading.exact import Fraction


@pytest.mark.parametrize(
    ("x", "sig", "shown"),
    [
        (Fraction(646_800_000_000), 6, "646.8 billion"),
        (Fraction(1100), 6, "1,100"),
        (Fraction(1, 3), 6, "0.333333"),
        (Fraction(-25, 10), 6, "-2.5"),
        (Fraction(9_999_995, 10), 6, "1 million"),  # the carry adds a digit and a scale word
        (Fraction(125, 100), 2, "1.2"),  # half to even
        (Fraction(135, 100), 2, "1.4"),
        (Fraction(0), 6, "0"),
        (Fraction(1, 10**20), 3, "0.00000000000000000001"),
        (Fraction(10**15), 6, "1,000 trillion"),
        (Fraction(123_456_789), 0, "100 million"),  # fewer than one digit means one
    ],
)
def test_number(x: Fraction, sig: int, shown: str) -> None:
    assert fmt.number(x, sig) == shown


def test_number_without_scale_words() -> None:
    assert fmt.number(Fraction(646_800_000_000), scale_words=False) == "646,800,000,000"


def test_number_ignores_the_callers_decimal_context() -> None:
    import decimal

    with decimal.localcontext() as ctx:
        ctx.prec = 2
        ctx.rounding = decimal.ROUND_DOWN
        assert fmt.number(Fraction(646_850_000_000)) == "646.85 billion"
        assert fmt.number(Fraction(4_213_431, 10_000)) == "421.343"
