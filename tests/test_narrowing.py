"""Narrowed readings in the per-relation verdicts: a relation that holds at its figures' stated
widths but fails at the readings the other relations of a joint conflict pin them to is a fail in
its own row, saying so in every format, and the conflict is reported there once."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from _budget import costly
from aktobe_facts.api import check_document, check_paths
from aktobe_facts.claims.loader import load
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.findings import Finding, Outcome, Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.reading.interval import Interval
from aktobe_facts.relations.engine import witness
from aktobe_facts.relations.registry import KINDS, spec
from aktobe_facts.relations.terms import figure
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


PINNED_PAIRS = """
[[claim]]
id = "{pinned}"
quote = "q"
value = "{b} billion lari"
counterpart = "${bd} million"

[[claim]]
id = "other"
quote = "q"
value = "{o} million lari"
counterpart = "${od} million"
"""
"""An amount written with one significant digit, pinned by its dollar figure and another pair."""

GROWTH_ARTICLE = (
    PINNED_PAIRS
    + """
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
)


def _decide(domains: dict[str, tuple[Fraction | None, Fraction | None]], c: Constraint) -> str:
    """z3 on one constraint over the given boxes."""
    figures = tuple(Figure(name, box, "x") for name, box in sorted(domains.items()))
    system = System(figures, (c,))
    return smt.decide(system, system.all_items()).status


@costly()
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
    doc = _pinned_article(
        GROWTH_ARTICLE,
        ("base", rate, bd, o),
        c=f"{float(c):.2f}",
        g=f"{float(g):.1f}",
        d=d,
    )
    _assert_sound(doc, ("growth", "difference"))


def _pinned_article(
    template: str, pair: tuple[str, Fraction, int, int], **fields: object
) -> ClaimsFile:
    """``template`` with its pinned amount (``pair``: its id, the rate, its dollar figure in
    millions, the other pair's lari figure in millions) written to one significant digit."""
    pinned, rate, dollars, other = pair
    return load_text(
        template.format(
            pinned=pinned,
            b=round(dollars * rate / 1000),
            bd=dollars,
            o=other,
            od=round(other / rate),
            **fields,
        )
    )


def _assert_sound(doc: ClaimsFile, kinds: tuple[str, ...]) -> None:
    """Every row of a relation of ``kinds`` that fails at its pinned readings has no z3 witness
    there, has one at the stated readings, and the whole file has none; every pass has one."""
    found = check_document(doc)
    stated = compile_file(doc, everything=True).system
    judged = narrowing(doc)
    relations = [r for kind in kinds for r in doc.relations_of(kind)]
    checks = {spec(KINDS[r.kind]).check for r in relations}
    rows = [f for f in found if f.check in checks]
    assert len(rows) == len(relations)
    owned = (
        [] if judged is None else [p for p in judged.owned if p.label in {r.id for r in relations}]
    )
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
    for relation in relations:
        check = spec(KINDS[relation.kind]).check
        (row,) = [f for f in rows if f.check == check and f.line == relation.line]
        if row.outcome is not Outcome.PASS:
            continue
        for test in KINDS[relation.kind].tests(doc, relation):  # a pass has a witness
            c_ = test.constraint
            names = variables(c_.left) | variables(c_.right)
            boxes = {n: _stated(doc, n) for n in names}
            point = witness(c_, boxes)
            assert point is not None or _decide(_ends(boxes), c_) == "sat"


def _stated(doc: ClaimsFile, name: str) -> Interval:
    found = figure(doc, name)
    assert found is not None
    return found.interval


def _ends(
    boxes: dict[str, Interval],
) -> dict[str, tuple[Fraction | None, Fraction | None]]:
    return {n: (iv.lo, iv.hi) for n, iv in boxes.items()}


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


JOINT = Path(__file__).parent / "joint"


def test_a_share_group_fails_at_a_member_its_part_and_whole_pin() -> None:
    # "about 30 percent" is [28, 32] percent: the group fits 100 percent as stated; $1.27 billion
    # of $4.00 billion pins it to [31.59, 31.91] percent, and then the three exceed 100
    found = check_document(load(JOINT / "shares_pinned_member.toml"))
    (row,) = [f for f in found if f.is_problem]
    assert row.check == "shares" and row.outcome is Outcome.FAIL
    assert row.severity is Severity.ERROR
    assert row.narrowed == (
        'fails only with "about 30 percent" read as [31.5855, 31.9149] percent, pinned by '
        "'metals_share' ('share_metals', 'metals', 'exports')"
    )
    assert "holds at the stated widths but fails only with" in row.message
    assert '"about 30 percent" is then [100.486, 101.015] percent' in row.message
    assert row.claims == ("share_oil", "share_gas", "share_metals", "exports", "metals")
    assert _of(found, "joint") == []  # reported once, in the group's row
    (share,) = _of(found, "share-of-whole")
    assert share.outcome is Outcome.PASS


def _joint_file(name: str) -> str:
    return (JOINT / name).read_text(encoding="utf-8")


def _a_plain_pass(text: str, check: str) -> list[Finding]:
    """The findings of a file whose row of ``check`` passes, not narrowed."""
    found = check_document(load_text(text))
    (row,) = _of(found, check)
    assert row.outcome is Outcome.PASS and row.narrowed is None
    return found


def test_a_share_group_passes_without_the_relation_that_pins_its_member() -> None:
    text = _joint_file("shares_pinned_member.toml")
    _a_plain_pass(text[: text.index("[[relation]]")], "shares")


def test_a_share_group_that_holds_at_its_pinned_member_stays_a_pass() -> None:
    # $1.20 billion of $4.00 billion pins the member to [29.8, 30.2] percent: the group still fits
    text = _joint_file("shares_pinned_member.toml").replace("$1.27 billion", "$1.20 billion")
    found = _a_plain_pass(text, "shares")
    assert not [f for f in found if f.is_problem]
    (joint,) = _of(found, "joint")
    assert joint.outcome is Outcome.PASS and "narrow" in joint.message


def test_a_ratio_fails_at_its_numerator_pinned_by_a_conversion() -> None:
    # [1.5, 2.5] billion lari per 1,020 jobs may stay under 1.90 million lari a job; the dollar
    # figure and the loans' rate pin it to [1.98, 2.03] billion lari, which cannot
    found = check_document(load(JOINT / "ratio_pinned_numerator.toml"))
    (row,) = [f for f in found if f.is_problem]
    assert row.check == "ratios" and row.outcome is Outcome.FAIL
    assert row.narrowed == (
        'fails only with "2 billion lari" read as [1.98469, 2.02601] billion lari, pinned by the '
        "GEL/USD conversions of 'budget_2020' and 'loans'"
    )
    assert '"2 billion lari" ÷ "1,020" is [1.93628, 1.99607] million lari' in row.message
    # a count is never below zero: the jobs would need at least 1,044.57 (1.98469 billion over
    # the ceiling of 1.90 million, a declared limit taken as written), never "any value"
    assert row.suggestion is not None and 'change "1,020" to [1,044.57' in row.suggestion
    assert "any value" not in row.suggestion
    assert _of(found, "joint") == []
    report = check_paths([JOINT / "ratio_pinned_numerator.toml"])
    options = RenderOptions(width=200, color=False, verbose=False, quiet=False)
    assert "✗ fail (pinned) (error)   ratios" in formats()["table"].render(report, options)
    data = json.loads(formats()["json"].render(report, options))
    (shown,) = [f for f in data["files"][0]["findings"] if f["check"] == "ratios"]
    assert shown["narrowed"] == row.narrowed


def test_a_ratio_under_its_ceiling_at_the_pinned_numerator_stays_a_pass() -> None:
    text = _joint_file("ratio_pinned_numerator.toml")
    found = _a_plain_pass(text.replace('"1.90 million lari"', '"2.10 million lari"'), "ratios")
    assert not [f for f in found if f.is_problem]
    # without the conversion that pins it, the ratio at 1.90 passes at its stated width
    _a_plain_pass(text.replace('counterpart = "$740 million"\n', ""), "ratios")


SHARES_ARTICLE = (
    PINNED_PAIRS
    + """
[[claim]]
id = "part"
quote = "q"
value = "{p} million lari"

[[claim]]
id = "jobs"
quote = "q"
value = "{j}"
kind = "count"

[[group]]
id = "split"
exhaustive = {exhaustive}

[[claim]]
id = "a"
quote = "q"
value = "{s1} percent"
group = "split"

[[claim]]
id = "b"
quote = "q"
value = "{s2} percent"
group = "split"

[[claim]]
id = "c"
quote = "q"
value = "about {s3} percent"
group = "split"

[[relation]]
id = "c_of_whole"
kind = "share"
share = "c"
part = "part"
whole = "whole"

[[ratio]]
id = "per_job"
numerator = "whole"
denominator = "jobs"
max = "{m} million lari"
"""
)


@given(
    st.integers(2500, 2900).map(lambda n: Fraction(n, 1000)),  # lari per dollar
    st.integers(500, 1500),  # the whole's dollar figure, million
    st.integers(400, 600),  # the other amount, million lari
    st.integers(10, 40),  # the part, percent of the whole
    st.integers(200, 500).map(lambda n: Fraction(n, 10)),  # the first share, percent
    st.integers(-30, 30).map(lambda n: Fraction(n, 10)),  # the group's sum off 100 by, percent
    st.integers(1000, 5000),  # jobs
    st.integers(-50, 50).map(lambda n: Fraction(n, 1000)),  # the ceiling off the ratio by, part
    st.booleans(),  # the group covers the whole
)
# found by a run of 5,000 examples: the ratio, [1.00908, 1.68294] million lari, fails its max of
# 1.009 million as written, but the joint system read the max as [1.0085, 1.0095] million, found
# the ratio passing as stated and pinned a conflict on its row (the max is now a point there too)
@example(Fraction(641, 250), 609, 400, 10, Fraction(20), Fraction(0), 1486, Fraction(-1, 25), False)
def test_a_pinned_share_group_or_ratio_fail_has_no_witness_and_a_pass_has_one(
    rate: Fraction,
    wd: int,
    o: int,
    part: int,
    a: Fraction,
    off: Fraction,
    jobs: int,
    m_off: Fraction,
    exhaustive: bool,
) -> None:
    # the whole, written with one significant digit, is wide as stated and pinned by its dollar
    # figure; the third share and the ceiling are the true ones give or take an error
    whole = wd * rate / 1000  # billion lari
    p = whole * 10 * part  # million lari
    b = 100 - a - part + off
    ratio = whole * 1000 / jobs  # million lari a job
    doc = _pinned_article(
        SHARES_ARTICLE,
        ("whole", rate, wd, o),
        p=f"{float(p):.1f}",
        j=f"{jobs:,}",
        exhaustive=str(exhaustive).lower(),
        s1=f"{float(a):.1f}",
        s2=f"{float(b):.1f}",
        s3=part,
        m=f"{float(ratio * (1 + m_off)):.3f}",
    )
    _assert_sound(doc, ("shares", "ratio", "share"))
