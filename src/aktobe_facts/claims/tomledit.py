"""Edit a claims file's counterparts in place, keeping every other byte of the file as it was.

tomlkit keeps comments, blank lines, key order and quoting, but re-renders a document whose arrays
of tables are interleaved (``[[claim]] [[group]] [[claim]]``, the usual layout of a claims file) in
another order. So only the one ``[[claim]]`` table being edited goes through tomlkit: it is cut out
of the text at its header, parsed, checked to render back byte for byte, edited, and put back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import tomlkit
import tomlkit.exceptions
from msgspec import Struct
from tomlkit.container import Container
from tomlkit.items import AoT, Array, InlineTable, Item, String, Table

from aktobe_facts.claims.linemap import LineMap
from aktobe_facts.claims.loader import MAX_ITEMS


class EditError(ValueError):
    """The file cannot be edited without changing more than the edited values."""


class CounterpartEdit(Struct, frozen=True):
    """Replace one counterpart of the claim at ``index`` and mark the new figure computed."""

    index: int  # position of the claim among the file's [[claim]] tables
    old: str  # the counterpart exactly as the file writes it ("US$")
    new: str  # the figure written in its place ("US$332,000")
    note: str  # how the figure was computed, kept in the claim's ``computed`` table


def apply(text: str, edits: Sequence[CounterpartEdit]) -> str:
    """The text with every edit made; raises :class:`EditError` when one cannot be made."""
    # at line feeds only, as LineMap counts lines (a TOML string may hold a raw U+2028)
    lines = re.findall(r"[^\n]*\n|[^\n]+$", text)
    scan = LineMap.scan(text, MAX_ITEMS)
    claims = scan.arrays.get("claim", [])
    headers = sorted(
        [b.line for blocks in scan.arrays.values() for b in blocks]
        + [b.line for b in scan.tables.values()]
    )
    by_index: dict[int, list[CounterpartEdit]] = {}
    for edit in edits:
        by_index.setdefault(edit.index, []).append(edit)
    # from the last block up, so that earlier line numbers stay valid
    for index in sorted(by_index, reverse=True):
        if index >= len(claims):
            raise EditError(f"no [[claim]] number {index + 1} in the file")
        start = claims[index].line
        end = next((h for h in headers if h > start), len(lines) + 1)
        block = "".join(lines[start - 1 : end - 1])
        edited = _edit_block(block, by_index[index])
        lines[start - 1 : end - 1] = [edited]
    return "".join(lines)


def _edit_block(block: str, edits: list[CounterpartEdit]) -> str:
    try:
        doc = tomlkit.parse(block)
    except tomlkit.exceptions.TOMLKitError as exc:
        raise EditError(f"cannot parse the claim for editing: {exc}") from None
    if tomlkit.dumps(doc) != block:
        raise EditError("the claim's layout cannot be kept by the TOML editor")
    array = doc.get("claim")
    if not isinstance(array, AoT) or len(array) != 1:
        raise EditError("the claim table is not where the file's lines say")
    for edit in edits:
        _replace_counterpart(array[0], edit)
        _mark_computed(array, edit)
    out = tomlkit.dumps(doc)
    if "\r\n" in block:
        out = re.sub(r"(?<!\r)\n", "\r\n", out)
    return out


def _replace_counterpart(table: Table, edit: CounterpartEdit) -> None:
    current = table.get("counterpart")
    if isinstance(current, String) and str(current) == edit.old:
        table["counterpart"] = _like(current, edit.new)
        return
    if isinstance(current, Array):
        for position, element in enumerate(current):
            if isinstance(element, String) and str(element) == edit.old:
                current[position] = _like(element, edit.new)
                return
    raise EditError(f"no counterpart {edit.old!r} in the claim")


def _like(old: String, text: str) -> String:
    """A string with ``text`` written the way ``old`` was: same quotes, same trailing comment."""
    if any(ch in text for ch in "'\"\\\n"):  # cannot be written raw: a basic, escaped string
        fresh = String.from_raw(text)
        return String(fresh.type, text, fresh.as_string()[1:-1], old.trivia)
    return String(old.type, text, text, old.trivia)


def _mark_computed(array: AoT, edit: CounterpartEdit) -> None:
    table = array[0]
    entries: list[tuple[str, str]] = []
    existing = table.get("computed")
    if existing is not None:
        if not isinstance(existing, InlineTable):
            raise EditError("the claim's 'computed' is not an inline table")
        entries = [(str(k), str(v)) for k, v in existing.items()]
    entries.append((edit.new, edit.note))
    body = ", ".join(
        f"{tomlkit.key(k).as_string()} = {tomlkit.string(v).as_string()}" for k, v in entries
    )
    item = tomlkit.parse(f"computed = {{ {body} }}\n")["computed"]
    assert isinstance(item, InlineTable)  # an inline table parses as one
    if existing is not None:
        item.trivia.comment_ws = existing.trivia.comment_ws
        item.trivia.comment = existing.trivia.comment
        table["computed"] = item
    else:
        array[0] = _with_after(table, "counterpart", "computed", item)


def _with_after(table: Table, anchor: str, key: str, value: Item) -> Table:
    """A copy of ``table`` with ``key = value`` placed right after ``anchor``.

    Built with tomlkit's public API (``raw_append`` keeps every item's own indent, comments and
    blank lines in place); tomlkit has no public insert-after, and its private one went away in
    0.15.3. The new line takes the indent of the anchor's line.
    """
    fresh = Table(Container(parsed=True), table.trivia, True)
    for existing_key, existing in table.value.body:
        fresh.raw_append(existing_key, existing)
        if existing_key is not None and existing_key.key == anchor:
            value.trivia.indent = existing.trivia.indent  # indented as the line above it
            fresh.raw_append(key, value)
    return fresh
