"""Reading a plan file's integrity without SQLAlchemy, and doing it ahead of time.

``PRAGMA quick_check`` reads every page of the plan (some 80 ms for ten years of posts), and
every open runs it (database.inspect_file). SQLite works outside Python's interpreter lock, so
``check_ahead(path)``, called before the start's imports, runs it on another thread while the
interpreter imports SQLAlchemy and Qt on the first: the open then takes the answer instead of
checking again. The answer counts only for the same file unchanged since (size, modification
time and SQLite's WAL beside it); otherwise the open checks as before. This module imports the
standard library only, so it can run before anything else is loaded.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def side_file(path: Path, suffix: str) -> Path:
    """``plan.cmplan-wal``, ``plan.cmplan-journal``...: SQLite's files beside a database."""
    return path.with_name(path.name + suffix)


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` and can never modify it. Without a WAL or journal beside it the
    file is complete on its own, so it is opened ``immutable``: no shared-memory or WAL file is
    left behind and a read-only folder is no obstacle. With a WAL (a writer is running, or one
    crashed) it is opened ``mode=ro`` so the WAL's committed pages are read too."""
    uri = path.resolve().as_uri()
    if side_file(path, "-wal").exists() or side_file(path, "-journal").exists():
        return f"{uri}?mode=ro"
    return f"{uri}?mode=ro&immutable=1"


def quick_check(conn: sqlite3.Connection) -> str | None:
    """The first problem ``PRAGMA quick_check`` finds, or None when the file is sound."""
    rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    return None if rows and rows[0][0] == "ok" else (rows[0][0] if rows else "no answer")


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    """What says the file (and its WAL) has not changed: sizes and modification times."""
    try:
        main = path.stat()
    except OSError:
        return None
    try:
        wal = side_file(path, "-wal").stat()
        wal_stamp = (wal.st_size, wal.st_mtime_ns)
    except OSError:
        wal_stamp = (-1, -1)
    return (main.st_size, main.st_mtime_ns, *wal_stamp)


class _Ahead:
    def __init__(self, path: Path) -> None:
        self.stamp = _stamp(path)
        self.answer: tuple[str | None] | None = None  # (problem,) once the check has run
        self.thread = threading.Thread(target=self._run, args=(path,), name="plan check", daemon=True)
        self.thread.start()

    def _run(self, path: Path) -> None:
        try:
            conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
            try:
                self.answer = (quick_check(conn),)
            finally:
                conn.close()
        except (sqlite3.Error, OSError):
            self.answer = None  # the open checks again and says what is wrong


_ahead: dict[str, _Ahead] = {}


def check_ahead(path: str | os.PathLike[str] | None) -> None:
    """Start checking the plan at ``path`` on another thread (nothing when it is no file)."""
    if path is None:
        return
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return
    except OSError:
        return
    _ahead[os.path.realpath(path)] = _Ahead(path)


def checked(path: Path, conn: sqlite3.Connection) -> str | None:
    """The first problem in the plan at ``path``: the answer of a check run ahead on this very
    file when there is one, else ``quick_check`` on ``conn`` now."""
    ahead = _ahead.pop(os.path.realpath(path), None)
    if ahead is not None:
        ahead.thread.join()
        if ahead.answer is not None and ahead.stamp is not None and ahead.stamp == _stamp(path):
            return ahead.answer[0]
    return quick_check(conn)
