"""TOML text to Python values: a compiled parser first, tomli as the reference.

rtoml (the Rust ``toml`` crate behind a compiled module) reads the benchmark's 10,000-claim file
with about a third of the instructions tomli needs, compiled as it is (BENCHMARKS.md, "Loading").
tomli stays the reference: whenever rtoml refuses a text, tomli reads it again, and tomli's value
or tomli's error (its message, line and column) is the answer. So rtoml decides only texts it
accepts, where the two agree: on every document of the toml-test suite for TOML 1.1 that both
accept, the values are equal, and every document tomli refuses rtoml refuses too, but one:

* a text that starts with a byte order mark, which rtoml skips and tomli refuses: such a text goes
  to tomli at once (a claims file's mark is removed before it is parsed).

And the order of keys can differ: a table that an earlier header made on its way (``[a.b]``, then
``[c]``, then ``[a]``) stands first among its siblings in tomli's dict, where it was first made,
and last in rtoml's, where its own header is. Which unknown table or field a message names first
depends on that order, so a text with such a header (the line map finds them: ``reopened``) goes to
tomli too.

rtoml refuses some texts tomli reads (a float beyond the double range, which tomli reads as
infinity; a string holding a lone surrogate; arrays nested deeper than rtoml's limit): those are
tomli's to read. tests/test_tomlread.py holds the two equal on generated documents, valid or not.
"""

from __future__ import annotations

from typing import Any

import rtoml


def loads(text: str, reopened: bool = False) -> dict[str, Any]:
    """The TOML document ``text`` as a dict. Raises tomli's ``TOMLDecodeError`` (a
    ``ValueError``) or ``RecursionError`` for a text tomli refuses. ``reopened``: a header of the
    text names a table an earlier header made (tomli alone keeps its place)."""
    if not reopened and not text.startswith("\ufeff"):
        try:
            return rtoml.loads(text)
        except ValueError:  # rtoml's TomlParsingError, or a string it cannot encode
            pass
    import tomli  # only for a text rtoml refused: its message names the line and column

    return tomli.loads(text)
