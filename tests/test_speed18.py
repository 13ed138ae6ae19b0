"""The draft's readings kept once per process, and its long patterns compiled on first use
(speed18): the same answers, computed once or later.

No timing here: each test checks that a kept reading is reused and equals a fresh one.
"""

from __future__ import annotations

import re

import pytest

from aktobe_facts.reading.numbers import GrammarError, parse
from aktobe_facts.text import draftsigns
from aktobe_facts.text.builtpatterns import compiled
from aktobe_facts.text.phraseread import _read, currency_words, read


def test_a_built_pattern_is_compiled_once() -> None:
    first = compiled(r"\bAktobe\b", re.IGNORECASE)
    assert compiled(r"\bAktobe\b", re.IGNORECASE) is first
    assert compiled(r"\bAktobe\b") is not first  # other flags, another pattern
    assert first.search("in AKTOBE region") is not None


def test_a_phrase_read_twice_is_read_once_and_alike() -> None:
    before = _read.cache_info().hits
    assert read("412.6 billion tenge") == parse("412.6 billion tenge")
    assert read("412.6 billion tenge") == parse("412.6 billion tenge")
    assert _read.cache_info().hits > before


def test_the_currency_words_in_force_are_part_of_the_reading() -> None:
    with pytest.raises(GrammarError):
        read("sh 40 million")
    with currency_words({"sh": "KES"}):
        kenyan = read("sh 40 million")
    assert kenyan == parse("sh 40 million", aliases={"sh": "KES"})
    with pytest.raises(GrammarError):
        read("sh 40 million")


def test_a_phrase_the_grammar_refuses_is_refused_each_time_with_its_message() -> None:
    with pytest.raises(GrammarError) as fresh:
        parse("10 10 10 zz")
    for _ in range(2):
        with pytest.raises(GrammarError) as kept:
            read("10 10 10 zz")
        assert str(kept.value) == str(fresh.value)


def test_each_later_item_of_a_list_after_one_verb_takes_its_direction() -> None:
    # invented sentence around the list's phrases
    text = "Sales of grain fell by 12.7 per cent, 11.5 per cent and 14.2 per cent last year."
    sentence = (0, len(text))
    found = {
        text[m.start() :]: draftsigns.listed(text, sentence, m.start())
        for m in re.finditer(r"\d+\.\d", text)
    }
    assert list(found.values()) == [None, "down", "down"]
    assert draftsigns._lists.cache_info().currsize >= 1


def test_a_lazy_pattern_compiles_on_first_use_and_finds_what_re_finds() -> None:
    from aktobe_facts.text.lazypatterns import lazy

    text = "Exports rose 12.5 percent, imports fell 3 percent."
    waiting = lazy(r"(?P<verb>rose|fell)\s+(\d+(?:\.\d+)?)", re.IGNORECASE)
    assert waiting._compiled is None  # importing a module of the draft compiles nothing
    plain = re.compile(waiting.pattern, re.IGNORECASE)
    assert [m.span() for m in waiting.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert waiting._compiled is not None
    for pos, end in ((0, len(text)), (20, 45), (8, 30)):
        for name in ("match", "search", "fullmatch"):
            got = getattr(waiting, name)(text, pos, end)
            want = getattr(plain, name)(text, pos, end)
            assert (got and got.span()) == (want and want.span())
    assert waiting.findall(text) == plain.findall(text)
    assert waiting.sub("x", text) == plain.sub("x", text)
    assert waiting.split(text) == plain.split(text)


def test_the_draft_leaves_its_long_patterns_to_first_use() -> None:
    from aktobe_facts.text import draftcompare
    from aktobe_facts.text.lazypatterns import Lazy

    assert isinstance(draftcompare._AFTER, Lazy)
