"""Where the tool writes a file: the one path used by ``check --output``, ``draft -o`` and ``fill``.

What happens depends on what the path names (followed through symlinks):

* nothing yet, or a regular file: the text replaces it atomically (see :mod:`aktobe_facts.atomic`);
  a path that is a symlink to a regular file is replaced by a regular file, the link's target is
  never written;
* a character device, a FIFO or a terminal (``/dev/null``, ``/dev/tty``, a named pipe, a link to
  ``/proc/self/fd/N``): the text is written *through* it; such a file is never replaced;
* the regular file that is this process's stdout or stderr (``-o /dev/stdout > out.txt``): the
  text goes to that stream, after what is already there, instead of replacing the file under it;
* anything else is refused: a directory, a block device, a socket, a symlink to nothing (or to a
  closed stream), this process's stdin.

Refused as well, with :class:`WriteError` (exit 2): a target that is one of the run's inputs (the
same file by resolved path or by device and inode, so hard links and symlinks count), and a
read-only target (no write permission, for root too: no write bit) unless ``force``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from msgspec import Struct


class WriteError(Exception):
    """A write refused or failed; ``str()`` is the user's message (nothing was changed)."""


class Input(Struct, frozen=True):
    """A file the run reads, which its output may not replace."""

    role: str  # "the claims file", "the article", "the configuration"
    path: Path | str


class Target(Struct, frozen=True):
    """How a path will be written: ``kind`` is "new", "replace", "through" or "stream"."""

    path: Path
    kind: str
    stream_fd: int | None = None  # for "stream": 1 or 2
    exists: bool = False


def prepare(path: Path, inputs: Iterable[Input] = (), *, force: bool = False) -> Target:
    """Decide how ``path`` is written, or raise :class:`WriteError`; nothing is written."""
    shown = str(path)
    try:
        linked = os.lstat(path)
    except FileNotFoundError:
        linked = None
    except (OSError, ValueError) as exc:
        raise WriteError(f"cannot write {shown}: {_reason(exc)}") from None
    try:
        info = os.stat(path) if linked is not None else None
    except (OSError, ValueError):
        raise WriteError(
            f"cannot write {shown}: it is a symlink to a missing file (or to a closed stream)"
        ) from None
    _not_an_input(path, linked, info, inputs)
    if info is None:
        return Target(path, "new")
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise WriteError(f"cannot write {shown}: it is a directory")
    kind = _special_kind(mode)
    if kind is not None:
        raise WriteError(
            f"cannot write {shown}: it is a {kind}; the output goes to a regular file, a "
            "character device, a FIFO or a terminal"
        )
    if _read_only(path, mode) and not force:
        what = "read-only" if not mode & 0o222 else "not writable by this user"
        raise WriteError(
            f"cannot write {shown}: it is {what} (mode {stat.S_IMODE(mode):04o}); use --force to "
            "replace it"
        )
    if not stat.S_ISREG(mode):
        return Target(path, "through", exists=True)  # a character device or a FIFO
    fd = _standard_stream(info)
    if fd == 0:
        raise WriteError(f"cannot write {shown}: it is this run's standard input")
    if fd is not None:
        return Target(path, "stream", fd, exists=True)
    return Target(path, "replace", exists=True)


def write(target: Target, text: str, *, exclusive: bool = False) -> None:
    """Write ``text`` (UTF-8) as :func:`prepare` decided; :class:`WriteError` if it fails. With
    ``exclusive`` a regular file is never replaced, not even one made since :func:`prepare` looked
    (by another process: :func:`aktobe_facts.atomic.write_atomic`)."""
    from aktobe_facts import stdio

    shown = str(target.path)
    try:
        if target.kind == "stream":
            if target.stream_fd == 1:
                stdio.write_out(text)
            else:
                stdio.write_err(text)
        elif target.kind == "through":
            _write_through(target.path, text.encode("utf-8"))
        else:
            from aktobe_facts.atomic import write_atomic  # tempfile: only when a file is written

            write_atomic(target.path, text, exclusive=exclusive)
    except stdio.StreamError as exc:
        raise WriteError(str(exc)) from None
    except (OSError, ValueError) as exc:
        raise WriteError(f"cannot write {shown}: {_reason(exc)}") from None


def write_file(
    path: Path,
    text: str,
    inputs: Iterable[Input] = (),
    *,
    force: bool = False,
    exclusive: bool = False,
) -> None:
    """:func:`prepare` then :func:`write`."""
    write(prepare(path, inputs, force=force), text, exclusive=exclusive)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _special_kind(mode: int) -> str | None:
    """The name of a file type nothing is written to, or None."""
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return None
    return "special file"


def _read_only(path: Path, mode: int) -> bool:
    """No write bit at all (root may write anything, so ``access`` alone would not tell), or no
    permission for this user."""
    return not mode & 0o222 or not os.access(path, os.W_OK)


def _same(a: os.stat_result | None, b: os.stat_result | None) -> bool:
    return a is not None and b is not None and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _not_an_input(
    path: Path,
    linked: os.stat_result | None,
    info: os.stat_result | None,
    inputs: Iterable[Input],
) -> None:
    resolved = _resolved(path)
    for item in inputs:
        other = Path(item.path)
        try:
            other_linked = os.lstat(other)
        except (OSError, ValueError):
            other_linked = None
        try:
            other_info = os.stat(other)
        except (OSError, ValueError):
            other_info = None
        if (
            _same(info, other_info)
            or _same(linked, other_linked)
            or (resolved is not None and resolved == _resolved(other))
        ):
            raise WriteError(
                f"cannot write {path}: it is {item.role} {other}, an input of this run; name "
                "another file"
            )


def _resolved(path: Path) -> str | None:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return None


def _standard_stream(info: os.stat_result) -> int | None:
    """0, 1 or 2 when ``info`` is the file behind this process's stdin, stdout or stderr."""
    for fd, stream in ((0, sys.stdin), (1, sys.stdout), (2, sys.stderr)):
        if stream is None:
            continue
        try:
            if stream.fileno() != fd:
                continue
            if _same(os.fstat(fd), info):
                return fd
        except (OSError, ValueError, AttributeError):
            continue
    return None


def _write_through(path: Path, data: bytes) -> None:
    """Open an existing device or FIFO for writing (no create, no truncate) and write it all."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
