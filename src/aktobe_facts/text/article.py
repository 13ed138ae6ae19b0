"""The article a claims file is about: where it may be read from, and reading it safely.

A claims file links its article with ``[article] path`` (relative to the claims file's folder) and
optionally pins it with ``sha256``. A claims file may come from a pull request, so a path written
in it must stay inside the claims file's folder tree: absolute paths, ``..`` and symlinks that lead
out are refused before anything is read (CI must never print the numbers of ``/etc/passwd``). A path
given on the command line (``--article``) is trusted. Either way the article must be a regular file
of at most :data:`MAX_ARTICLE_BYTES`, in UTF-8 (a byte-order mark is allowed and dropped).
"""

from __future__ import annotations

import re
import stat
from functools import cache
from pathlib import Path, PurePosixPath, PureWindowsPath

from msgspec import Struct

MAX_ARTICLE_BYTES = 1024 * 1024
"""Largest article read (1 MiB: a long feature is well under 100 KiB). Every number of an article
is placed and every quote searched for in it: a megabyte of digits is half a million numbers
(about 7 s and 300 MB to account for)."""


@cache
def _sha256() -> re.Pattern[str]:
    return re.compile(r"[0-9a-fA-F]{64}")


class ArticleError(ValueError):
    """An article that cannot be used; ``field`` is the ``[article]`` key to blame."""

    def __init__(self, message: str, field: str = "path") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.path: str | None = None  # the article file, when one was found but refused


class Article(Struct, frozen=True):
    """The text of a linked article, with what a report needs to name and pin it."""

    path: str  # as shown to users: the claims file's folder joined with the link, or --article
    text: str  # decoded, without a byte-order mark; offsets into it are what spans count
    sha256: str  # of the file's bytes, lowercase hex
    expected_sha256: str | None = None  # the [article] sha256, lowercase
    line: int = 0  # the claims-file line that links the article (for findings about it)


def check_sha256(value: str) -> str:
    """A valid sha256 in lowercase, or :class:`ArticleError` on the ``sha256`` field."""
    if not _sha256().fullmatch(value):
        raise ArticleError("sha256 must be 64 hexadecimal digits", "sha256")
    return value.lower()


def linked_path(claims_path: Path, link: str) -> tuple[Path, str]:
    """Resolve an ``[article] path`` against the claims file's folder, refusing any way out.

    Returns the resolved path to read and the path to show (the folder joined with the link).
    """
    if not link.strip():
        raise ArticleError("the article path is empty")
    if any(ord(c) < 32 for c in link) or "\\" in link:
        raise ArticleError(
            "the article path may not hold control characters or backslashes "
            "(write it with forward slashes, relative to the claims file)"
        )
    if PurePosixPath(link).is_absolute() or PureWindowsPath(link).drive:
        raise ArticleError(
            f"{link!r} is an absolute path; give the article's path relative to the claims "
            "file's folder (or pass --article on the command line)"
        )
    if ".." in PurePosixPath(link).parts:
        raise ArticleError(
            f"{link!r} leaves the claims file's folder ('..'); the article must be in the "
            "claims file's folder or below it (or pass --article on the command line)"
        )
    folder = claims_path.parent
    try:
        base = folder.resolve(strict=True)
        target = (folder / link).resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise ArticleError(f"cannot resolve {link!r}: {exc}") from None
    if not target.is_relative_to(base):
        raise ArticleError(
            f"{link!r} resolves to a file outside the claims file's folder (through a "
            "symlink); the article must be inside it (or pass --article on the command line)"
        )
    return target, str(folder / link)


def read_article(path: Path, shown: str) -> tuple[str, str]:
    """The text and sha256 of an article file; :class:`ArticleError` if it cannot be used."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(f"article {shown} not found") from None
    except OSError as exc:
        raise ArticleError(f"cannot read article {shown}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"article {shown} is not a regular file")
    if info.st_size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"article {shown} is {info.st_size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,} bytes"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise ArticleError(f"cannot read article {shown}: {exc.strerror or exc}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"article {shown} is larger than {MAX_ARTICLE_BYTES:,} bytes")
    from aktobe_facts.utf8 import NotUtf8, decode, wide

    if b"\x00" in data and wide(data) is None:  # a binary file, whatever its name
        raise ArticleError(f"article {shown} is not a text file (it holds NUL characters)")
    try:
        text = decode(data)
    except NotUtf8 as exc:
        raise ArticleError(f"article {shown} is {exc.says(with_line=True)}") from None
    import hashlib  # only when an article is read

    return text.removeprefix("\ufeff"), hashlib.sha256(data).hexdigest()


def open_article(
    claims_path: Path,
    link: str | None,
    override: Path | None,
    expected_sha256: str | None,
    line: int,
) -> Article | None:
    """The article of a claims file: ``override`` (trusted) wins over ``link`` (confined)."""
    if override is not None:
        path, shown = override, str(override)
    elif link is not None:
        path, shown = linked_path(claims_path, link)
    else:
        return None
    try:
        text, digest = read_article(path, shown)
    except ArticleError as exc:
        exc.path = shown  # still an input of the run: an output may not replace it
        raise
    return Article(shown, text, digest, expected_sha256, line)
