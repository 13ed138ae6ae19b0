"""A comparative with "by" before a number is a change ("lower by 4.61 per cent" as "4.61 per cent
lower"), and a change's counterpart written without its sign is the change's size in the other
currency: "down by $634.2mn (7.4 trillion UZS)" is a conversion, not a negative amount."""

from __future__ import annotations

from pathlib import Path

import pytest

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.numbers import parse


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("lower by 4.61 per cent", Fraction("-4.61")),
        ("smaller by 2 percent", Fraction(-2)),
        ("higher by 3 percent", Fraction(3)),
        ("greater by 1.5 percent", Fraction("1.5")),
    ],
)
def test_a_comparative_with_by_is_a_change(written: str, value: Fraction) -> None:
    stated = parse(written)
    assert stated.direction is not None and stated.value == value


def conversions(tmp_path: Path, change: str, counterpart: str) -> list[Outcome]:
    doc = loads(
        f"""
[[claim]]
id = "revenue"
quote = "revenues were $7.9bn (92.6 trillion UZS)"
value = "$7.9bn"
counterpart = "92.6 trillion UZS"

[[claim]]
id = "fall"
quote = "{change} ({counterpart})"
value = "{change}"
counterpart = "{counterpart}"
""",
        tmp_path / "claims.toml",
    )
    return [f.outcome for f in check_document(doc) if f.check == "conversions"]


@pytest.mark.parametrize("change", ["down by $634.2mn", "lower by $634.2mn", "fell by $634.2mn"])
def test_a_change_converts_by_its_size(tmp_path: Path, change: str) -> None:
    assert conversions(tmp_path, change, "7.4 trillion UZS") == [Outcome.PASS]


def test_the_size_is_still_tested(tmp_path: Path) -> None:
    # 74 trillion soums for $634.2mn is ten times the rate of the other pair
    assert Outcome.FAIL in conversions(tmp_path, "down by $634.2mn", "74 trillion UZS")
