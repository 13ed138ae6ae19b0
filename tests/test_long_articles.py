"""Long articles (twentieth session, robust20): work that grew with the square of an article's
figures, made to grow with their number, each without changing a result. Counted, never timed
(bench/run.py's "long" part measures the time). The sentences are ours."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.checks import separators
from aktobe_facts.claims.model import ClaimsFile
from aktobe_facts.reading.numbers import parse
from aktobe_facts.reading.quantities import read
from aktobe_facts.solve import analysis
from aktobe_facts.solve.decide import Decider
from aktobe_facts.solve.wiring import compile_file
from aktobe_facts.text import suggest, suggestequal, suggestfigures, suggestpart
from aktobe_facts.text.articlecheck import load_article
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftarticle import Article, tied
from aktobe_facts.text.quotes import Folded

TWO_PARTS = (
    "Budget revenue was 40.0 billion tenge and spending was 45.0 billion tenge in 2030, so the "
    "deficit was 5.0 billion tenge. Revenue rose 10 percent from 36.4 billion tenge in 2029.\n\n"
    "Exports were $12.0 billion and imports were $9.0 billion in 2030, a trade surplus of "
    "$3.0 billion. Exports rose 20 percent from $10.0 billion in 2029.\n"
)


def _doc(folder: Path) -> ClaimsFile:
    article = folder / "a.txt"
    article.write_text(TWO_PARTS, encoding="utf-8")
    return load_article(article)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    made = analysis._analysed

    def counting(*args: object) -> object:
        calls.append(1)
        return made(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "_analysed", counting)
    return calls


def _parts(found: analysis.Analysis) -> tuple[object, ...]:
    return (
        found.conflicts,
        found.set_aside,
        found.undecided,
        found.consistent,
        found.readings,
    )


def _analysed_once(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[ClaimsFile, list[int], analysis.Analysis]:
    """The two-part file, its analyses counted from here, and its first analysis."""
    doc = _doc(folder)
    monkeypatch.setattr(analysis, "_DONE", {})
    calls = _counted(monkeypatch)
    first = analysis.analyse_compiled(compile_file(doc))
    assert len(calls) == 2  # the budget's component and the trade's
    return doc, calls, first


def test_a_component_met_before_is_taken_not_analysed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the separators check analyses its file again for each figure read the other way: every
    # component but the figure's own is the same, and its analysis is taken from the first
    doc, calls, first = _analysed_once(tmp_path, monkeypatch)
    again = analysis.analyse_compiled(compile_file(doc))
    assert len(calls) == 2
    assert _parts(again) == _parts(first)
    claim = next(c for c in doc.claims if c.value is not None and "12.0" in c.value.text)
    other = read(parse("$12.5 billion"))
    changed = separators._swapped(doc, claim, 0, other)
    analysis.analyse_compiled(compile_file(changed))
    assert len(calls) == 3  # the trade's component alone


def test_what_is_taken_is_what_would_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _doc(tmp_path)
    monkeypatch.setattr(analysis, "_DONE", {})
    made = analysis.analyse_compiled(compile_file(doc))
    taken = analysis.analyse_compiled(compile_file(doc))
    monkeypatch.setattr(analysis, "_DONE", {})
    assert _parts(taken) == _parts(made) == _parts(analysis.analyse_compiled(compile_file(doc)))


def test_a_component_is_taken_with_other_steps_left_where_the_budget_did_not_bear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a figure read the other way changes its component, whose solver may spend other steps:
    # every component after it then met the file's budget with other steps left, and was
    # analysed again though the budget bore on none of its answers
    doc, calls, first = _analysed_once(tmp_path, monkeypatch)

    def fewer(system: object) -> Decider:
        return Decider(system, solver_steps=1_000)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "Decider", fewer)
    taken = analysis.analyse_compiled(compile_file(doc))
    assert len(calls) == 2
    monkeypatch.setattr(analysis, "_DONE", {})
    made = analysis.analyse_compiled(compile_file(doc))
    assert len(calls) == 4
    assert _parts(first) == _parts(taken) == _parts(made)


def test_a_component_the_budget_bore_on_is_taken_only_where_it_bears_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analysis, "_DONE", {})
    short = analysis._Component(made_at=500, above=None)  # the solver went unasked
    analysis._remember(("short",), short)
    assert analysis._taken(("short",), 500) is short
    assert analysis._taken(("short",), 501) is None
    asked = analysis._Component(made_at=1_000, above=700.0)  # asked with 300 left at the least
    analysis._remember(("asked",), asked)
    assert analysis._taken(("asked",), 701) is asked
    assert analysis._taken(("asked",), 700) is None
    decide = Decider.__new__(Decider)
    decide.lowest, decide.refused = 300, False
    assert analysis._above(decide, 1_000) == 700
    decide.lowest = None
    assert analysis._above(decide, 1_000) == float("-inf")
    decide.refused = True
    assert analysis._above(decide, 1_000) is None


def _figures(count: int) -> str:
    """An article of ``count`` sentences, each a figure of its own value in one unit."""
    return "".join(
        f"Output of the plant number {i} was {100 + i}.5 million tonnes in 2030. "
        for i in range(count)
    )


@pytest.mark.parametrize("module", [suggestequal, suggestpart])
def test_suggestions_pair_only_the_figures_they_can_relate(
    module: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one figure given twice needs one value; a part and its whole, one sentence or the next:
    # 60 figures of 60 values in 60 sentences were 1,770 pairs, each compared
    compared = _compared(module, monkeypatch)
    draft(_figures(60))
    assert len(compared) <= 6 * 60  # about five for each figure: its sentence and the next


def _compared(module: object, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time the module asks whether two figures are comparable."""
    compared: list[int] = []
    comparable = module.comparable  # type: ignore[attr-defined]

    def counting(a: object, b: object) -> bool:
        compared.append(1)
        return comparable(a, b)  # type: ignore[no-any-return]

    monkeypatch.setattr(module, "comparable", counting)
    return compared


def _given_again(count: int) -> str:
    """An article of ``count`` sentences, each telling one figure again."""
    return "Exports in 2030\n\n" + "Exports were $1.2 billion in 2030. " * count


def test_one_figure_given_again_and_again_is_paired_only_where_no_drafted_relation_ties_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one value in 40 sentences: a drafted "equal" ties them all, and every pair a drafted
    # relation ties is dropped from the suggestions, so none is made: 780 pairs were, each
    # compared and quoted (1,000 sentences: 8.5 s of the draft's CPU, 4.2 s now); the draft is
    # the same
    text = _given_again(40)
    expected = draft(text)
    assert any(r.kind == "equal" and len(tied(r)) == 40 for r in expected.relations)
    compared = _compared(suggestequal, monkeypatch)
    assert draft(text) == expected
    assert compared == []
    every_pair = suggestfigures.known  # as before: no figure's ties known, every pair made

    def untied(article: Article, periods: Mapping[str, str | None], relations: object) -> object:
        return every_pair(article, periods)

    monkeypatch.setattr(suggest, "known", untied)
    assert draft(text) == expected
    assert len(compared) == 40 * 39 // 2


def test_the_draft_places_each_quote_without_counting_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # whether a quote occurs first where its claim stands needs one search, not a count of its
    # places to the text's end for each claim (quadratic in a long article)
    text = _figures(10) + _figures(10)
    expected = draft(text)

    def refused(self: Folded, quote: str) -> object:
        raise AssertionError("counted")

    monkeypatch.setattr(Folded, "find_first", refused)
    assert draft(text) == expected


_PAIR = '[[claim]]\nid = "{id}"\nquote = "q"\nvalue = "{value}"\ncounterpart = "{other}"\n\n'


def test_a_figure_is_read_the_other_way_only_by_the_checks_that_name_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "$5,6 million" writes a decimal comma, so "2,618 million tenge" and "3,456 tonnes" are read
    # both ways: only the checks that name a figure's claim are run again on its other reading
    # (no check names "lone": nothing is run again for it); the warning is the same
    from aktobe_facts.checks import CHECKS
    from conftest import load_text

    text = (
        _PAIR.format(id="small", value="2,618 million tenge", other="US$5,6 million")
        + _PAIR.format(id="p1", value="85 billion tenge", other="US$182 million")
        + _PAIR.format(id="p2", value="2.1 billion tenge", other="US$4.5 million")
        + '[[claim]]\nid = "lone"\nquote = "q"\nvalue = "3,456 tonnes"\n'
    )
    doc = load_text(text)
    runs: dict[str, int] = {}
    for check_id, module in CHECKS.items():

        def counted(
            doc: ClaimsFile, check_id: str = check_id, run: object = module.check
        ) -> object:
            runs[check_id] = runs.get(check_id, 0) + 1
            return run(doc)  # type: ignore[operator]

        monkeypatch.setattr(module, "check", counted)
    (warning,) = separators.check(doc)
    assert warning.claims == ("small",)
    # the checks that name small (its pair's rate, the rate's size) ran for the first reading
    # and for small's other one; every other check, for the first reading alone
    assert runs.pop("conversions") == runs.pop("rate-magnitudes") == 2
    assert set(runs.values()) == {1}


def test_a_paragraph_of_many_growths_reads_each_sentence_and_figure_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one figure told in every sentence of one paragraph, each with a growth naming no base: the
    # base a growth takes from the sentences before it (draftlift) reads each sentence once, and
    # the products of an equal's figures (equalproducts.apart) are read once a figure, not once a
    # pair (before: 3,240 sentences and 6,320 products read for 80 sentences)
    from aktobe_facts.text import draftlift, equalproducts

    calls = {"sentences": 0, "products": 0}
    named, products = draftlift._named, equalproducts.products

    def counted_named(*args: object) -> object:
        calls["sentences"] += 1
        return named(*args)  # type: ignore[arg-type]

    def counted_products(*args: object) -> object:
        calls["products"] += 1
        return products(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(draftlift, "_named", counted_named)
    monkeypatch.setattr(equalproducts, "products", counted_products)
    count = 80
    text = "Exports\n\n" + " ".join(["Exports rose 5% to $1.2 billion."] * count) + "\n"
    found = draft(text)
    assert any(r.kind == "equal" and len(tied(r)) == count for r in found.relations)
    assert calls["sentences"] < 2 * count
    assert calls["products"] == count


@given(
    st.lists(st.frozensets(st.sampled_from("abcdef"), max_size=4), max_size=6),
    st.frozensets(st.sampled_from("abcdefg"), max_size=4),
)
def test_a_suggestion_is_covered_as_by_every_drafted_relation(
    drafted: list[frozenset[str]], ids: frozenset[str]
) -> None:
    # suggest._covering asks the drafted relations that tie one of the claims, not every one
    from aktobe_facts.text.suggest import _covering

    assert _covering(drafted)(ids) == any(ids <= d for d in drafted)


@pytest.mark.parametrize("kind", ["gaps", "spaces", "again"])
def test_the_benchmarks_odd_articles_have_their_size_and_their_figures(kind: str) -> None:
    # bench/run.py's "odd" part times drafting them: each is about its size and holds figures
    # the draft reads (a benchmark of an article that drafts nothing measures nothing)
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from run import odd_article

    text = odd_article(kind, 4 * 1024)
    assert 3 * 1024 <= len(text.encode("utf-8")) <= 5 * 1024
    assert len(draft(text).claims) >= 2


@pytest.mark.parametrize("kind", ["amounts", "percents"])
def test_the_benchmarks_sentences_of_many_figures_hold_them(kind: str) -> None:
    # bench/run.py's "many" part times drafting them: the one sentence's figures are all read
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from run import many_article

    assert len(draft(many_article(kind, 20)).claims) >= 20
