"""Creating and upgrading plans with Alembic (imported here only, never at start-up).

A new plan gets the current schema from the models and is stamped at head, as the Alembic
cookbook recommends; an older plan walks through every revision in ``migrations/versions``.
A file that lost its ``alembic_version`` row (copied by a tool that skipped it, an early build) is
first stamped at the revision its ``user_version`` names, since both are kept equal. The same
functions serve a plan file (SQLite) and a team plan (PostgreSQL, storage/server.py).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect

from .database import APPLICATION_ID, SCHEMA_VERSION, _set_pragmas, mark_schema_version
from .schema import metadata

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path.resolve()}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def create_schema_on(engine: Engine) -> None:
    """Today's schema, marked as a plan of this format, in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        metadata.create_all(conn)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        else:
            from .server import install_triggers

            install_triggers(conn)
        mark_schema_version(conn, SCHEMA_VERSION)
        command.stamp(_config(conn), "head")


def create_schema(path: Path) -> None:
    engine = _engine(path)
    try:
        create_schema_on(engine)
    finally:
        engine.dispose()


def _recorded_version(conn: Connection) -> int:
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
    from .server import read_mark

    return int(read_mark(conn).get("schema_version", "0"))


def _stamp_if_unversioned(conn: Connection, command: ModuleType) -> None:
    has_table = "alembic_version" in inspect(conn).get_table_names()
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first() if has_table else None
    version = _recorded_version(conn)
    if row is None and version >= 1:
        command.stamp(_config(conn), f"{version:04d}")


def upgrade_on(engine: Engine) -> None:
    """Bring a plan to the current schema in one transaction (all revisions, or none)."""
    from alembic import command

    with engine.begin() as conn:
        _stamp_if_unversioned(conn, command)
        command.upgrade(_config(conn), "head")
        mark_schema_version(conn, SCHEMA_VERSION)


def upgrade(path: Path) -> None:
    engine = _engine(path)
    try:
        upgrade_on(engine)
    finally:
        engine.dispose()
