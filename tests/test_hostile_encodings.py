"""Files a new user saves in another encoding than UTF-8: each is refused (exit 2) with a message
that says what the file is and how to fix it, never "byte 0xff" alone, and a binary file with a
text file's name is called what it is. The article's path (``draft``, ``check ARTICLE``) and the
claims file's (``check claims.toml``) say the same."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aktobe_facts.cli import app
from aktobe_facts.utf8 import NotUtf8, decode, wide

runner = CliRunner()

TEXT = "Exports rose 12 percent to 1.5 billion dollars in 2020.\n"
UTF16 = "UTF-16 text, not UTF-8; save it as UTF-8"

ARTICLES = [
    pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), UTF16, id="utf-16-le-with-mark"),
    pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), UTF16, id="utf-16-be-with-mark"),
    pytest.param(TEXT.encode("utf-16-le"), UTF16, id="utf-16-le-no-mark"),
    pytest.param(TEXT.encode("utf-16-be"), UTF16, id="utf-16-be-no-mark"),
    pytest.param(
        TEXT.encode("utf-32"), "UTF-32 text, not UTF-8; save it as UTF-8", id="utf-32-with-mark"
    ),
    pytest.param(
        ("Caf\u00e9 sales\n" + TEXT).encode("latin-1"),
        "not UTF-8 text (byte 0xe9 on line 1, 'é' in Windows-1252 or Latin-1); save it as UTF-8",
        id="latin-1",
    ),
    pytest.param(
        (TEXT + "\u201cquoted\u201d 5 percent\n").encode("cp1252"),
        "not UTF-8 text (byte 0x93 on line 2, '\u201c' in Windows-1252 or Latin-1); "
        "save it as UTF-8",
        id="windows-1252-on-line-2",
    ),
    pytest.param(
        bytes(range(256)) * 4,
        "not a text file (it holds NUL characters)",
        id="binary-named-txt",
    ),
]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(("data", "says"), ARTICLES)
def test_an_article_in_another_encoding_is_named_in_draft_and_check(data: bytes, says: str) -> None:
    Path("news.txt").write_bytes(data)
    drafted = runner.invoke(app, ["draft", "news.txt", "-o", "out.toml"])
    assert drafted.exit_code == 2
    assert drafted.stderr == f"aktobe-facts: error: article news.txt is {says}\n"
    assert not Path("out.toml").exists()
    checked = runner.invoke(app, ["check", "news.txt", "-f", "line"])
    assert checked.exit_code == 2
    assert checked.stdout.startswith(f"news.txt:1:1: error load: article news.txt is {says}\n")
    assert "Traceback" not in checked.output


CLAIMS = '[[claim]]\nid = "a"\nquote = "12 percent"\nvalue = "12 percent"\n'


@pytest.mark.parametrize(
    ("data", "where", "says"),
    [
        (CLAIMS.encode("utf-16"), "1:1", UTF16),
        (CLAIMS.encode("utf-16-le"), "1:1", UTF16),
        (
            CLAIMS.replace('"12 percent"\n', '"12 percent" # caf\u00e9\n').encode("latin-1"),
            "3:1",
            "not UTF-8 text (byte 0xe9, 'é' in Windows-1252 or Latin-1); save it as UTF-8",
        ),
    ],
    ids=["utf-16-with-mark", "utf-16-no-mark", "latin-1"],
)
def test_a_claims_file_in_another_encoding_is_named(data: bytes, where: str, says: str) -> None:
    Path("claims.toml").write_bytes(data)
    result = runner.invoke(app, ["check", "claims.toml", "-f", "line"])
    assert result.exit_code == 2
    assert result.stdout.startswith(f"claims.toml:{where}: error load: {says}\n")


def test_utf8_text_is_never_taken_for_utf16() -> None:
    for text in ["", "5", "ab", "12 percent", "\u00e9t\u00e9 2020", "\x01\x02\x03\x04"]:
        assert wide(text.encode("utf-8")) is None
        assert decode(text.encode("utf-8")) == text
    with pytest.raises(NotUtf8) as info:
        decode(b"ok\nok\n\x81")  # no letter in Windows-1252
    assert (
        info.value.says(with_line=True) == "not UTF-8 text (byte 0x81 on line 3); save it as UTF-8"
    )
