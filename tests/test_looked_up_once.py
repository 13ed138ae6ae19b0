"""What rules asked of each figure by going through its paragraph or the whole article is found
once and looked up (twenty-sixth session): a breakdown's lead (categorylead), the figure before a
balance's member (recalled), a percent's list and the words before it (draftgrowthagain), the
figures by id (equalproducts) and the pairs of one value not yet tied (suggestequal). The same
drafts as the old loops, swapped back in, on generated articles; what is read, counted, never
timed."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _swapped import swapped
from aktobe_facts.text import (
    categorylead,
    draftbalances,
    draftgrowthagain,
    draftparts,
    equalproducts,
    recalled,
    suggestequal,
)
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftarticle import Article, Placed, clause_of, paragraph_starts
from aktobe_facts.text.suggestfigures import Known


def _listed_category(text: str, placed: Placed) -> bool:
    """categorylead.listed_category before: the paragraph searched from its start for each
    figure."""
    breaks = paragraph_starts(text)
    start = breaks[placed.paragraph - 1] if placed.paragraph > 0 else 0
    for lead in categorylead._LEAD.finditer(text, start, placed.figure.phrase.start):
        before = text[start : lead.start()].rstrip()
        if before and before[-1] not in ".!?":
            continue
        return categorylead._WHOLE.search(clause_of(text, placed)) is None
    return False


class _Recalled:
    """recalled.recalled before, for each figure: every figure of ``figures`` gone through."""

    def __init__(self, text: str, figures: Sequence[Placed]) -> None:
        self.text, self.figures = text, figures

    def __call__(self, placed: Placed) -> bool:
        start = max(
            [placed.sentence[0]]
            + [
                p.figure.phrase.outer_end
                for p in self.figures
                if p.sentence == placed.sentence
                and p.figure.phrase.outer_end <= placed.figure.phrase.start
            ]
        )
        before = self.text[start : placed.figure.phrase.start]
        return bool(recalled._SINCE.search(before) or recalled._LAST.search(before))


def _words_before(article: Article, placed: Placed) -> frozenset[str]:
    """draftgrowthagain._words_before before: every figure of the article gone through."""
    start = placed.sentence[0]
    for other in article.figures:
        if other.sentence_index == placed.sentence_index and other.index == placed.index - 1:
            start = other.figure.phrase.outer_end
    found = draftgrowthagain._WORD.findall(article.text, start, placed.figure.phrase.start)
    return frozenset(w.lower() for w in found)


def _runs(article: Article, sentence_index: int) -> dict[str, list[Placed]]:
    """draftgrowthagain's runs before: the article's figures filtered to the sentence's, and
    the run of a figure the first that holds it."""
    runs: list[list[Placed]] = []
    for p in article.figures:
        if p.sentence_index != sentence_index:
            continue
        last = runs[-1][-1] if runs else None
        joined = last is not None and draftgrowthagain._JOINED.fullmatch(
            article.text, last.figure.phrase.outer_end, p.figure.phrase.start
        )
        if last is not None and joined:
            runs[-1].append(p)
        else:
            runs.append([p])
    return {
        p.figure.id: next(r for r in runs if p in r)
        for p in article.figures
        if p.sentence_index == sentence_index
    }


def _by_id(article: Article) -> dict[str, Placed]:
    return {p.figure.id: p for p in article.figures}


def _same_value(known: Sequence[Known]) -> list[tuple[Known, Known]]:
    """suggestequal._same_value before: every later figure of one value tried."""
    pairs: list[tuple[int, int]] = []
    for same in suggestequal.by_value(known):
        for n, i in enumerate(same):
            tied = known[i].tied
            pairs += [(i, j) for j in same[n + 1 :] if known[j].id not in tied]
    pairs.sort()
    return [(known[i], known[j]) for i, j in pairs]


_OLD: list[tuple[Any, str, Callable[..., Any]]] = [
    (draftparts, "listed_category", _listed_category),
    (draftbalances, "Recalled", _Recalled),
    (draftgrowthagain, "_words_before", _words_before),
    (draftgrowthagain, "_runs", _runs),
    (equalproducts, "by_id", _by_id),
    (suggestequal, "_same_value", _same_value),
]
_SENTENCES = [
    "By product category, fruit exports reached $1.2 billion in 2030.",
    "Exports by sector, such as fruit, reached $1.2 billion in 2030.",
    "By sector: exports in the industrial category totalled $600 million in 2030.",
    "Total exports came to $2.4 billion in 2030.",
    "Exports were $1.2 billion and imports $600 million in 2030, a surplus of $600 million.",
    "The trade surplus was $600 million in 2030, the first since a $200 million deficit in 2028.",
    "Japan last ran a deficit in 2028, of $200 million.",
    "Exports and imports rose 5 percent and 6 percent, respectively, in 2030.",
    "Exports rose 5 percent in 2030.",
    "Revenue rose 5 percent, 6 percent and 7 percent in the three regions in 2030.",
    "Imports were $600 million in 2030.",
]


@settings(max_examples=30, deadline=None)
@given(
    sentences=st.lists(
        st.tuples(st.sampled_from(_SENTENCES), st.sampled_from([" ", " ", "\n\n"])),
        min_size=2,
        max_size=8,
    )
)
def test_drafts_are_those_of_the_loops_over_every_figure(
    sentences: list[tuple[str, str]],
) -> None:
    text = "Trade in 2030\n\n" + "".join(s + gap for s, gap in sentences)
    answers: list[tuple[object, object]] = []  # each new answer and the old one, as asked
    with swapped([(m, name, _both(vars(m)[name], old, answers)) for m, name, old in _OLD]):
        looked_up = draft(text)
    assert [new for new, _ in answers] == [old for _, old in answers]
    with swapped(_OLD):
        every = draft(text)
    assert looked_up == every


def _both(
    new: Callable[..., Any], old: Callable[..., Any], answers: list[tuple[object, object]]
) -> Callable[..., Any]:
    """``new``, recording its answer and ``old``'s to the same question (a class: the answers of
    the objects both make)."""
    if isinstance(new, type):

        def made(*args: Any) -> Callable[[Placed], bool]:
            a, b = new(*args), old(*args)
            return _both(a, b, answers)

        return made

    def asked(*args: Any) -> Any:
        answer = new(*args)
        answers.append((answer, old(*args)))
        return answer

    return asked


def test_the_first_lead_is_the_first_that_opens_a_sentence() -> None:
    text = "Exports by sector, fruit. By product category, fruit exports reached X."
    assert categorylead._first_lead(text, 0, len(text)) == text.index("fruit exports") - 1
    assert categorylead._first_lead("Exports by sector, fruit.", 0, 25) is None


def test_a_long_paragraph_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # one paragraph of 60 sentences after a breakdown's lead, a balance's words and one value
    # told again: each figure searched the paragraph from its start for the lead, went through
    # every figure for the one before it, and every later figure of its value was tried
    text = (
        "Trade in 2030\n\nBy product category, fruit exports reached $1.2 billion in 2030. "
        + "Exports were $1.2 billion in 2030, imports $600 million, a surplus of $600 million. "
        * 60
        + "\n"
    )
    leads: list[int] = []  # the characters each search of the lead reads
    finditer = categorylead._LEAD.finditer
    pattern = re.compile(categorylead._LEAD.pattern, categorylead._LEAD.flags)

    class Lead:
        pattern = categorylead._LEAD.pattern
        flags = categorylead._LEAD.flags

        def finditer(self, text: str, pos: int = 0, endpos: int = 1 << 62) -> Any:
            leads.append(min(endpos, len(text)) - pos)
            return finditer(text, pos, endpos)

        def search(self, *args: Any) -> Any:
            return pattern.search(*args)

    monkeypatch.setattr(categorylead, "_LEAD", Lead())
    categorylead._first_lead.cache_clear()
    made: list[int] = []
    built = recalled.Recalled.__init__

    def counted(self: recalled.Recalled, text: str, figures: Sequence[Placed]) -> None:
        made.append(len(figures))
        built(self, text, figures)

    monkeypatch.setattr(recalled.Recalled, "__init__", counted)
    figures = len(draft(text).claims)
    assert 0 < len(leads) <= 2  # once a paragraph (the lead's and the title's)
    # each window's figures (its sentence, its paragraph, the whole article) read once a frame
    assert sum(made) <= 3 * len(draftbalances.FRAMES) * figures
