"""UTF-16 without a byte-order mark in any script (:func:`aktobe_facts.utf8.wide`): a Cyrillic,
Kazakh or Chinese article saved so is named "UTF-16 text, not UTF-8; save it as UTF-8" (exit 2),
not "not a text file (it holds NUL characters)"; UTF-8 text with a stray NUL is never taken for
it. The sentences are ours."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from aktobe_facts.cli import app
from aktobe_facts.utf8 import wide

runner = CliRunner()

TEXTS = {
    "russian": "Экспорт зерна вырос на 12 процентов, до 1,5 млн тонн в 2030 году.\n",
    "kazakh": "Қазақстанның астық экспорты 2030 жылы 12 пайызға өсіп, 1,5 млн тоннаға жетті.\n",
    "chinese": "2030年粮食出口增长12%，达到150万吨。\n",
}


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_utf16_of_any_script_without_a_mark_is_named(
    name: str, order: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news.txt").write_bytes(TEXTS[name].encode(order))
    result = runner.invoke(app, ["draft", "news.txt"])
    assert result.exit_code == 2
    assert result.stderr == (
        "aktobe-facts: error: article news.txt is UTF-16 text, not UTF-8; save it as UTF-8\n"
    )


_LETTERS = st.characters(
    categories=("Lu", "Ll", "Lo", "Nd"), min_codepoint=0x30, max_codepoint=0xFFFF
).filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF)


@given(st.lists(st.text(_LETTERS, min_size=1, max_size=12), min_size=3, max_size=30), st.booleans())
def test_text_of_words_in_utf16_is_named_utf16(words: list[str], big_endian: bool) -> None:
    text = " ".join(words) + " 2030\n"
    assert wide(text.encode("utf-16-be" if big_endian else "utf-16-le")) == "UTF-16"


ENGLISH = "Grain exports rose 12 percent to 1.5 million tonnes in 2030.\n"


@given(st.sampled_from([ENGLISH, *sorted(TEXTS.values())]), st.integers(0, 10_000))
def test_utf8_text_with_a_stray_nul_is_no_utf16(text: str, at: int) -> None:
    data = (text * 3).encode("utf-8")
    at %= len(data) + 1
    assert wide(data[:at] + b"\x00" + data[at:]) is None
