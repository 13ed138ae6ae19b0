"""Long articles (twenty-first session, perf21): more work that grew with the square of an
article's figures, made to grow with their number, each without changing a result. Counted,
never timed (bench/run.py's "long" part measures the time). The sentences are ours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text import draftarticle, suggestspan, suggestwithin
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftarticle import tied
from aktobe_facts.text.draftfigures import DraftRelation
from aktobe_facts.text.quotes import Folded
from aktobe_facts.text.ties import Ties


def _paragraphs(count: int) -> str:
    """An article of ``count`` paragraphs, each one figure of a month or a quarter of one flow."""
    months = ("January", "February", "March", "April", "May", "June")
    return "\n\n".join(
        f"Exports of the plant number {i} were {100 + i}.5 million tonnes in "
        + (f"{months[i % 6]} 2030." if i % 2 else "the first half of 2030.")
        for i in range(count)
    )


def _flow(flow: str, count: int) -> str:
    """``count`` paragraphs of a flow's figures of a month or a half-year."""
    months = ("January", "February", "March", "April", "May", "June")
    return "\n\n".join(
        f"{flow} reached ${100 + i}.5 million in "
        + (f"{months[i % 6]} 2030." if i % 2 else "the first half of 2030.")
        for i in range(count)
    )


def test_the_figures_of_a_sentence_and_of_paragraphs_are_indexed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[int] = []
    groups = draftarticle._groups

    def counting(*args: object) -> object:
        made.append(1)
        return groups(*args)  # type: ignore[arg-type]

    seen: list[draftarticle.Article] = []
    of = draftarticle.Article.of

    def kept(text: str, sentences: object) -> draftarticle.Article:
        article = of(text, sentences)  # type: ignore[arg-type]
        seen.append(article)
        return article

    monkeypatch.setattr(draftarticle.Article, "of", staticmethod(kept))
    draft(_paragraphs(12))
    article = seen[-1]
    monkeypatch.setattr(draftarticle, "_groups", counting)
    monkeypatch.setattr(draftarticle, "_ONCE", {})
    for p in article.figures:
        assert draftarticle.in_sentence(article, p.sentence_index) == [
            q for q in article.figures if q.sentence_index == p.sentence_index
        ]
        assert draftarticle.in_paragraphs(article, p.paragraph, p.paragraph + 1) == [
            q for q in article.figures if p.paragraph <= q.paragraph <= p.paragraph + 1
        ]
    assert len(made) == 2  # by sentence and by paragraph, once


def test_a_month_within_its_span_is_looked_for_only_near_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one paragraph or the next sentence: 60 figures of months and half-years in 60 paragraphs
    # were 1,770 pairs, each asked whether near
    asked: list[int] = []
    near = suggestwithin._near

    def counting(a: object, b: object) -> bool:
        asked.append(1)
        return near(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(suggestwithin, "_near", counting)
    draft(_paragraphs(60))
    assert len(asked) <= 4 * 60  # each figure and the next paragraph's two


def test_a_span_and_its_month_are_paired_only_within_one_flow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # exports and imports, 30 figures each: 1,770 pairs asked whether of one flow, 870 now
    asked: list[int] = []
    one_flow = suggestspan._one_flow

    def counting(a: object, b: object) -> bool:
        asked.append(1)
        return one_flow(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(suggestspan, "_one_flow", counting)
    draft(_flow("Exports", 30) + "\n\n" + _flow("Imports", 30))
    assert 0 < len(asked) <= 2 * (30 * 29 // 2)


def test_a_repeated_passage_searches_each_quote_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a claim whose quote occurs earlier widens it word by word, each widening searched in the
    # whole text: a passage repeated five times widened its claims through the same words
    searched: list[str] = []
    first = Folded.first

    def counting(self: Folded, quote: str) -> int | None:
        searched.append(quote)
        return first(self, quote)

    text = "\n\n".join([_paragraphs(6)] * 5)
    expected = draft(text)
    monkeypatch.setattr(Folded, "first", counting)
    assert draft(text) == expected
    assert len(searched) == len(set(searched))


_IDS = st.sampled_from(["a", "b", "c", "d", "e", ">="])


@given(
    st.lists(st.tuples(_IDS, st.lists(_IDS, max_size=3)), max_size=6),
    st.sets(_IDS, max_size=3),
)
def test_ties_answer_as_going_through_every_relation(
    relations: list[tuple[str, list[str]]], ids: set[str]
) -> None:
    drafted = [
        DraftRelation("", "order", {"left": left, "right": right}) for left, right in relations
    ]
    expected = any(ids <= set(tied(r)) for r in drafted)
    assert Ties(drafted).together(ids) == expected
