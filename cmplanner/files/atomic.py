"""The one way cmplanner writes a file outside the database: atomically.

The content goes to a temporary file in the target's folder, is flushed and fsynced, then renamed
over the target, and the folder is fsynced: a reader (an Outlook subscription, a colleague's
browser) sees the old file or the new one, never half of one. On failure (full disk, read-only
folder) the previous file is left intact, the temporary file is removed and a WriteFailed names
the problem.

Three shapes of the same helper:
- ``atomic_write_bytes`` / ``atomic_write_text``: the whole content at once (exports, feeds);
- ``atomic_open``: a binary file object to stream into (large exports);
- ``atomic_replace``: a temporary path that another writer fills (SQLite's backup API writes
  backups and saved copies there), fsynced and renamed by the helper.

A document (an export, a report, a kit, minutes, a chart) never replaces a plan: the first two
shapes refuse a target named like a plan or its side files, or one that holds a SQLite database
or its write-ahead log (``refuse_plan_target``). Only ``atomic_replace`` writes plans.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cmplanner.domain.errors import Message, as_message


class WriteFailed(OSError):
    """A file could not be written; the message is meant for the user.

    ``WriteFailed(errno, "Cannot write {target}: {reason}.", target=..., reason=...)``: ``strerror``
    is the English text, ``message`` the Message the interface translates.
    """

    def __init__(self, number: int | None, template: str, /, **params: object) -> None:
        self.message = Message(template, **params) if params else as_message(template)
        super().__init__(number, str(self.message))


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return Message("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("the folder is read-only or access is denied")
    if exc.errno == errno.ENOENT:
        return Message("the folder does not exist")
    return exc.strerror or str(exc)  # the system's own words


def write_failed(target: Path | str, exc: OSError) -> WriteFailed:
    """The WriteFailed that explains ``exc`` (an OSError met while writing ``target``)."""
    if isinstance(exc, WriteFailed):
        return exc
    return WriteFailed(exc.errno, "Cannot write {target}: {reason}.", target=str(target),
                       reason=_reason(exc))


PLAN_SUFFIX = ".cmplan"
PLAN_SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
# The first bytes of a SQLite database, and of its write-ahead log (both byte orders).
_PLAN_HEADERS = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


def refuse_plan_target(target: Path | str) -> None:
    """Refuse (WriteFailed) to write a document over a plan, a backup or a plan's side file:
    by its name (``.cmplan``, ``.cmplan-wal``...) or by its content (a SQLite database or log)."""
    target = Path(target)
    name = target.name.lower()
    if name.endswith(PLAN_SUFFIX) or any(name.endswith(PLAN_SUFFIX + s) for s in PLAN_SIDE_SUFFIXES):
        raise WriteFailed(errno.EEXIST, "Cannot write {target}: that name is for plans and their "
                                        "backups; choose another name.", target=str(target))
    try:
        with open(target, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return  # a new file (or one the writer will report on)
    if head.startswith(_PLAN_HEADERS):
        raise WriteFailed(errno.EEXIST, "Cannot write {target}: it holds a plan or a backup; "
                                        "choose another name.", target=str(target))


def _temporary(target: Path) -> tuple[int, str]:
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise write_failed(target, exc) from exc


def _discard(temp_name: str) -> None:
    try:
        os.unlink(temp_name)
    except OSError:
        pass


def _commit(temp_name: str, target: Path) -> None:
    """Give the temporary file the target's permissions and rename it over the target."""
    if target.exists():
        os.chmod(temp_name, target.stat().st_mode & 0o777)
    else:
        os.chmod(temp_name, 0o644)
    os.replace(temp_name, target)


def _sync_folder(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename itself is done


@contextmanager
def atomic_open(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through; it replaces ``path`` only if the block succeeds.
    A plan or a plan's file is never replaced (``refuse_plan_target``)."""
    target = Path(path)
    refuse_plan_target(target)
    handle, temp_name = _temporary(target)
    with _replacing(target, temp_name):
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())


@contextmanager
def atomic_replace(path: Path | str) -> Iterator[Path]:
    """A temporary path beside ``path`` for another writer to fill (it starts empty); when the
    block succeeds the file is fsynced and renamed over ``path``, else it is removed."""
    target = Path(path)
    handle, temp_name = _temporary(target)
    os.close(handle)
    with _replacing(target, temp_name):
        yield Path(temp_name)
        fd = os.open(temp_name, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def _replacing(target: Path, temp_name: str) -> Iterator[None]:
    """Around the block that fills ``temp_name``: rename it over ``target`` when the block
    succeeds, remove it otherwise, and turn an OSError into a WriteFailed naming ``target``."""
    try:
        yield
        _commit(temp_name, target)
    except OSError as exc:
        _discard(temp_name)
        failed = write_failed(target, exc)
        if failed is exc:
            raise
        raise failed from exc
    except BaseException:
        _discard(temp_name)
        raise
    _sync_folder(target.parent)


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    with atomic_open(path) as out:
        out.write(data)


def atomic_write_text(path: Path | str, text: str, encoding: str = "utf-8", newline: str | None = None) -> None:
    if newline is not None:
        text = text.replace("\r\n", "\n").replace("\n", newline)
    atomic_write_bytes(path, text.encode(encoding))
