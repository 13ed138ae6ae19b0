"""A count of people printed with a dot before its last three digits ("a total of 412.380
visitors", "(+8.470 tourists)"): the dot groups thousands (text/dotthousand.py); a decimal of an
average, a rate, an index or a percent stays a decimal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.claims.loader import loads
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def values(tmp_path: Path, text: str) -> dict[str, tuple[Fraction, Fraction]]:
    """Each drafted claim's quote with the interval its claims file reads."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article, "article.txt"), tmp_path / "claims.toml")
    found: dict[str, tuple[Fraction, Fraction]] = {}
    for claim in doc.claims:
        for q in claim.numbered():
            interval = q.require()
            assert interval.lo is not None and interval.hi is not None
            found[claim.quote] = (interval.lo, interval.hi)
    return found


def holds(interval: tuple[Fraction, Fraction], value: Fraction | int) -> bool:
    return interval[0] <= value <= interval[1]


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        (
            "The island welcomed a total of 412.380 'stay over' visitors in the first half.",
            "a total of 412.380 'stay over' visitors in the first half",
            412380,
        ),
        ("Canada sent 5.312 tourists in May.", "Canada sent 5.312 tourists", 5312),
        ("Some 27.645 stay-over visitors came from the US.", "27.645 stay-over visitors", 27645),
        ("The port saw 104.220 cruise passengers.", "104.220 cruise passengers", 104220),
    ],
)
def test_a_count_of_people_with_a_dot_before_three_digits_is_in_thousands(
    tmp_path: Path, sentence: str, quote: str, value: int
) -> None:
    found = values(tmp_path, sentence + "\n")
    assert holds(found[next(q for q in found if quote in q or q in quote)], value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Hotels hosted an average of 2.375 guests per room.", Fraction(2375, 1000)),
        ("The index stood at 1.250 points in May.", Fraction(1250, 1000)),
        ("Each flight carried 1.125 passengers per seat sold.", Fraction(1125, 1000)),
        ("Rates rose 3.125 percent in May.", Fraction(3125, 1000)),
        ("Arrivals reached 1.2 million visitors in May.", Fraction(1_150_000)),
    ],
)
def test_a_decimal_that_counts_no_people_stays_a_decimal(
    tmp_path: Path, sentence: str, value: Fraction
) -> None:
    assert any(holds(found, value) for found in values(tmp_path, sentence + "\n").values())


_NOUNS = st.sampled_from(["visitors", "tourists", "passengers", "guests", "people"])


@settings(max_examples=30, deadline=None)
@given(
    thousands=st.integers(min_value=1, max_value=999),
    rest=st.integers(min_value=0, max_value=999),
    noun=_NOUNS,
    rate=st.booleans(),
)
def test_the_dot_groups_thousands_only_before_people_counted_and_no_rate(
    tmp_path_factory: pytest.TempPathFactory, thousands: int, rest: int, noun: str, rate: bool
) -> None:
    printed = f"{thousands}.{rest:03d}"
    after = " per room" if rate else " in May"
    found = values(tmp_path_factory.mktemp("d"), f"The island counted {printed} {noun}{after}.\n")
    (interval,) = found.values()
    if rate:
        assert interval[1] < 1000
    else:
        assert holds(interval, thousands * 1000 + rest) and interval[0] >= 500


def test_a_second_move_with_its_verb_left_out_is_read_as_two_figures(tmp_path: Path) -> None:
    """ "X went from A to B, and Y from C to D": C and D are a move's two ends, as A and B are,
    never one range (text/changedranges._gapped_move)."""
    text = (
        "Day visitors' stays went from 0.3 to 0.4 days, and the average stay of all guests "
        "from 1.6 to 2.9 days.\n"
    )
    found = values(tmp_path, text)
    assert all(high - low < 1 for low, high in found.values())
    assert any(holds(i, Fraction(16, 10)) for i in found.values())
    assert any(holds(i, Fraction(29, 10)) for i in found.values())


def test_a_range_after_and_with_no_move_before_stays_a_range(tmp_path: Path) -> None:
    text = "Prices ranged widely, and stays lasted from 1.6 to 2.9 days.\n"
    (interval,) = values(tmp_path, text).values()
    assert holds(interval, Fraction(16, 10)) and holds(interval, Fraction(29, 10))
