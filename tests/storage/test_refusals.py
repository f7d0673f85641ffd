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


def test_empty_file_is_refused_untouched(plan_path):
    """A 0-byte plan is a lost plan (or not ours): never quietly made a new, empty one."""
    plan_path.write_bytes(b"")
    with pytest.raises(NotAPlan, match="empty"):
        PlanStore.open(plan_path)
    assert plan_path.read_bytes() == b""


def test_empty_foreign_database_with_a_version_is_foreign_not_newer(plan_path):
    import sqlite3

    conn = sqlite3.connect(plan_path)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    before = plan_path.read_bytes()
    with pytest.raises(ForeignDatabase):
        PlanStore.open(plan_path)
    assert plan_path.read_bytes() == before


def test_missing_plan_is_not_created_when_asked_not_to(plan_path):
    with pytest.raises(NotAPlan):
        PlanStore.open(plan_path, create=False)
    assert not plan_path.exists()


@pytest.fixture
def closed_demo(demo_plan_template):
    """Puts a copy of the demo plan at a path."""
    import shutil

    def copy(path: Path) -> Path:
        shutil.copyfile(demo_plan_template, path)
        return path
    return copy


def test_truncated_plan_is_refused(plan_path, closed_demo):
    data = closed_demo(plan_path).read_bytes()
    plan_path.write_bytes(data[: len(data) // 2])
    refused(plan_path, CorruptPlan, "damaged")


def test_damage_inside_the_file_is_found_by_the_quick_check(plan_path, closed_demo):
    data = bytearray(closed_demo(plan_path).read_bytes())
    page = 4096
    data[3 * page + 8: 3 * page + 200] = b"\x07" * 192  # inside a b-tree page, header intact
    plan_path.write_bytes(bytes(data))
    refused(plan_path, CorruptPlan, "damaged")


def damage(plan_path: Path) -> None:
    data = bytearray(plan_path.read_bytes())
    data[3 * 4096 + 8: 3 * 4096 + 200] = b"\x07" * 192
    plan_path.write_bytes(bytes(data))


def test_damage_found_by_the_check_run_ahead_is_refused(plan_path, closed_demo):
    from cmplanner.storage.file_check import check_ahead

    closed_demo(plan_path)
    damage(plan_path)
    check_ahead(plan_path)  # as the window's start does before its imports
    refused(plan_path, CorruptPlan, "damaged")


def test_a_sound_answer_from_ahead_does_not_cover_a_file_changed_since(plan_path, closed_demo):
    import os

    from cmplanner.storage import file_check

    closed_demo(plan_path)
    file_check.check_ahead(plan_path)
    file_check._ahead[os.path.realpath(plan_path)].thread.join()  # "ok", for the file as it was
    stamp = plan_path.stat()
    damage(plan_path)
    os.utime(plan_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))
    refused(plan_path, CorruptPlan, "damaged")  # checked again, not taken from ahead


def test_the_answer_from_ahead_is_taken_once(plan_path, closed_demo):
    import os

    from cmplanner.storage import file_check
    from cmplanner.storage.database import inspect_file

    closed_demo(plan_path)
    file_check.check_ahead(plan_path)
    key = os.path.realpath(plan_path)
    assert key in file_check._ahead
    assert inspect_file(plan_path).has_tables
    assert key not in file_check._ahead


def test_inspection_leaves_no_file_beside_the_plan(plan_path, closed_demo):
    closed_demo(plan_path)
    before = digest(plan_path)
    from cmplanner.storage.database import inspect_file

    assert inspect_file(plan_path).has_tables
    assert sorted(p.name for p in plan_path.parent.iterdir()) == ["plan.cmplan"]
    assert digest(plan_path) == before


def crashed_writer_wal(plan_path: Path, version: int | None = None) -> None:
    """Leave plan_path with a hot WAL, as a writer killed after committing leaves it."""
    import subprocess
    import sys

    code = (
        "import sqlite3, os, sys\n"
        f"c = sqlite3.connect({str(plan_path)!r})\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute(\"UPDATE plan_settings SET name = 'after the crash'\")\n"
        + (f"c.execute('PRAGMA user_version = {version}')\n" if version else "")
        + "c.commit()\n"
        "os._exit(0)\n"  # no close: the WAL stays, not checkpointed
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert Path(f"{plan_path}-wal").stat().st_size > 0


def test_a_wal_left_by_a_crash_is_replayed(plan_path, closed_demo):
    closed_demo(plan_path)
    crashed_writer_wal(plan_path)
    store = PlanStore.open(plan_path)
    assert store.settings().name == "after the crash"
    store.close()


def test_a_newer_plan_with_a_wal_beside_is_refused_untouched(plan_path, closed_demo):
    closed_demo(plan_path)
    crashed_writer_wal(plan_path, version=SCHEMA_VERSION + 1)
    wal = Path(f"{plan_path}-wal")
    before, wal_before = digest(plan_path), digest(wal)
    with pytest.raises(NewerPlan):
        PlanStore.open(plan_path)
    assert digest(plan_path) == before and digest(wal) == wal_before


def test_read_only_plan_is_refused_for_writing_and_opens_read_only(plan_path, monkeypatch, closed_demo):
    """A plan on a read-only medium or folder (simulated: the tests run as root)."""
    from cmplanner.storage import database
    from cmplanner.storage.errors import ReadOnlyPlan

    closed_demo(plan_path)
    monkeypatch.setattr(database, "writable", lambda path: False)
    before = digest(plan_path)
    with pytest.raises(ReadOnlyPlan, match="read-only"):
        PlanStore.open(plan_path)
    assert digest(plan_path) == before
    store = PlanStore.open(plan_path, read_only=True)
    assert store.posts.count() > 0
    with pytest.raises(PermissionError):
        store.posts.delete(store.posts.all()[0].id)
    store.close()
    assert digest(plan_path) == before


def test_read_only_folder_reads_without_side_files(plan_path, monkeypatch, closed_demo):
    from cmplanner.storage import database

    closed_demo(plan_path)
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    store = PlanStore.open(plan_path, read_only=True)
    assert "immutable=1" in str(store.engine.url)
    assert store.posts.count() > 0
    store.close()
    assert sorted(p.name for p in plan_path.parent.iterdir()) == ["plan.cmplan"]
