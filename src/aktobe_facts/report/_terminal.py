"""Styled text laid out for a terminal as rich lays it out, without rich's console.

The table format prints what rich's ``Console``, ``Table`` and ``Panel`` print, byte for byte, in
colour and without (tests/test_table_layout.py renders reports both ways and compares them). Rich
itself is not used for it: importing its console and table costs about 110 million instructions
(a third of the cold start's floor) and drawing the seed's table and panels about 190 million more,
through a general machinery of renderables, measurements and segments; these few functions do the
same layout for the few shapes the format draws. Rich's own helpers still measure and wrap the
words (``rich.cells``: the width of every character in a terminal; ``rich._wrap.divide_line``:
where a line breaks), so the text breaks exactly where rich breaks it.

A style is a pair (bold, colour), the colour an ANSI code (31 red, 32 green, 33 yellow, 36 cyan);
a text is its characters, a base style and spans of style over parts of it, as in rich.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from itertools import pairwise

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size

Style = tuple[bool, int | None]
NULL: Style = (False, None)
_COLOURS = {"red": 31, "green": 32, "yellow": 33, "cyan": 36}


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
        lines = _divide(text, divide_line(text.plain, width, fold=overflow == "fold"))
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
    if sum(cell_len(t) for t, _ in line) <= width:
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


def colours(colour: bool) -> bool:
    """Whether rich would write colour codes for a console forced to be a terminal: not for a
    terminal that says it is dumb."""
    return colour and os.environ.get("TERM", "").lower() not in ("dumb", "unknown")


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
    """A text as rich's ``Console.print`` prints it on a console ``width`` wide."""
    lines = [crop(segments(line), width) for line in wrap(text, width)]
    return ansi(lines, colour)
