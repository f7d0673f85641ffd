"""The iCalendar dialogs and File-menu actions, driven without a user."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from cmplanner.interop.ics_export import export_bytes
from cmplanner.interop.ics_import import ImportOptions, preview_import
from cmplanner.interop.ics_options import ExportOptions, ItemFilter, Profile, Scope
from cmplanner.storage.store import PlanStore
from cmplanner.ui.context import AppContext
from cmplanner.ui.dialogs import ics_actions
from cmplanner.ui.dialogs.ics_export_dialog import IcsExportDialog
from cmplanner.ui.dialogs.ics_import_dialog import IcsImportDialog

from tests.interop.ics_helpers import TODAY, plan_dump


def test_export_dialog_builds_options(qtbot, demo_store):
    dialog = IcsExportDialog(demo_store, ItemFilter(text="tuto"))
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.scope is Scope.PLAN and options.profile is Profile.OUTLOOK
    assert not options.include_ideas and not options.include_sensitive
    assert options.window_start is None and options.alarm_minutes is None
    dialog.scope.setCurrentIndex(dialog.scope.findData(Scope.NETWORK.value))
    assert dialog.target.count() == len(demo_store.networks.all())
    dialog.target.setCurrentIndex(1)
    dialog.use_window.setChecked(True)
    dialog.include_ideas.setChecked(True)
    dialog.profile.setCurrentIndex(dialog.profile.findData(Profile.STANDARD.value))
    dialog.alarm.setValue(30)
    options = dialog.options()
    assert options.scope is Scope.NETWORK and options.target_id == demo_store.networks.all()[1].id
    assert options.window_start is not None and options.include_ideas
    assert options.profile is Profile.STANDARD and options.alarm_minutes == 30
    assert dialog.scope.findData(Scope.FILTER.value) >= 0


def test_import_dialog_shows_the_preview(qtbot, qtmodeltester, demo_store, tmp_path):
    other = PlanStore.open(tmp_path / "o.cmplan")
    try:
        preview = preview_import(other, export_bytes(demo_store), ImportOptions(today=TODAY))
        dialog = IcsImportDialog(preview, "Europe/Paris", "plan.ics")
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        assert dialog.model.rowCount() == len(preview.rows)
        assert dialog.import_button.isEnabled()
        empty = IcsImportDialog(preview_import(demo_store, export_bytes(demo_store), ImportOptions(today=TODAY)),
                                "Europe/Paris", "plan.ics")
        qtbot.addWidget(empty)
        assert not empty.import_button.isEnabled()  # nothing would change
    finally:
        other.close()


def _window(qtbot, store):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("File")
    menu.addAction("&Quit").setMenuRole(QAction.MenuRole.QuitRole)
    ctx = AppContext(store, window)
    actions = ics_actions.install_ics_actions(window, ctx, menu)
    return window, ctx, menu, actions


def test_actions_are_added_before_quit(qtbot, demo_store):
    _window_, _ctx, menu, actions = _window(qtbot, demo_store)
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["Export to iCalendar…", "Import iCalendar file…", "Export for Outlook (CSV)…"]
    assert texts[-1] == "&Quit" and texts[-2] == ""  # the group, a separator, then Quit
    assert len(actions) == 5


def test_import_action_is_one_undoable_step(qtbot, demo_store, tmp_path, monkeypatch):
    data = export_bytes(demo_store, ExportOptions(profile=Profile.STANDARD))
    source = tmp_path / "plan.ics"
    source.write_bytes(data)
    other = PlanStore.open(tmp_path / "o.cmplan")
    try:
        window, ctx, _menu, _actions = _window(qtbot, other)
        before = plan_dump(other)
        monkeypatch.setattr(IcsImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
        assert ics_actions.import_ics(window, ctx, str(source))
        imported = other.counts()
        assert imported["posts"] > 20
        assert ctx.undo_stack.count() == 1
        ctx.undo_stack.undo()
        assert plan_dump(other) == before
        ctx.undo_stack.redo()
        assert other.counts() == imported
    finally:
        other.close()


def test_a_malformed_file_is_reported_and_nothing_changes(qtbot, demo_store, tmp_path, monkeypatch):
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"\x00\x01binary")
    window, ctx, _menu, _actions = _window(qtbot, demo_store)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = plan_dump(demo_store)
    assert not ics_actions.import_ics(window, ctx, str(bad))
    assert shown and "binary" in shown[0] and "not changed" in shown[0]
    assert plan_dump(demo_store) == before
    assert ctx.undo_stack.count() == 0


def test_export_action_writes_the_chosen_file(qtbot, demo_store, tmp_path, monkeypatch):
    window, ctx, _menu, _actions = _window(qtbot, demo_store)
    monkeypatch.setattr(IcsExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.ics"), ""))
    assert ics_actions.export_ics(window, ctx) == tmp_path / "x.ics"
    assert (tmp_path / "x.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.csv"), ""))
    assert ics_actions.export_ics(window, ctx, as_csv=True) == tmp_path / "x.csv"


def test_publish_folder_and_debounced_republish(qtbot, demo_store, tmp_path, monkeypatch):
    window, ctx, _menu, actions = _window(qtbot, demo_store)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    control = window._ics_publish
    control.timer.setInterval(10)
    actions[4].setChecked(True)  # asks for the folder, publishes, then listens
    assert (tmp_path / "plan-outlook.ics").exists()
    (tmp_path / "plan-outlook.ics").unlink()
    post = demo_store.posts.all()[0]
    from dataclasses import replace

    demo_store.posts.save(replace(post, title="Changé"))
    demo_store.posts.save(replace(demo_store.posts.get(post.id), title="Changé 2"))
    qtbot.waitUntil(lambda: (tmp_path / "plan-outlook.ics").exists(), timeout=2000)
    actions[4].setChecked(False)
    assert not control.publisher.auto


def test_status_choice_and_single_item_export(qtbot, demo_store, tmp_path, monkeypatch):
    from cmplanner.domain.enums import PostStatus

    dialog = IcsExportDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.options().statuses == frozenset(s for s in PostStatus if s is not PostStatus.IDEA)
    dialog.status_boxes[PostStatus.DRAFT].setChecked(False)
    assert PostStatus.DRAFT not in dialog.options().statuses
    window, ctx, _menu, _actions = _window(qtbot, demo_store)
    event = demo_store.events.all()[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "one.ics"), ""))
    assert ics_actions.export_item(window, ctx, event_id=event.id) == tmp_path / "one.ics"
    data = (tmp_path / "one.ics").read_bytes()
    assert b"X-WR-CALNAME" not in data and event.uid.encode() in data


def test_the_publish_folder_is_the_plan_s_own(qtbot, demo_store, tmp_path, monkeypatch):
    """Opening another plan never publishes over the first plan's feeds: the folder, its feeds
    and the re-publish switch live in the plan, and choosing them is one undoable step."""
    first = tmp_path / "first"
    first.mkdir()
    window, ctx, _menu, actions = _window(qtbot, demo_store)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(first))
    actions[3].trigger()
    assert (first / "plan-outlook.ics").exists()
    assert demo_store.publish_settings().folder == str(first)
    actions[4].setChecked(True)
    assert demo_store.publish_settings().auto
    other = PlanStore.open(tmp_path / "other.cmplan")
    try:
        _other_window, _other_ctx, _m, other_actions = _window(qtbot, other)
        assert other.publish_settings().folder == ""
        assert not other_actions[4].isChecked()  # nothing is published by the other plan
    finally:
        other.close()
    ctx.undo_stack.undo()  # the switch
    ctx.undo_stack.undo()  # the folder
    assert demo_store.publish_settings().folder == ""
