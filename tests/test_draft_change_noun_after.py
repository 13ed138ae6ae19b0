"""An amount of change and its percent joined by "or" between an article and a noun of change:
"a 9.3 billion yen or 18.5% drop", "a 18.5% or 9.3 billion yen drop", "a 9.3 billion yen, or
18.5%, decrease". The noun after both gives the way of the change, as "a drop of D" does: before,
a fall was read as a rise (its base the level less the amount) and a right article failed. The
sentences are written for these tests."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from _drafted import outcomes, relations
from aktobe_facts.findings import Outcome

FALLS = ("drop", "fall", "decline", "decrease", "slump", "contraction")
RISES = ("rise", "increase", "gain", "jump")
SENTENCE = "Net income for the year to March will amount to {level}, {change}, the company said."


def _change(order: str, amount: str, percent: str, noun: str) -> str:
    if order == "amount first":
        return f"a {amount} or {percent} {noun}"
    if order == "amount first, commas":
        return f"a {amount}, or {percent}, {noun}"
    return f"a {percent} or {amount} {noun}"


def test_a_drop_after_the_amount_and_percent_is_a_fall() -> None:
    text = SENTENCE.format(level="41.0 billion yen", change="a 9.3 billion yen or 18.5% drop")
    assert relations(text) == [
        (
            "change",
            {
                "amount": "9.3 billion yen",
                "current": "41.0 billion yen",
                "percent": "18.5%",
                "direction": "fall",
            },
        )
    ]


def test_the_noun_after_signs_over_a_word_of_fall_before(tmp_path: Path) -> None:
    # "loss" is a word of fall before the figures; the noun "rise" after them says the way
    text = "The net loss will amount to 41.0 billion yen, a 9.3 billion yen or 29.3% rise."
    assert outcomes(text, tmp_path, ("change",)) == [("change", Outcome.PASS)]


def _one_decimal(value: Fraction) -> str:
    return f"{round(value * 10) / 10:.1f}"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.integers(min_value=200, max_value=9000),
    amount=st.integers(min_value=20, max_value=900),
    fall=st.booleans(),
    noun_index=st.integers(min_value=0, max_value=5),
    order=st.sampled_from(("amount first", "amount first, commas", "percent first")),
    unit=st.sampled_from(("billion yen", "million euros", "million rupees")),
)
def test_each_noun_and_order_checks_its_way(
    level: int, amount: int, fall: bool, noun_index: int, order: str, unit: str
) -> None:
    assume(amount * 2 < level)  # a base well away from zero
    nouns = FALLS if fall else RISES
    noun = nouns[noun_index % len(nouns)]
    base = level + amount if fall else level - amount
    other = level - amount if fall else level + amount  # the base of the other way
    right = Fraction(amount * 100, base)
    wrong = Fraction(amount * 100, other)
    assume(abs(right - wrong) > 1)
    lvl, amt = f"{level / 10:.1f} {unit}", f"{amount / 10:.1f} {unit}"
    with TemporaryDirectory() as folder:
        for percent, verdict in ((right, Outcome.PASS), (wrong, Outcome.FAIL)):
            change = _change(order, amt, f"{_one_decimal(percent)}%", noun)
            text = SENTENCE.format(level=lvl, change=change)
            assert outcomes(text, Path(folder), ("change",)) == [("change", verdict)], text
