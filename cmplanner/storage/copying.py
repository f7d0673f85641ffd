"""Copying a whole plan from one database to another (file to server, server to file).

Every table of the schema is copied row for row, ids included, in dependency order, in one
transaction on the target; the counts of every table are compared before it commits. A
``progress(done, total)`` returning False cancels (the target is rolled back).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, Table, func, select

from .schema import metadata

BATCH = 2000
# Rows a new plan holds before a copy that do not make it "not empty": the settings row that
# opening a new plan writes (replaced by the source's).
REPLACED_ON_COPY = ("plan_settings",)
# A team plan's media contents: copied content by content between the plans' media stores
# (a plan file keeps them beside it, not in SQLite), not as rows.
MEDIA_CONTENTS = ("media_contents", "media_parts")


def plan_tables() -> list[Table]:
    return [t for t in metadata.sorted_tables if t.name not in MEDIA_CONTENTS]


class Cancelled(Exception):
    pass


class NotEmpty(Exception):
    pass


class Mismatch(Exception):
    def __init__(self, tables: list[str]) -> None:
        super().__init__(", ".join(tables))
        self.tables = tables


def _count(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar() or 0


def holds_a_plan(engine: Engine) -> bool:
    with engine.connect() as conn:
        return any(_count(conn, t) for t in plan_tables() if t.name not in REPLACED_ON_COPY)


def copy_tables(source: Engine, target: Engine,
                progress: Callable[[int, int], bool] | None = None) -> dict[str, int]:
    """Copy every table of ``source`` into ``target`` (which holds no plan); the rows per table.
    Raises NotEmpty, Cancelled or Mismatch, the target then being as it was."""
    tables = plan_tables()
    with source.connect() as reader:
        counts = {t.name: _count(reader, t) for t in tables}
        total, done = sum(counts.values()), 0
        with target.begin() as writer:
            if any(_count(writer, t) for t in tables if t.name not in REPLACED_ON_COPY):
                raise NotEmpty()
            for table in reversed(tables):
                if table.name in REPLACED_ON_COPY:
                    writer.execute(table.delete())
            for table in tables:
                rows = reader.execute(select(table)).mappings()
                while batch := rows.fetchmany(BATCH):
                    writer.execute(table.insert(), [dict(row) for row in batch])
                    done += len(batch)
                    if progress is not None and not progress(done, total):
                        raise Cancelled()
            if writer.dialect.name == "postgresql":
                from .server import reset_sequences

                reset_sequences(writer)
            copied = {t.name: _count(writer, t) for t in tables}
            if copied != counts:
                raise Mismatch(sorted(name for name in counts if copied[name] != counts[name]))
    return counts
