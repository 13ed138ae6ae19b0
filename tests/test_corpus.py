"""The corpus of real articles (tests/corpus/): each is checked and must give exactly the errors and
warnings its ``expected.toml`` lists — no missed inconsistency, no false error or warning (the
folders' format: tests/_corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _corpus import TABLE, articles, expectations, gives_exactly_its_expected_findings

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = articles(CORPUS)


def test_the_corpus_is_large_and_mixed() -> None:
    consistent = [name for name in ARTICLES if expectations(CORPUS / name)[0]]
    assert len(ARTICLES) >= 15
    assert len(ARTICLES) - len(consistent) >= len(ARTICLES) / 3


@pytest.mark.parametrize("name", ARTICLES)
def test_article_gives_exactly_its_expected_findings(name: str) -> None:
    gives_exactly_its_expected_findings(CORPUS / name)


def test_every_article_is_in_the_corpus_table() -> None:
    table = TABLE.read_text(encoding="utf-8")
    for name in ARTICLES:
        assert f"`{name}`" in table, name
