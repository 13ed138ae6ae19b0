"""A folder's search (``discover``) finds what a plain ``os.walk`` would, in its order: the walk
reads each folder with ``os.scandir`` and makes no system call per file, so it is held here to
the straightforward search on random trees with hidden and skipped folders, links to folders and
files inside and outside, unreadable folders and ``exclude`` patterns."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aktobe_facts.discover import _SKIP_DIRS, Exclusions, discover

NAMES = ["a", "b", "claims.toml", "x.claims.toml", ".h", "venv", "z.claims.toml", "c.toml"]


def _oracle(folder: Path, exclude: Exclusions | None) -> list[Path]:
    """The search as ``os.walk`` gives it, a path and a ``stat`` for every file."""
    found: list[Path] = []
    base = folder.resolve()
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
        if exclude is not None:
            dirs[:] = [d for d in dirs if not exclude.leaves_out(Path(root) / d, True)]
        for name in sorted(files):
            path = Path(root) / name
            if name != "claims.toml" and not name.endswith(".claims.toml"):
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(base):
                continue
            if exclude is not None and exclude.leaves_out(path, False):
                continue
            found.append(path)
    return found


# a tree: (parent index, name, what) where what is "dir", "file", "link-in", "link-out", "locked"
entries = st.lists(
    st.tuples(
        st.integers(0, 30),
        st.sampled_from(NAMES),
        st.sampled_from(["dir", "file", "link-in", "link-out", "locked"]),
    ),
    max_size=30,
)


SKELETON = [
    (0, "b", "dir"),
    (0, "a", "dir"),
    (1, "claims.toml", "file"),
    (2, "claims.toml", "file"),
]
"""Two folders with a claims file each, so that the order of folders always shows."""


def _build(root: Path, outside: Path, plan: list[tuple[int, str, str]]) -> None:
    plan = SKELETON + plan
    folders = [root]
    for parent, name, what in plan:
        where = folders[parent % len(folders)] / name
        if where.exists() or where.is_symlink():
            continue
        if what in ("dir", "locked"):
            where.mkdir()
            folders.append(where)
        elif what == "file":
            where.write_text("", encoding="utf-8")
        elif what == "link-in":
            where.symlink_to(folders[(parent + 1) % len(folders)])
        else:
            where.symlink_to(outside)
    for parent, name, what in plan:  # locked last, once filled
        where = folders[parent % len(folders)] / name
        if what == "locked" and where.is_dir() and not where.is_symlink():
            where.chmod(0o000)


@settings(max_examples=60, deadline=None)
@given(
    plan=entries,
    patterns=st.lists(st.sampled_from(["a/", "b", "**/x.claims.toml", "a/b"]), max_size=2),
)
def test_the_walk_finds_what_os_walk_finds_in_its_order(
    plan: list[tuple[int, str, str]], patterns: list[str]
) -> None:
    top = Path(tempfile.mkdtemp())
    try:
        root, outside = top / "root", top / "outside"
        root.mkdir()
        outside.mkdir()
        (outside / "claims.toml").write_text("", encoding="utf-8")
        _build(root, outside, plan)
        for folder in (root, Path(os.path.relpath(root))):
            made = Exclusions(root, patterns) if patterns else None
            expected = Exclusions(root, patterns) if patterns else None
            assert discover([folder], made) == _oracle(folder, expected)
            assert (made.dropped if made else 0) == (expected.dropped if expected else 0)
    finally:
        for path in top.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(top)
