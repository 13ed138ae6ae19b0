"""Where each table and key of a claims file starts: the line numbers every message names.

TOML parsers give no positions for parsed keys, so :class:`LineMap` scans the text itself for
``[[array]]`` and ``[table]`` headers and ``key =`` lines, and, before the first header, for the
inline tables of a root array (``claim = [{id = "a"}, {id = "b"}]``: a block each, on the line of
its brace). Lines are split at line feeds only, as TOML counts them (``str.splitlines`` also splits
at U+2028, U+0085 and others, which a TOML string may hold raw).

The scan also enforces two limits before the TOML parser runs, so that its work stays bounded: the
number of headers, and the number of dots outside strings on one line.

Every finding needs its table's header line, but a key's line is needed only when a message names
that field. So a text without multi-line strings (the usual claims file) is mapped in two steps:
the headers at once, found by the line feed before a bracket, each header line read once per
distinct text (a file repeats ``[[claim]]`` thousands of times), and the keys of a block the first
time they are asked for. A text with a triple quote is mapped line by line at once, because
a header-like line may sit inside one of its strings. The two give the same map (a property test
holds them equal); the first is about three times faster on the benchmark's files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from itertools import chain

from msgspec import Struct, field

MAX_DOTS = 16
"""Most dots outside strings on one line. A claims file's keys are a level or two deep; the TOML
parser spends time on a dotted key in proportion to its depth squared (a file of 300-deep keys
takes minutes)."""


@cache
def _quoted() -> re.Pattern[str]:
    return re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")


# a key as TOML writes it: bare or quoted parts joined by dots, with blanks around them
_PART = r"""(?:[A-Za-z0-9_\-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
_PATH = rf"[ \t]*{_PART}(?:[ \t]*\.[ \t]*{_PART})*[ \t]*"
_ARRAY = re.compile(rf"^\s*\[\[({_PATH})\]\]")
_TABLE = re.compile(rf"^\s*\[({_PATH})\]")


@cache
def _key() -> re.Pattern[str]:
    return re.compile(rf"^\s*({_PATH})=")


@cache
def _bare_key() -> re.Pattern[str]:
    """The usual key line, matched first (the full pattern and the unquoting cost more)."""
    return re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")


_HEADER_LINE = re.compile(r"\n([^\S\n]*\[[^\n]*)")
"""A line that starts, after white space, with a bracket: a header candidate, found by the line
feed before it (a third of the instructions of ``^`` in multi-line mode, which is tried at every
character)."""
_FIRST_HEADER_LINE = re.compile(r"([^\S\n]*\[[^\n]*)")
_ARRAY_HEADER, _TABLE_HEADER = 1, 2
_HEADERS: dict[str, tuple[int, tuple[str, ...]]] = {}
"""What each header candidate line is (an array's or a table's header with its name's parts, or
neither: ``(0, ())``), by its text: a file repeats ``[[claim]]`` thousands of times."""
_HEADERS_LIMIT = 4096


def _header(line: str) -> tuple[int, tuple[str, ...]]:
    """The kind of header ``line`` is and its name's parts (memoised in :data:`_HEADERS`)."""
    found = _HEADERS.get(line)
    if found is None:
        if (a := _ARRAY.match(line)) is not None:
            found = (_ARRAY_HEADER, key_path(a.group(1)))
        elif (t := _TABLE.match(line)) is not None:
            found = (_TABLE_HEADER, key_path(t.group(1)))
        else:
            found = (0, ())
        if len(_HEADERS) >= _HEADERS_LIMIT:
            _HEADERS.clear()
        _HEADERS[line] = found
    return found


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


@lru_cache(maxsize=1024)  # a file names a few tables thousands of times
def key_path(text: str) -> tuple[str, ...]:
    """The parts of a key or table name as matched by the patterns above: ``"claim"``,
    ``claim . extra`` and ``'claim'`` are the same names as ``claim`` and ``claim.extra``."""
    if '"' not in text and "'" not in text:
        return tuple(part.strip() for part in text.split("."))
    return tuple(_unquote(part) for part in _parts().findall(text))


@cache
def _parts() -> re.Pattern[str]:
    return re.compile(_PART)


@cache
def _escape() -> re.Pattern[str]:
    return re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")


_SHORT_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "e": "\x1b"}


def _unquote(part: str) -> str:
    """A bare part as it is; a literal string without its quotes; a basic string with TOML's
    escapes read (one that is not valid TOML is left for the parser to refuse)."""
    if part[0] == "'":
        return part[1:-1]
    if part[0] != '"':
        return part
    body = part[1:-1]
    return _escape().sub(_escaped, body) if "\\" in body else body


def _escaped(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code is not None:
        return chr(min(int(code, 16), 0x10FFFF))
    char = match.group(3)
    return _SHORT_ESCAPES.get(char, char)


def _line_key(line: str) -> tuple[str, ...]:
    """The parts of the key a ``key = value`` line starts with; empty for any other line."""
    return _key_at(line)[0]


def _key_at(line: str) -> tuple[tuple[str, ...], int]:
    """The parts of the key a ``key = value`` line starts with, and where its value starts
    (after the ``=``); ``((), 0)`` for any other line."""
    if (bare := _bare_key().match(line)) is not None:
        return (bare.group(1),), bare.end()
    if (m := _key().match(line)) is not None:
        return key_path(m.group(1)), m.end()
    return (), 0


def _too_deep(line: str) -> bool:
    return line.count(".") > MAX_DOTS and _quoted().sub("", line).count(".") > MAX_DOTS


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
    reopened: int | None = None
    """The first line whose header names a table an earlier header made on its way (``[a.b]``,
    then ``[a]``): TOML parsers differ in where such a table then stands among its siblings
    (:mod:`aktobe_facts.claims.tomlread`)."""
    _made: set[tuple[str, ...]] = field(default_factory=set)
    """The tables the headers so far made on their way (``a`` for ``[a.b]``)."""

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
        self._array_at(key_path(name), block)

    def _array_at(self, path: tuple[str, ...], block: Block) -> None:
        if path:
            self._header(path, block.line)
            self.arrays.setdefault(path[0] if len(path) == 1 else ".".join(path), []).append(block)

    def _table(self, name: str, block: Block) -> None:
        self._table_at(key_path(name), block)

    def _table_at(self, path: tuple[str, ...], block: Block) -> None:
        if not path:
            return
        self._header(path, block.line)
        self.tables[".".join(path)] = block
        # [claim.extra], [settings.currencies]: a key of the table above, on this line
        siblings = self.arrays.get(path[0])
        owner = siblings[-1] if siblings else self.tables.get(path[0])
        if len(path) > 1 and owner is not None:
            owner.add_key(path[1], block.line)

    def _header(self, path: tuple[str, ...], line: int) -> None:
        made = self._made
        if made and self.reopened is None and path in made:
            self.reopened = line
        if len(path) > 1:
            made.update(path[:i] for i in range(1, len(path)))

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
        root = _RootScan(result, text, max_headers).run()
        if root is None:
            return result  # refused at a limit before the first header
        offset, first, arrays = root
        current: Block | None = None
        open_string: str | None = None  # the delimiter of the multi-line string open here
        tables = 0
        for number, line in enumerate(lines(text[offset:]), start=first):
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
            elif current is not None and head not in "#[" and (path := _line_key(line)):
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
        root = _RootScan(result, text, max_headers).run()
        if root is None:
            return result  # refused at a limit before the first header
        offset, number, arrays = root
        tables = 0
        counted = offset
        previous: Block | None = None  # the block whose lines run to the next header
        after = 0  # where the line after its header starts
        last: tuple[str, list[Block]] = ("", [])  # the array of the last [[header]], at hand
        # the first header's line starts at offset: found by the line feed before it, or first
        first = _FIRST_HEADER_LINE.match(text) if offset == 0 else None
        matches = _HEADER_LINE.finditer(text, max(offset - 1, 0))
        for m in matches if first is None else chain((first,), matches):
            start = m.start(1)
            number += text.count("\n", counted, start)
            counted = start
            if deep is not None and number > deep:
                break
            line = m.group(1)
            found = _HEADERS.get(line)
            kind, path = found if found is not None else _header(line)
            if not kind:
                continue  # a line of a value that starts with a bracket: no block ends here
            block = Block(number, _NO_LINES)
            if previous is not None:
                previous._lazy = (text, min(after, start), start)
            previous, after = block, m.end(1) + 1
            if kind == _ARRAY_HEADER:
                if path and path[0] == last[0] and len(path) == 1 and not result._made:
                    last[1].append(block)  # [[claim]] again: nothing else to work out
                else:
                    result._array_at(path, block)
                    if len(path) == 1:
                        last = (path[0], result.arrays[path[0]])
                arrays += 1
            else:
                result._table_at(path, block)
                tables += 1
            if arrays > max_headers or tables > max_headers:
                result.too_many = number
                return result  # refused: no line of it is asked for
        if previous is not None:
            previous._lazy = (text, min(after, len(text)), len(text))
        result.too_deep = deep
        return result


_NO_LINES = ("", 0, 0)
"""The lines of a block not yet known (set when the next header is found)."""


_VALUE_TOKEN = "|".join(
    (
        r'"""(?:[^\\]|\\[\s\S])*?"""(?:"{1,2}(?!"))?',  # a multi-line basic string
        r"'''[\s\S]*?'''(?:'{1,2}(?!'))?",  # a multi-line literal string
        r'"(?:[^"\\\n]|\\.)*"',
        r"'[^'\n]*'",
        r"#[^\n]*",
        r"[\[\]{}]",
    )
)
_FLAT_ARRAY = r"""\[[^\[\]{}"'#]*\]"""
_FLAT = _FLAT_ARRAY + r"""|\{[^\[\]{}"'#]*\}"""
_CLOSES = {"]": "[", "}": "{"}


@cache
def _value_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns that read a value spanning lines, compiled the first time one is read (a
    claims file seldom has one; about 1 ms of start-up otherwise):

    * where a brace may open a mapped table: strings (whose brackets are text), comments,
      brackets; an array with no string or bracket inside ("[1, 2]") as one token;
    * inside an inline table whose keys are mapped: the same, a comma (the next key starts), and
      a table with no string or bracket inside as one token;
    * deeper: brackets, strings and comments, flat arrays and tables as one token;
    * a key of an inline table, after the brace or comma (and the line breaks and comments TOML
      1.1 allows there).
    """
    return (
        re.compile(_FLAT_ARRAY + "|" + _VALUE_TOKEN),
        re.compile(_FLAT + "|" + _VALUE_TOKEN + "|,"),
        re.compile(_FLAT + "|" + _VALUE_TOKEN),
        re.compile(rf"(?:\s|#[^\n]*+)*+({_PATH})="),
    )


class _RootScan:
    """The keys before the first header, and the values that span lines there.

    ``claim = [{id = "a", ...}, {id = "b", ...}]`` is an array of tables written inline: each
    inline table of the array is a block of its own, on the line its brace is on, with the lines
    of its keys, and counts toward the limit of headers; the keys of a root inline table
    (``settings = { locale = "de" }``) are mapped the same way. A value spanning lines is read to
    its end, so a line inside it is never taken for a header or a key.
    """

    def __init__(self, result: LineMap, text: str, max_headers: int) -> None:
        self.result = result
        self.text = text
        self.max_headers = max_headers
        self.arrays = 0
        self.long_strings: list[tuple[int, int]] = []  # multi-line strings inside a value

    def run(self) -> tuple[int, int, int] | None:
        """Where the first header's line starts, its number and the arrays' blocks made so far;
        ``None`` when a limit stopped the scan (``too_many`` or ``too_deep`` is set)."""
        text, result = self.text, self.result
        offset, number = 0, 1
        while offset <= len(text):
            end = text.find("\n", offset)
            end = len(text) if end < 0 else end
            line = text[offset:end]
            if _too_deep(line):
                result.too_deep = number
                return None
            head = line.lstrip()[:1]
            if head == "[" and (_ARRAY.match(line) or _TABLE.match(line)):
                break
            path, at = _key_at(line) if head and head not in "#[" else ((), 0)
            if not path:
                offset, number = end + 1, number + 1
                continue
            result._root_key(path, number)
            start = offset + at
            while start < end and text[start] in " \t":
                start += 1
            if text[start : start + 1] not in ("[", "{") and text[start : start + 3] not in (
                '"""',
                "'''",
            ):
                offset, number = end + 1, number + 1
                continue
            stop = self.value(start, number, path)
            if stop is None:
                return None
            after = text.find("\n", max(stop, end))
            after = len(text) if after < 0 else after
            if not self.deep_lines(end + 1, after, number + 1):
                return None
            number += text.count("\n", offset, after) + 1
            offset = after + 1
        return offset, number, self.arrays

    def deep_lines(self, start: int, end: int, number: int) -> bool:
        """Whether the lines a value spans after its first are within the dots limit (the lines
        that start inside a multi-line string not counted); sets ``too_deep`` when not."""
        if start > end:
            return True
        position = start
        for line in lines(self.text[start:end]):
            inside = any(lo < position < hi for lo, hi in self.long_strings)
            if not inside and _too_deep(line):
                self.result.too_deep = number
                return False
            position += len(line) + 1
            number += 1
        return True

    def value(self, start: int, number: int, path: tuple[str, ...]) -> int | None:
        """Read the value at ``start`` to its end; returns where it ends (``None``: the scan
        stopped at the limit of headers)."""
        text, result = self.text, self.result
        name = path[0] if len(path) == 1 else None  # a dotted key's value is no root table
        level = 1 if text[start] == "{" else 2  # the depth of the braces whose keys are mapped
        opening, mapped, deeper, inline_key = _value_patterns()
        stack: list[str] = []
        blocks: list[Block | None] = []  # the block whose keys each open brace holds
        line, counted, position = number, start, start
        while True:
            depth = len(stack)
            if depth < level:
                tokens = opening
            else:
                tokens = mapped if depth == level and stack[-1] == "{" else deeper
            m = tokens.search(text, position)
            if m is None:
                return len(text)
            token, at = m.group(), m.start()
            line += text.count("\n", counted, at)
            counted, position = at, m.end()
            kind = token[0]
            if kind in "[{" and len(token) > 1:  # a flat array or table, read whole
                if not stack:
                    return position
                continue
            if kind in "\"'":
                if len(token) >= 6 and token[1:3] == kind * 2:
                    self.long_strings.append((at, position))
                if not stack:
                    return position  # a multi-line string value
                continue
            if kind == "#":
                continue
            if kind in "]}":
                if not stack or stack[-1] != _CLOSES[kind]:
                    return position  # not TOML: the parser says so
                stack.pop()
                blocks.pop()
                if not stack:
                    return position
                continue
            block: Block | None = None
            if kind == ",":
                block = blocks[-1]
            else:
                stack.append(kind)
                if kind == "{" and len(stack) == level and name is not None:
                    if level == 1:
                        block = result.tables.get(name)
                    else:  # an inline table of a root array: a block, as [[name]] makes
                        block = Block(line)
                        result.arrays.setdefault(name, []).append(block)
                        self.arrays += 1
                        if self.arrays > self.max_headers:
                            result.too_many = line
                            return None
                blocks.append(block)
            if block is not None and (key := inline_key.match(text, position)) is not None:
                parts = key_path(key.group(1))
                if parts:
                    block.add_key(parts[0], line + text.count("\n", position, key.start(1)))
                position = key.end()


@cache
def _string_start() -> re.Pattern[str]:
    return re.compile(r"\"\"\"|'''|[\"'#]")


@cache
def _basic_rest() -> re.Pattern[str]:
    return re.compile(r'(?:[^"\\]|\\.)*"')


@cache
def _multiline_basic_stop() -> re.Pattern[str]:
    return re.compile(r'\\.|\\$|"""')


def _open_at_end(line: str, delimiter: str | None) -> str | None:
    """The delimiter of the multi-line string still open at the end of ``line`` (``None``: none),
    given the one open at its start. Strings are read as TOML reads them, so a triple quote in a
    one-line string (a header ``[a.'...']`` holding three double quotes), an escaped one or one in
    a comment opens nothing."""
    at, end = 0, len(line)
    while True:
        if delimiter == '"""':
            stop = _multiline_basic_stop().search(line, at)
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
        start = _string_start().search(line, at)
        if start is None:
            return None
        token = start.group()
        if token == "#":
            return None  # a comment runs to the end of the line
        if len(token) == 3:
            delimiter, at = token, start.end()
        elif token == '"':
            rest = _basic_rest().match(line, start.end())
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
