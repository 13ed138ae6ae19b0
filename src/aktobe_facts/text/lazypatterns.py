"""Module patterns compiled on their first use, not when their module is imported.

``check ARTICLE.txt`` imports every rule of the draft, and compiling their patterns was most of
its start: an article of one topic uses few of the long ones (a comparison's words, a ranking's).
:func:`lazy` stands where ``re.compile`` stood and compiles the same pattern with the same flags
the first time it matches anything, so it finds what the compiled pattern finds. (With
``--jobs``, each worker imports the draft itself and compiles only what its articles use.)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class Lazy:
    """A pattern compiled on its first use, with the methods of :class:`re.Pattern` the draft
    calls; :attr:`pattern` is its text, as ``re.Pattern.pattern``."""

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


def lazy(pattern: str, flags: int = 0) -> Lazy:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return Lazy(pattern, flags)
