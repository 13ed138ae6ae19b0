"""A figure given again after a pronoun, for a draft (``kind = "equal"``): "The wool went at an
average price of US$4.10/kg. ... The average price of all grades is lower than last season. It
stands at US$4.10/kg this season" is one figure given twice. "It" ("This", "That") with a verb of
a level ("stands at", "is", "remained at", "came to") names what the sentence before names;
when that sentence names the thing the earlier figure's clause names, and the value (in its
unit, as stated) appears exactly twice in the article, the two are one figure.

Nothing is drafted for a percent ("That is 38 percent of the limit": a share, read elsewhere), a
difference ("It was $5 million more than in May") or a change before ("rose by $5 million"),
when the value appears once or three times, when the sentence before and the earlier figure's
clause share no word that names a thing, when the sentence before says which of a shared word's
things it means and the earlier figure's sentence says another ("Exports of wheat were $5
million. Exports of rice grew. It was $5 million": rice exports), when either figure is a
comparison's earlier one ("It stood at X a year earlier"), or when their periods differ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aktobe_facts.text.draftarticle import Article, Placed
from aktobe_facts.text.draftfigures import DraftRelation, is_percent, singular, subject_words
from aktobe_facts.text.draftnamedtwice import earlier, named_words
from aktobe_facts.text.draftthefigure import given_again, level_or_rate
from aktobe_facts.text.draftwords import content
from aktobe_facts.text.sentences import clause_start, sentences

_PRONOUN = re.compile(
    r"[\s\"'“‘]*(?:it|this|that)\s+(?:now\s+|still\s+)?(?:stands\s+at|stood\s+at|is|was|"
    r"remains(?:\s+at)?|remained(?:\s+at)?|came\s+to|comes\s+to|amounts\s+to|amounted\s+to|"
    r"reached|reaches)\s+",
    re.IGNORECASE,
)
"""From the clause's start to the figure: "It stands at", "That was", "It remained at"."""


def relations(
    article: Article, drafted: Sequence[DraftRelation]
) -> tuple[list[DraftRelation], list[str]]:
    """The figures given again after a pronoun, with the figure they give again (a rule of
    :mod:`aktobe_facts.text.draftrules`)."""
    text = article.text
    spans = sentences(text)

    def fits(first: Placed, placed: Placed) -> bool:
        if first.sentence_index == placed.sentence_index or not level_or_rate(first):
            return False  # "rose by $5 million": a change, no level given again
        if earlier(text, first) or earlier(text, placed):
            return False
        before = [s for s in spans if s[1] <= placed.sentence[0]]
        if not before:
            return False
        said = text[before[-1][0] : before[-1][1]]
        named = named_words(text, first)
        shared = subject_words(content(said)) & named
        if not shared:
            return False
        said_tokens = _tokens(said)
        own_tokens = _tokens(text[first.sentence[0] : first.sentence[1]])
        return not any((_kinds(said_tokens, w) - named) and _kinds(own_tokens, w) for w in shared)

    return given_again(article, drafted, _after_pronoun, fits), []


def _after_pronoun(text: str, placed: Placed) -> bool:
    phrase = placed.figure.phrase
    if not level_or_rate(placed) or is_percent(placed.figure):
        return False
    start = clause_start(text, placed.sentence[0], phrase.start)
    if _COMPARED.match(text, phrase.outer_end) is not None:
        return False  # "It was $5 million more than in May": a difference, no level
    return _PRONOUN.fullmatch(text, start, phrase.start) is not None


def _tokens(words: str) -> list[str]:
    """The words, lower-cased, as :func:`_kinds` reads them."""
    return [t.lower() for t in _TOKEN.findall(words)]


def _kinds(tokens: list[str], word: str) -> set[str]:
    """The things that say which ``word`` the words (:func:`_tokens`) mean: the naming word right
    before it ("rice exports") and the one after its "of" or "for" ("exports of rice"), never after
    "all" ("the price of all types": every kind)."""
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if singular(token) != word:
            continue
        if i > 0:
            found |= subject_words(content(tokens[i - 1]))
        after = [t for t in tokens[i + 2 : i + 4] if t not in _ARTICLES][:1]
        if i + 1 < len(tokens) and tokens[i + 1] in ("of", "for") and after:
            found |= set() if after[0] in _ALL else subject_words(content(after[0]))
    return found


_TOKEN = re.compile(r"[A-Za-z]+")
_ARTICLES = frozenset(["the", "a", "an", "its", "their"])
_ALL = frozenset(["all", "every", "each", "both"])

_COMPARED = re.compile(
    r"\s*(?:more|less|higher|lower|above|below|over|under|than|up|down|short)\b", re.IGNORECASE
)
