"""Which files ``check`` reads as articles rather than claims files (a module of its own, so that
telling them apart imports none of the draft machinery)."""

from __future__ import annotations

from pathlib import Path

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
"""Files ``check`` reads as articles, not claims files."""


def is_article(path: Path | str) -> bool:
    # a Path as it is: Path(path) parses it again (one of three parses a file, --jobs)
    return (path if isinstance(path, Path) else Path(path)).suffix.lower() in SUFFIXES
