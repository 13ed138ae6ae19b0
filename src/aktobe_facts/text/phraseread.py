"""The grammar with the article's currency words: what a value of running text reads as, the way
the claims file written from it will be read (an article's ``[settings] currencies``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from aktobe_facts.reading.numbers import Stated, parse

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
    """``value`` read by the grammar with the currency words in force (:func:`currency_words`)."""
    return parse(value, aliases=_ALIASES.get())


def currency_aliases() -> dict[str, str] | None:
    """The currency words in force (:func:`currency_words`), or None."""
    return _ALIASES.get()
