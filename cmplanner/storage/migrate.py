"""Creating and upgrading plan files with Alembic (imported here only, never at start-up).

A new file gets the current schema from the models and is stamped at head, as the Alembic
cookbook recommends; an older file walks through every revision in ``migrations/versions``.
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


def upgrade(path: Path) -> None:
    from alembic import command

    engine = _engine(path)
    try:
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        engine.dispose()
