"""The readings a long article's draft asks again and again are done once (nineteenth session,
long19): the answers stay those of reading them each time."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from aktobe_facts.reading.numbers import parse
from aktobe_facts.text import draftarticle, draftcurrency, draftparts
from aktobe_facts.text.categorylead import listed_category
from aktobe_facts.text.datelines import Dateline, article_date
from aktobe_facts.text.draft import draft
from aktobe_facts.text.draftarticle import Placed, paragraph_starts, paragraphs
from aktobe_facts.text.draftcurrency import assumed_note, shared_words
from aktobe_facts.text.keptlast import kept_last

# dinars name eight currencies and rupees six; this text names no country of either
MANY = (
    "Spending reached 5.2 billion dinars, against 4.9 billion dinars a year before. "
    "Remittances came to Rs 3.1 billion, or 41 billion rupees in all."
)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []

    def counting(value: str, *args: Any, **kwargs: Any) -> Any:
        read.append(value)
        return parse(value, *args, **kwargs)

    monkeypatch.setattr(draftcurrency, "parse", counting)
    return read


def test_figures_without_a_shared_word_are_read_once_per_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = shared_words(MANY)
    words = len(shared.assumed)
    assert words >= 3
    read = _counted(monkeypatch)
    assert assumed_note(("7.5 percent", "2.1 million tonnes"), shared) is None
    # once for each word, not once for each of its currencies and once more without it
    assert len(read) == 2 * words


def _each_currency(
    values: tuple[str, ...], shared: draftcurrency.SharedWords
) -> tuple[str, str] | None:
    """The word and currency a note names, found as before: every figure read with every
    currency of every word, and without any."""
    unit = draftcurrency._unit  # one figure's currency, read with the words' map given

    for word, codes in shared.assumed:
        readings = {c: tuple(unit(v, {word: c}) for v in values) for c in codes}
        if len(set(readings.values())) > 1:
            default = tuple(unit(v, None) for v in values)
            return word, next((c for c, r in readings.items() if r == default), codes[0])
    return None


@pytest.mark.parametrize(
    "values",
    [
        ("5.2 billion dinars",),
        ("7.5 percent", "4.9 billion dinars"),
        ("Rs 3.1 billion",),
        ("Rs. 3.1 billion", "41 billion rupees"),
        ("41 billion rupees per year",),
        ("2.1 million tonnes",),
        ("about 6 percent",),
    ],
)
def test_the_note_is_the_one_reading_every_currency_gives(values: tuple[str, ...]) -> None:
    shared = shared_words(MANY)
    note, named = assumed_note(values, shared), _each_currency(values, shared)
    if named is None:
        assert note is None
    else:
        assert note is not None and note.startswith(
            f'currency assumed: "{named[0]}" read as {named[1]}, '
        )


def test_a_note_still_names_the_word_a_figure_uses() -> None:
    note = assumed_note(("4.9 billion dinars",), shared_words(MANY))
    assert note is not None and note.startswith('currency assumed: "dinars" read as ')


class _Counted:
    hashed = 0

    def __hash__(self) -> int:
        _Counted.hashed += 1
        return 1


def test_the_object_asked_last_is_answered_without_its_hash() -> None:
    answers: list[object] = []

    @kept_last
    @lru_cache(maxsize=1)
    def read(given: object) -> object:
        answers.append(given)
        return len(answers)

    first, second = _Counted(), _Counted()
    _Counted.hashed = 0
    assert read(first) == 1
    assert read(first) == 1 and read(first) == 1
    assert _Counted.hashed == 1  # the cache hashed it once, when first asked
    assert read(second) == 2
    assert read(first) == 3  # asked again after another: read again, as the cache alone would


class _Lines(str):
    calls = 0

    def splitlines(self, keepends: bool = False) -> list[str]:
        _Lines.calls += 1
        return super().splitlines(keepends)


def test_the_dateline_is_read_once_for_a_text() -> None:
    text = _Lines("ASTANA, May 29, 2023 - Exports rose 5 percent.\n\nImports fell 2 percent.\n")
    _Lines.calls = 0
    assert article_date(text) == Dateline(2023, 5)
    assert article_date(text) == Dateline(2023, 5)
    assert _Lines.calls == 1


BREAKDOWN = (
    "Trade in the first half\n\n"
    "Exports reached $9.0 billion in the half. By product category, fruit exports reached "
    "$1.2 billion. Exports in the industrial category totalled $3.4 billion, and mining "
    "exports came to $2.1 billion.\n\n"
    "Imports fell 3 percent to $5.5 billion, and food imports came to $0.8 billion.\n"
)


def test_a_breakdown_lead_reads_the_paragraphs_once_for_all_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, Placed, bool]] = []

    def noted(text: str, placed: Placed) -> bool:
        answer = listed_category(text, placed)
        asked.append((text, placed, answer))
        return answer

    monkeypatch.setattr(draftparts, "listed_category", noted)
    draft(BREAKDOWN)
    assert len(asked) >= 6 and any(answer for _, _, answer in asked)
    found: list[str] = []

    def counted(text: str) -> list[int]:
        found.append(text)
        return paragraphs(text)

    monkeypatch.setattr(draftarticle, "paragraphs", counted)
    paragraph_starts.cache_clear()
    assert [listed_category(t, p) for t, p, _ in asked] == [a for _, _, a in asked]
    assert found == [BREAKDOWN]  # once for the article, not once for each figure
    assert paragraph_starts(BREAKDOWN) == tuple(paragraphs(BREAKDOWN))
