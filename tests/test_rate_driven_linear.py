"""``draft._rate_driven`` (a rate or pace driven by the items in brackets after it) gives what the
one pattern it replaces gave, with linear work: that pattern scanned on from every "rate" and
"pace" to its stretch's end, quadratic in them (1,000 "rate pace" pairs in one sentence took
1.5 s). Counted by the characters the searches read, never timed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aktobe_facts.text import draft

_BEFORE = re.compile(  # the pattern of the nineteenth session, as it was
    r"\b(?:rate|pace)\b[^.;()]*?\b(?:driven|led|pushed|fuell?ed|boosted|supported|dragged|"
    r"held\s+back|explained|accounted\s+for)\b",
    re.IGNORECASE,
)
_WORDS = [
    "rate", "pace", "Rate", "rates", "pacer", "driven", "led", "Led", "misled", "pushed",
    "fueled", "fuelled", "held back", "held", "back", "accounted for", "explained", "the",
    "was", "by", "food", ".", ";", "(", ")", ",", "\n", "7.1%",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.lists(st.sampled_from(["", " "])))
def test_it_reads_as_the_pattern_it_replaces(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    assert draft._rate_driven(text) == bool(_BEFORE.search(text))


@pytest.mark.parametrize(
    ("before", "driven"),
    [
        ("Consumer prices rose 4.1% in May. The rate was driven mainly by fresh fruit ", True),
        ("The pace was led by oil ", True),
        ("The rate was steady; exports were led by oil ", False),
        ("Their structure was led by oil ", False),
    ],
)
def test_its_cases(before: str, driven: bool) -> None:
    assert draft._rate_driven(before) is driven


class _Counted:
    """A pattern whose searches add the characters they may read to ``read``."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self.pattern, self.read = pattern, read

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        found = self.pattern.search(text, pos, end)
        self.read.append((found.end() if found else end) - pos)
        return found


@pytest.mark.parametrize("pairs", [10, 1_000])
def test_many_rates_are_read_once(pairs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    for name in ("_RATE_WORD", "_DRIVING", "_CLAUSE_STOP"):
        monkeypatch.setattr(draft, name, _Counted(getattr(draft, name), read))
    text = "the rate pace " * pairs + "of food (1.1%)"
    assert not draft._rate_driven(text)
    assert sum(read) <= 3 * len(text)
