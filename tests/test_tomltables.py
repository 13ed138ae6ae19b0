"""The draft's tables written without tomlkit (text/tomltables.py) are the text tomlkit writes.

A draft is written by hand-rolled TOML since the nineteenth session (a quarter of drafting time
went to building and dumping tomlkit documents); tomlkit stays the reference: for any strings
(control characters, quotes, backslashes, non-ASCII, hidden characters), booleans, lists and
inline tables, and any comments TOML allows, the two writers give the same characters. A comment
with a control character (TOML allows none but the tab) is written with the character shown as
``\\uXXXX``, and every table written reads back with tomllib. An article's check no longer
imports tomlkit at all.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import tomlkit
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from _imports import modules_of_a_check
from aktobe_facts.text.tomltables import Comment, Entry, Value, table

texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)
keys = st.one_of(st.from_regex(r"[A-Za-z0-9_-]{1,8}", fullmatch=True), texts)
values: st.SearchStrategy[Value] = st.one_of(
    texts,
    st.booleans(),
    st.lists(texts, max_size=3),
    st.dictionaries(keys, texts, max_size=3),
)
entries = st.lists(
    st.one_of(st.tuples(keys, values), texts.map(Comment)),
    max_size=6,
).map(lambda found: _once(found))


def _once(found: list[Entry]) -> list[Entry]:
    """Entries with each key once (a table holds a key once; both writers refuse a second)."""
    seen: set[str] = set()
    kept: list[Entry] = []
    for entry in found:
        if isinstance(entry, Comment) or entry[0] not in seen:
            kept.append(entry)
            if not isinstance(entry, Comment):
                seen.add(entry[0])
    return kept


def _by_tomlkit(name: str, found: list[Entry], array: bool) -> str:
    made = tomlkit.table()
    for entry in found:
        if isinstance(entry, Comment):
            made.add(tomlkit.comment(str(entry)))
            continue
        key, item = entry
        if isinstance(item, dict):
            inline = tomlkit.inline_table()
            inline.update(item)
            made.add(key, inline)
        else:
            made.add(key, item)
    doc = tomlkit.document()
    if array:
        aot = tomlkit.aot()
        aot.append(made)
        doc.append(name, aot)
    else:
        doc.append(name, made)
    return tomlkit.dumps(doc)


def _control(entry: Entry) -> bool:
    """A comment with a character TOML allows in no comment (any control character but the tab)."""
    return isinstance(entry, Comment) and re.search(r"[\x00-\x08\x0b-\x1f\x7f]", entry) is not None


names = st.sampled_from(["claim", "relation", "article", "settings"])


@settings(max_examples=400)
@given(entries, names, st.booleans())
def test_a_table_is_written_as_tomlkit_writes_it(
    found: list[Entry], name: str, array: bool
) -> None:
    assume(not any(_control(entry) for entry in found))  # tomlkit 0.15.3 refuses those
    assert table(name, found, array) == _by_tomlkit(name, found, array)


@settings(max_examples=400)
@given(entries, names, st.booleans())
def test_every_table_written_reads_back(found: list[Entry], name: str, array: bool) -> None:
    read = tomllib.loads(table(name, found, array))[name]
    assert (read[0] if array else read) == {
        entry[0]: entry[1] if not isinstance(entry[1], tuple) else list(entry[1])
        for entry in found
        if not isinstance(entry, Comment)
    }


def test_a_control_character_in_a_comment_is_shown_not_written() -> None:
    written = table("claim", [Comment("a\x08b\tc\r\nd\x7f"), ("id", "x")])
    assert written == '[[claim]]\n# a\\u0008b\tc\\u000d\n# d\\u007f\nid = "x"\n'
    assert tomllib.loads(written) == {"claim": [{"id": "x"}]}


def test_the_escapes_of_a_basic_string() -> None:
    written = table("claim", [("quote", 'a "b" \\ \t\n\x1b\x7f é\u200b'), ("k ey", True)])
    assert written == (
        '[[claim]]\nquote = "a \\"b\\" \\\\ \\t\\n\\u001b\\u007f é\u200b"\n"k ey" = true\n'
    )
    assert written == _by_tomlkit(
        "claim", [("quote", 'a "b" \\ \t\n\x1b\x7f é\u200b'), ("k ey", True)], True
    )


def test_a_key_twice_is_refused() -> None:
    try:
        table("claim", [("id", "a"), ("id", "b")])
    except ValueError as exc:
        assert "'id' twice" in str(exc)
    else:
        raise AssertionError("a second id was written")


def test_an_article_check_imports_no_tomlkit(tmp_path: Path) -> None:
    article = tmp_path / "piece.txt"
    article.write_text(
        "Sales rose 12% to $5.6 billion in 2031 from $5 billion.\n", encoding="utf-8"
    )
    loaded = modules_of_a_check(["-q", str(article)])
    assert "aktobe_facts.text.drafttoml" in loaded  # the article was drafted
    assert "tomlkit" not in loaded
