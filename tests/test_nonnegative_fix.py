"""A figure that cannot be negative (money, a count) is never offered a value below zero as the
fix: when the parts of a total exceed it, only the total (or a value at or above zero) can fix the
sum, and the joint figure at fault keeps to zero or more. A balance (the result of a difference)
may turn negative, and is still offered one."""

from __future__ import annotations

from aktobe_facts.api import check_document
from aktobe_facts.findings import Finding, Outcome
from conftest import findings_of, load_text


def claim(cid: str, value: str, kind: str | None = None) -> str:
    extra = "" if kind is None else f'kind = "{kind}"\n'
    return f'[[claim]]\nid = "{cid}"\nquote = "q"\nvalue = "{value}"\n{extra}\n'


SUM = '[[relation]]\nid = "parts"\nkind = "sum"\ntotal = "total"\nparts = ["a", "b"]\n\n'
# the parts, 6.1 and 5.3 billion, are far more than the total of 1.2 billion
PARTS_OVER = (
    claim("total", "US$1.2 billion") + claim("a", "US$6.1 billion") + claim("b", "US$5.3 billion")
)


def failed(text: str, check: str) -> Finding:
    (found,) = [f for f in findings_of(text, check) if f.outcome is Outcome.FAIL]
    return found


def test_parts_over_their_total_name_the_total_never_a_negative_part() -> None:
    found = failed(PARTS_OVER + SUM, "sum")
    assert found.suggestion is not None and "'total'" in found.suggestion
    assert not any("-US$" in n for n in found.notes)
    assert sum("no non-negative value of 'a'" in n for n in found.notes) == 1
    assert sum("no non-negative value of 'b'" in n for n in found.notes) == 1


def test_a_part_that_needs_less_but_not_below_zero_keeps_its_range() -> None:
    near = claim("total", "US$11.2 billion") + claim("a", "US$6.1 billion")
    found = failed(near + claim("b", "US$5.3 billion") + SUM, "sum")
    assert any("'a' (\"US$6.1 billion\") would need" in n for n in found.notes)
    assert not any("non-negative" in n for n in found.notes)


def test_a_balance_may_be_offered_a_negative_value() -> None:
    # a deficit stated as 2 billion where spending is below revenue: the balance is a surplus
    text = (
        claim("deficit", "US$2.0 billion")
        + claim("spending", "US$5.1 billion")
        + claim("revenue", "US$6.3 billion")
        + '[[relation]]\nid = "d"\nkind = "difference"\nresult = "deficit"\n'
        'minuend = "spending"\nsubtrahend = "revenue"\n'
    )
    found = failed(text, "difference")
    assert any("'deficit'" in n and "US$[-1.3, -1.1] billion" in n for n in found.notes)


# each relation alone fits: the total is at least "a" and what "b" may be ("more than 1
# billion"); "b" twice "c" (5.5 billion) is 10.9 to 11.1 billion; together "a" would need less
# than zero
JOINT = (
    claim("total", "US$10.0 billion")
    + claim("a", "US$6.1 billion")
    + claim("b", "more than US$1 billion")
    + claim("c", "US$5.5 billion")
    + SUM
    + '[[relation]]\nid = "twice"\nkind = "multiple"\nvalue = "b"\nof = "c"\nfactor = "twice"\n'
)


def test_the_pinned_row_names_no_negative_part() -> None:
    found = failed(JOINT, "sum")  # fails at "b" pinned by the multiple, with the joint's faults
    assert "fails only with" in found.message
    assert found.suggestion is not None and '"US$6.1 billion"' not in found.suggestion
    texts = " ".join(s.text for s in found.inputs)
    assert "no value of it at or above zero fits the rest of the set" in texts


def test_the_joint_figure_at_fault_keeps_money_at_or_above_zero() -> None:
    (found,) = [f for f in check_document(load_text(JOINT), ["joint"]) if f.outcome is Outcome.FAIL]
    (a,) = [s.text for s in found.inputs if s.label == "a"]
    assert "no value of it at or above zero fits the rest of the set" in a
    assert "-US$" not in " ".join(s.text for s in found.inputs)
    assert found.suggestion is not None and '"US$6.1 billion"' not in found.suggestion
