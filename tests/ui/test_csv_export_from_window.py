"""File > Export for Outlook (CSV) from the main window: its own title, no option that changes
nothing, and no export over the plan itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cmplanner.ui.dialogs.ics_export_dialog import IcsExportDialog


def _action(window, text: str):
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_the_csv_dialog_has_its_own_title_and_no_idle_options(qtbot, window, monkeypatch, tmp_path):
    seen = {}

    def accept(dialog):
        seen["title"] = dialog.windowTitle()
        seen["profile"] = dialog.profile.isVisibleTo(dialog)
        seen["alarm"] = dialog.alarm.isVisibleTo(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IcsExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "plan.csv"), ""))
    _action(window, "Export for Outlook (CSV)…").trigger()
    assert seen == {"title": "Export for Outlook (CSV)", "profile": False, "alarm": False}
    assert (tmp_path / "plan.csv").read_bytes().startswith("\ufeffSubject".encode())


def test_an_export_over_the_open_plan_is_refused(qtbot, window, monkeypatch, plan_path):
    before = plan_path.read_bytes()
    warned = []
    monkeypatch.setattr(IcsExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(plan_path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    _action(window, "Export to iCalendar…").trigger()
    assert warned and "open plan itself" in warned[0]
    assert plan_path.read_bytes() == before
