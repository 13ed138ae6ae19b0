"""Decoding a file the tool reads (a claims file, an article) as UTF-8, and saying what it is when
it is not.

Files are read as UTF-8 only (a UTF-8 byte-order mark is allowed and dropped by the callers). A
file saved in another encoding is refused, and the message names the fix: an editor's "save as
UTF-8". UTF-16 and UTF-32 are named as such (Windows Notepad's "Unicode" is UTF-16 with a
byte-order mark; without one, UTF-16 text of Latin letters has every other byte NUL, which UTF-8
allows, and text of any other script reads as text in one byte order), since their first bad
byte alone ("byte 0xff") says nothing to a new user; any other bad byte is shown with its line and
what it would be in Windows-1252, the usual single-byte encoding of such a file.
"""

from __future__ import annotations

import codecs

_WIDE = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16: its mark begins with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class NotUtf8(ValueError):
    """Bytes that are not UTF-8 text. ``line`` is where the first bad byte is (1 for a file all
    of another encoding); :meth:`says` is the message, with the line or without it (for a
    message that names the line already)."""

    def __init__(self, encoding: str | None, byte: str, line: int) -> None:
        super().__init__(encoding or byte)
        self.encoding = encoding
        self.byte = byte
        self.line = line

    def says(self, with_line: bool) -> str:
        if self.encoding is not None:
            return f"{self.encoding} text, not UTF-8; save it as UTF-8"
        hex_, _, seen = self.byte.partition(", ")
        where = f" on line {self.line}" if with_line else ""
        shown = f"{hex_}{where}{', ' + seen if seen else ''}"
        return f"not UTF-8 text ({shown}); save it as UTF-8"


def decode(data: bytes) -> str:
    """``data`` as text, or :class:`NotUtf8` saying what it seems to be."""
    name = wide(data)
    if name is not None:
        raise NotUtf8(name, "", 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise NotUtf8(None, _byte(data[exc.start]), line) from None


def wide(data: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" when ``data`` is text of that encoding (by its byte-order mark, or by
    the NUL bytes at every other place of UTF-16 text without one), else None."""
    for mark, name in _WIDE:
        if data.startswith(mark):
            return name
    head = data[:64]
    if len(head) >= 4 and len(head) % 2 == 0:
        for nuls, chars in ((head[1::2], head[0::2]), (head[0::2], head[1::2])):
            if not nuls.strip(b"\x00") and b"\x00" not in chars:
                return "UTF-16"
    return "UTF-16" if _utf16_any_script(data) else None


_UTF16_HEAD = 4096
"""Bytes of a file read to tell UTF-16 text of any script without a byte-order mark."""
_SHORTEST = 16
"""Fewer bytes are eight characters at most: too few to tell text from bytes that happen to read
as it (a compressed file's last bytes)."""
_ASCII_SHARE = 0.01
"""The least share of characters below U+0080 (spaces, digits, line breaks, punctuation) that
UTF-16 text of any script has: an article states numbers and breaks lines."""


def _utf16_any_script(data: bytes) -> bool:
    """UTF-16 text without a byte-order mark, of any script ("Экспорт вырос на 12%": its letters'
    bytes are no NUL, so the rule of Latin text above misses it): NUL bytes that read in one byte
    order as text of printable characters, spaces and line breaks only (a space or a line break
    among them, and a few characters below U+0080). A UTF-8 text or a binary file with NUL bytes
    reads so in neither order: its NULs pair with other bytes into controls, unassigned code
    points or lone surrogates (measured in ``tests/test_hostile_encodings.py``)."""
    head = data[:_UTF16_HEAD]
    head = head[: len(head) - len(head) % 2]
    if len(head) < _SHORTEST or b"\x00" not in head:
        return False
    return any(_reads_as_text(head, order) for order in ("utf-16-le", "utf-16-be"))


def _reads_as_text(head: bytes, order: str) -> bool:
    try:
        text = head.decode(order)
    except UnicodeDecodeError as exc:  # a surrogate pair cut at the head's end reads on
        if exc.start < len(head) - 2:
            return False
        text = head[: exc.start].decode(order)
    if not (" " in text or "\n" in text) or not all(c.isprintable() or c in "\t\n\r" for c in text):
        return False  # words or lines apart, and nothing but them and printable characters
    return sum(c < "\x80" for c in text) >= _ASCII_SHARE * len(text)


def _byte(byte: int) -> str:
    """The bad byte, and the letter it would be in Windows-1252 (Latin-1's superset)."""
    seen = bytes([byte]).decode("cp1252", errors="replace")
    if not seen.isprintable() or seen == "\ufffd":
        return f"byte 0x{byte:02x}"
    return f"byte 0x{byte:02x}, '{seen}' in Windows-1252 or Latin-1"
