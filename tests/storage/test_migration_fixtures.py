"""Every schema version ever released is kept as a fixture plan and upgrades to the current one."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from cmplanner.storage.backups import list_backups
from cmplanner.storage.database import SCHEMA_VERSION
from cmplanner.storage.store import PlanStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PLANS = FIXTURES / "plans"
# The schema versions released: one per revision file (numbers may skip: revisions of parallel
# work are chained when merged).
VERSIONS = sorted(int(p.name[:4]) for p in (Path(__file__).resolve().parents[2] / "cmplanner"
                                             / "storage" / "migrations" / "versions").glob("[0-9]*.py"))


def summary(store: PlanStore) -> dict:
    spec = importlib.util.spec_from_file_location("make_plan_fixtures",
                                                  FIXTURES / "make_plan_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.summary(store)


def copy_fixture(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"v{version}.cmplan"
    shutil.copyfile(PLANS / f"v{version}.cmplan", target)
    return target


def pragmas(path: Path) -> tuple[int, str | None, str]:
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return version, row[0] if row else None, ok
    finally:
        conn.close()


def test_every_schema_version_has_a_fixture():
    missing = [v for v in VERSIONS if not (PLANS / f"v{v}.cmplan").exists()
               or not (PLANS / f"v{v}.json").exists()]
    assert missing == [], "run tests/fixtures/make_plan_fixtures.py and commit its output"


@pytest.mark.parametrize("version", VERSIONS)
def test_fixture_upgrades_to_the_current_version_with_its_data(version, tmp_path):
    plan = copy_fixture(version, tmp_path)
    expected = json.loads((PLANS / f"v{version}.json").read_text(encoding="utf-8"))
    store = PlanStore.open(plan, create=False)
    try:
        assert summary(store) == expected
    finally:
        store.close()
    assert pragmas(plan) == (SCHEMA_VERSION, f"{SCHEMA_VERSION:04d}", "ok")
    if version < SCHEMA_VERSION:
        assert [b.kind for b in list_backups(plan)] == ["before-upgrade"]


@pytest.mark.parametrize("version", VERSIONS)
def test_fixture_without_alembic_row_is_stamped_from_user_version(version, tmp_path):
    """user_version names the revision; the upgrade starts from there, not from the base."""
    plan = copy_fixture(version, tmp_path)
    expected = json.loads((PLANS / f"v{version}.json").read_text(encoding="utf-8"))
    conn = sqlite3.connect(plan)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    store = PlanStore.open(plan, create=False)
    try:
        assert summary(store) == expected
    finally:
        store.close()
    if version < SCHEMA_VERSION:
        assert pragmas(plan) == (SCHEMA_VERSION, f"{SCHEMA_VERSION:04d}", "ok")


def test_unversioned_file_upgrades_from_the_base(tmp_path):
    """No alembic_version row and user_version 0 (an early build): every revision runs."""
    plan = copy_fixture(1, tmp_path)
    conn = sqlite3.connect(plan)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    store = PlanStore.open(plan, create=False)
    try:
        assert store.counts() == json.loads((PLANS / "v1.json").read_text("utf-8"))["counts"]
    finally:
        store.close()
    assert pragmas(plan) == (SCHEMA_VERSION, f"{SCHEMA_VERSION:04d}", "ok")


def test_fixture_without_alembic_table_upgrades(tmp_path):
    plan = copy_fixture(1, tmp_path)
    conn = sqlite3.connect(plan)
    conn.execute("DROP TABLE alembic_version")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    PlanStore.open(plan, create=False).close()
    assert pragmas(plan) == (SCHEMA_VERSION, f"{SCHEMA_VERSION:04d}", "ok")
