"""One TOML table of a draft written as text, character for character as tomlkit 0.15 writes it.

The draft's tables hold strings, booleans, lists of strings, one inline table of strings
(``[settings] currencies``) and comment lines, nothing else. Building them as tomlkit documents and
dumping them was about a quarter of drafting an article (the eighteenth session's profile), so
they are written here directly: a header (``[name]`` or ``[[name]]``), then one line per entry, in
order. A string is a basic string with tomlkit's escapes (``\\b \\t \\n \\f \\r \\" \\\\``, any
other control character as ``\\uXXXX``); a key is bare when it is made of ASCII letters, digits,
``-`` and ``_``, else quoted the same way; a comment is ``# `` before each of its lines (``#``
alone for an empty one), with any control character but the tab shown as the text ``\\uXXXX``
(TOML allows none in a comment; tomlkit 0.15.3 refuses them, earlier versions wrote a file no
reader accepts). ``tests/test_tomltables.py`` holds the two writers to the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

Value = str | bool | Sequence[str] | Mapping[str, str]


class Comment(str):
    """A comment among a table's entries (its text, which may span lines)."""

    __slots__ = ()


Entry = tuple[str, Value] | Comment

_COMPACT = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"'}
_ESCAPED = re.compile(r'[\x00-\x1f\x7f"\\]')
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_NOT_IN_COMMENT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    return _COMPACT.get(char) or f"\\u{ord(char):04x}"


def string(text: str) -> str:
    """``text`` as a TOML basic string."""
    return '"' + _ESCAPED.sub(_escape, text) + '"'


def key(name: str) -> str:
    """A key, bare where it can be."""
    return name if _BARE.fullmatch(name) else string(name)


def value(item: Value) -> str:
    """A value: a string, a boolean, a list of strings or an inline table of strings."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, str):
        return string(item)
    if isinstance(item, Mapping):
        return "{" + ", ".join(f"{key(k)} = {string(v)}" for k, v in item.items()) + "}"
    return "[" + ", ".join(string(v) for v in item) + "]"


def comment(text: str) -> str:
    """A comment's lines."""
    shown = (
        _NOT_IN_COMMENT.sub(lambda m: f"\\u{ord(m.group()):04x}", line) for line in text.split("\n")
    )
    return "".join(f"# {line}\n" if line else "#\n" for line in shown)


def table(name: str, entries: Sequence[Entry], array: bool = True) -> str:
    """The table ``name`` (an array of tables' item when ``array``) and its entries."""
    lines = [f"[[{name}]]\n" if array else f"[{name}]\n"]
    keys: set[str] = set()
    for entry in entries:
        if isinstance(entry, Comment):
            lines.append(comment(entry))
            continue
        if entry[0] in keys:  # tomlkit refuses it too: a table has each key once
            raise ValueError(f"key {entry[0]!r} twice in a [{name}] table")
        keys.add(entry[0])
        lines.append(f"{key(entry[0])} = {value(entry[1])}\n")
    return "".join(lines)
