"""The output filter: text from outside the tool made visible before any output shows it.

A claims file, an article and a file name may hold characters a reader cannot see or that act on
what is around them: control characters (ESC starts a terminal command, a line feed starts a new
record in a line-per-finding format), bidirectional marks and overrides (U+200F, U+061C, U+202E
reorder what a reviewer reads), other invisible format characters (zero-width spaces and joiners,
soft hyphens), line and paragraph separators, lone surrogates (from file names that are not UTF-8),
private-use and unassigned code points. A character is *hidden* when Python's ``str.isprintable``
refuses it (Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp, and Zs), except the spaces of category
Zs, which are shown as they are.

Each output writes a hidden character in its own way, always from this one test:

- :func:`printable` for text read by people (the table, line, github and markdown formats,
  ``explain``, error messages): a Python-style escape, ``\\x1b``, ``\\n``, ``\\u202e``,
  ``\\U000e0001``; a format may keep the line feeds and tabs it lays out itself;
- :func:`json_escaped` for the JSON and SARIF formats: a JSON escape (``\\u202e``), so a reader
  of the data gets the exact text back;
- :func:`toml_escaped` for a TOML document (``draft``): a TOML escape inside strings, so the file
  holds the exact text;
- :func:`blanked` for the HTML report: U+FFFD, one character for one, so offsets into the article
  stay valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache


def hidden(char: str) -> bool:
    """Whether one character must not reach an output as it is."""
    if char.isprintable():
        return False
    import unicodedata  # only for a character Python does not print (a cold start is shorter)

    return unicodedata.category(char) != "Zs"


@cache
def _candidates(keep: str) -> re.Pattern[str]:
    """Runs of anything but printable ASCII and ``keep``: only these can hold a hidden character
    to escape (a JSON report's line feeds are then not one match each)."""
    return re.compile(f"[^ -~{re.escape(keep)}]+")


def _filter(text: str, keep: str, escape: Callable[[str], str]) -> str:
    probe = text
    for char in keep:
        probe = probe.replace(char, "")
    if probe.isprintable():  # the usual text: nothing to look at character by character
        return text

    def fix(match: re.Match[str]) -> str:
        run = match.group()
        if run.isprintable():
            return run
        return "".join(escape(c) if c not in keep and hidden(c) else c for c in run)

    return _candidates(keep).sub(fix, text)


_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _python_escape(char: str) -> str:
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(text: str, keep: str = "") -> str:
    """``text`` with every hidden character written as a Python-style escape (``\\x1b``,
    ``\\n``, ``\\u200f``). ``keep`` names characters left as they are: ``"\\n"`` for a block of
    lines the tool laid out itself (a diff); a single field (a file name, a message) keeps none."""
    return _filter(text, keep, _python_escape)


def _json_escape(char: str) -> str:
    code = ord(char)
    if code > 0xFFFF:  # a surrogate pair, as JSON writes a character outside the BMP
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_escaped(text: str) -> str:
    """JSON text (as ``json.dumps`` writes it) with every hidden character inside its strings
    written as a ``\\u`` escape. Line feeds are kept: outside strings they are the layout (inside
    them ``json.dumps`` has escaped them already)."""
    return _filter(text, "\n", _json_escape)


def _toml_escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def toml_escaped(text: str) -> str:
    """A TOML document whose strings are basic strings (as tomlkit writes them) with every hidden
    character written as a ``\\u`` escape, which reads back as the same character; line feeds and
    tabs are kept (the layout). In a comment the escape is shown as written."""
    return _filter(text, "\n\t", _toml_escape)


def blanked(text: str, keep: str = "\t\n\r") -> str:
    """``text`` with every hidden character but those in ``keep`` replaced by U+FFFD, one for
    one."""
    return _filter(text, keep, lambda _char: "\ufffd")


def clip(text: str, limit: int) -> str:
    """``text``, or its start and end around a note of how much was left out (a message that
    quotes a huge id, key or value stays readable)."""
    if len(text) <= limit:
        return text
    keep = limit // 2
    return f"{text[:keep]}…[{len(text) - 2 * keep:,} characters]…{text[-keep:]}"
