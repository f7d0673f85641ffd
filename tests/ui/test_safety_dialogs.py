"""The data-safety dialogs and File-menu actions, driven through real widgets (offscreen)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from cmplanner.domain.entities import Post
from cmplanner.storage import backups
from cmplanner.storage.backups import BEFORE_RESTORE, list_backups, preview, take_backup
from cmplanner.storage.store import PlanStore
from cmplanner.services import posts
from cmplanner.ui.context import AppContext
from cmplanner.ui.dialogs.interaction import (
    Choice, Interaction, choice_of, locked_box, refused_box,
)
from cmplanner.ui.dialogs.restore_dialog import RestoreDialog
from cmplanner.ui.dialogs.safety_actions import SafetyActions, install_safety_actions
from cmplanner.ui.models.backup_table_model import BackupTableModel
from cmplanner.files.plan_lock import LockHolder

T0 = datetime(2026, 3, 16, 8, 30, tzinfo=timezone.utc)


def button_labelled(box: QMessageBox, text: str):
    found = [b for b in box.buttons() if b.text() == text]
    assert found, [b.text() for b in box.buttons()]
    return found[0]


def click_in_modal(text: str) -> None:
    """Click the button ``text`` of the modal dialog that is about to run (as a user would)."""
    def click():
        modal = QApplication.activeModalWidget()
        assert modal is not None
        if isinstance(modal, QMessageBox):
            button_labelled(modal, text).click()
        else:
            modal.restore_button.click()
    QTimer.singleShot(0, click)


def test_locked_box_names_the_holder_and_answers_read_only(qtbot, plan_path):
    holder = LockHolder(4242, "poste-anne", "cmplanner")
    box = locked_box(None, plan_path, holder)
    qtbot.addWidget(box)
    assert "4242" in box.text() and "poste-anne" in box.text() and plan_path.name in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["Open another plan…", "Open read-only", "Quit"]
    click_in_modal("Open read-only")
    assert Interaction().plan_locked(plan_path, holder) == Choice.READ_ONLY


def test_refused_box_offers_the_backup_only_when_there_is_one(qtbot, store):
    without = refused_box(None, store.path, "plan.cmplan is damaged", None)
    qtbot.addWidget(without)
    assert "Restore the latest backup" not in [b.text() for b in without.buttons()]
    backup = take_backup(store.path, now=T0)
    box = refused_box(None, store.path, "plan.cmplan is damaged", backup)
    qtbot.addWidget(box)
    assert "damaged" in box.informativeText() and "backup" in box.informativeText()
    button_labelled(box, "Restore the latest backup").click()
    assert choice_of(box) == Choice.RESTORE_BACKUP


def previews_of(store: PlanStore) -> list:
    take_backup(store.path, now=T0)
    store.posts.save(Post("Second"))
    take_backup(store.path, now=T0 + timedelta(days=1))
    store.posts.save(Post("Third"))
    damaged = take_backup(store.path, now=T0 + timedelta(days=2))
    damaged.path.write_bytes(b"SQLite format 3\x00" + b"\xee" * 4096)
    return [preview(b) for b in list_backups(store.path)]


def test_backup_table_model_passes_the_model_tester(qtmodeltester, store):
    model = BackupTableModel(previews_of(store))
    qtmodeltester.check(model)
    assert model.index(0, model.KIND).data() == "Damaged"
    assert model.index(1, model.KIND).data() == "Automatic"
    assert model.index(1, model.POSTS).data() == "1" and model.index(2, model.POSTS).data() == "0"


def test_restore_dialog_selects_the_newest_usable_backup(qtbot, store):
    previews = previews_of(store)
    dialog = RestoreDialog(previews)
    qtbot.addWidget(dialog)
    assert dialog.selected_path() == previews[1].backup.path  # the newest one is damaged
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)  # damaged: cannot be chosen
    assert dialog.selected_path() is None and not dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    assert dialog.selected_path() == previews[2].backup.path
    dialog.table.clearSelection()
    assert not dialog.restore_button.isEnabled()


def test_restore_dialog_without_backups(qtbot):
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden() and not dialog.restore_button.isEnabled()


class Answers(Interaction):
    """Real Interaction except for file choices and confirmations (scripted)."""

    def __init__(self, parent=None, copy_to: Path | None = None, confirm: bool = True) -> None:
        super().__init__(parent)
        self.copy_to, self.confirmed = copy_to, confirm
        self.errors: list[str] = []

    def choose_copy_path(self, suggested):
        return self.copy_to

    def confirm(self, title, text, detail=""):
        return self.confirmed

    def error(self, title, text):
        self.errors.append(text)


@pytest.fixture
def window(qtbot, demo_copy_store):
    main = QMainWindow()
    qtbot.addWidget(main)
    ctx = AppContext(demo_copy_store, main)
    main.ctx = ctx
    main.file_menu = main.menuBar().addMenu("&File")
    yield main
    ctx.close()


def test_actions_land_in_the_menu(window):
    actions = install_safety_actions(window, window.ctx, window.file_menu)
    names = [a.objectName() for a in window.file_menu.actions() if not a.isSeparator()]
    assert names == ["saveCopyAction", "restoreAction", "undoRestoreAction"]
    assert not actions.undo_restore_action.isEnabled() and actions.timer.isActive()


def test_save_a_copy(window, tmp_path):
    target = tmp_path / "copie.cmplan"
    actions = SafetyActions(window, window.ctx, window.file_menu, Answers(window, copy_to=target))
    actions.save_copy_action.trigger()
    copy = PlanStore.open(target, create=False, read_only=True)
    assert copy.counts() == window.ctx.store.counts()
    copy.close()


def test_save_a_copy_onto_the_plan_itself_is_refused(window):
    answers = Answers(window, copy_to=window.ctx.store.path)
    actions = SafetyActions(window, window.ctx, window.file_menu, answers)
    assert not actions.save_copy()
    assert "the open plan itself" in answers.errors[0]


def test_restore_through_the_dialog_then_undo_it(window, qtbot):
    ctx, store = window.ctx, window.ctx.store
    take_backup(store.path, now=T0)
    original = store.counts()
    post = store.posts.all()[0]
    ctx.push(posts.edit_post(store, post, Post("Renamed", id=post.id, revision=post.revision)), "Rename")
    store.posts.delete(store.posts.all()[1].id)
    edited = store.counts()
    actions = SafetyActions(window, ctx, window.file_menu, Answers(window))
    heard = []
    ctx.changed.connect(heard.append)

    click_in_modal("Restore")
    actions.restore_action.trigger()
    assert store.counts() == original and "posts" in heard
    assert ctx.undo_stack.count() == 0  # its commands described the plan before the restore
    assert actions.undo_restore_action.isEnabled()
    assert [b.kind for b in list_backups(store.path)].count(BEFORE_RESTORE) == 1

    actions.undo_restore_action.trigger()
    assert store.counts() == edited
    assert store.posts.get(post.id).title == "Renamed"
    assert not actions.undo_restore_action.isEnabled()
    assert [b.kind for b in list_backups(store.path)].count(BEFORE_RESTORE) == 2


def test_undo_restore_asks_first(window):
    take_backup(window.ctx.store.path, now=T0)
    actions = SafetyActions(window, window.ctx, window.file_menu, Answers(window, confirm=False))
    assert actions.restore_from_backup(list_backups(window.ctx.store.path)[0].path)
    assert not actions.undo_restore()
    assert actions.undo_restore_action.isEnabled()


def test_a_damaged_backup_is_refused_and_the_plan_kept(window, tmp_path):
    bad = tmp_path / "bad.cmplan"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xee" * 4096)
    answers = Answers(window)
    actions = SafetyActions(window, window.ctx, window.file_menu, answers)
    before = window.ctx.store.counts()
    assert not actions.restore_from_backup(bad)
    assert "has not been changed" in answers.errors[0]
    assert window.ctx.store.counts() == before and not actions.undo_restore_action.isEnabled()


def test_read_only_plan_offers_only_the_copy(qtbot, demo_copy_store):
    demo_copy_store.close()
    store = PlanStore.open(demo_copy_store.path, read_only=True)
    main = QMainWindow()
    qtbot.addWidget(main)
    ctx = AppContext(store, main)
    actions = install_safety_actions(main, ctx, main.menuBar().addMenu("File"))
    assert actions.save_copy_action.isEnabled() and not actions.restore_action.isEnabled()
    assert not actions.timer.isActive() and actions.backup_if_due() is None
    ctx.close()
    store.close()


def test_timer_takes_the_daily_backup_once(window, monkeypatch):
    actions = SafetyActions(window, window.ctx, window.file_menu, Answers(window))
    actions.timer.timeout.emit()
    actions.timer.timeout.emit()
    actions.wait_for_backup()  # taken off the window's thread
    assert [b.kind for b in list_backups(window.ctx.store.path)] == ["auto"]


def test_failing_timer_backup_says_so_once(window, monkeypatch):
    from cmplanner.files.atomic import WriteFailed

    def full(*args, **kwargs):
        raise WriteFailed(28, "Cannot write backups: the disk is full.")

    monkeypatch.setattr(backups, "take_backup", full)
    answers = Answers(window)
    actions = SafetyActions(window, window.ctx, window.file_menu, answers)
    actions.timer.timeout.emit()
    actions.wait_for_backup()
    assert answers.errors == ["Cannot write backups: the disk is full."]
    assert not actions.timer.isActive()


def test_copy_path_dialog_adds_the_plan_suffix(qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from cmplanner.ui.dialogs.interaction import copy_path_dialog

    dialog = copy_path_dialog(None, tmp_path / "plan (copy).cmplan")
    qtbot.addWidget(dialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "cmplan"
    assert dialog.directory().absolutePath() == str(tmp_path)


def test_refusals_are_explained_in_the_interface_language(qapp):
    from cmplanner.storage.errors import CorruptPlan, NewerPlan
    from cmplanner.ui.dialogs.interaction import explain_file_error

    text = explain_file_error(NewerPlan("plan.cmplan: plan format 2"))
    assert text.startswith("It was written by a newer version") and "plan format 2" in text
    assert explain_file_error(CorruptPlan("x")).startswith("The file is damaged")
    assert explain_file_error(ValueError("plain")) == "plain"
