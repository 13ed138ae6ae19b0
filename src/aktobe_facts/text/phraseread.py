"""The grammar with the article's currency words: what a value of running text reads as, the way
the claims file written from it will be read (an article's ``[settings] currencies``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from aktobe_facts.reading.numbers import GrammarError, Stated, parse

_ALIASES: ContextVar[dict[str, str] | None] = ContextVar("aktobe_facts_text_aliases", default=None)


@contextmanager
def currency_words(aliases: Mapping[str, str]) -> Iterator[None]:
    """Read the values of running text with these currency words (an article's ``[settings]
    currencies``: "sh" for the Kenyan shilling in an article about Kenya), as the claims file
    written from it will be read."""
    token = _ALIASES.set(dict(aliases) or None)
    try:
        yield
    finally:
        _ALIASES.reset(token)


def read(value: str) -> Stated:
    """``value`` read by the grammar with the currency words in force (:func:`currency_words`).

    The draft's rules read the same phrase many times (its end, its qualifier, its subject ...):
    each reading is kept (:func:`_read`), the grammar's verdict depending on nothing else."""
    aliases = _ALIASES.get()
    found = _read(value, tuple(aliases.items()) if aliases is not None else None)
    if isinstance(found, str):
        raise GrammarError(found)
    return found


@lru_cache(maxsize=8192)
def _read(value: str, aliases: tuple[tuple[str, str], ...] | None) -> Stated | str:
    """``value`` read with these currency words, or the grammar's message when it cannot be."""
    try:
        return parse(value, aliases=dict(aliases) if aliases is not None else None)
    except GrammarError as exc:
        return str(exc)


def currency_aliases() -> dict[str, str] | None:
    """The currency words in force (:func:`currency_words`), or None."""
    return _ALIASES.get()
