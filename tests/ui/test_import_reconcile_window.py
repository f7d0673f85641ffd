"""File > Import iCalendar file… from the main window, twice: what the calendar no longer holds
is shown "to remove" with its reason, and removed in the same undoable import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog

from cmplanner.ui.dialogs.ics_import_dialog import IcsImportDialog
from cmplanner.ui.dialogs.preview_table_model import PreviewTableModel
from tests.interop.test_ics_reconcile import FAIR, LUNCH, feed

from .test_csv_export_from_window import _action


def _import(window, monkeypatch, path, seen: list) -> None:
    def accept(dialog):
        model = dialog.model
        seen.append([(model.index(row, PreviewTableModel.TITLE).data(),
                      model.index(row, PreviewTableModel.REASON).data())
                     for row in range(model.rowCount())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IcsImportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _action(window, "Import iCalendar file…").trigger()


def test_an_event_gone_from_the_calendar_is_removed_by_the_next_import(qtbot, window, monkeypatch,
                                                                      tmp_path):
    # (the window's today is the demo plan's: the import window covers May 2026)
    store, ctx = window.ctx.store, window.ctx
    own = {e.uid for e in store.events.all()}
    path = tmp_path / "agenda.ics"
    path.write_bytes(feed(FAIR, LUNCH, rule="FREQ=WEEKLY;COUNT=3"))
    seen: list = []
    _import(window, monkeypatch, path, seen)
    imported = {e.uid for e in store.events.all()} - own
    assert len(imported) == 5
    path.write_bytes(feed(LUNCH))  # the fair and the weekly meeting deleted in the calendar
    _import(window, monkeypatch, path, seen)
    removed = [(title, reason) for title, reason in seen[1] if reason == "no longer in the calendar"]
    assert sorted(removed) == [("Point hebdo", "no longer in the calendar")] * 3 + \
        [("Salon", "no longer in the calendar")]
    left = {e.uid for e in store.events.all()}
    assert left - own == {"lunch@example.org"} and own <= left  # the plan's own events stay
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()  # the second import, removals included, in one step
    assert {e.uid for e in store.events.all()} - own == imported
