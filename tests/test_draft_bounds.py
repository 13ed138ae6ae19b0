"""``draft`` does work near-linear in the numbers of an article: counted, not timed.

An article of 4,000 numbers in one "sentence" (a table pasted as text) took 50 s, 8,000 took 240 s:
for each number the draft read its whole sentence (its clause, the words before it, the periods
before it), copied the rest of the article to read a currency sign, and numbered ids from 2 again.
Each helper now reads at most ``draft.CONTEXT`` characters of the sentence either side of the number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from aktobe_facts.text import draft as draft_module
from aktobe_facts.text import draftbalances, draftwords, moneysigns, periodnames
from aktobe_facts.text.draft import draft

COUNT = 600
ARTICLE = " ".join(str(i * 7 + 1) if i % 50 else f"in {1990 + i // 50}" for i in range(COUNT))


def recorded(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, size: Callable[..., int]
) -> list[int]:
    """The sizes ``size(*args)`` of the calls of ``module.name``."""
    sizes: list[int] = []
    original = getattr(module, name)

    def recording(*args: Any, **kwargs: Any) -> Any:
        sizes.append(size(*args))
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return sizes


def test_each_number_reads_a_bounded_part_of_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draft_module, "CONTEXT", 200)  # a shorter context: a shorter article
    assert len(ARTICLE) > 10 * 200  # one sentence, longer than what a number may read
    spans = [
        recorded(
            monkeypatch, draftwords, name, lambda text, sentence, *rest: sentence[1] - sentence[0]
        )
        for name in ("kind_of", "id_words", "quote_span", "passage")
    ]
    prefixes = recorded(
        monkeypatch, moneysigns, "lookup_prefix_currency", lambda text, *rest: len(text)
    )
    made = draft(ARTICLE)
    assert len(made.claims) > COUNT // 2
    for sizes in spans:
        assert sizes and max(sizes) <= 2 * 200 + 50
    assert prefixes and max(prefixes) <= 32  # it was the rest of the article


def test_base_cues_are_looked_for_just_before_each_period(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    cue = periodnames._BASE_CUE

    class Counting:
        def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
            read.append((len(text) if endpos is None else endpos) - pos)
            return cue.search(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(periodnames, "_BASE_CUE", Counting())
    periods = periodnames.named_periods(ARTICLE, (0, len(ARTICLE)))
    assert len(periods) >= COUNT // 50 - 1
    assert max(read) <= periodnames._CUE_REACH  # it was the sentence up to each period


def test_ids_of_one_stem_are_numbered_in_linear_work() -> None:
    class Counted(set[str]):
        looked = 0

        def __contains__(self, item: object) -> bool:
            Counted.looked += 1
            return super().__contains__(item)

    ids = draftwords.Ids(used=Counted())
    made = [ids.make([["count"]]) for _ in range(2_000)]
    assert made[:3] == ["count", "count_2", "count_3"] and made[-1] == "count_2000"
    assert Counted.looked <= 5 * 2_000  # from 2 again each time: 2,000,000


def test_the_draft_of_a_normal_article_is_unchanged_by_the_bound() -> None:
    """Sentences shorter than the context read exactly as before."""
    text = "In 2020, the region spent 646.8 billion tenge (US$1.5 billion), 6.6 percent more than in 2019."
    before = draft(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(draft_module, "CONTEXT", 10**9)
        assert draft(text) == before


def test_a_balance_is_looked_for_in_the_whole_article_only_among_few_sets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thirty deficits, revenues and spendings, each in a paragraph of its own: the whole
    article holds 27,000 sets of them, which it no longer tries (it was cubic: 3 s for 40 each)."""
    tried: list[int] = []
    together = draftbalances._together

    def counted(*args: Any) -> bool:
        tried.append(1)
        return together(*args)

    monkeypatch.setattr(draftbalances, "_together", counted)
    paragraphs = [f"The deficit was {i + 1}.5 billion rubles." for i in range(30)]
    paragraphs += [f"Revenue reached {i + 20}.5 billion rubles." for i in range(30)]
    paragraphs += [f"Spending came to {2 * i + 22}.5 billion rubles." for i in range(30)]
    draft("Budget\n\n" + "\n\n".join(paragraphs))
    assert len(tried) <= draftbalances.WHOLE_SETS
