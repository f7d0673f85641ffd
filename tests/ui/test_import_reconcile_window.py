"""File > Import iCalendar file… from the main window, twice: what the calendar no longer holds
is shown "to remove" with its reason, and removed in the same undoable import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog

from cmplanner.ui.dialogs.ics_import_dialog import IcsImportDialog
from cmplanner.ui.dialogs.preview_table_model import PreviewTableModel
from tests.interop.test_ics_reconcile import FAIR, LUNCH, feed

from .test_csv_export_from_window import _action


def _import(window, monkeypatch, path, seen: list, item: str = "Import iCalendar file…") -> None:
    def accept(dialog):
        model = dialog.model
        seen.append([(model.index(row, PreviewTableModel.TITLE).data(),
                      model.index(row, PreviewTableModel.REASON).data())
                     for row in range(model.rowCount())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IcsImportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _action(window, item).trigger()  # File > Import iCalendar file…


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


def test_every_update_names_its_fields_in_the_interface_s_language(qtbot, qapp, demo_store,
                                                                   monkeypatch, tmp_path):
    import icalendar
    from PySide6.QtCore import QCoreApplication

    from cmplanner.interop.ics_export import export_bytes
    from cmplanner.interop.ics_options import ExportOptions, Profile
    from cmplanner.ui.context import AppContext
    from cmplanner.ui.i18n import install_translators
    from cmplanner.ui.main_window import MainWindow
    from tests.conftest import DEMO_TODAY

    singles = [p for p in demo_store.posts.all() if p.planned_at and p.series_id is None][:2]
    calendar = icalendar.Calendar.from_ical(export_bytes(demo_store,
                                                         ExportOptions(profile=Profile.STANDARD)))
    for vevent in calendar.walk("VEVENT"):
        if str(vevent["UID"]) in {p.uid for p in singles}:
            vevent["SUMMARY"] = icalendar.vText(str(vevent["SUMMARY"]) + " (revu)")
        if str(vevent["UID"]) == singles[0].uid:
            vevent["DESCRIPTION"] = icalendar.vText("Nouveau texte")
    path = tmp_path / "plan.ics"
    path.write_bytes(calendar.to_ical())
    translators = install_translators(qapp, "fr")
    try:
        ctx = AppContext(demo_store)
        window = MainWindow(ctx, today=lambda: DEMO_TODAY)
        qtbot.addWidget(window)
        seen: list = []
        _import(window, monkeypatch, path, seen, "Importer un fichier iCalendar…")
        reasons = sorted(reason for _title, reason in seen[0] if "modifié" in (reason or ""))
        assert reasons == ["1 champ modifié\u00a0: titre", "2 champs modifiés\u00a0: titre et texte"]
        window.close()
        ctx.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_translators(qapp, "en")
