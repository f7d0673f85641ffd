"""Opening a plan: first start, daily backup, refusals with the backup offer, read-only offers."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cmplanner.files.atomic import WriteFailed
from cmplanner.storage import backups
from cmplanner.storage.backups import list_backups, take_backup
from cmplanner.ui import app
from cmplanner.ui.app import open_plan_safely
from cmplanner.ui.dialogs.interaction import Choice
from cmplanner.files.plan_lock import lock_path

from .test_plan_lock import Scripted


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_plan(demo_plan_template):
    """Puts a copy of the demo plan at a path."""
    import shutil

    def copy(path: Path) -> Path:
        shutil.copyfile(demo_plan_template, path)
        return path
    return copy


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:100] = b"\xff" * 84
    path.write_bytes(bytes(data))


def test_the_default_plan_is_locked_backed_up_and_never_turned_into_the_demo(qapp):
    from cmplanner.paths import default_plan_path

    opened = open_plan_safely(None, False, Scripted())
    plan = default_plan_path()
    assert opened.store.path == plan and opened.store.posts.count() == 0
    assert opened.lock.locked and lock_path(plan).exists()
    assert [b.kind for b in list_backups(plan)] == ["auto"]
    opened.close()
    again = open_plan_safely(None, False, Scripted())
    assert len(list_backups(plan)) == 1  # at most one automatic backup a day
    again.close()


def test_refused_plan_offers_its_latest_backup_and_restores_it(qapp, plan_path, demo_plan):
    demo_plan(plan_path)
    backup = take_backup(plan_path)
    expected = backups.preview(backup).counts
    damage(plan_path)
    damaged = plan_path.read_bytes()
    interaction = Scripted(refused=Choice.RESTORE_BACKUP)
    opened = open_plan_safely(plan_path, False, interaction)
    (kind, _, reason, offered), = interaction.asked
    assert kind == "refused" and "damaged" in reason and offered == backup
    assert opened.store.counts()["posts"] == expected["posts"]
    aside = [p for p in plan_path.parent.iterdir() if ".refused-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert aside[0].name in opened.notices[0]
    opened.close()


def test_an_emptied_plan_offers_its_latest_backup(qapp, plan_path, demo_plan):
    """A plan cut to 0 bytes is refused (never made a new, empty plan); its backup is offered."""
    demo_plan(plan_path)
    backup = take_backup(plan_path)
    plan_path.write_bytes(b"")
    interaction = Scripted(refused=Choice.RESTORE_BACKUP)
    opened = open_plan_safely(plan_path, False, interaction)
    (kind, _, reason, offered), = interaction.asked
    assert kind == "refused" and "empty" in reason and offered == backup
    assert opened.store.posts.count() > 0
    opened.close()


def test_refused_plan_without_backup_is_left_untouched(qapp, plan_path):
    plan_path.write_text("not a plan")
    interaction = Scripted(refused=Choice.QUIT)
    assert open_plan_safely(plan_path, False, interaction) is None
    assert interaction.asked[0][3] is None  # no backup to offer
    assert plan_path.read_text() == "not a plan"
    assert not lock_path(plan_path).exists()


def test_open_another_plan_after_a_refusal(qapp, plan_path, tmp_path, demo_plan):
    plan_path.write_text("not a plan")
    other = demo_plan(tmp_path / "other.cmplan")
    interaction = Scripted(refused=Choice.OPEN_OTHER, other=other)
    opened = open_plan_safely(plan_path, False, interaction)
    assert opened.store.path == other and opened.store.posts.count() > 0
    opened.close()


def test_read_only_plan_is_offered_read_only(qapp, plan_path, monkeypatch, demo_plan):
    from cmplanner.storage import database

    demo_plan(plan_path)
    before = digest(plan_path)
    monkeypatch.setattr(database, "writable", lambda path: False)
    interaction = Scripted(read_only=Choice.READ_ONLY)
    opened = open_plan_safely(plan_path, False, interaction)
    assert interaction.asked[0][0] == "read-only" and "read-only" in interaction.asked[0][2]
    assert opened.store.read_only and opened.lock is None
    assert list_backups(plan_path) == []
    opened.close()
    assert digest(plan_path) == before


def test_a_failed_daily_backup_is_reported_not_fatal(qapp, plan_path, monkeypatch, demo_plan):
    demo_plan(plan_path)

    def full(*args, **kwargs):
        raise WriteFailed(28, "Cannot write backups: the disk is full.")

    monkeypatch.setattr(backups, "take_backup", full)
    opened = open_plan_safely(plan_path, False, Scripted())
    assert not opened.store.read_only
    assert "disk is full" in opened.notices[0]
    opened.close()


def test_run_app_quits_when_the_user_quits(qapp, plan_path, monkeypatch):
    plan_path.write_text("not a plan")

    class Quit(Scripted):
        def __init__(self, parent=None):
            super().__init__(refused=Choice.QUIT)

    monkeypatch.setattr("cmplanner.ui.dialogs.interaction.Interaction", Quit)
    assert app.run_app(plan_path, language="en") == 2
    assert plan_path.read_text() == "not a plan"


def test_run_app_opens_locks_backs_up_and_releases(qapp, demo_plan_copy, monkeypatch):
    from PySide6.QtWidgets import QApplication

    seen = {}

    def exec_once():
        seen["locked"] = lock_path(demo_plan_copy).exists()
        seen["windows"] = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    assert app.run_app(demo_plan_copy, language="en") == 0
    assert seen["locked"] and any("cmplanner" in t for t in seen["windows"])
    assert not lock_path(demo_plan_copy).exists()
    assert [b.kind for b in list_backups(demo_plan_copy)] == ["auto"]


def test_no_backup_is_offered_for_a_plan_opened_read_only(qapp, demo_plan_copy):
    take_backup(demo_plan_copy)
    damage(demo_plan_copy)
    interaction = Scripted(refused=Choice.QUIT)
    assert open_plan_safely(demo_plan_copy, True, interaction) is None
    assert interaction.asked[0][3] is None


def test_the_daily_backup_can_wait_for_the_first_paint(qapp, qtbot, demo_plan_copy):
    from PySide6.QtWidgets import QWidget

    opened = open_plan_safely(demo_plan_copy, False, Scripted(), backup_now=False)
    assert list_backups(demo_plan_copy) == []  # nothing copied before the window shows
    window = QWidget()
    qtbot.addWidget(window)
    done = []
    app.FirstPaint(window, lambda: (opened.take_daily_backup(), done.append(True)))
    assert not done
    window.show()
    qtbot.waitUntil(lambda: bool(done))
    assert [b.kind for b in list_backups(demo_plan_copy)] == ["auto"]
    opened.take_daily_backup()  # once only
    assert len(list_backups(demo_plan_copy)) == 1 and done == [True]
    opened.close()


def test_a_deferred_backup_that_fails_becomes_a_notice(qapp, demo_plan_copy, monkeypatch):
    def full(*_args, **_kw):
        raise WriteFailed(28, "Cannot write backups: the disk is full.")

    opened = open_plan_safely(demo_plan_copy, False, Scripted(), backup_now=False)
    monkeypatch.setattr(backups, "take_backup", full)
    opened.take_daily_backup()
    assert len(opened.notices) == 1 and "disk is full" in opened.notices[0]
    opened.close()


def test_the_daily_backup_after_the_first_paint_runs_off_the_window_thread(qapp, qtbot,
                                                                           demo_plan_copy,
                                                                           monkeypatch):
    """On a large plan the copy takes seconds: the window keeps answering while it is taken."""
    import threading

    from PySide6.QtWidgets import QApplication

    taken_on = []
    real = backups.backup_if_due

    def recording(plan, keep):
        taken_on.append(threading.current_thread() is threading.main_thread())
        return real(plan, keep)

    monkeypatch.setattr(backups, "backup_if_due", recording)

    def exec_once():
        qtbot.waitUntil(lambda: bool(taken_on), timeout=10000)  # the window painted, then this
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    assert app.run_app(demo_plan_copy, language="en") == 0
    assert taken_on[0] is False  # a worker thread took it
    assert [b.kind for b in list_backups(demo_plan_copy)] == ["auto"]  # and it ended before exit
