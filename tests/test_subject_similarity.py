"""The study of subject similarity (scripts/subject_similarity.py): its candidate pairs and labels
on an article of its own, its measures (AUC, precision and recall at a threshold, the mutual best
partner) on scores made by hand, and its refusal of the unseen sets."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
import subject_similarity as study
from subject_similarity import Pair

ARTICLE = """Orchard exports grow

Pear exports reached $40 million in 2024, up from $30 million in 2023.

The valley also shipped 12,000 tonnes of plums, and its bakeries sold 9,000 loaves.
"""

CLAIMS = """
[article]
title = "Orchard exports grow"
path = "article.txt"

[[claim]]
id = "pears"
quote = "Pear exports reached $40 million in 2024"
value = "$40 million"
kind = "amount"
subject = "pear exports"
period = "2024"

[[claim]]
id = "pears_before"
quote = "up from $30 million in 2023"
value = "$30 million"
kind = "amount"
subject = "pear exports"
period = "2023"

[[claim]]
id = "plums"
quote = "12,000 tonnes of plums"
value = "12,000 tonnes"
kind = "amount"
subject = "plums shipped"

[[claim]]
id = "loaves"
quote = "9,000 loaves"
value = "9,000"
kind = "count"
subject = "loaves sold"

[[relation]]
id = "more"
kind = "order"
left = "pears"
op = ">"
right = ["pears_before"]
"""


def test_pairs_of_an_article(tmp_path: Path) -> None:
    folder = tmp_path / "orchard"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "claims.toml").write_text(CLAIMS, encoding="utf-8")
    draft, hand = study.article_pairs("corpus", folder)
    # the hand file: only the two amounts of money are a candidate pair (tonnes and loaves are
    # units of their own); the order ties them and they have one subject
    assert [(p.ids, p.related, p.same_subject) for p in hand] == [
        (("pears", "pears_before"), True, True)
    ]
    assert hand[0].apart == 0 and hand[0].periods_differ
    assert [(p.related, p.same_subject) for p in draft] == [(True, True)]
    assert "Pear exports" in draft[0].views["sentence"][0]


def pair(article: str, a: str, b: str, related: bool, text: str = "") -> Pair:
    p = Pair("heldout", article, (a, b), related, related, False, False, 0)
    p.views["quote"] = (text, text)
    return p


SCORES = {("a", "b"): 0.9, ("a", "c"): 0.8, ("b", "c"): 0.7, ("c", "d"): 0.6, ("b", "d"): 0.1}
PAIRS = [pair("x", a, b, related=(a, b) in {("a", "b"), ("c", "d")}) for a, b in SCORES]


def score(p: Pair) -> float:
    return SCORES[p.ids]


def test_auc_counts_ordered_pairs() -> None:
    # related scores 0.9 and 0.6 against 0.8, 0.7, 0.1: 4 of 6 orderings right
    assert study.auc(PAIRS, score, lambda p: p.related) == pytest.approx(4 / 6)
    assert math.isnan(study.auc(PAIRS[:1], score, lambda p: p.related))


def test_threshold_keeps_the_precision() -> None:
    label = lambda p: p.related  # noqa: E731
    assert study.best_threshold(PAIRS, score, label, 0.99) == 0.9  # only the top pair is right
    assert study.best_threshold(PAIRS, score, label, 0.5) == 0.6  # 2 of 4 down to 0.6
    assert study.admitted(PAIRS, score, label, 0.6) == (4, 2, 2)
    assert study.precision_at(PAIRS, score, label, 1.0) == 0.5
    assert study.precision_at(PAIRS, score, label, 0.5) == 1.0


def test_mutual_best_keeps_one_partner() -> None:
    best = study.mutual_best(PAIRS, score)
    kept = [p.ids for p in PAIRS if best(p) > -math.inf]
    # d's best partner is c, but c's is a, whose is b: only a and b are each other's best
    assert kept == [("a", "b")]


def test_overlap_of_content_words() -> None:
    assert study.overlap("pear exports in 2024", "exports of pears") == 1.0
    assert study.overlap("pear exports", "plum imports") == 0.0


def test_unseen_sets_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert study.main(["heldout8"]) == 2
    assert "not an open set" in capsys.readouterr().err
