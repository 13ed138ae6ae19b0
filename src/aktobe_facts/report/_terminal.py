"""Styled text laid out for a terminal as rich lays it out, without rich's console.

The table format prints what rich's ``Console``, ``Table`` and ``Panel`` print, byte for byte, in
colour and without (tests/test_table_layout.py renders reports both ways and compares them). Rich
itself is not used for it: importing its console and table costs about 110 million instructions
(a third of the cold start's floor) and drawing the seed's table and panels about 190 million more,
through a general machinery of renderables, measurements and segments; these few functions do the
same layout for the few shapes the format draws. Text of printable ASCII and the format's own
marks and lines is measured here, a cell a character; any other text is measured, cut and folded
by ``rich.cells`` (the width of every character in a terminal), imported only then.

A style is a pair (bold, colour), the colour an ANSI code (31 red, 32 green, 33 yellow, 36 cyan);
a text is its characters, a base style and spans of style over parts of it, as in rich.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from types import ModuleType

Style = tuple[bool, int | None]
NULL: Style = (False, None)
_COLOURS = {"red": 31, "green": 32, "yellow": 33, "cyan": 36}

MARKS = "✓✗—…"
"""The characters the format writes itself outside the ranges below: one cell each in rich."""
NARROW = re.compile(f"[ -~\xa0-\xac\xae-\u02ff\u0370-\u0482\u2500-\u25fc{MARKS}]*")
"""Text whose characters take one cell each, as rich measures them: printable ASCII, Latin,
Greek and Cyrillic letters (not combining marks), box drawing, and the marks."""


def _simple(text: str) -> bool:
    """Whether every character of the text takes one cell."""
    if text.isascii():
        return text.isprintable()
    return NARROW.fullmatch(text) is not None


def _cells() -> ModuleType:
    from rich import cells  # the width of any character (wide, combining, emoji), when needed

    return cells


def cell_len(text: str) -> int:
    """Cells the text takes in a terminal."""
    if _simple(text):
        return len(text)
    length: int = _cells().cell_len(text)
    return length


def set_cell_size(text: str, size: int) -> str:
    """The text cropped or padded with spaces to ``size`` cells (rich's ``set_cell_size``)."""
    if _simple(text):
        return text[:size] if len(text) >= size else text + " " * (size - len(text))
    sized: str = _cells().set_cell_size(text, size)
    return sized


def _chop(word: str, width: int) -> list[str]:
    """A word cut into pieces of ``width`` cells (rich's ``chop_cells``)."""
    if _simple(word):
        return [word[i : i + width] for i in range(0, len(word), width)]
    pieces: list[str] = _cells().chop_cells(word, width)
    return pieces


_WORD = re.compile(r"\s*\S+\s*")


def breaks(text: str, width: int, fold: bool) -> list[int]:
    """Where a line of text breaks to fit ``width`` cells, as rich breaks it: a word (with the
    spaces after it) stays on the line while its visible part fits there, else starts the next
    line; a word wider than a line is cut into pieces a line wide (``fold``), or left to be
    cropped."""
    offsets: list[int] = []
    used = 0
    simple = _simple(text)
    if simple and len(text) <= width:  # it all fits
        return offsets
    size_of = len if simple else cell_len  # a cell a character, or as rich measures
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        size = size_of(word.rstrip())
        if width - used >= size:
            used += size_of(word)
        elif size > width:
            pieces = _chop(word, width) if fold else [word]
            for piece in pieces:
                if start:
                    offsets.append(start)
                start += len(piece)
            used = size_of(pieces[-1])
        elif used and start:
            offsets.append(start)
            used = size_of(word)
    return offsets


def style(name: str) -> Style:
    """A style from rich's words for it: "bold", a colour, or both ("bold red")."""
    bold = False
    colour = None
    for word in name.split():
        if word == "bold":
            bold = True
        else:
            colour = _COLOURS[word]
    return (bold, colour)


def combine(styles: Iterable[Style]) -> Style:
    """Styles one over another, as rich adds them: bold once set stays, the last colour wins."""
    bold = False
    colour = None
    for b, c in styles:
        bold = bold or b
        colour = c if c is not None else colour
    return (bold, colour)


Span = tuple[int, int, Style]
Segment = tuple[str, Style]


class Text:
    """Characters with a base style and spans of style over parts of them (rich's ``Text``)."""

    __slots__ = ("plain", "spans", "style")

    def __init__(self, plain: str = "", style: Style = NULL) -> None:
        self.plain = plain
        self.style = style
        self.spans: list[Span] = []

    def copy(self) -> Text:
        text = Text(self.plain, self.style)
        text.spans = list(self.spans)
        return text

    def append(self, text: str, style: Style = NULL) -> Text:
        if text:
            start = len(self.plain)
            self.plain += text
            if style != NULL:
                self.spans.append((start, len(self.plain), style))
        return self

    def _trim(self) -> None:
        """Spans cut to the characters left (rich's ``_trim_spans``)."""
        end = len(self.plain)
        self.spans = [(s, e if e < end else end, st) for s, e, st in self.spans if s < end]

    def _set_plain(self, plain: str) -> None:
        if plain != self.plain:
            shorter = len(plain) < len(self.plain)
            self.plain = plain
            if shorter:
                self._trim()

    def truncate(self, width: int, overflow: str, pad: bool = False) -> None:
        length = cell_len(self.plain)
        if length > width:
            if overflow == "ellipsis":
                self._set_plain(set_cell_size(self.plain, width - 1) + "…")
            else:
                self._set_plain(set_cell_size(self.plain, width))
        if pad and length < width:
            self.plain += " " * (width - length)


def _divide(text: Text, offsets: Sequence[int]) -> list[Text]:
    """The text cut at ``offsets`` into lines, each with the parts of the spans over it."""
    if not offsets:
        line = Text(text.plain, text.style)
        line.spans = list(text.spans)
        return [line]
    bounds = [0, *offsets, len(text.plain)]
    lines = []
    for start, end in pairwise(bounds):
        line = Text(text.plain[start:end], text.style)
        for s, e, st in text.spans:
            if s < end and e > start:
                line.spans.append((max(s, start) - start, min(e, end) - start, st))
        lines.append(line)
    return lines


def wrap(
    text: Text, width: int, justify: str = "default", overflow: str = "fold", no_wrap: bool = False
) -> list[Text]:
    """The text broken into lines of ``width`` cells (rich's ``Text.wrap`` for one line)."""
    if no_wrap:
        lines = _divide(text, ())
    else:
        lines = _divide(text, breaks(text.plain, width, overflow == "fold"))
        for line in lines:  # whitespace past the width goes (rich's ``rstrip_end``)
            excess = len(line.plain) - width
            if excess > 0:
                spaces = len(line.plain) - len(line.plain.rstrip())
                if spaces:
                    line._set_plain(line.plain[: -min(spaces, excess)])
    if justify == "left":
        for line in lines:
            line.truncate(width, overflow, pad=True)
    elif justify == "right":
        for line in lines:
            line._set_plain(line.plain.rstrip())
            line.truncate(width, overflow)
            shift = width - cell_len(line.plain)
            if shift:
                line.spans = [(s + shift, e + shift, st) for s, e, st in line.spans]
                line.plain = " " * shift + line.plain
    for line in lines:
        line.truncate(width, overflow)
    return lines


def segments(line: Text) -> list[Segment]:
    """One laid-out line as runs of one style, cut where rich cuts them (at every end of a span,
    the line's base style being a span over all of it)."""
    spans = list(line.spans)
    if line.style != NULL and line.plain:
        spans.insert(0, (0, len(line.plain), line.style))
    if not spans:
        return [(line.plain, NULL)]
    cuts = sorted({0, len(line.plain), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    return [
        (line.plain[a:b], combine(st for s, e, st in spans if s <= a and e >= b))
        for a, b in pairwise(cuts)
    ]


def crop(line: list[Segment], width: int) -> list[Segment]:
    """A line no wider than ``width`` (rich's ``Segment.adjust_line_length`` without padding)."""
    if _size(line) <= width:
        return line
    cropped: list[Segment] = []
    used = 0
    for text, st in line:
        size = cell_len(text)
        if used + size < width:
            cropped.append((text, st))
            used += size
        else:
            cropped.append((set_cell_size(text, width - used), st))
            break
    return cropped


def _size(line: list[Segment]) -> int:
    """Cells a line takes, counted a segment at a time as rich counts them."""
    return sum([cell_len(t) for t, _ in line])


def apply(line: list[Segment], over: Style) -> list[Segment]:
    """A line with ``over`` under each segment's own style (rich's ``Segment.apply_style``)."""
    return [(text, combine((over, st))) for text, st in line]


def fit(line: list[Segment], width: int, pad: Style | None = NULL) -> list[Segment]:
    """A line cropped to ``width`` cells, and padded to it in style ``pad`` unless ``pad`` is None
    (rich's ``Segment.adjust_line_length``)."""
    size = _size(line)
    if size < width and pad is not None:
        return [*line, (" " * (width - size), pad)]
    return crop(line, width)


class Cell:
    """How a table lays out one column's cells: padding, justification, wrapping, style."""

    __slots__ = ("justify", "left", "no_wrap", "right", "style")

    def __init__(
        self,
        left: int,
        right: int,
        justify: str = "left",
        no_wrap: bool = False,
        look: Style = NULL,
    ) -> None:
        self.left = left
        self.right = right
        self.justify = justify
        self.no_wrap = no_wrap
        self.style = look


def _extent(text: Text) -> tuple[int, int]:
    """The longest word and the longest line of a text, in cells (rich's ``Text.__rich_measure__``)."""
    plain = text.plain
    if plain.isascii() and plain.isprintable():  # one line, a cell a character
        words = plain.split()
        return (max(map(len, words)) if words else len(plain), len(plain))
    lines = plain.splitlines()
    high = max(map(cell_len, lines)) if lines else 0
    words = plain.split()
    return (max(map(cell_len, words)) if words else high, high)


def _measure(extent: tuple[int, int], width: int, extra: int) -> tuple[int, int]:
    """The fewest and most cells a text of that extent takes padded by ``extra`` cells, at most
    ``width`` (rich's ``Measurement.get`` of a ``Padding``)."""
    if width < 1:
        return (0, 0)
    if width - extra < 1:
        return (width, width)
    low, high = extent
    low, high = (0, 0) if high < 1 else (min(low, high, width), min(high, width))
    low, high = min(low + extra, width), min(high + extra, width)
    return (0, 0) if high < 1 else (low, high)


def _column(extents: Sequence[tuple[int, int]], layout: Cell, width: int) -> tuple[int, int]:
    """A column's fewest and most cells (rich's ``Table._measure_column``)."""
    if width < 1:
        return (0, 0)
    sizes = [_measure(e, width, layout.left + layout.right) for e in extents]
    low = max(s[0] for s in sizes) if sizes else 1
    high = max(s[1] for s in sizes) if sizes else width
    return (min(low, width), min(high, width))


def _reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """rich's ``ratio_reduce``."""
    ratios = [r if m else 0 for r, m in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(maximum, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """rich's ``Table._collapse_widths``: the widest wrapable columns narrowed first."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, a in zip(widths, wrapable, strict=True) if a)
            second = max(
                w if a and w != widest else 0 for w, a in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [
                1 if (w == widest and a) else 0 for w, a in zip(widths, wrapable, strict=True)
            ]
            if not any(ratios) or not difference:
                break
            widths = _reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def widths(columns: Sequence[Sequence[Text]], layouts: Sequence[Cell], max_width: int) -> list[int]:
    """Each column's width, its padding included (rich's ``Table._calculate_column_widths`` for a
    table that does not expand)."""
    extents = [[_extent(t) for t in column] for column in columns]
    found = [_column(e, lay, max_width)[1] or 1 for e, lay in zip(extents, layouts, strict=True)]
    if sum(found) > max_width:
        found = _collapse(found, [not c.no_wrap for c in layouts], max_width)
        if sum(found) > max_width:
            excess = sum(found) - max_width
            found = _reduce(excess, [1] * len(found), found, found)
        measured = zip(extents, layouts, found, strict=True)
        found = [_column(e, lay, w)[1] or 0 for e, lay, w in measured]
    return found


def cell(text: Text, layout: Cell, width: int, overflow: str = "ellipsis") -> list[list[Segment]]:
    """One padded cell's lines, each ``width`` cells wide."""
    if width < 1:
        return []
    inner = width - layout.left - layout.right
    lines = []
    if inner >= 1:
        justified = layout.justify in ("left", "right")
        left = [(" " * layout.left, NULL)] if layout.left else []
        right = [(" " * layout.right, NULL)] if layout.right else []
        for line in wrap(text, inner, layout.justify, overflow, layout.no_wrap):
            # a justified line of printable ASCII is exactly ``inner`` wide: nothing to fit
            exact = justified and line.plain.isascii() and line.plain.isprintable()
            row = segments(line) if exact else fit(segments(line), inner)
            row = [*left, *row, *right]
            if layout.style != NULL:
                row = apply(row, layout.style)
            lines.append(row if exact else fit(row, width, layout.style))
    return lines


def rows(
    table: Sequence[Sequence[Text]],
    layouts: Sequence[Cell],
    sizes: Sequence[int],
    head: Sequence[Cell] = (),
) -> list[list[list[list[Segment]]]]:
    """Each row of the table as its cells' lines, every cell as tall as its row (rich's
    ``Table._render``). With ``head`` the first row is a header laid out so (in its style, aligned
    to the bottom), the others aligned to their top."""
    laid = []
    for index, row in enumerate(table):
        header = bool(head) and index == 0
        row_layouts = head if header else layouts
        cells = [cell(t, lay, w) for t, lay, w in zip(row, row_layouts, sizes, strict=True)]
        height = max(len(c) for c in cells)
        shaped = []
        for lines, lay, w in zip(cells, row_layouts, sizes, strict=True):
            more = [[(" " * w, lay.style)]] * (height - len(lines))
            shaped.append(more + lines if header else lines + more)  # each line ``w`` wide
        if not height:  # rich gives every row one line at least
            shaped = [[[(" " * w, NULL)]] for w in sizes]
        laid.append(shaped)
    return laid


def lines_of(text: Text, width: int, justify: str = "default") -> list[list[Segment]]:
    """A text printed in a block ``width`` cells wide, its lines not padded (rich's
    ``Console.render`` of a ``Text``)."""
    return [segments(line) for line in wrap(text, width, justify)] if width >= 1 else []


def table(
    title: Text, head: Sequence[Cell], layouts: Sequence[Cell], body: list[list[Text]], width: int
) -> list[list[Segment]]:
    """A titled table with a bold header over a heavy rule, no other lines, the title and cells
    padded by a space each side, in a console ``width`` wide (rich's ``Table`` with
    ``box.SIMPLE_HEAVY``, ``title_justify="left"``, not expanded)."""
    extra = 2 + len(layouts) - 1  # the edges and the dividers, one space each
    sizes = widths(list(zip(*body, strict=True)), layouts, width - extra)
    full = sum(sizes) + extra
    lines = lines_of(title, full, "left")
    lines.append([(" " * full, NULL)])  # the box's top: spaces
    for index, row in enumerate(rows(body, layouts, sizes, head)):
        for n in range(len(row[0])):
            line: list[Segment] = [(" ", NULL)]
            for k, cells in enumerate(row):
                if k:
                    line.append((" ", NULL))
                line.extend(cells[n])
            line.append((" ", NULL))
            lines.append(line)
        if index == 0:
            lines.append([(" " + "━".join("━" * w for w in sizes) + " ", NULL)])
    lines.append([(" " * full, NULL)])  # the bottom: spaces
    return lines if full <= width else [crop(line, width) for line in lines]


def grid(layouts: Sequence[Cell], body: list[list[Text]], width: int) -> list[list[Segment]]:
    """Rows of cells with no lines (rich's ``Table.grid``) in a block ``width`` cells wide."""
    if width < 1 or not body:
        return []
    sizes = widths(list(zip(*body, strict=True)), layouts, width)
    return [
        [segment for cells in row for segment in cells[n]]
        for row in rows(body, layouts, sizes)
        for n in range(len(row[0]))
    ]


def panel(
    title: Text, content: list[list[Segment]], border: Style, width: int
) -> list[list[Segment]]:
    """``content`` (lines exactly ``width - 4`` cells wide) in a rounded box with ``title`` on its
    top left, in a console ``width`` wide (rich's ``Panel`` with a ``title``, ``title_align="left"``
    and ``border_style``)."""
    inner = width - 2
    if width <= 4:
        top = [("╭" + "─" * inner + "╮", border)]
    else:
        head = title.copy()
        head.spans = [(s + 1, e + 1, st) for s, e, st in head.spans]
        head.plain = f" {head.plain} "
        if border != NULL:
            head.spans.insert(0, (0, len(head.plain), border))
        head.truncate(width - 4, "fold")
        excess = width - 4 - cell_len(head.plain)
        if head.style != NULL and head.plain:
            head.spans.append((0, len(head.plain), head.style))
        if excess:
            line = Text()
            if head.style != NULL:
                line.spans.append((0, len(head.plain), head.style))
            line.plain = head.plain
            line.spans.extend(head.spans)
            line.append("─" * excess, border)
            head = line
        head.truncate(width - 4, "fold")
        top = [("╭─", border), *segments(head), ("─╮", border)]
    side = ("│", border)
    body = [[side, (" ", NULL), *line, (" ", NULL), side] for line in content]
    lines = [top, *body, [("╰" + "─" * inner + "╯", border)]]
    return lines if width > 4 else [crop(line, width) for line in lines]  # else each ``width`` wide


def _dumb() -> bool:
    return os.environ.get("TERM", "").lower() in ("dumb", "unknown")


def colours(colour: bool) -> bool:
    """Whether rich would write colour codes for a console forced to be a terminal: not for a
    terminal that says it is dumb."""
    return colour and not _dumb()


def console_width(width: int, colour: bool) -> int:
    """The width rich lays a console out in when given ``width``: a console forced to be a
    terminal that says it is dumb is 80 wide, unless ``LINES`` gives its height too (rich's
    ``Console.size``)."""
    if colour and _dumb() and not os.environ.get("LINES", "").isdigit():
        return 80
    return width


def ansi(lines: Iterable[list[Segment]], colour: bool) -> str:
    """Lines of segments as the terminal's text, each ending in a line feed; with ``colour``,
    each styled segment in its own escape codes (rich never merges two)."""
    out = []
    for line in lines:
        for text, (bold, c) in line:
            if colour and text and (bold or c is not None):
                codes = ";".join((*(("1",) if bold else ()), *((str(c),) if c else ())))
                out.append(f"\x1b[{codes}m{text}\x1b[0m")
            else:
                out.append(text)
        out.append("\n")
    return "".join(out)


def print_text(text: Text, width: int, colour: bool) -> str:
    """A text as rich's ``Console.print`` prints it on a console ``width`` wide (nothing on one
    less than a cell wide)."""
    if width < 1:
        return ""
    lines = [crop(segments(line), width) for line in wrap(text, width)]
    return ansi(lines, colour)
