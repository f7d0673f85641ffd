"""Files that are not plans are refused with a clear message and never modified."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from cmplanner.storage.database import SCHEMA_VERSION
from cmplanner.storage.errors import CorruptPlan, ForeignDatabase, NewerPlan, NotAPlan
from cmplanner.storage.store import PlanStore


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path: Path, error: type, message: str) -> None:
    before = digest(path)
    with pytest.raises(error, match=message):
        PlanStore.open(path)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-journal").exists()


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.cmplan"
    path.write_text("Réunion lundi\n")
    refused(path, NotAPlan, "not an SQLite database")


def test_binary_junk_is_refused(tmp_path):
    path = tmp_path / "junk.cmplan"
    path.write_bytes(bytes(range(256)) * 40)
    refused(path, NotAPlan, "not a cmplanner plan")


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    refused(path, ForeignDatabase, "another application")


def test_foreign_application_id_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    refused(path, ForeignDatabase, "another application")


def test_plan_from_a_newer_version_is_refused(plan_path):
    PlanStore.open(plan_path).close()
    conn = sqlite3.connect(plan_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    conn.close()
    refused(plan_path, NewerPlan, "newer version of cmplanner")


def test_corrupt_plan_is_refused(plan_path):
    store = PlanStore.open(plan_path)
    store.close()
    conn = sqlite3.connect(plan_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(plan_path.read_bytes())
    data[16:100] = b"\xff" * 84  # the database header after the magic string
    plan_path.write_bytes(bytes(data))
    refused(plan_path, CorruptPlan, "damaged")


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotAPlan):
        PlanStore.open(tmp_path)


def test_empty_file_becomes_a_new_plan(plan_path):
    plan_path.write_bytes(b"")
    store = PlanStore.open(plan_path)
    assert store.posts.count() == 0 and store.settings().name == "plan"
    store.close()


def test_missing_plan_is_not_created_when_asked_not_to(plan_path):
    with pytest.raises(NotAPlan):
        PlanStore.open(plan_path, create=False)
    assert not plan_path.exists()
