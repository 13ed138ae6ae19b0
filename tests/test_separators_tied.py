"""The separators check reads an ambiguous figure the other way and judges again only the relations
tied to its claim (checks._tied: its component, a currency pair's shared rate kept whole); its
findings are those of judging every relation again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.checks import _tied, relation_kinds, separators
from aktobe_facts.claims.model import ClaimsFile, Relation
from aktobe_facts.findings import Finding
from aktobe_facts.relations import registry
from aktobe_facts.solve import wiring
from conftest import findings_of, load_text

CONVERTED = '[[claim]]\nid = "{id}"\nquote = "q"\nvalue = "{value}"\ncounterpart = "{other}"\n\n'
PLAIN = '[[claim]]\nid = "{id}"\nquote = "q"\nvalue = "{value}"\n\n'
SUM = '[[relation]]\nid = "{id}"\nkind = "sum"\ntotal = "{total}"\nparts = [{parts}]\n\n'

# "US$5,6 million" writes a decimal comma, so "2,618 million tenge" is read both ways; the three
# conversions share one tenge-per-dollar rate
RATE_SHARED = (
    CONVERTED.format(id="small", value="2,618 million tenge", other="US$5,6 million")
    + CONVERTED.format(id="p1", value="85 billion tenge", other="US$182 million")
    + CONVERTED.format(id="p2", value="2.1 billion tenge", other="US$4.5 million")
    # tied to 'small' only through the rate its dollars and p1's share
    + PLAIN.format(id="rest", value="US$177 million")
    + SUM.format(id="through-rate", total="p1", parts='"small", "rest"')
    # tied to nothing the figure reads
    + PLAIN.format(id="x", value="1300 people")
    + PLAIN.format(id="y", value="1000 people")
    + PLAIN.format(id="z", value="300 people")
    + SUM.format(id="apart", total="x", parts='"y", "z"')
)


def _every_relation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Judge every relation again for each figure (the check before it was tied)."""
    monkeypatch.setattr(_tied.Tied, "of", lambda self, claim_id: self._relations)


def test_the_rerun_of_a_figure_judges_only_the_relations_tied_to_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = load_text(RATE_SHARED)
    tied = {r.id for r in _tied.Tied(doc).of("small")}
    assert "through-rate" in tied and "apart" not in tied
    judged: list[str] = []
    original = registry.check

    def check(doc: ClaimsFile, relation: Relation) -> list[Finding]:
        judged.append(relation.id)
        return original(doc, relation)

    monkeypatch.setattr(relation_kinds, "check", check)  # the kinds' checks call it by this name
    monkeypatch.setattr(separators, "_verdicts", _recorded(separators._verdicts, judged))
    (warning,) = findings_of(RATE_SHARED, "separators")
    assert warning.claims == ("small",)  # the one figure read both ways
    reruns = judged[judged.index("RERUN") : judged.index("END")]
    assert reruns == ["RERUN", "through-rate"]


Verdicts = Callable[[ClaimsFile, frozenset[str] | None], list[Finding]]


def _recorded(verdicts: Verdicts, judged: list[str]) -> Verdicts:
    """``_verdicts``, marking in ``judged`` where the reruns of figures begin and end."""

    def run(doc: ClaimsFile, only: frozenset[str] | None = None) -> list[Finding]:
        if only is None:
            return verdicts(doc, only)
        judged.append("RERUN")
        found = verdicts(doc, only)
        judged.append("END")
        return found

    return run


def test_a_relation_tied_through_a_shared_rate_keeps_its_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tied = findings_of(RATE_SHARED, "separators")
    _every_relation(monkeypatch)
    assert findings_of(RATE_SHARED, "separators") == tied


def test_a_pair_of_conversions_is_tied_by_its_rate_alone() -> None:
    doc = load_text(
        CONVERTED.format(id="a", value="2,618 million tenge", other="US$5,6 million")
        + CONVERTED.format(id="b", value="85 billion tenge", other="US$182 million")
        + PLAIN.format(id="c", value="US$100 million")
        + PLAIN.format(id="d", value="US$82 million")
        + SUM.format(id="of-b", total="b", parts='"c", "d"')
    )
    assert [r.id for r in _tied.Tied(doc).of("a")][-1] == "of-b"


_AMOUNTS = st.sampled_from(
    ["2,618", "1,234", "85", "2.1", "5,6", "182", "4.5", "3,75", "9,001", "12", "177", "400"]
)


@st.composite
def _files(draw: st.DrawFn) -> str:
    count = draw(st.integers(3, 6))
    text = CONVERTED.format(id="c0", value="2,618 million tenge", other="US$5,6 million")
    for n in range(1, count):
        value = f"{draw(_AMOUNTS)} {draw(st.sampled_from(['million', 'billion']))} tenge"
        if draw(st.booleans()):
            text += CONVERTED.format(id=f"c{n}", value=value, other=f"US${draw(_AMOUNTS)} million")
        else:
            text += PLAIN.format(id=f"c{n}", value=value)
    for n in range(draw(st.integers(0, 3))):
        members = draw(st.lists(st.integers(0, count - 1), min_size=3, max_size=3, unique=True))
        parts = ", ".join(f'"c{m}"' for m in members[1:])
        text += SUM.format(id=f"s{n}", total=f"c{members[0]}", parts=parts)
    return text


@settings(max_examples=25)
@given(_files())
def test_tied_reruns_find_what_reruns_of_every_relation_find(text: str) -> None:
    tied = findings_of(text, "separators")
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_relation(monkeypatch)
        assert findings_of(text, "separators") == tied


def test_a_figure_no_rate_reads_rebuilds_only_its_tied_relations_for_the_joint_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 'piece' has no counterpart: only the sum naming it is built again for the joint system;
    # 'other-sum', tied to it through nothing, keeps the candidate built for the file
    text = (
        CONVERTED.format(id="whole", value="2,5 billion tenge", other="US$5,6 million")
        + PLAIN.format(id="piece", value="1,234 million tenge")
        + PLAIN.format(id="rest", value="1.3 billion tenge")
        + SUM.format(id="in-tenge", total="whole", parts='"piece", "rest"')
        + PLAIN.format(id="far", value="3000 people")
        + PLAIN.format(id="half", value="1500 people")
        + PLAIN.format(id="other-half", value="1500 people")
        + SUM.format(id="other-sum", total="far", parts='"half", "other-half"')
    )
    built: list[str] = []
    original = wiring._typed

    def typed(doc: ClaimsFile, relation: Relation) -> wiring.Candidate | None:
        built.append(relation.id)
        return original(doc, relation)

    monkeypatch.setattr(wiring, "_typed", typed)
    monkeypatch.setattr(separators, "_verdicts", _recorded(separators._verdicts, built))
    tied = findings_of(text, "separators")
    rerun = built[built.index("RERUN") : built.index("END")]
    assert "in-tenge" in rerun and "other-sum" not in rerun
    _every_relation(monkeypatch)
    assert findings_of(text, "separators") == tied
