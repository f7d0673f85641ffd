"""Opening, checking, creating and upgrading plan files.

A plan is one SQLite file marked with ``PRAGMA application_id`` and versioned with
``PRAGMA user_version`` (kept equal to the Alembic revision number). The file is inspected
read-only first; anything that is not a plan of this or an older version is refused untouched.
Alembic is imported only when a file must be created or upgraded, never on a normal start.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from .file_check import SQLITE_HEADER, checked, read_only_uri
from .errors import CorruptPlan, ForeignDatabase, NewerPlan, NotAPlan, PlanFileError, ReadOnlyPlan

APPLICATION_ID = 0x434D504C  # "CMPL"
SCHEMA_VERSION = 8  # head of migrations/versions; each revision sets user_version to its number

# Journal and synchronous settings (chosen for "no acknowledged edit is ever lost"):
# - journal_mode=WAL: a commit only appends to plan.cmplan-wal; the main file is rewritten only
#   by checkpoints, from pages already safe in the WAL, so a process killed at any instant (even
#   mid-checkpoint) leaves the main file plus a WAL that SQLite replays on the next open
#   (tests/storage/test_crash.py kills writers with SIGKILL to prove it). Readers (backups with
#   the online backup API, exports, a second window opened read-only) read a consistent
#   snapshot while the writer goes on; with a rollback journal they would block each other.
# - synchronous=FULL: the WAL is fsynced at every commit. NORMAL would survive a killed process
#   too but may lose the last commits on a power cut or an OS crash; an acknowledged edit must
#   survive both. Each edit is one small transaction, so the fsync costs a few milliseconds a
#   user never notices.
# WAL needs shared memory, so a plan on a network share is not supported for writing; the plan
# lock (ui/plan_lock.py) keeps a second cmplanner from writing the same file.
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


@dataclass(frozen=True)
class FileState:
    exists: bool
    application_id: int = 0
    user_version: int = 0
    has_tables: bool = False


def writable(path: Path) -> bool:
    """Whether a plan at ``path`` can be written: the file and its folder (SQLite creates the WAL
    and shared-memory files there)."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def inspect_file(path: Path, check: bool = True) -> FileState:
    """What ``path`` holds, read without modifying it; PlanFileError when it is no plan of ours.
    With ``check`` the whole file is also checked for damage (quick_check)."""
    if not path.exists():
        return FileState(exists=False)
    if path.is_file() and path.stat().st_size == 0:
        # A plan is never empty: a 0-byte file is a plan lost (a copy cut short, a disk that
        # failed) or someone else's file. It is never quietly turned into a new, empty plan.
        raise NotAPlan(f"{path.name} is empty (0 bytes): it is not a cmplanner plan, or it was "
                       "damaged.", str(path))
    if path.is_dir():
        raise NotAPlan(f"{path} is a folder, not a plan file.", str(path))
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotAPlan(f"{path.name} is not a cmplanner plan: it is not an SQLite database.", str(path))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            problem = checked(path, conn) if check and app_id == APPLICATION_ID else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptPlan(f"{path.name} is damaged and cannot be read ({exc}).", str(path)) from exc
    if app_id != APPLICATION_ID and (app_id != 0 or tables or version != 0):
        raise ForeignDatabase(
            f"{path.name} is a database of another application, not a cmplanner plan.", str(path))
    if version > SCHEMA_VERSION:
        raise NewerPlan(
            f"{path.name} was written by a newer version of cmplanner (plan format {version}, "
            f"this version reads up to {SCHEMA_VERSION}). Update cmplanner to open it.", str(path))
    if problem is not None:
        raise CorruptPlan(f"{path.name} is damaged and cannot be opened safely ({problem}).",
                          str(path))
    return FileState(True, app_id, version, bool(tables))


def mark_schema_version(connection: Connection, version: int) -> None:
    """Record the plan format on ``connection``: ``PRAGMA user_version`` in a file, the plan mark
    table on a server (storage/server.py)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA user_version = {int(version)}")
    else:
        from .server import write_mark

        write_mark(connection, version)


def _set_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    """A read-only connection cannot switch the journal mode (a saved copy is not in WAL mode)."""
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        if "journal_mode" not in pragma and "synchronous" not in pragma:
            cursor.execute(pragma)
    cursor.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        # A writer may open the plan while this store reads it: only a read-only folder (where no
        # writer can work either) justifies reading without SQLite's locks.
        uri = (f"{path.resolve().as_uri()}?mode=ro" if os.access(path.parent, os.W_OK)
               else read_only_uri(path))
        url = f"sqlite:///{uri}&uri=true"
    else:
        url = f"sqlite:///{path.resolve()}"
    engine = create_engine(url)
    event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_pragmas)
    return engine


def _backup_before_upgrade(path: Path) -> None:
    """A plan is copied before its format changes; no copy, no upgrade."""
    from cmplanner.files.atomic import WriteFailed

    from .backups import BEFORE_UPGRADE, take_backup

    try:
        take_backup(path, BEFORE_UPGRADE)
    except WriteFailed as exc:
        raise PlanFileError(f"{path.name} must be upgraded to this version of cmplanner, but no "
                            f"backup could be made first ({exc.strerror}). Free some space or "
                            "make its folder writable, then open it again.", str(path)) from exc


def open_engine(path: Path, create: bool = True, read_only: bool = False) -> tuple[Engine, bool]:
    """An engine on a checked, current plan file; also whether the file was created now."""
    state = inspect_file(path)
    if not read_only and path.exists() and not writable(path):
        raise ReadOnlyPlan(f"{path.name} cannot be changed here (the file or its folder is "
                           "read-only); it can be opened read-only.", str(path))
    created = False
    if not state.has_tables:
        if not create or read_only:
            raise NotAPlan(f"{path} holds no plan.", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        from .migrate import create_schema

        create_schema(path)
        created = True
    elif state.user_version < SCHEMA_VERSION:
        if read_only:
            raise NewerPlan(f"{path.name} must be upgraded before it can be opened read-only.",
                            str(path))
        _backup_before_upgrade(path)
        from .migrate import upgrade

        upgrade(path)
    return make_engine(path, read_only), created
