"""The backlog export dialog and its File-menu action."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from cmplanner.ui.context import AppContext
from cmplanner.ui.dialogs.backlog_actions import install_backlog_actions
from cmplanner.ui.dialogs.backlog_export_dialog import BacklogExportDialog
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.interop.hostile import now_for

NOW = now_for(DEMO_TODAY)


@pytest.fixture
def dialog(qtbot, demo_store):
    widget = BacklogExportDialog(demo_store, now=NOW)
    qtbot.addWidget(widget)
    opened: list[Path] = []
    widget.open_file = lambda path: opened.append(path) or True
    widget.opened = opened
    return widget


def test_defaults_and_the_semicolon_option_only_for_csv(dialog):
    assert dialog.fmt == "html" and dialog.weeks_box.value() == 6
    assert (dialog.weeks_box.minimum(), dialog.weeks_box.maximum()) == (4, 8)
    assert dialog.path_edit.text().endswith(".html")
    assert not dialog.semicolon_box.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    assert dialog.semicolon_box.isEnabled()
    assert dialog.path_edit.text().endswith(".csv")  # the suffix follows the format
    dialog.path_edit.clear()
    assert not dialog.export_button.isEnabled()


def test_export_writes_the_chosen_format_and_opens_it(dialog, tmp_path):
    target = tmp_path / "equipe.csv"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.path_edit.setText(str(target))
    dialog.semicolon_box.setChecked(True)
    dialog.weeks_box.setValue(4)
    dialog.export_button.click()
    assert dialog.result() == BacklogExportDialog.DialogCode.Accepted
    assert target.read_bytes().startswith(b"\xef\xbb\xbfSection;Date;")
    assert dialog.opened == [target] and dialog.written == target


def test_export_without_opening(dialog, tmp_path):
    target = tmp_path / "equipe.xlsx"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    dialog.path_edit.setText(str(target))
    dialog.open_after_box.setChecked(False)
    dialog.accept()
    assert target.read_bytes().startswith(b"PK")
    assert dialog.opened == []


def test_a_failed_write_is_explained_and_the_dialog_stays_open(dialog, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    dialog.path_edit.setText(str(tmp_path / "missing" / "equipe.html"))
    dialog.accept()
    assert dialog.result() != BacklogExportDialog.DialogCode.Accepted
    assert len(shown) == 1 and "the folder does not exist" in shown[0]
    assert "Errno" not in shown[0]
    dialog.path_edit.setText(str(tmp_path))
    dialog.accept()
    assert "is a folder" in shown[1]
    assert dialog.opened == []


def test_file_menu_action_opens_the_dialog(qtbot, demo_store):
    ctx = AppContext(demo_store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menus.file
    action = next(a for a in file_menu.actions() if a.objectName() == "exportBacklogAction")
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index(action.text()) < texts.index("&Quit")  # above Quit
    assert action.text() == "Export team &backlog…"
    action.trigger()
    dialog = window.findChild(BacklogExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    ctx.close()


def test_action_on_a_plain_menu(qtbot, demo_store):
    window = QMainWindow()
    qtbot.addWidget(window)
    ctx = AppContext(demo_store, window)
    menu = window.menuBar().addMenu("File")
    action = install_backlog_actions(window, ctx, menu)
    assert menu.actions() == [action]
    ctx.close()
