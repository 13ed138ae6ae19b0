"""The article as the rules of :mod:`aktobe_facts.draftrules` read it: every figure with its
sentence, paragraph and place among its sentence's figures."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import TypeVar, cast

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
        """The article of a text and its read sentences: the one made last when both are equal
        to its own (the drafters make it again from the same text and sentences, and what
        :func:`once` keeps for an article is then made once for all of them)."""
        read = tuple(sentences)
        last = _LAST.get("article")
        if last is not None and last.text == text and last.read == read:
            return last
        breaks = paragraphs(text)
        made = cls(
            text,
            tuple(
                Placed(f, s.span, n, bisect_right(breaks, s.span[0]), k)
                for n, s in enumerate(read)
                for k, f in enumerate(s.figures)
            ),
            read,
        )
        _LAST["article"] = made
        return made

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
_LAST: dict[str, Article] = {}
"""The article :meth:`Article.of` made last (frozen: sharing it changes nothing)."""
_T = TypeVar("_T")
_KEPT = 16
_ONCE: dict[tuple[int, str], tuple[Article, object]] = {}
"""What :func:`once` made, by the article's identity and the name of what it is (the article
kept with it, so that an identity is never taken for a later article's)."""


def once(article: Article, name: str, make: Callable[[Article], _T]) -> _T:
    """What ``make(article)`` gives, made once per article and ``name`` and kept for the
    next callers (a rule asked by two drafters, or for each figure, made it again each time).
    ``make`` must read the article alone, and its callers never change what it gives."""
    kept = _ONCE.get((id(article), name))
    if kept is None or kept[0] is not article:
        if len(_ONCE) >= _KEPT:
            _ONCE.clear()
        kept = (article, make(article))
        _ONCE[(id(article), name)] = kept
    return cast(_T, kept[1])


def _indexed(article: Article) -> _Index:
    return once(article, "index", _index)


def _index(article: Article) -> _Index:
    return (
        _groups(article.figures, lambda p: p.sentence_index),
        _groups(article.figures, lambda p: p.paragraph),
        {p.figure.id: p for p in article.figures},
    )


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
