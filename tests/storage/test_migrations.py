"""Schema versions: creation from an empty file, upgrade path, models and migrations agree."""

from __future__ import annotations

import sqlite3

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


def test_models_match_the_migrated_schema(plan_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from cmplanner.storage.tables import Base

    PlanStore.open(plan_path).close()
    engine = create_engine(f"sqlite:///{plan_path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_start_up_does_not_import_alembic(plan_path):
    import subprocess
    import sys

    PlanStore.open(plan_path).close()
    code = ("import sys; from cmplanner.storage.store import PlanStore; "
            f"PlanStore.open({str(plan_path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
