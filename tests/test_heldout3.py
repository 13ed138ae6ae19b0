"""The third held-out set (tests/heldout3/): real articles chosen and encoded by hand without
looking at the draft rules, from outlets and in currencies the other sets do not use, so that the
draft-only path can be measured on articles nobody tuned a rule on (docs/corpus.md, "The third
held-out set"). It was unseen until the fifth session opened it for tuning the draft (issue 13);
tests/heldout4/ is the unseen measure since.

The hand-written claims files must give exactly the expected findings. The draft-only path
(``check article.txt``) must raise no false error and at most one warning on a clean article, and
must not fall below the figures measured on main when the set was landed (``scripts/draft_vs_hand.py
tests/heldout3``): the floors below. Raise a floor when the draft gets better; never lower one to
let a change land.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from _corpus import (
    Article,
    articles,
    draft_raises_no_false_finding,
    draft_row,
    expectations,
    gives_exactly_its_expected_findings,
    known,
    listed_in_the_corpus_table,
)

HELDOUT3 = Path(__file__).parent / "heldout3"
ARTICLES = articles(HELDOUT3)

# False findings, left to the owners of the code at fault (article -> why the finding is false);
# each case is a strict expected failure until it is fixed.
FALSE_BY_HAND: dict[str, str] = {}
FALSE_BY_DRAFT: dict[str, str] = {}

# The draft-only path as measured on main (docs/corpus.md), raised as the draft gets better.
# With "half a percent" read as a number and a share "put at" it: 44, 44; with growths "in volume
# and in value" and percents "of the target for the whole year" as shares of the year's plan: 48;
# with a yield as output over area (draftyield): 49.
RECALLED_AT_LEAST = 49  # of the hand files' 98 relations, those the draft also drafts
PRECISE_AT_LEAST = 49  # drafted relations that are in the hand files
# drafted relations that are not: true ones the hand files state through other relations (the
# year's revenue plan not below January-February's revenue, tied there by a percent of target;
# "declined to Sh122.9 billion in 2019 from Sh124 billion", a growth there) and "Privatization
# revenue reached 1.91bn" within the revenue of PLN 231.55bn
NOT_IN_HAND_AT_MOST = 3
WHOLE_AT_LEAST = 2  # of the 5 inconsistent articles, those whose every expected finding it finds


@cache
def rows() -> tuple[Article, ...]:
    return tuple(draft_row(HELDOUT3 / name) for name in ARTICLES)


def test_the_third_held_out_set_is_mixed() -> None:
    inconsistent = [name for name in ARTICLES if not expectations(HELDOUT3 / name)[0]]
    assert len(ARTICLES) >= 10
    assert len(inconsistent) >= 5
    assert len(ARTICLES) - len(inconsistent) >= 5


@pytest.mark.parametrize("name", known(ARTICLES, FALSE_BY_HAND))
def test_hand_file_gives_exactly_its_expected_findings(name: str) -> None:
    gives_exactly_its_expected_findings(HELDOUT3 / name)


@pytest.mark.parametrize("name", known(ARTICLES, FALSE_BY_DRAFT))
def test_draft_only_path_raises_no_false_finding(name: str) -> None:
    draft_raises_no_false_finding(HELDOUT3 / name)


def test_draft_recall_and_precision_keep_their_floors() -> None:
    recalled = sum(r.recalled for r in rows())
    precise = sum(r.precise for r in rows())
    drafted = sum(r.drafted for r in rows())
    assert recalled >= RECALLED_AT_LEAST, f"recall fell to {recalled}"
    assert precise >= PRECISE_AT_LEAST, f"drafted relations in the hand files fell to {precise}"
    assert drafted - precise <= NOT_IN_HAND_AT_MOST, f"{drafted - precise} not in the hand files"


def test_draft_finds_at_least_as_many_articles_whole() -> None:
    found = {r.name: f"{r.found} of {r.expected}" for r in rows() if r.expected}
    whole = [r.name for r in rows() if r.expected and r.found == r.expected]
    assert len(whole) >= WHOLE_AT_LEAST, found


def test_every_article_of_the_third_set_is_in_the_corpus_table() -> None:
    listed_in_the_corpus_table(ARTICLES)
