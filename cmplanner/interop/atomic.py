"""The one way cmplanner writes a file outside the database: atomically.

The content goes to a temporary file in the target's folder, is flushed and fsynced, then renamed
over the target, and the folder is fsynced: a reader (an Outlook subscription, a colleague's
browser) sees the old file or the new one, never half of one. On failure (full disk, read-only
folder) the previous file is left intact and a WriteFailed names the problem.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class WriteFailed(OSError):
    """A file could not be written; the message is meant for the user."""


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is read-only or access is denied"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    return exc.strerror or str(exc)


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    target = Path(path)
    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteFailed(exc.errno, f"Cannot write {target}: {_reason(exc)}.") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            os.chmod(temp_name, target.stat().st_mode & 0o777)
        else:
            os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except OSError as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise WriteFailed(exc.errno, f"Cannot write {target}: {_reason(exc)}.") from exc
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename itself is done


def atomic_write_text(path: Path | str, text: str, encoding: str = "utf-8", newline: str | None = None) -> None:
    if newline is not None:
        text = text.replace("\r\n", "\n").replace("\n", newline)
    atomic_write_bytes(path, text.encode(encoding))
