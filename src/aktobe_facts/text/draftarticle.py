"""The article as the rules of :mod:`aktobe_facts.draftrules` read it: every figure with its
sentence, paragraph and place among its sentence's figures."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from msgspec import Struct

from aktobe_facts.text.draftfigures import DraftRelation, Figure, Sentence
from aktobe_facts.text.paragraphs import paragraphs as paragraphs
from aktobe_facts.text.sentences import Span, clause_start


class Placed(Struct, frozen=True):
    """A figure of the article with where it stands: its sentence (span and number in the
    article), its paragraph and its place among its sentence's figures."""

    figure: Figure
    sentence: Span
    sentence_index: int
    paragraph: int
    index: int  # among the figures of its sentence


class Article(Struct, frozen=True):
    """The article's text and every figure of it, in order."""

    text: str
    figures: tuple[Placed, ...]
    read: tuple[Sentence, ...] = ()
    """The sentences as the draft read them (with the periods each names), by index."""

    @classmethod
    def of(cls, text: str, sentences: Sequence[Sentence]) -> Article:
        breaks = paragraphs(text)
        return cls(
            text,
            tuple(
                Placed(f, s.span, n, bisect_right(breaks, s.span[0]), k)
                for n, s in enumerate(sentences)
                for k, f in enumerate(s.figures)
            ),
            tuple(sentences),
        )

    def sentences(self) -> list[list[Placed]]:
        """The figures of each sentence that has any, in order."""
        return list(_groups(self.figures, lambda p: p.sentence_index).values())

    def paragraphs(self) -> dict[int, list[Placed]]:
        """The figures of each paragraph that has any, by the paragraph's number."""
        return _groups(self.figures, lambda p: p.paragraph)


def in_sentence(article: Article, index: int) -> list[Placed]:
    """The figures of the article's sentence ``index``, in order: what ``[p for p in
    article.figures if p.sentence_index == index]`` gives, from an index made once per article
    (the rules ask it for each figure: a long article's figures were gone through each time)."""
    return list(_indexed(article)[0].get(index, ()))


def in_paragraphs(article: Article, first: int, last: int) -> list[Placed]:
    """The figures of the article's paragraphs ``first`` to ``last``, in order: what ``[p for p
    in article.figures if first <= p.paragraph <= last]`` gives (the figures come in the order
    of their sentences, so of their paragraphs), from an index made once per article."""
    by_paragraph = _indexed(article)[1]
    return [p for n in range(first, last + 1) for p in by_paragraph.get(n, ())]


def by_id(article: Article) -> Mapping[str, Placed]:
    """Each figure of the article by its id: what ``{p.figure.id: p for p in article.figures}``
    gives, made once per article (a rule that asks it for each relation went through the
    article's figures each time). Shared: never changed by its callers."""
    return _indexed(article)[2]


_Index = tuple[dict[int, list[Placed]], dict[int, list[Placed]], dict[str, Placed]]
_KEPT_ARTICLES = 4
_INDEXED: dict[int, tuple[Article, _Index]] = {}
"""The figures of each sentence, of each paragraph and of each id, by the article's identity
(the article kept with them, so that an identity is never taken for a later article's)."""


def _indexed(article: Article) -> _Index:
    kept = _INDEXED.get(id(article))
    if kept is None or kept[0] is not article:
        if len(_INDEXED) >= _KEPT_ARTICLES:
            _INDEXED.clear()
        index = (
            _groups(article.figures, lambda p: p.sentence_index),
            _groups(article.figures, lambda p: p.paragraph),
            {p.figure.id: p for p in article.figures},
        )
        kept = (article, index)
        _INDEXED[id(article)] = kept
    return kept[1]


def _groups(figures: tuple[Placed, ...], key: Callable[[Placed], int]) -> dict[int, list[Placed]]:
    groups: dict[int, list[Placed]] = {}
    for placed in figures:
        groups.setdefault(key(placed), []).append(placed)
    return groups


@lru_cache(maxsize=1)
def paragraph_starts(text: str) -> tuple[int, ...]:
    """:func:`paragraphs`, found once per article for the rules that ask it for each figure or
    pair (a long article's text was gone through again each time)."""
    return tuple(paragraphs(text))


def clause_of(text: str, placed: Placed) -> str:
    """A figure's clause up to the figure's end, for a quote."""
    phrase = placed.figure.phrase
    return text[clause_start(text, placed.sentence[0], phrase.start) : phrase.outer_end]


def tied(relation: DraftRelation) -> list[str]:
    """The ids of the claims a relation ties, in the order of its fields (with the words of a
    field that names no claim: an order's op, a change's direction)."""
    ids: list[str] = []
    for value in relation.fields.values():
        if isinstance(value, str):
            ids.append(value)
        elif isinstance(value, list):
            ids.extend(value)
    return ids
