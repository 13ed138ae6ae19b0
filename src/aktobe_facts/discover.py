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
    """Whether a file resolves outside ``base`` (a loop is kept: reading reports it)."""
    try:
        return not path.resolve().is_relative_to(base)
    except (OSError, RuntimeError):
        return False


def _static_part(pattern: Path) -> Path:
    """The folder a pattern starts in: its leading parts without ``*``, ``?`` or ``[``."""
    parts = []
    for part in pattern.parts[:-1]:
        if _is_glob(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def _expand(pattern: str) -> list[str]:
    """The paths a pattern matches. ``**`` never follows a link to a folder: glob.glob does, and
    two links to "." in a pull request make it list paths without end."""
    if "**" not in pattern:
        return glob.glob(pattern)
    base = _static_part(Path(pattern))
    rest = str(Path(pattern).relative_to(base)) if base != Path(".") else pattern
    found = []
    for match in base.glob(rest):  # pathlib's ** does not follow folder links (Python 3.11)
        if not any(part.startswith(".") for part in match.relative_to(base).parts):
            found.append(str(match))  # hidden files and folders skipped, as glob.glob does
    return found


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
    a pull request cannot point the check at files elsewhere on the machine); a pattern with
    ``*``, ``?`` or ``[`` is expanded (``**`` too; matches that resolve outside the pattern's
    leading folder are left out); any other path is taken as it is, so a missing file is reported
    as unusable, not dropped.
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
            matches = sorted(_expand(text))
            base = _static_part(path).resolve()  # like a walk, a pattern stays in its folder
            out.extend(
                Path(m) for m in matches if not Path(m).is_dir() and not _leaves(Path(m), base)
            )
            if not matches:
                out.append(path)  # reported as "no such file", so a typo is never silent
        else:
            out.append(path)
    return list(dict.fromkeys(out))
