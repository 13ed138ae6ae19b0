"""Writing files so that a crash never leaves a half-written or lost file.

The text goes to a temporary file in the same folder, is flushed and fsynced, then renamed over the
target (an atomic step on POSIX filesystems); the folder is fsynced so the rename survives a crash.
If anything fails, the temporary file is removed and the original is left as it was.

A file that replaces another keeps its mode; a new one gets the mode the shell's ``>`` would give
it (0666 less the umask), not the temporary file's 0600. A write that must never replace a file
(``exclusive``: ``draft -o`` without ``--force``, ``check --save-claims``) is published with a hard
link instead of a rename: the link fails when a file of that name appeared since the tool looked
(another process writing the same name), and nothing of either is lost.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

_NO_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS)
"""Why a filesystem may refuse a hard link (FAT, some network and FUSE filesystems): the file is
then renamed into place as before, after a last look that the name is still free."""


class Appeared(FileExistsError):
    """An exclusive write found a file of its name, made after the tool looked."""


def write_atomic(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Replace ``path`` with ``text`` (UTF-8), atomically; keeps the original file's mode. With
    ``exclusive``, never replaces a file: :class:`Appeared` if one exists at the end."""
    folder = path.parent if str(path.parent) else Path(".")
    mode = None
    with contextlib.suppress(FileNotFoundError):
        mode = path.stat().st_mode & 0o7777
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        if exclusive:
            _publish_new(tmp, path)
        else:
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _publish_new(tmp: Path, path: Path) -> None:
    """Give the written ``tmp`` the name ``path`` only if no file has it; ``tmp`` is removed."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise Appeared(errno.EEXIST, "another process made a file of that name meanwhile") from None
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if os.path.lexists(path):
            raise Appeared(
                errno.EEXIST, "another process made a file of that name meanwhile"
            ) from None
        os.replace(tmp, path)
        return
    tmp.unlink()


def _umask() -> int:
    """The process's umask (read by setting it and setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
