"""The joint check: conflicts no single relation finds, with the minimal set and the figure at
fault; nothing reported twice; the seed article unchanged."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _budget import costly
from aktobe_facts.api import check_document
from aktobe_facts.checks.waivers import CHECK_IDS
from aktobe_facts.claims.loader import load
from aktobe_facts.findings import Outcome, Severity
from aktobe_facts.reading.exact import Fraction
from aktobe_facts.solve import smt
from aktobe_facts.solve.analysis import analyse
from aktobe_facts.solve.decide import Decider
from aktobe_facts.solve.wiring import compile_file
from conftest import ROOT, load_text

HERE = Path(__file__).parent / "joint"


def _joint(path: Path) -> list:  # type: ignore[type-arg]
    return [f for f in check_document(load(path)) if f.check == "joint"]


def test_growth_in_two_currencies_conflicts_only_jointly() -> None:
    doc = load(HERE / "growth_two_currencies.toml")
    found = check_document(doc)
    # every relation alone passes
    assert all(f.outcome is Outcome.PASS for f in found if f.check != "joint")
    joint = [f for f in found if f.check == "joint"]
    assert len(joint) == 1 and joint[0].outcome is Outcome.FAIL
    assert joint[0].severity is Severity.ERROR
    finding = joint[0]
    # the minimal set: the 2021 lari figure plays no part
    figures = [s.text for s in finding.inputs if s.label.startswith("budget_20")]
    assert not any(t.startswith('"523 million lari" =') for t in figures)
    assert finding.message.startswith(
        '"$193 million", "411 million lari", "$151 million", "27.0 percent" cannot all be right'
    )
    texts = {s.text.split(" = ")[0]: s.text for s in finding.inputs}
    assert "changing it alone is not enough" in texts['"411 million lari"']
    assert "makes the article consistent" in texts['"27.0 percent"']
    assert finding.suggestion is not None and '"27.0 percent" to [27.06' in finding.suggestion
    assert finding.nearest is not None and '"27.0 percent" to 27.06' in finding.nearest


def test_reported_set_conflicts_and_every_subset_by_one_has_a_witness() -> None:
    doc = load(HERE / "growth_two_currencies.toml")
    analysis = analyse(doc)
    system = analysis.system
    (joint,) = analysis.conflicts
    items = joint.conflict.items
    assert smt.decide(system, items).status == "unsat"
    decide = Decider(system, use_solver=False)
    for item in items:
        verdict = decide(items - {item})
        assert verdict.consistent and verdict.witness is not None


def test_parts_of_one_whole_conflict_through_the_whole() -> None:
    # reported by the first part's row, at the whole the second pins (tests/test_narrowing.py);
    # the joint check alone reports it itself
    assert _joint(HERE / "parts_of_one_whole.toml") == []
    (finding,) = check_document(load(HERE / "parts_of_one_whole.toml"), checks=["joint"])
    assert finding.outcome is Outcome.FAIL
    assert set(finding.claims) >= {"roads", "schools", "share_roads", "share_schools"}
    assert "roads:amount-share" in {s.label for s in finding.inputs}
    assert "schools:amount-share" in {s.label for s in finding.inputs}


def test_consistent_file_passes_with_the_figures_it_narrows() -> None:
    (finding,) = _joint(HERE / "consistent_pinned.toml")
    assert finding.outcome is Outcome.PASS
    assert "narrow 4 figure(s)" in finding.message
    narrowed = " ".join(s.text for s in finding.inputs)
    assert '"$193 million" = US$[192.5, 193.5] million as stated' in narrowed


def test_a_conflict_of_one_relation_is_left_to_its_own_check() -> None:
    # the conversions disagree by themselves: the conversions check reports it, joint does not
    found = check_document(
        load_text(
            """
            [[claim]]
            id = "a"
            quote = "523 million lari ($193 million)"
            value = "523 million lari"
            counterpart = "$193 million"

            [[claim]]
            id = "b"
            quote = "411 million lari ($171 million)"
            value = "411 million lari"
            counterpart = "$171 million"

            [[claim]]
            id = "g"
            quote = "up 27.3 percent"
            value = "27.3 percent"
            kind = "growth"
            of = "a"
            base = "b"
            """
        )
    )
    assert any(f.check == "conversions" and f.outcome is Outcome.FAIL for f in found)
    assert not [f for f in found if f.check == "joint" and f.outcome is Outcome.FAIL]


def test_relations_of_one_check_alone_are_not_solved_jointly() -> None:
    # conversions and shares share no figure: nothing joint to test, no finding
    assert _joint(ROOT / "claims.toml") == []


def test_seed_article_keeps_its_errors_and_warnings() -> None:
    doc = load(ROOT / "claims.toml")
    found = check_document(doc)
    others = [c for c in CHECK_IDS if c != "joint"]  # every other check and review
    without = check_document(load(ROOT / "claims.toml"), checks=others)
    assert found == without  # joint adds nothing, changes nothing: no interval gets wider
    errors = [f for f in found if f.severity is Severity.ERROR and f.is_problem]
    assert [(f.check, f.claims) for f in errors] == [
        ("missing-counterpart", ("startup_grants_worth",))
    ]


def test_the_seed_system_holds_its_relations() -> None:
    compiled = compile_file(load(ROOT / "claims.toml"), everything=True)
    relations = {c.relation for c in compiled.system.constraints}
    assert relations == {
        "conversions:KZT/USD",
        "investment_by_sector",
        "territory_share:share",
    }
    verdict = Decider(compiled.system)(compiled.system.all_items())
    assert verdict.consistent and verdict.witness is not None


GROWTH_FILE = """
[[claim]]
id = "a"
quote = "q"
value = "{a} million lari"
counterpart = "${ad} million"

[[claim]]
id = "b"
quote = "q"
value = "{b} million lari"
counterpart = "${bd} million"

[[claim]]
id = "g"
quote = "q"
value = "{g} percent"
kind = "growth"
of = "a"
base = "b"
"""


@costly()
@given(
    st.integers(400, 600),
    st.integers(140, 220),
    st.integers(300, 500),
    st.integers(100, 190),
    st.integers(-100, 600).map(lambda n: Fraction(n, 10)),
)
def test_joint_verdicts_are_exact_on_generated_files(
    a: int, ad: int, b: int, bd: int, g: Fraction
) -> None:
    text = GROWTH_FILE.format(a=a, ad=ad, b=b, bd=bd, g=f"{float(g):.1f}")
    doc = load_text(text)
    analysis = analyse(doc)
    system = analysis.system
    for joint in analysis.conflicts:
        assert smt.decide(system, joint.conflict.items).status == "unsat"
        assert joint.conflict.minimal
        assert len(joint.relations) > 1
    for items in analysis.consistent:
        verdict = Decider(system)(items)
        assert verdict.witness is not None
        for figure in (system.figure(i) for i in system.figure_items(items)):
            lo, hi = figure.interval
            value = verdict.witness[figure.var]
            assert (lo is None or lo <= value) and (hi is None or value <= hi)


ROUNDED_ARTICLE = """
[[claim]]
id = "cur"
quote = "q"
value = "{cur} million lari"
counterpart = "${cur_usd} million"

[[claim]]
id = "base"
quote = "q"
value = "{base} million lari"
counterpart = "${base_usd} million"

[[claim]]
id = "g"
quote = "q"
value = "{g} percent"
kind = "growth"
of = "cur"
base = "base"

[[group]]
id = "split"
of = "cur"

[[claim]]
id = "s1"
quote = "q"
value = "{s1} percent"
group = "split"

[[claim]]
id = "s2"
quote = "q"
value = "{s2} percent"
group = "split"

[[claim]]
id = "p1"
quote = "q"
value = "{p1} million lari"
share = "s1"
"""


def _printed(x: Fraction, places: int) -> str:
    return f"{round(x, places):.{places}f}"


@given(
    st.integers(2000, 3000).map(lambda n: Fraction(n, 1000)),  # lari per dollar
    st.integers(1000, 9000),  # the base, million lari
    st.integers(-200, 600).map(lambda n: Fraction(n, 10)),  # growth, percent
    st.integers(50, 450).map(lambda n: Fraction(n, 10)),  # first share, percent
    st.integers(50, 450).map(lambda n: Fraction(n, 10)),  # second share, percent
    st.integers(0, 2),  # decimals the article prints
)
def test_an_article_rounded_from_true_figures_never_gets_a_joint_error(
    rate: Fraction, base: int, g: Fraction, s1: Fraction, s2: Fraction, places: int
) -> None:
    # every figure is a rounding of one set of true values, so those values lie inside every
    # stated interval and satisfy every relation: no conflict can be reported
    cur = base * (1 + g / 100)
    text = ROUNDED_ARTICLE.format(
        cur=_printed(cur, places),
        cur_usd=_printed(cur / rate, places),
        base=_printed(Fraction(base), places),
        base_usd=_printed(base / rate, places),
        g=_printed(g, 1),
        s1=_printed(s1, 1),
        s2=_printed(s2, 1),
        p1=_printed(cur * s1 / 100, places),
    )
    found = check_document(load_text(text))
    assert not [f for f in found if f.check == "joint" and f.outcome is not Outcome.PASS]
