"""Narrowed readings in the per-relation verdicts: a relation that holds at its figures' stated
widths but fails at the readings the other relations of a joint conflict pin them to is a fail in
its own row, saying so in every format, and the conflict is reported there once."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.api import check_document, check_paths
from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.relations.engine import witness
from aktobe_facts.relations.registry import KINDS
from aktobe_facts.report import RenderOptions, formats
from aktobe_facts.solve import smt
from aktobe_facts.solve.expr import Constraint, variables
from aktobe_facts.solve.narrowing import narrowing
from aktobe_facts.solve.system import Figure, System
from aktobe_facts.solve.wiring import compile_file
from conftest import load_text

PINNED = Path(__file__).parent / "joint" / "growth_pinned_base.toml"


def _of(found: list[Finding], check: str) -> list[Finding]:
    return [f for f in found if f.check == check]


def test_a_growth_fails_at_its_base_pinned_by_a_conversion() -> None:
    found = check_document(load(PINNED))
    (row,) = _of(found, "growth")
    assert row.outcome is Outcome.FAIL and row.severity is Severity.ERROR
    assert row.narrowed == (
        'fails only with "2 billion lari" read as [1.98469, 2.02601] billion lari, pinned by the '
        "GEL/USD conversions of 'budget_2020' and 'loans'"
    )
    assert "holds at the stated widths but fails only with" in row.message
    texts = [s.text for s in row.inputs]
    # both readings of the base: as stated and as pinned
    assert '"2 billion lari" = [1.5, 2.5] billion lari (rounded to 1 billion)' in texts
    assert any(
        t.startswith('"2 billion lari" = [1.5, 2.5] billion lari as stated; [1.98469')
        for t in texts
    )
    # the minimal set and the figure at fault come with it, as the joint check gives them
    assert any("changing it alone to [20.9272, 28.4835] percent" in t for t in texts)
    assert (
        row.suggestion is not None and 'change "30 percent" to [20.9272, 28.4835]' in row.suggestion
    )
    # reported once: the joint check leaves it to the growth's row, and says nothing else
    assert _of(found, "joint") == []
    assert all(f.outcome is Outcome.PASS for f in found if f is not row)


def test_the_conflict_is_never_lost_when_the_row_is_not_reported() -> None:
    (joint,) = check_document(load(PINNED), checks=["joint"])
    assert joint.outcome is Outcome.FAIL and joint.narrowed is None
    without_growth = [c for c in ("conversions", "joint", "periods")]
    assert [
        f.check for f in check_document(load(PINNED), checks=without_growth) if f.is_problem
    ] == ["joint"]
    (row,) = check_document(load(PINNED), checks=["growth"])
    assert row.outcome is Outcome.FAIL and row.narrowed is not None


def test_every_format_shows_the_dependence_on_the_pinned_reading() -> None:
    report = check_paths([PINNED])
    options = RenderOptions(width=200, color=False, verbose=False, quiet=False)
    render = formats()
    table = render["table"].render(report, options)
    assert "✗ fail (pinned) (error)" in table
    assert "pinned by the GEL/USD conversions" in table
    data = json.loads(render["json"].render(report, options))
    (row,) = [f for f in data["files"][0]["findings"] if f["check"] == "growth"]
    assert row["narrowed"].startswith('fails only with "2 billion lari" read as [1.98469')
    assert all(f["narrowed"] is None for f in data["files"][0]["findings"] if f is not row)
    assert "error (pinned)" in render["markdown"].render(report, options)
    assert "fails only with" in render["line"].render(report, options)
    sarif = json.loads(render["sarif"].render(report, options))
    assert any("narrowed" in r["properties"] for r in sarif["runs"][0]["results"])


def test_without_the_pinning_conversion_the_growth_passes_at_its_stated_width() -> None:
    text = PINNED.read_text(encoding="utf-8").replace('counterpart = "$193 million"\n', "")
    found = check_document(load_text(text))
    (row,) = _of(found, "growth")
    assert row.outcome is Outcome.PASS and row.narrowed is None and row.rounding_only


def test_a_conflict_boxes_cannot_see_stays_the_joint_checks() -> None:
    # the rate cancels out of the growth: no single figure is pinned tighter, so no row fails;
    # the growth's pass says it holds only alone, never a clean tick beside the joint error
    found = check_document(load(Path(__file__).parent / "joint" / "growth_two_currencies.toml"))
    assert [f.check for f in found if f.is_problem] == ["joint"]
    (row,) = _of(found, "growth")
    assert row.outcome is Outcome.PASS and row.rounding_only
    assert row.narrowed == (
        "holds alone, not together with the GEL/USD conversions of 'budget_2021' and "
        "'budget_2020' (see joint)"
    )
    assert row.message.endswith(row.narrowed)
    (pair,) = _of(found, "conversions")  # the rate's pass too: its conversions are in the set
    assert pair.outcome is Outcome.PASS and pair.narrowed == (
        "holds alone, not together with 'budget_growth:growth' ('budget_growth', 'budget_2021', "
        "'budget_2020') (see joint)"
    )
    assert all(f.narrowed is None for f in found if f not in (row, pair))
    report = check_paths([Path(__file__).parent / "joint" / "growth_two_currencies.toml"])
    options = RenderOptions(width=200, color=False, verbose=False, quiet=False)
    assert "✓ pass (rounding only) (alone; ✗ joint)" in formats()["table"].render(report, options)


GROWTH_ARTICLE = """
[[claim]]
id = "base"
quote = "q"
value = "{b} billion lari"
counterpart = "${bd} million"

[[claim]]
id = "other"
quote = "q"
value = "{o} million lari"
counterpart = "${od} million"

[[claim]]
id = "current"
quote = "q"
value = "{c} billion lari"

[[claim]]
id = "g"
quote = "q"
value = "{g} percent"
kind = "growth"
of = "current"
base = "base"

[[claim]]
id = "increase"
quote = "q"
value = "{d} million lari"

[[relation]]
id = "rise"
kind = "difference"
result = "increase"
minuend = "current"
subtrahend = "base"
"""


def _decide(domains: dict[str, tuple[Fraction | None, Fraction | None]], c: Constraint) -> str:
    """z3 on one constraint over the given boxes."""
    figures = tuple(Figure(name, box, "x") for name, box in sorted(domains.items()))
    system = System(figures, (c,))
    return smt.decide(system, system.all_items()).status


@given(
    st.integers(2500, 2900).map(lambda n: Fraction(n, 1000)),  # lari per dollar
    st.integers(500, 1500),  # the base's dollar figure, million
    st.integers(400, 600),  # the other amount, million lari
    st.integers(100, 600).map(lambda n: Fraction(n, 100)),  # the current value, billion lari
    st.integers(-200, 200).map(lambda n: Fraction(n, 10)),  # the growth printed off by, percent
    st.integers(-300, 300),  # the increase printed off by, million lari
)
def test_a_pinned_fail_has_no_witness_and_a_pass_has_one(
    rate: Fraction, bd: int, o: int, c: Fraction, off: Fraction, d_off: int
) -> None:
    # the conversions are roundings of one rate; the base, written with one significant digit,
    # is wide as stated; the growth and the increase are the true ones give or take an error
    base = bd * rate / 1000
    g = (c / base - 1) * 100 + off
    d = round((c - base) * 1000) + d_off
    text = GROWTH_ARTICLE.format(
        b=round(base),
        bd=bd,
        o=o,
        od=round(o / rate),
        c=f"{float(c):.2f}",
        g=f"{float(g):.1f}",
        d=d,
    )
    doc = load_text(text)
    found = check_document(doc)
    stated = compile_file(doc, everything=True).system
    judged = narrowing(doc)
    owned = [] if judged is None else list(judged.owned)
    rows = [f for f in found if f.check in ("growth", "difference")]
    assert len(rows) == 2
    pinned_rows = [f for f in rows if f.outcome is Outcome.FAIL and f.narrowed is not None]
    assert len(pinned_rows) == len(owned)
    for pinned in owned:
        c_ = pinned.constraint
        # no values inside the pinned readings satisfy the relation ...
        assert _decide({n: (iv.lo, iv.hi) for n, iv in pinned.domains.items()}, c_) == "unsat"
        # ... though some inside the stated ones do
        assert _decide({n: (iv.lo, iv.hi) for n, iv in pinned.stated.items()}, c_) == "sat"
        # and the whole file has no values inside its stated intervals that satisfy it all
        assert smt.decide(stated, stated.all_items()).status == "unsat"
    for relation in (*doc.relations_of("growth"), *doc.relations_of("difference")):
        check = "growth" if relation.kind == "growth" else "difference"
        (row,) = [f for f in rows if f.check == check]
        if row.outcome is not Outcome.PASS:
            continue
        for test in KINDS[relation.kind].tests(doc, relation):  # a pass has a witness
            c_ = test.constraint
            names = variables(c_.left) | variables(c_.right)
            boxes = {f.var: f.interval for f in stated.figures if f.var in names}
            point = witness(c_, {n: Interval(lo, hi) for n, (lo, hi) in boxes.items()})
            assert point is not None or _decide(boxes, c_) == "sat"


def test_a_part_fails_at_the_whole_the_other_part_pins() -> None:
    # each part and its share alone fit "about 1 billion manats"; the schools' pair pins the whole
    # to [1,022.4, 1,052.3] million, where 412.3 million is not 41 percent
    found = check_document(load(Path(__file__).parent / "joint" / "parts_of_one_whole.toml"))
    (row,) = [f for f in found if f.is_problem]
    assert row.check == "part-share" and row.outcome is Outcome.FAIL
    assert row.narrowed == (
        'fails only with "about 1 billion manats" read as [1.02239, 1.05232] billion manats, '
        "pinned by 'schools:amount-share' ('share_schools', 'schools', 'total')"
    )
    assert row.claims[:2] == ("share_roads", "roads")


def test_a_difference_fails_at_its_pinned_subtrahend() -> None:
    found = check_document(load(Path(__file__).parent / "joint" / "difference_pinned_base.toml"))
    (row,) = [f for f in found if f.is_problem]
    assert row.check == "difference" and row.outcome is Outcome.FAIL
    assert row.narrowed is not None
    assert row.narrowed.startswith('fails only with "2 billion lari" read as [1.98469, 2.02601]')
    assert "is then [423.987, 565.31] million lari" in row.message
