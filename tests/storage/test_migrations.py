"""Schema versions: creation from an empty file, upgrade path, models and migrations agree."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from cmplanner.storage import migrate
from cmplanner.storage.database import SCHEMA_VERSION
from cmplanner.storage.store import PlanStore


def test_every_revision_number_is_a_schema_version():
    names = sorted(p.name for p in (migrate.MIGRATIONS / "versions").glob("[0-9]*.py"))
    assert names and int(names[-1][:4]) == SCHEMA_VERSION


def test_stamped_baseline_upgrades_to_head(plan_path):
    """An older file (user_version below head) walks through Alembic and ends current."""
    PlanStore.open(plan_path).close()
    conn = sqlite3.connect(plan_path)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    store = PlanStore.open(plan_path)
    store.close()
    conn = sqlite3.connect(plan_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def schema_differences(path: Path) -> list:
    """What Alembic finds between the plan file at ``path`` and storage/schema.py."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from cmplanner.storage.schema import metadata

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()


def test_models_match_the_migrated_schema(plan_path):
    PlanStore.open(plan_path).close()
    assert schema_differences(plan_path) == []


def test_a_first_format_plan_upgraded_by_every_revision_has_the_schema(tmp_path):
    """The revisions build, from a plan of format 1, the tables, columns, types, nullability,
    indexes and keys schema.py creates a new plan with. One difference stays, harmless: SQLite
    keeps a column's declared length but never checks it, and files of format 1 declared
    ``media.imported_at`` as VARCHAR(32) where the UTC date-time type declares 26."""
    plan = tmp_path / "v1.cmplan"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "plans" / "v1.cmplan", plan)
    PlanStore.open(plan, create=False).close()
    found = [change for d in schema_differences(plan) for change in (d if isinstance(d, list) else [d])]
    assert [change[:4] for change in found] == [("modify_type", None, "media", "imported_at")]
    assert str(found[0][5]) == "VARCHAR(32)"


def test_start_up_does_not_import_alembic(plan_path):
    import subprocess
    import sys

    PlanStore.open(plan_path).close()
    code = ("import sys; from cmplanner.storage.store import PlanStore; "
            f"PlanStore.open({str(plan_path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
