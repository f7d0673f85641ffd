"""Opening, checking, creating and upgrading plan files.

A plan is one SQLite file marked with ``PRAGMA application_id`` and versioned with
``PRAGMA user_version`` (kept equal to the Alembic revision number). The file is inspected
read-only first; anything that is not a plan of this or an older version is refused untouched.
Alembic is imported only when a file must be created or upgraded, never on a normal start.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from .errors import CorruptPlan, ForeignDatabase, NewerPlan, NotAPlan

APPLICATION_ID = 0x434D504C  # "CMPL"
SCHEMA_VERSION = 1  # head of migrations/versions; each revision sets user_version to its number
SQLITE_HEADER = b"SQLite format 3\x00"

# WAL lets readers (exports, backups) run beside the writer; synchronous=FULL fsyncs the WAL at
# every commit, so an acknowledged edit survives a killed process and a power cut alike. Each
# edit is a small transaction, so the fsync costs a few milliseconds a user never notices.
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


def inspect_file(path: Path) -> FileState:
    """What ``path`` holds, read without modifying it; PlanFileError when it is no plan of ours."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists())
    if path.is_dir():
        raise NotAPlan(f"{path} is a folder, not a plan file.", str(path))
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotAPlan(f"{path.name} is not a cmplanner plan: it is not an SQLite database.", str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptPlan(f"{path.name} is damaged and cannot be read ({exc}).", str(path)) from exc
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise ForeignDatabase(
            f"{path.name} is a database of another application, not a cmplanner plan.", str(path))
    if version > SCHEMA_VERSION:
        raise NewerPlan(
            f"{path.name} was written by a newer version of cmplanner (plan format {version}, "
            f"this version reads up to {SCHEMA_VERSION}). Update cmplanner to open it.", str(path))
    return FileState(True, app_id, version, bool(tables))


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.resolve()}"
    engine = create_engine(url)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_engine(path: Path, create: bool = True, read_only: bool = False) -> tuple[Engine, bool]:
    """An engine on a checked, current plan file; also whether the file was created now."""
    state = inspect_file(path)
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
        from .migrate import upgrade

        upgrade(path)
    return make_engine(path, read_only), created
