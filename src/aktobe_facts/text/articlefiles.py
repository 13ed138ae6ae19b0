"""Which files ``check`` reads as articles rather than claims files (a module of its own, so that
telling them apart imports none of the draft machinery)."""

from __future__ import annotations

from pathlib import Path

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
"""Files ``check`` reads as articles, not claims files."""


def is_article(path: Path | str) -> bool:
    return Path(path).suffix.lower() in SUFFIXES
