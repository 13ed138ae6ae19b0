"""The standard streams: every character the tool prints goes through here.

Where the output goes is the user's environment, not the input: a closed stdout (``>&-``), a full
disk (``> /dev/full``), a reader that went away (``| head``) or a stream whose encoding cannot hold
a character (``PYTHONIOENCODING=ascii``, a cp1252 pipe). None of these is a bug, so none may end in a
traceback or the internal-error exit code.

* :func:`install` gives stdout and stderr an error handler that writes a character the stream's
  encoding lacks as an ASCII stand-in ("✓" as "ok", a box-drawing line as "-" or "|", "é" as "e",
  anything else as a ``\\uXXXX`` escape) instead of raising ``UnicodeEncodeError``.
* :func:`write_out` writes and flushes stdout; a closed or failing stream raises
  :class:`StreamError` with a message for the user (the command exits 2).
* :func:`write_err` writes a message to stderr; a failing stderr is ignored (there is nowhere left
  to say so), and the exit code still tells.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import sys
from typing import TextIO

HANDLER = "aktobe-facts-ascii"
"""The name of the encoding error handler :func:`install` registers."""

_STAND_INS = {
    "\u2713": "ok",  # check mark
    "\u2705": "ok",
    "\u2717": "X",  # ballot x
    "\u274c": "X",
    "\u26a0": "!",  # warning sign
    "\u2139": "i",  # information source
    "\ufe0f": "",  # variation selector: no glyph of its own
    "\u200b": "",
    "\u00d7": "x",  # multiplication sign
    "\u00f7": "/",  # division sign
    "\u2212": "-",  # minus sign
    "\u2013": "-",
    "\u2014": "-",
    "\u00b7": ".",  # middle dot
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2044": "/",  # fraction slash, as in the decomposition of "½"
    "\u2192": "->",
    "\u2190": "<-",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2248": "~",
    "\u00b2": "^2",
    "\u00b3": "^3",
}


class StreamError(Exception):
    """A standard stream the output cannot be written to; ``str()`` is the user's message."""


def stand_in(char: str) -> str:
    """ASCII for one character a stream cannot encode (never raises)."""
    if char in _STAND_INS:
        return _STAND_INS[char]
    import unicodedata  # only for a character the stream cannot encode

    name = unicodedata.name(char, "")
    if name.startswith("BOX DRAWINGS"):
        across, down = "HORIZONTAL" in name, "VERTICAL" in name
        return "-" if across and not down else "|" if down and not across else "+"
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed != char:
        plain = "".join(
            c if c.isascii() else stand_in(c) for c in decomposed if not unicodedata.combining(c)
        )
        if plain.isascii() and plain:
            return plain
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _handler(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "".join(stand_in(c) for c in exc.object[exc.start : exc.end]), exc.end


def install() -> None:
    """Let stdout and stderr write what their encoding lacks as ASCII stand-ins (idempotent)."""
    try:
        codecs.lookup_error(HANDLER)
    except LookupError:
        codecs.register_error(HANDLER, _handler)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors != HANDLER:
            with contextlib.suppress(ValueError, OSError):  # a closed stream: reported on use
                stream.reconfigure(errors=HANDLER)


def stdout_open() -> None:
    """Raise :class:`StreamError` when there is no stdout to write to (``>&-``)."""
    if sys.stdout is None or sys.stdout.closed:
        raise StreamError("cannot write the output: standard output is closed")


def write_out(text: str) -> None:
    """Write ``text`` to stdout and flush it; :class:`StreamError` if that fails."""
    stdout_open()
    stream = sys.stdout
    try:
        try:
            stream.write(text)
        except UnicodeEncodeError:  # a stream install() could not reconfigure
            encoding = stream.encoding or "ascii"
            stream.write(text.encode(encoding, HANDLER).decode(encoding))
        stream.flush()
    except (OSError, ValueError) as exc:
        _discard(stream)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StreamError(f"cannot write the output to standard output: {reason}") from None


def write_err(text: str) -> None:
    """Write ``text`` to stderr; if stderr is closed or fails, drop it."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except UnicodeEncodeError:
        with contextlib.suppress(OSError, ValueError):
            stream.write(text.encode("ascii", HANDLER).decode("ascii"))
            stream.flush()
    except (OSError, ValueError):
        _discard(stream)


def flush_out() -> None:
    """Flush stdout at exit (output other code wrote); :class:`StreamError` if that fails."""
    if sys.stdout is None or sys.stdout.closed:
        return
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        _discard(sys.stdout)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StreamError(f"cannot write the output to standard output: {reason}") from None


def discard_out() -> None:
    """After stdout failed: let what is still buffered go to /dev/null (see :func:`_discard`)."""
    if sys.stdout is not None:
        _discard(sys.stdout)


def _discard(stream: TextIO) -> None:
    """Point a failed stream's file descriptor at /dev/null, so the text still buffered does not
    fail again when Python flushes it at exit (which would print a traceback and exit 120)."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, stream.fileno())
        finally:
            os.close(null)
