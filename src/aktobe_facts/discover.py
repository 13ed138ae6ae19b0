"""Which claims files a run covers: files, directories and glob patterns, in a stable order."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

PATTERNS = ("*.claims.toml", "claims.toml")
"""The file names a directory is searched for."""

_SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _leaves(path: Path, base: Path) -> bool:
    """Whether a symlinked file resolves outside ``base`` (a loop is kept: reading reports it)."""
    try:
        return not path.resolve().is_relative_to(base)
    except (OSError, RuntimeError):
        return False


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    base = folder.resolve()
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
        for name in sorted(files):
            path = Path(root) / name
            if name != "claims.toml" and not name.endswith(".claims.toml"):
                continue
            if path.is_symlink() and _leaves(path, base):
                continue  # a walk never leaves its folder: symlinked folders are not followed
            found.append(path)
    return found


def discover(args: Iterable[str | Path]) -> list[Path]:
    """Expand the command line's paths into claims files.

    A directory gives every ``*.claims.toml`` and ``claims.toml`` below it (hidden folders and
    virtual environments skipped, and symlinks to folders or to files outside it not followed, so
    a pull request cannot point the check at files elsewhere on the machine); a pattern with ``*``, ``?`` or ``[`` is expanded (``**`` too);
    any other path is taken as it is, so a missing file is reported as unusable, not dropped.
    No arguments means the current directory. Each file is listed once, in the order found.
    """
    items = list(args) or ["."]
    out: list[Path] = []
    for item in items:
        text = str(item)
        path = Path(text)
        if path.is_dir():
            out.extend(_walk(path))
        elif _is_glob(text) and not path.exists():
            matches = sorted(glob.glob(text, recursive=True))
            out.extend(Path(m) for m in matches if not Path(m).is_dir())
            if not matches:
                out.append(path)  # reported as "no such file", so a typo is never silent
        else:
            out.append(path)
    return list(dict.fromkeys(out))
