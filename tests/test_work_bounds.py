"""Bounded work for every quantity a small file controls: counterparts per claim, currencies and
conversions per file, reference rates per currency pair.

Each test counts work (findings, calls of an interval operation) or expects the documented limit's
error; none is timed. The faster algorithms are tested equal to the plain ones they replace.
"""

from __future__ import annotations

import itertools
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from aktobe_facts.checks import conversions, reference_rates
from aktobe_facts.checks._scale import against
from aktobe_facts.claims import loader
from aktobe_facts.claims.loader import LoadError, loads
from aktobe_facts.cli import app
from aktobe_facts.reading.interval import Interval, first_meeting, intersect_all, intersect_others
from aktobe_facts.relations.rates import PairEstimate, ReferenceRate, rate_table
from test_interval import any_interval

runner = CliRunner()

CODES = [
    "".join(c) for c in itertools.product("QX", string.ascii_uppercase, string.ascii_uppercase)
]


def claim(cid: str, value: str, counterparts: list[str]) -> str:
    listed = ", ".join(f'"{c}"' for c in counterparts)
    return f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\ncounterpart = [{listed}]\n\n'


def refused(text: str) -> str:
    with pytest.raises(LoadError) as caught:
        loads(text, "t.toml")
    return str(caught.value)


# -- counterparts, currencies and conversions: documented limits -------------------------------


def test_a_claim_with_120_counterparts_is_refused(tmp_path: Path) -> None:
    """A 1.3 KB file: 7,260 conversions and 287,980 cross-rate triangles, 295,240 findings."""
    path = tmp_path / "many.toml"
    path.write_text(claim("a", "5 tenge", [f"{i} {c}" for i, c in enumerate(CODES[:120], 1)]))
    result = runner.invoke(app, ["check", "--format", "line", str(path)])
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == (
        f"{path}:5:1: error load: claim 'a': field 'counterpart': 120 counterparts; the limit is "
        "10 (every two currency amounts of a claim are a conversion to test)"
    )


def test_ten_counterparts_are_checked() -> None:
    doc = loads(claim("a", "1 QAA", [f"{i} {c}" for i, c in enumerate(CODES[1:11], 2)]), "t.toml")
    assert len(rate_table(doc)) == 55  # every two of 11 currencies


def test_more_currencies_with_a_rate_than_the_limit_are_refused() -> None:
    """Cross rates test every three currencies: 50 of them in a 97 KB file were 19,600 triangles."""
    limit = loader.MAX_RATE_CURRENCIES
    pairs = list(itertools.combinations(CODES[: limit + 1], 2))
    text = "".join(
        claim(f"c{i}", f"{i + 2} {a}", [f"{i + 3} {b}"]) for i, (a, b) in enumerate(pairs)
    )
    # the pairs come in order: the first with the last currency is the one over the limit
    over = next(i for i, (_, b) in enumerate(pairs) if b == CODES[limit])
    assert refused(text) == (
        f"t.toml:{6 * over + 5}: claim 'c{over}': field 'counterpart': more than {limit} "
        "currencies with an exchange rate in one file (the cross-rates check tests every three of "
        "them); split the file"
    )
    within = "".join(
        claim(f"c{i}", f"{i + 2} {a}", [f"{i + 3} {b}"])
        for i, (a, b) in enumerate(itertools.combinations(CODES[:limit], 2))
    )
    assert len(rate_table(loads(within, "t.toml"))) == limit * (limit - 1) // 2


def test_reference_rates_count_as_currencies() -> None:
    limit = loader.MAX_RATE_CURRENCIES
    text = claim("a", "5 tenge", ["US$1"]) + "".join(
        f'[[reference]]\nid = "r{i}"\nvalue = "{i + 2} {code} per US$"\nsource = "s"\n\n'
        for i, code in enumerate(CODES[:limit])
    )
    assert refused(text).startswith(
        f"t.toml:{9 + 5 * (limit - 1)}: reference 'r{limit - 1}': field 'value': more than {limit} "
        "currencies"
    )


def test_conversions_in_a_file_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_CURRENCY_PAIRS", 12)
    four = [f"{i} {c}" for i, c in enumerate(CODES[1:4], 2)]  # 4 currencies: 6 conversions
    assert len(rate_table(loads(claim("a", "1 QAA", four), "t.toml"))) == 6
    text = claim("a", "1 QAA", four) + claim("b", "1 QAA", four) + claim("c", "2 QAA", ["1 QAB"])
    assert refused(text) == (
        "t.toml:17: claim 'c': field 'counterpart': more than 12 conversions (amounts of one claim "
        "in two currencies) in one file; split the file"
    )


# -- linear algorithms, equal to the plain ones -------------------------------------------------


def plain_first_meeting(queries: list[Interval], targets: list[Interval]) -> list[int | None]:
    return [
        next((j for j, t in enumerate(targets) if q.intersect(t) is not None), None)
        for q in queries
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(any_interval(), max_size=8), st.lists(any_interval(), max_size=8))
def test_first_meeting_is_the_first_target_each_query_meets(
    queries: list[Interval], targets: list[Interval]
) -> None:
    assert first_meeting(queries, targets) == plain_first_meeting(queries, targets)


@settings(max_examples=300, deadline=None)
@given(st.lists(any_interval(), min_size=1, max_size=8))
def test_intersect_others_leaves_each_one_out(items: list[Interval]) -> None:
    expected = [intersect_all(items[:i] + items[i + 1 :]) or None for i in range(len(items))]
    if len(items) == 1:
        expected = [Interval(None, None)]
    assert intersect_others(items) == expected


@st.composite
def rate_file(draw: st.DrawFn) -> str:
    """Conversions in one currency pair and reference rates, near each other, a power of a
    thousand apart, or neither; some open-ended."""
    magnitudes = st.sampled_from([1, 2, 30, 100, 1_000, 2_000, 10**6, 10**9])
    text = ""
    for i in range(draw(st.integers(1, 4))):
        dollars = draw(st.integers(1, 999))
        tenge = dollars * draw(magnitudes) * draw(st.integers(100, 999))
        qualifier = draw(st.sampled_from(["", "", "", "more than ", "less than "]))
        text += claim(f"p{i}", f"{qualifier}{tenge:,} tenge", [f"US${dollars}"])
    for i in range(draw(st.integers(1, 5))):
        rate = draw(magnitudes) * draw(st.integers(100, 999))
        qualifier = draw(st.sampled_from(["", "", "", "", "more than "]))
        text += (
            f'[[reference]]\nid = "r{i}"\nvalue = "{qualifier}{rate:,} tenge per US$"\n'
            'source = "s"\n\n'
        )
    return text


def plain_slips(estimate: PairEstimate) -> list[tuple[int, int] | None]:
    """Each pair against every reference, as ``_scale.against`` compares them."""
    result: list[tuple[int, int] | None] = []
    for pair in estimate.pairs:
        found = against(pair.interval, [r.interval for r in estimate.references])
        if found is None or found[1].verdict != "slip" or found[1].power is None:
            result.append(None)
        else:
            result.append((found[0], found[1].power))
    return result


@settings(max_examples=300, deadline=None)
@given(rate_file())
def test_scale_slips_are_those_of_each_pair_against_each_reference(text: str) -> None:
    (estimate,) = rate_table(loads(text, "t.toml")).values()
    assert reference_rates._slipped(estimate) == plain_slips(estimate)


def counted(
    monkeypatch: pytest.MonkeyPatch, name: str, calls: list[int] | None = None
) -> list[int]:
    """Count the calls of ``Interval.<name>`` (in ``calls``, when given)."""
    calls = [0] if calls is None else calls
    original = getattr(Interval, name)

    def counting(self: Interval, *args: object) -> object:
        assert calls is not None
        calls[0] += 1
        return original(self, *args)

    monkeypatch.setattr(Interval, name, counting)
    return calls


def test_scale_slips_take_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pair was calibrated against each reference (10,000 references took 107 s)."""
    n = 300
    text = "".join(
        claim(f"p{i}", f"{421 + i % 3} million tenge", ["US$1 million"]) for i in range(n)
    )
    text += "".join(  # [280, 843] tenge per US$ is 56 to 169 times these: neither near nor a slip
        f'[[reference]]\nid = "r{i}"\nvalue = "5.{i:03d} tenge per US$"\nsource = "s"\n\n'
        for i in range(1, n + 1)
    )
    doc = loads(text, "t.toml")
    rate_table(doc)
    operations = [0]
    for name in ("intersect", "scale", "__mul__"):
        operations = counted(monkeypatch, name, operations)
    findings = reference_rates.check(doc)
    assert len(findings) == 1 and "fits none" in findings[0].message
    assert operations[0] <= 10 * (n + n)  # it was 8 for each pair and reference


def test_fitting_references_take_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    n = 2_000
    text = claim("p", "421 million tenge", ["US$1 million"]) + "".join(
        f'[[reference]]\nid = "r{i}"\nvalue = "421 tenge per US$"\nsource = "s"\n\n'
        for i in range(n)
    )
    doc = loads(text, "t.toml")
    rate_table(doc)
    compared = [0]
    original = ReferenceRate.__eq__

    def counting(self: object, other: object) -> bool:
        compared[0] += 1
        return bool(original(self, other))

    monkeypatch.setattr(ReferenceRate, "__eq__", counting)
    (found,) = reference_rates.check(doc)
    assert found.outcome.value == "pass"
    assert compared[0] <= n  # "r not in fits" compared each with all before it: n²/2


def test_other_readings_take_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ambiguous figure ("US$1,100" with decimal commas) was tried by intersecting the
    intervals of all the pairs again: 8,000 of them took 10 s."""
    n = 400
    text = '[settings]\nlocale = "de"\n\n' + "".join(
        claim(f"c{i}", f"{500 + i} million tenge", [f"US${1 + i % 7},{100 + i % 800:03d} million"])
        for i in range(n)
    )
    doc = loads(text, "t.toml")
    rate_table(doc)
    intersected = [0]  # intervals handed to intersect_all and intersect_others
    for name in ("intersect_all", "intersect_others"):
        original = getattr(conversions, name, None)
        if original is None:
            continue

        def counting(items: list[Interval], original: Any = original) -> Any:
            intersected[0] += len(items)
            return original(items)

        monkeypatch.setattr(conversions, name, counting)
    findings = conversions.check(doc)
    assert "cannot share one rate" in findings[0].message
    assert intersected[0] <= 3 * n  # it was n for each of the n ambiguous pairs
