"""Where each table and key of a claims file starts: the line numbers every message names.

TOML parsers give no positions for parsed keys, so :class:`LineMap` scans the text itself for
``[[array]]`` and ``[table]`` headers and ``key =`` lines. Lines are split at line feeds only, as
TOML counts them (``str.splitlines`` also splits at U+2028, U+0085 and others, which a TOML string
may hold raw).

The scan also enforces two limits before the TOML parser runs, so that its work stays bounded: the
number of headers, and the number of dots outside strings on one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

MAX_DOTS = 16
"""Most dots outside strings on one line. A claims file's keys are a level or two deep; the TOML
parser spends time on a dotted key in proportion to its depth squared (a file of 300-deep keys
takes minutes)."""

_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")

_ARRAY = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_\-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")


def lines(text: str) -> Iterator[str]:
    """The lines of a TOML text, split at line feeds only, one at a time."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


@dataclass
class Block:
    """A table's header line and the first line of each of its keys."""

    line: int
    keys: dict[str, int] = field(default_factory=dict)


@dataclass
class LineMap:
    """Where each table and key of a TOML text starts."""

    arrays: dict[str, list[Block]] = field(default_factory=dict)
    tables: dict[str, Block] = field(default_factory=dict)
    too_many: int | None = None
    """The line where the scan stopped: more headers than the limit it was given."""
    too_deep: int | None = None
    """The line where the scan stopped: more than MAX_DOTS dots outside strings."""

    @classmethod
    def scan(cls, text: str, max_headers: int) -> LineMap:
        """Map ``text``; stop at the first line past ``max_headers`` [[array]] or [table] headers,
        or with more than :data:`MAX_DOTS` dots outside strings."""
        result = cls()
        current: Block | None = None
        in_multiline = False
        arrays = tables = 0
        for number, line in enumerate(lines(text), start=1):
            if ('"""' in line or "'''" in line) and (
                line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1
            ):
                in_multiline = not in_multiline
                if not in_multiline:
                    continue
            elif in_multiline:
                continue
            head = line.lstrip()[:1]
            if head == "[" and (m := _ARRAY.match(line)):
                current = result._array(m.group(1), number)
                arrays += 1
            elif head == "[" and (m := _TABLE.match(line)):
                current = result._table(m.group(1), number)
                tables += 1
            elif head and head not in "#[" and current is not None and (m := _KEY.match(line)):
                current.keys.setdefault(m.group(1).strip('"'), number)
            if arrays > max_headers or tables > max_headers:  # refused before parsing
                result.too_many = number
                break
            if line.count(".") > MAX_DOTS and _QUOTED.sub("", line).count(".") > MAX_DOTS:
                result.too_deep = number  # deep dotted keys cost the TOML parser dearly
                break
        return result

    def block(self, table: str, index: int | None) -> Block | None:
        if index is None:
            return self.tables.get(table)
        blocks = self.arrays.get(table, [])
        return blocks[index] if index < len(blocks) else None

    def _array(self, name: str, number: int) -> Block:
        block = Block(number)
        self.arrays.setdefault(name, []).append(block)
        return block

    def _table(self, name: str, number: int) -> Block:
        block = Block(number)
        self.tables[name] = block
        # [claim.extra], [settings.currencies]: a key of the table above, on this line
        parent, _, key = name.partition(".")
        siblings = self.arrays.get(parent)
        owner = siblings[-1] if siblings else self.tables.get(parent)
        if key and owner is not None:
            owner.keys.setdefault(key.split(".")[0], number)
        return block
