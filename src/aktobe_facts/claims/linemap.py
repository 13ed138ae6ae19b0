"""Where each table and key of a claims file starts: the line numbers every message names.

TOML parsers give no positions for parsed keys, so :class:`LineMap` scans the text itself for
``[[array]]`` and ``[table]`` headers and ``key =`` lines. Lines are split at line feeds only, as
TOML counts them (``str.splitlines`` also splits at U+2028, U+0085 and others, which a TOML string
may hold raw).

The scan also enforces two limits before the TOML parser runs, so that its work stays bounded: the
number of headers, and the number of dots outside strings on one line.

Every finding needs its table's header line, but a key's line is needed only when a message names
that field. So a text without multi-line strings (the usual claims file) is mapped in two steps:
the headers at once, with regular expressions over the whole text, and the keys of a block the
first time they are asked for. A text with a triple quote is mapped line by line at once, because
a header-like line may sit inside one of its strings. The two give the same map (a property test
holds them equal); the first is about three times faster on the benchmark's files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from msgspec import Struct, field

MAX_DOTS = 16
"""Most dots outside strings on one line. A claims file's keys are a level or two deep; the TOML
parser spends time on a dotted key in proportion to its depth squared (a file of 300-deep keys
takes minutes)."""

_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")

# a key as TOML writes it: bare or quoted parts joined by dots, with blanks around them
_PART = r"""(?:[A-Za-z0-9_\-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
_PATH = rf"[ \t]*{_PART}(?:[ \t]*\.[ \t]*{_PART})*[ \t]*"
_ARRAY = re.compile(rf"^\s*\[\[({_PATH})\]\]")
_TABLE = re.compile(rf"^\s*\[({_PATH})\]")
_KEY = re.compile(rf"^\s*({_PATH})=")
_BARE_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
"""The usual key line, matched first (the full pattern and the unquoting cost more)."""

_HEADER_START = re.compile(r"^[^\S\n]*\[", re.MULTILINE)
"""A line that starts, after white space, with a bracket: a header candidate."""
_DOTS = re.compile(rf"\.(?:[^.\n]*\.){{{MAX_DOTS}}}")
"""More than MAX_DOTS dots on one line (counting those in strings; such a line is then checked
without its strings)."""


def lines(text: str) -> Iterator[str]:
    """The lines of a TOML text, split at line feeds only, one at a time."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def key_path(text: str) -> tuple[str, ...]:
    """The parts of a key or table name as matched by the patterns above: ``"claim"``,
    ``claim . extra`` and ``'claim'`` are the same names as ``claim`` and ``claim.extra``."""
    if '"' not in text and "'" not in text:
        return tuple(part.strip() for part in text.split("."))
    return tuple(_unquote(part) for part in _PARTS.findall(text))


_PARTS = re.compile(_PART)
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_SHORT_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "e": "\x1b"}


def _unquote(part: str) -> str:
    """A bare part as it is; a literal string without its quotes; a basic string with TOML's
    escapes read (one that is not valid TOML is left for the parser to refuse)."""
    if part[0] == "'":
        return part[1:-1]
    if part[0] != '"':
        return part
    body = part[1:-1]
    return _ESCAPE.sub(_escaped, body) if "\\" in body else body


def _escaped(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code is not None:
        return chr(min(int(code, 16), 0x10FFFF))
    char = match.group(3)
    return _SHORT_ESCAPES.get(char, char)


def _line_key(line: str) -> tuple[str, ...]:
    """The parts of the key a ``key = value`` line starts with; empty for any other line."""
    if (bare := _BARE_KEY.match(line)) is not None:
        return (bare.group(1),)
    if (m := _KEY.match(line)) is not None:
        return key_path(m.group(1))
    return ()


def _too_deep(line: str) -> bool:
    return line.count(".") > MAX_DOTS and _QUOTED.sub("", line).count(".") > MAX_DOTS


class Block:
    """A table's header line and the first line of each of its keys."""

    __slots__ = ("_keys", "_lazy", "_sub", "line")

    def __init__(self, line: int, lazy: tuple[str, int, int] | None = None) -> None:
        self.line = line
        # (text, start, end): the block's own lines, scanned for keys when first asked
        self._lazy = lazy
        self._keys: dict[str, int] | None = None if lazy is not None else {}
        self._sub: dict[str, int] = {}  # keys given as sub-table headers: [claim.extra]

    @property
    def keys(self) -> dict[str, int]:
        found = self._keys
        if found is None:
            lazy = self._lazy
            if lazy is None:  # another thread scanned them just now
                assert self._keys is not None
                return self._keys
            text, start, end = lazy
            found = {}
            for number, line in enumerate(lines(text[start:end]), start=self.line + 1):
                if path := _line_key(line):
                    found.setdefault(path[0], number)
            for key, number in self._sub.items():
                found.setdefault(key, number)
            self._keys = found  # the keys first, then drop the text
            self._lazy = None
        return found

    def add_key(self, key: str, number: int) -> None:
        # while the map is built, before any reader: no thread sees it half-made
        if self._keys is None:
            self._sub.setdefault(key, number)
        else:
            self._keys.setdefault(key, number)

    def __repr__(self) -> str:
        return f"Block(line={self.line}, keys={self.keys})"


class KeyLines(Mapping[str, int]):
    """A block's key lines as a read-only mapping, scanned only when first read."""

    __slots__ = ("_block",)

    def __init__(self, block: Block) -> None:
        self._block = block

    def __getitem__(self, key: str) -> int:
        return self._block.keys[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._block.keys)

    def __len__(self) -> int:
        return len(self._block.keys)

    def __repr__(self) -> str:
        return repr(self._block.keys)

    def __reduce__(self) -> tuple[type[dict[str, int]], tuple[dict[str, int]]]:
        return (dict, (dict(self._block.keys),))  # a copy travels as a plain dict


class LineMap(Struct):
    """Where each table and key of a TOML text starts."""

    arrays: dict[str, list[Block]] = field(default_factory=dict)
    tables: dict[str, Block] = field(default_factory=dict)
    too_many: int | None = None
    """The line where the scan stopped: more headers than the limit it was given."""
    too_deep: int | None = None
    """The line where the scan stopped: more than MAX_DOTS dots outside strings."""

    @classmethod
    def scan(cls, text: str, max_headers: int | None = None) -> LineMap:
        """Map ``text``; stop at the first line past ``max_headers`` [[array]] or [table] headers
        (``None``: no limit), or with more than :data:`MAX_DOTS` dots outside strings."""
        if max_headers is None:
            max_headers = len(text)  # more headers than lines cannot be
        if '"""' in text or "'''" in text:
            return cls._scan_lines(text, max_headers)
        return cls._scan_headers(text, max_headers)

    def block(self, table: str, index: int | None) -> Block | None:
        if index is None:
            return self.tables.get(table)
        blocks = self.arrays.get(table, [])
        return blocks[index] if index < len(blocks) else None

    def _array(self, name: str, block: Block) -> None:
        path = key_path(name)
        if path:
            self.arrays.setdefault(".".join(path), []).append(block)

    def _table(self, name: str, block: Block) -> None:
        path = key_path(name)
        if not path:
            return
        self.tables[".".join(path)] = block
        # [claim.extra], [settings.currencies]: a key of the table above, on this line
        siblings = self.arrays.get(path[0])
        owner = siblings[-1] if siblings else self.tables.get(path[0])
        if len(path) > 1 and owner is not None:
            owner.add_key(path[1], block.line)

    def _root_key(self, path: tuple[str, ...], number: int) -> None:
        """A key before any header: ``article.path = ...`` or ``settings = { ... }`` makes (or
        adds to) the table its first part names, on this line."""
        block = self.tables.get(path[0])
        if block is None:
            block = self.tables[path[0]] = Block(number)
        if len(path) > 1:
            block.add_key(path[1], number)

    @classmethod
    def _scan_lines(cls, text: str, max_headers: int) -> LineMap:
        """Headers and keys at once, line by line, skipping the inside of multi-line strings."""
        result = cls()
        current: Block | None = None
        open_string: str | None = None  # the delimiter of the multi-line string open here
        arrays = tables = 0
        for number, line in enumerate(lines(text), start=1):
            inside = open_string is not None
            if inside or '"' in line or "'" in line:
                open_string = _open_at_end(line, open_string)
                if inside:
                    continue  # the line starts inside a multi-line string
            head = line.lstrip()[:1]
            if head == "[" and (m := _ARRAY.match(line)):
                current = Block(number)
                result._array(m.group(1), current)
                arrays += 1
            elif head == "[" and (m := _TABLE.match(line)):
                current = Block(number)
                result._table(m.group(1), current)
                tables += 1
            elif head and head not in "#[" and (path := _line_key(line)):
                if current is None:
                    result._root_key(path, number)
                else:
                    current.add_key(path[0], number)
            if arrays > max_headers or tables > max_headers:  # refused before parsing
                result.too_many = number
                break
            if _too_deep(line):
                result.too_deep = number  # deep dotted keys cost the TOML parser dearly
                break
        return result

    @classmethod
    def _scan_headers(cls, text: str, max_headers: int) -> LineMap:
        """Headers now, each block's keys when asked; for a text with no multi-line string."""
        result = cls()
        deep = _first_deep_line(text)
        found: list[tuple[int, int, Block]] = []  # (where its line starts, where it ends, block)
        arrays = tables = 0
        number, counted = 1, 0
        for m in _HEADER_START.finditer(text):
            start = m.start()
            number += text.count("\n", counted, start)
            counted = start
            if deep is not None and number > deep:
                break
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end]
            block = Block(number, (text, end, end))
            if (a := _ARRAY.match(line)) is not None:
                result._array(a.group(1), block)
                arrays += 1
            elif (t := _TABLE.match(line)) is not None:
                result._table(t.group(1), block)
                tables += 1
            else:
                continue
            found.append((start, end, block))
            if arrays > max_headers or tables > max_headers:
                result.too_many = number
                return result  # refused: no line of it is asked for
        result.too_deep = deep
        # the keys before the first header (usually none) at once
        root_end = found[0][0] if found else len(text)
        for row, line in enumerate(lines(text[:root_end]), start=1):
            if deep is not None and row >= deep:
                break
            if line.lstrip()[:1] not in ("#", "[", "") and (path := _line_key(line)):
                result._root_key(path, row)
        # a block's own lines run from the end of its header line to the next header
        for i, (_, end, block) in enumerate(found):
            until = found[i + 1][0] if i + 1 < len(found) else len(text)
            block._lazy = (text, min(end + 1, until), until)
        return result


_STRING_START = re.compile(r"\"\"\"|'''|[\"'#]")
_BASIC_REST = re.compile(r'(?:[^"\\]|\\.)*"')
_MULTILINE_BASIC_STOP = re.compile(r'\\.|\\$|"""')


def _open_at_end(line: str, delimiter: str | None) -> str | None:
    """The delimiter of the multi-line string still open at the end of ``line`` (``None``: none),
    given the one open at its start. Strings are read as TOML reads them, so a triple quote in a
    one-line string (a header ``[a.'...']`` holding three double quotes), an escaped one or one in
    a comment opens nothing."""
    at, end = 0, len(line)
    while True:
        if delimiter == '"""':
            stop = _MULTILINE_BASIC_STOP.search(line, at)
            if stop is None:
                return delimiter
            at = stop.end()
            if stop.group() != '"""':
                continue  # an escape, or a backslash that ends the line
        elif delimiter is not None:
            close = line.find(delimiter, at)
            if close < 0:
                return delimiter
            at = close + 3
        if delimiter is not None:
            # up to two quotes more end the content just before the delimiter: '''a''''
            for _ in range(2):
                if at < end and line[at] == delimiter[0]:
                    at += 1
            delimiter = None
        start = _STRING_START.search(line, at)
        if start is None:
            return None
        token = start.group()
        if token == "#":
            return None  # a comment runs to the end of the line
        if len(token) == 3:
            delimiter, at = token, start.end()
        elif token == '"':
            rest = _BASIC_REST.match(line, start.end())
            if rest is None:
                return None  # an unclosed string: the parser refuses it
            at = rest.end()
        else:
            close = line.find("'", start.end())
            if close < 0:
                return None
            at = close + 1


def _first_deep_line(text: str) -> int | None:
    """The number of the first line with more than MAX_DOTS dots outside strings, if any."""
    position = 0
    while (m := _DOTS.search(text, position)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        if _too_deep(text[start:end]):
            return text.count("\n", 0, start) + 1
        position = end + 1
    return None
