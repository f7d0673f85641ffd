"""Backups: rotation, daily schedule, consistent snapshots, preview, restore and its undo."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from cmplanner.domain.entities import Post
from cmplanner.files import atomic
from cmplanner.files.atomic import WriteFailed
from cmplanner.storage import backups
from cmplanner.storage.backups import (
    AUTO, BEFORE_RESTORE, backup_folder, backup_if_due, list_backups, preview, replace_damaged,
    restore, save_copy, take_backup,
)
from cmplanner.storage.database import SCHEMA_VERSION
from cmplanner.storage.errors import CorruptPlan, NewerPlan
from cmplanner.storage.store import PlanStore

T0 = datetime(2026, 3, 16, 8, 30, tzinfo=timezone.utc)

pytestmark = pytest.mark.sqlite_only  # backups are files; a server's are pg_dump's business


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def closed_demo_plan(demo_plan_copy) -> Path:
    return demo_plan_copy


def test_backup_is_a_self_contained_plan(demo_copy_store):
    backup = take_backup(demo_copy_store.path, now=T0)
    assert backup.path.parent == backup_folder(demo_copy_store.path) == demo_copy_store.path.parent / "backups"
    assert backup.path.name == "plan_20260316-083000Z_auto.cmplan"
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.path.name]
    assert backup.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file, no WAL
    assert integrity(backup.path) == "ok"
    shown = preview(backup)
    assert shown.problem is None and shown.schema_version == SCHEMA_VERSION
    expected = demo_copy_store.counts()
    assert shown.counts == {k: expected[k] for k in ("posts", "series", "events", "people")}
    assert shown.counts["posts"] > 0 and shown.counts["people"] > 0


def edited(store, i: int = 0) -> PlanStore:
    """``store`` after one more edit (a backup identical to the previous one replaces it)."""
    store.posts.save(Post(f"edit {i}"))
    return store


def test_rotation_keeps_the_newest_n(store):
    taken = [take_backup(edited(store, i).path, keep=3, now=T0 + timedelta(hours=i))
             for i in range(5)]
    assert [b.path for b in list_backups(store.path)] == [b.path for b in reversed(taken[2:])]


def test_an_unchanged_plan_keeps_one_backup_with_the_newest_date(store):
    take_backup(store.path, now=T0)
    edited(store)
    changed = take_backup(store.path, now=T0 + timedelta(days=1))
    same = [take_backup(store.path, now=T0 + timedelta(days=d)) for d in (2, 3, 4)]
    assert list_backups(store.path)[0] == same[-1]
    assert len(list_backups(store.path)) == 2 and not changed.path.exists()


def test_backups_in_the_same_second_get_numbers_and_keep_their_order(store):
    first, second, third = (take_backup(edited(store, i).path, now=T0) for i in range(3))
    assert [b.path.name for b in (first, second, third)] == [
        "plan_20260316-083000Z_auto.cmplan", "plan_20260316-083000Z-2_auto.cmplan",
        "plan_20260316-083000Z-3_auto.cmplan"]
    assert list_backups(store.path) == [third, second, first]


def test_each_kind_rotates_on_its_own(store):
    for i in range(3):
        take_backup(edited(store, i).path, AUTO, keep=2, now=T0 + timedelta(minutes=i))
        take_backup(store.path, BEFORE_RESTORE, keep=2, now=T0 + timedelta(minutes=i))
    assert len(list_backups(store.path, AUTO)) == 2
    assert len(list_backups(store.path, BEFORE_RESTORE)) == 2


def test_other_files_and_other_plans_backups_are_ignored(store, tmp_path):
    folder = backup_folder(store.path)
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / "plan-2_20260316-083000Z_auto.cmplan").write_bytes(b"")
    (folder / "plan_20260316-083000Z_weird.cmplan").write_bytes(b"")
    assert list_backups(store.path) == []
    take_backup(store.path, keep=1, now=T0)
    assert len(list(folder.iterdir())) == 4  # rotation deleted nothing that is not its own


def test_automatic_backup_at_most_once_a_day(store):
    first = backup_if_due(store.path, now=T0, zone=timezone.utc)
    assert first is not None
    assert backup_if_due(edited(store).path, now=T0 + timedelta(hours=10),
                         zone=timezone.utc) is None
    next_day = backup_if_due(store.path, now=T0 + timedelta(hours=16), zone=timezone.utc)
    assert next_day is not None and next_day.taken_at.date() == T0.date() + timedelta(days=1)
    assert len(list_backups(store.path)) == 2


def test_backup_is_a_consistent_snapshot_while_writes_go_on(store):
    """Every write adds two posts in one transaction: a torn copy would hold an odd count."""
    stop = threading.Event()
    written = [0]

    def writer():
        while not stop.is_set():
            with store.transaction():
                store.posts.save(Post("pair a"))
                store.posts.save(Post("pair b"))
            written[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        counts = []
        for i in range(12):
            backup = take_backup(store.path, keep=20, now=T0 + timedelta(seconds=i))
            assert integrity(backup.path) == "ok"
            counts.append(preview(backup).counts["posts"])
    finally:
        stop.set()
        thread.join()
    assert all(c % 2 == 0 for c in counts), counts
    assert written[0] > 0 and counts[-1] > counts[0], "the writer must run during the backups"


def test_save_a_copy_and_refuse_the_plan_itself(demo_copy_store, tmp_path):
    target = tmp_path / "copie.cmplan"
    save_copy(demo_copy_store.path, target)
    copy = PlanStore.open(target, create=False, read_only=True)
    assert copy.counts() == demo_copy_store.counts()
    copy.close()
    with pytest.raises(WriteFailed, match="the open plan itself"):
        save_copy(demo_copy_store.path, demo_copy_store.path)


def full_disk(monkeypatch):
    """The backup API's target behaves as on a full disk (SQLite reports SQLITE_FULL)."""
    real = backups._open_target

    def tiny(path):
        conn = real(path)
        conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(backups, "_open_target", tiny)


def test_disk_full_during_a_backup_leaves_nothing_behind(closed_demo_plan, monkeypatch):
    before = digest(closed_demo_plan)
    full_disk(monkeypatch)
    with pytest.raises(WriteFailed, match="disk is full"):
        take_backup(closed_demo_plan, now=T0)
    assert list(backup_folder(closed_demo_plan).iterdir()) == []
    assert digest(closed_demo_plan) == before
    assert sorted(p.name for p in closed_demo_plan.parent.iterdir()) == ["backups", "plan.cmplan"]


def test_disk_full_keeps_the_previous_saved_copy(closed_demo_plan, tmp_path, monkeypatch):
    target = tmp_path / "copy.cmplan"
    target.write_bytes(b"previous copy")
    full_disk(monkeypatch)
    with pytest.raises(WriteFailed, match="disk is full"):
        save_copy(closed_demo_plan, target)
    assert target.read_bytes() == b"previous copy"


def test_read_only_folder_gives_a_clear_error(closed_demo_plan, monkeypatch):
    before = digest(closed_demo_plan)

    def denied(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    with pytest.raises(WriteFailed, match="read-only"):
        take_backup(closed_demo_plan, now=T0)
    assert digest(closed_demo_plan) == before


def test_restore_brings_the_backup_back_and_can_be_undone(demo_copy_store):
    original = demo_copy_store.counts()
    backup = take_backup(demo_copy_store.path, now=T0)
    for post in demo_copy_store.posts.all()[:5]:
        demo_copy_store.posts.delete(post.id)
    demo_copy_store.posts.save(Post("Written after the backup"))
    edited = demo_copy_store.counts()
    heard = []
    demo_copy_store.listeners.append(heard.append)

    before = restore(demo_copy_store, backup.path, now=T0 + timedelta(minutes=5))
    assert demo_copy_store.counts() == original
    assert {"posts", "series", "events", "people", "settings"} <= set(heard)
    assert before.kind == BEFORE_RESTORE and preview(before).counts["posts"] == edited["posts"]

    restore(demo_copy_store, before.path, now=T0 + timedelta(minutes=6))  # the undo of the restore
    assert demo_copy_store.counts() == edited
    assert demo_copy_store.posts.in_range(datetime(2000, 1, 1, tzinfo=timezone.utc),
                                     datetime(2100, 1, 1, tzinfo=timezone.utc)) is not None
    assert any(p.title == "Written after the backup" for p in demo_copy_store.posts.all())
    demo_copy_store.posts.save(Post("The store keeps working"))
    assert integrity_after_close(demo_copy_store) == "ok"


def integrity_after_close(store) -> str:
    store.close()
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_restore_refuses_a_damaged_or_newer_backup(demo_copy_store, tmp_path):
    original = demo_copy_store.counts()
    bad = tmp_path / "bad.cmplan"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(CorruptPlan):
        restore(demo_copy_store, bad)
    newer = take_backup(demo_copy_store.path, now=T0).path
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerPlan):
        restore(demo_copy_store, newer)
    assert demo_copy_store.counts() == original
    assert list_backups(demo_copy_store.path, BEFORE_RESTORE) == []


def test_disk_full_during_a_restore_keeps_the_plan(store, demo_plan_template, monkeypatch):
    bigger = PlanStore.open(demo_plan_template, read_only=True)
    bigger.close()
    store.posts.save(Post("Kept"))
    original = store.counts()
    real_connect = sqlite3.connect

    def full_plan(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if str(target) == str(store.path):  # the plan cannot grow: its disk is full
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(backups.sqlite3, "connect", full_plan)
    with pytest.raises(WriteFailed, match="disk is full"):
        restore(store, bigger.path, now=T0)
    monkeypatch.undo()
    assert store.counts() == original
    assert integrity_after_close(store) == "ok"


def test_a_refused_plan_is_set_aside_and_replaced_by_a_backup(closed_demo_plan):
    backup = take_backup(closed_demo_plan, now=T0)
    damaged = bytearray(closed_demo_plan.read_bytes())
    damaged[5000:9000] = b"\x00" * 4000
    closed_demo_plan.write_bytes(bytes(damaged))
    with pytest.raises(CorruptPlan):
        PlanStore.open(closed_demo_plan)
    aside = replace_damaged(closed_demo_plan, backup.path, now=T0)
    assert aside.name == "plan.cmplan.refused-20260316-083000Z"
    assert aside.read_bytes() == bytes(damaged)
    store = PlanStore.open(closed_demo_plan)
    assert store.counts() == preview(backup).counts | {"requests": store.counts()["requests"]}
    store.close()


def test_an_upgrade_is_preceded_by_a_backup(store):
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    PlanStore.open(store.path).close()
    assert [b.kind for b in list_backups(store.path)] == ["before-upgrade"]


def test_restoring_the_oldest_kept_copy_survives_its_own_rotation(store):
    """The pre-restore copy rotates the oldest "before-restore" copy out: the one restored."""
    oldest = take_backup(edited(store, 0).path, BEFORE_RESTORE, keep=2, now=T0)
    take_backup(edited(store, 1).path, BEFORE_RESTORE, keep=2, now=T0 + timedelta(minutes=1))
    expected = preview(oldest).counts
    edited(store, 2)
    restore(store, oldest.path, keep=2, now=T0 + timedelta(minutes=2))
    assert not oldest.path.exists()
    assert {k: store.counts()[k] for k in expected} == expected


def test_restoring_a_copy_identical_to_the_plan(store):
    only = take_backup(edited(store).path, BEFORE_RESTORE, now=T0)
    before = restore(store, only.path, now=T0 + timedelta(minutes=1))
    assert store.posts.count() == 1 and before.path.exists()


def test_no_upgrade_without_its_backup_and_the_file_stays_as_it_was(closed_demo_plan, monkeypatch):
    from cmplanner.storage.errors import PlanFileError

    conn = sqlite3.connect(closed_demo_plan)
    conn.execute("PRAGMA user_version = 0")  # a plan that needs an upgrade
    conn.commit()
    conn.close()
    before = digest(closed_demo_plan)
    full_disk(monkeypatch)
    with pytest.raises(PlanFileError, match="no backup could be made first"):
        PlanStore.open(closed_demo_plan)
    assert digest(closed_demo_plan) == before
    assert sorted(p.name for p in closed_demo_plan.parent.iterdir()) == ["backups", "plan.cmplan"]


def test_leftovers_of_an_interrupted_backup_are_cleaned(store):
    folder = backup_folder(store.path)
    folder.mkdir()
    leftover = folder / ".plan_20260316-083000Z_auto.cmplan.x1y2.tmp"
    leftover.write_bytes(b"half a backup")
    other = folder / ".plan_x_20260316-083000Z_auto.cmplan.x1y2.tmp"
    other.write_bytes(b"another plan's")
    take_backup(store.path, now=T0)
    assert not leftover.exists() and other.exists()


def test_an_edit_on_a_full_disk_is_refused_and_the_plan_kept(store):
    from sqlalchemy import event

    from cmplanner.storage.errors import DiskFull

    store.posts.save(Post("Before the disk filled up"))
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def full(dbapi_connection, _record):  # the file cannot grow any more
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(DiskFull, match="disk is full"):
        for i in range(200):
            store.posts.save(Post(f"Long post {i}", text="x" * 3000))
    saved = i
    with pytest.raises(DiskFull):
        with store.transaction():
            store.posts.save(Post("Grouped a", text="x" * 8000))
            store.posts.save(Post("Grouped b", text="x" * 8000))
    event.remove(store.engine, "connect", full)
    store.engine.dispose()
    titles = {p.title for p in store.posts.all()}
    assert "Before the disk filled up" in titles and len(titles) == saved + 1
    assert not {"Grouped a", "Grouped b"} & titles
    assert integrity_after_close(store) == "ok"


def test_a_restore_never_lowers_an_exported_sequence(demo_store):
    """An item edited after the backup (SEQUENCE went up in colleagues' calendars) comes back
    above that SEQUENCE; a deleted one too."""
    from dataclasses import replace

    from cmplanner.services import posts

    backup = take_backup(demo_store.path)
    first, second = demo_store.posts.all()[:2]
    edited = first
    for n in range(3):
        current = demo_store.posts.get(first.id)
        edited = posts.edit_post(demo_store, current, replace(current, private_notes=f"n{n}")).after("posts")[0]
    renamed = posts.edit_post(demo_store, second, replace(second, private_notes="x")).after("posts")[0]
    posts.delete_post(demo_store, renamed)
    backups.restore(demo_store, backup.path)
    assert demo_store.posts.get(first.id).revision > edited.revision
    assert demo_store.posts.get(second.id).revision > renamed.revision
