"""Creating and upgrading plan files with Alembic (imported here only, never at start-up).

A new file gets the current schema from the models and is stamped at head, as the Alembic
cookbook recommends; an older file walks through every revision in ``migrations/versions``.
A file that lost its ``alembic_version`` row (copied by a tool that skipped it, an early build) is
first stamped at the revision its ``user_version`` names, since both are kept equal.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event

from .database import APPLICATION_ID, SCHEMA_VERSION, _set_pragmas
from .tables import Base

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _engine(path: Path):
    engine = create_engine(f"sqlite:///{path.resolve()}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def create_schema(path: Path) -> None:
    from alembic import command

    engine = _engine(path)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            command.stamp(_config(conn), "head")
    finally:
        engine.dispose()


def _stamp_if_unversioned(conn, command) -> None:
    has_table = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).scalar()
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first() if has_table else None
    version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
    if row is None and version >= 1:
        command.stamp(_config(conn), f"{version:04d}")


def upgrade(path: Path) -> None:
    """Bring ``path`` to the current schema in one transaction (all revisions, or none)."""
    from alembic import command

    engine = _engine(path)
    try:
        with engine.begin() as conn:
            _stamp_if_unversioned(conn, command)
            command.upgrade(_config(conn), "head")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        engine.dispose()
