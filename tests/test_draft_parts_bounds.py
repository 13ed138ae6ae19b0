"""The rules of parts, shares and places do work near-linear in the figures of an article:
counted, not timed. A pasted table of 400 "X (P% of GDP)" pairs in one sentence took 300 s when
each share read every amount of the article for its whole, and each superlative every figure after
it for the other figures of its thing."""

from __future__ import annotations

from typing import Any

import pytest

from aktobe_facts.text import draftplaces, draftshares
from aktobe_facts.text.draft import draft

COUNT = 80  # quadratic work is 40 times the linear bound already
TABLE = "Figures: " + ", ".join(
    f"the largest item {i} at {i + 1}.5 billion tenge (or {i % 90 + 1}.1% of GDP)"
    for i in range(COUNT)
)


def calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """One entry for each call of ``module.name``."""
    made: list[int] = []
    original = getattr(module, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        made.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return made


def test_each_share_reads_the_article_s_amounts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = calls(monkeypatch, draftshares, "share_pairs")
    sentences = [
        f"Region {i} drew {i + 1}.5 billion tenge (or {i % 90 + 1}.1% of GDP)."
        for i in range(COUNT)
    ]
    draft(" ".join(sentences))
    assert len(pairs) <= 3 * COUNT  # each share read every sentence's pairs: COUNT squared


def test_a_superlative_reads_a_few_figures_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    clauses = calls(monkeypatch, draftplaces, "_clause_words")
    draft(TABLE)
    assert len(clauses) <= (draftplaces.OTHERS + 1) * COUNT  # every figure after: COUNT squared
