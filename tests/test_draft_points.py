"""A rate "from A to B percent" with its change (:mod:`aktobe_facts.text.draftpoints`): in points
an equation, in percent a note (relative or points is a guess). The sentences are written for
these tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.api import check_document
from aktobe_facts.claims.loader import loads
from aktobe_facts.findings import Outcome
from aktobe_facts.text.draft import draft
from aktobe_facts.text.drafttoml import render


def equations(text: str) -> list[str]:
    found = draft(text)
    values = {c.id: c.value or "" for c in found.claims}
    out = []
    for r in found.relations:
        expr = r.fields.get("expr")
        if r.kind == "equation" and isinstance(expr, str):
            out.append(" ".join(values.get(w, w) for w in expr.split()))
    return out


def outcomes(text: str, tmp_path: Path) -> list[Outcome]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = loads(render(draft(text), article), tmp_path / "a.toml", article=article)
    return [f.outcome for f in check_document(doc) if f.check == "equation"]


def test_a_change_in_points_is_an_equation_of_the_two_levels() -> None:
    assert equations(
        "Unemployment fell by 0.4 percentage points, from 5.2 percent to 4.8 percent."
    ) == ["4.8 percent = 5.2 percent + fell by 0.4 percentage points"]
    assert equations("The key rate rose from 14.5% to 16% in 2023, or by 1.5 pp.") == [
        "16% = 14.5% + 1.5 pp"
    ]
    # a fall the value does not carry: subtracted
    assert equations("Poverty eased from 12% to 10.2%, a 1.8 pp change.") == [
        "10.2% = 12% - 1.8 pp"
    ]


def test_a_change_in_percent_or_a_bare_level_is_a_note() -> None:
    relative = "The share of exports grew by 10 percent, from 20 percent to 22 percent."
    assert equations(relative) == []
    assert any("relative or in percentage points" in n for n in draft(relative).notes)
    bare = "Inflation slowed from 9.8 to 7.5 percent, by 2.3 points."
    assert equations(bare) == []
    assert any("no unit" in n for n in draft(bare).notes)
    assert equations("The rate went from 5% to 6%.") == []  # no change stated


def test_the_equation_is_checked(tmp_path: Path) -> None:
    slip = "Unemployment fell by 0.4 percentage points, from 5.2 percent to 4.6 percent."
    assert outcomes(slip, tmp_path) == [Outcome.FAIL]
    right = slip.replace("4.6 percent", "4.8 percent")
    assert outcomes(right, tmp_path) == [Outcome.PASS]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=900), st.integers(min_value=1, max_value=900))
def test_any_consistent_levels_and_points_pass(a: int, b: int) -> None:
    low, high = f"{a / 10:.1f}", f"{b / 10:.1f}"
    change = f"{abs(b - a) / 10:.1f}"
    verb = "rose" if b >= a else "fell"
    text = f"The rate {verb} by {change} percentage points, from {low}% to {high}%."
    [expr] = equations(text)
    assert expr.startswith(f"{high}% = {low}% + ")
    with tempfile.TemporaryDirectory() as folder:
        assert outcomes(text, Path(folder)) == [Outcome.PASS]
