"""The grammar with the article's currency words: what a value of running text reads as, the way
the claims file written from it will be read (an article's ``[settings] currencies``).

A claims file may write any three capitals before or after its number as a currency's code
("XYZ 5 million"); running text is read more strictly: three capitals are a code only when they
are one of ISO 4217's (:mod:`aktobe_facts.reading.cldrcodes`) or a code the article's currency
words name. In capitals, "EXCEEDING THE 10 MILLION VISITORS" is ten million visitors, never ten
million of a currency "THE"; "FOR", "AND", "GDP" are no codes either."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from aktobe_facts.reading.cldrcodes import CODES
from aktobe_facts.reading.numbers import GrammarError, Stated, parse
from aktobe_facts.reading.units import UnitSpec

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
        found = parse(value, aliases=dict(aliases) if aliases is not None else None)
    except GrammarError as exc:
        return str(exc)
    named = {code for _word, code in aliases or ()}
    for end in (found, found.high):
        for unit in (end.unit, end.per) if end is not None else ():
            if unit is not None and _no_code(unit, named):
                return f"{unit.key!r} before or after the number in {value!r} is no currency code"
    return found


def _no_code(unit: UnitSpec, named: set[str]) -> bool:
    """A currency whose code is none of ISO 4217's nor one the article's words name (the
    grammar reads any three capitals in a claims file's value as a code)."""
    return unit.is_currency and unit.key not in CODES and unit.key not in named


def currency_aliases() -> dict[str, str] | None:
    """The currency words in force (:func:`currency_words`), or None."""
    return _ALIASES.get()
