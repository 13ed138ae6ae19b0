"""What a stretch of one sentence names, read once for the sentence (text/spanwords.py,
twenty-fifth session): the same words as reading the stretch anew, and suggestgrowth's pairs of
levels no longer read the words between each pair. Counted, never timed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.text import suggestgrowth
from aktobe_facts.text.draft import draft
from aktobe_facts.text.spanwords import SpanWords

_PIECES = [
    " ", "  ", "\n", ",", ".", "(", ")", "1", "2.5", "-", "'", "’", "a", "x", "of", "the",
    "revenues", "revenue", "end-March", "March", "million", "tonnes", "oil-", "'s", "rose",
    "Exports", "exports", "from", "budget", "gas’", "O'Neil", "per",
]  # fmt: skip
_READ = suggestgrowth._read


@settings(max_examples=150)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=14),
    allowed=st.sets(st.sampled_from(["revenue", "export", "oil", "tonne", "gas", "oneil", "x"])),
    data=st.data(),
)
def test_a_stretch_names_what_reading_it_anew_names(
    pieces: list[str], allowed: set[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    words = SpanWords(text, start, end, _READ)
    for x in range(len(text) + 1):
        for z in range(x, len(text) + 1):
            named = _READ(text[x:z])
            assert words.names(x, z) == named
            assert words.only(x, z, frozenset(allowed)) == (named <= allowed)


class _Anew:
    """The old reading: every stretch read anew (:func:`suggestgrowth._read` of its text)."""

    def __init__(self, text: str, start: int, end: int, read: object) -> None:
        self.text = text

    def names(self, start: int, end: int) -> frozenset[str]:
        return _READ(self.text[start:end])

    def only(self, start: int, end: int, allowed: frozenset[str]) -> bool:
        return self.names(start, end) <= allowed


_THINGS = ["exports", "sales of coal", "imports", "revenue", "the budget forecast", "oil", ""]
_LINKS = [", ", " compared with ", " against ", ", up from ", " and ", " while ", " from ", "; "]


@settings(max_examples=25, deadline=None)
@given(
    rate=st.sampled_from(["5", "8.3", "12", "20", "3.1"]),
    levels=st.lists(
        st.tuples(st.sampled_from(_THINGS), st.integers(10, 99), st.sampled_from(_LINKS)),
        min_size=2,
        max_size=8,
    ),
)
def test_growths_between_levels_are_drafted_as_when_each_stretch_was_read_anew(
    rate: str, levels: list[tuple[str, int, str]]
) -> None:
    body = "".join(f" {thing} were ${value / 10} billion{link}" for thing, value, link in levels)
    text = f"Trade\n\nExports rose {rate}% to $1.2 billion in 2019. In 2020{body} in total.\n"
    once = draft(text)
    original = vars(suggestgrowth)["SpanWords"]
    # by hand: a function-scoped fixture would not be reset between hypothesis's examples
    setattr(suggestgrowth, "SpanWords", _Anew)  # noqa: B010
    try:
        anew = draft(text)
    finally:
        setattr(suggestgrowth, "SpanWords", original)  # noqa: B010
    assert once == anew


def test_the_words_between_pairs_of_levels_are_not_read_again_for_each_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 60 amounts of one unit in one sentence, near a percent of change: the words between each
    # pair were read anew (60 * 59 / 2 stretches, each a third of the sentence on average)
    body = "".join(f"{i + 1} million tonnes, " for i in range(60))
    text = f"Exports grow\n\nExports rose 5% to 1.2 million tonnes in 2019. Exports were {body}in 2020.\n"
    read: list[int] = []

    subject = suggestgrowth._subject

    def counted(words: str) -> frozenset[str]:
        read.append(len(words))
        return subject(words)

    monkeypatch.setattr(suggestgrowth, "_subject", counted)
    draft(text)
    assert 0 < sum(read) <= 2 * len(text)
