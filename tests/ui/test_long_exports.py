"""Exports, import previews and work that writes (an import, a copy of the plan, publishing) run
off the window's thread: the window keeps answering, and Cancel leaves no file behind and no
partial import."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QPushButton

from bench import generate as gen
from cmplanner.storage import backups
from cmplanner.storage.store import PlanStore
from cmplanner.ui.dialogs.ics_export_dialog import IcsExportDialog
from cmplanner.ui.dialogs.ics_import_dialog import IcsImportDialog
from cmplanner.ui.dialogs.interaction import Interaction
from tests.windows import shown_window

from .test_csv_export_from_window import _action


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "plan.cmplan"
    gen.generate(path, gen.PlanSize(posts=4000, series=40, events=40, people=6, networks=6,
                                    years=3), seed=2)
    return path


@pytest.fixture
def big_window(qtbot, big_plan, tmp_path):
    path = tmp_path / "plan.cmplan"
    shutil.copy(big_plan, path)
    with shown_window(qtbot, PlanStore.open(path)) as win:
        yield win


def _choose(monkeypatch, target) -> None:
    monkeypatch.setattr(IcsExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


@pytest.mark.parametrize("item", ["Export to iCalendar…", "Export for Outlook (CSV)…"])
def test_the_window_keeps_answering_during_an_export(qtbot, big_window, monkeypatch, tmp_path, item):
    target = tmp_path / "out.file"
    _choose(monkeypatch, target)
    ticks: list[float] = []
    timer = QTimer(big_window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    _action(big_window, item).trigger()
    took = time.perf_counter() - started
    timer.stop()
    assert target.stat().st_size > 100_000
    assert took > 0.3 and len(ticks) > 10  # long enough for the ticks to mean something
    # The window's loop ran all along: ticks from the start to the end of the export, most of
    # them on time. (The 100 ms bound on the longest gap is measured by bench/ics_scale_bench.py
    # on a quiet machine: a shared test machine's scheduler alone can exceed it.)
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:]))
    assert ticks[0] - started < 1.0 and started + took - ticks[-1] < 1.0
    assert gaps[len(gaps) // 2] < 0.1


def test_cancel_leaves_no_file(qtbot, big_window, monkeypatch, tmp_path):
    target = tmp_path / "out.ics"
    _choose(monkeypatch, target)

    found = []

    def cancel() -> None:
        dialog = big_window.findChild(QProgressDialog, "longTaskProgress")
        found.append(dialog)
        if dialog is not None:
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    QTimer.singleShot(30, cancel)
    _action(big_window, "Export to iCalendar…").trigger()
    assert found and found[0] is not None
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["plan.cmplan", "plan.cmplan-shm",
                                                    "plan.cmplan-wal"] or not \
        [p for p in tmp_path.iterdir() if p.name.startswith("out")]


def _cancel_soon(window, found: list, delay: int = 0) -> None:
    """Click Cancel on the progress dialog of the work that is about to start."""
    def cancel() -> None:
        dialog = window.findChild(QProgressDialog, "longTaskProgress")
        found.append(dialog)
        if dialog is not None:
            dialog.findChild(QPushButton).click()
    QTimer.singleShot(delay, cancel)


def _events_file(path, count: int) -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Agenda//EN",
             "X-WR-CALNAME:Agenda"]
    for number in range(count):
        day = 1 + number % 28
        lines += ["BEGIN:VEVENT", f"UID:event-{number}@example.org",
                  "DTSTAMP:20260301T080000Z", f"DTSTART:202605{day:02d}T{8 + number % 9:02d}0000Z",
                  "DURATION:PT1H", f"SUMMARY:Rendez-vous {number}", "END:VEVENT"]
    path.write_text("\r\n".join(lines + ["END:VCALENDAR", ""]), encoding="utf-8")


def test_an_import_cancelled_while_written_changes_nothing(qtbot, big_window, monkeypatch,
                                                           tmp_path):
    ctx = big_window.ctx
    source = tmp_path / "agenda.ics"
    _events_file(source, 2000)
    before = ctx.store.counts()
    found: list = []

    def accept(dialog):
        _cancel_soon(big_window, found)  # Cancel as soon as the import is being written
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IcsImportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    _action(big_window, "Import iCalendar file…").trigger()
    assert found and found[0] is not None
    assert ctx.store.counts() == before and ctx.undo_stack.count() == 0
    monkeypatch.setattr(IcsImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    _action(big_window, "Import iCalendar file…").trigger()  # not cancelled: all of it
    assert ctx.store.counts()["events"] == before["events"] + 2000
    assert ctx.undo_stack.count() == 1


def test_save_a_copy_runs_in_the_background_and_cancel_leaves_no_file(qtbot, big_window,
                                                                      monkeypatch, tmp_path):
    target = tmp_path / "copies" / "copie.cmplan"
    target.parent.mkdir()
    monkeypatch.setattr(Interaction, "choose_copy_path", lambda self, suggested: target)
    monkeypatch.setattr(backups, "PAGES_PER_STEP", 1)  # many steps: Cancel lands in the middle
    found: list = []
    _cancel_soon(big_window, found)
    _action(big_window, "Save a &copy…").trigger()
    assert found and found[0] is not None
    assert list(target.parent.iterdir()) == []
    _action(big_window, "Save a &copy…").trigger()
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"


def test_publish_to_a_folder_runs_in_the_background(qtbot, big_window, monkeypatch, tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    found: list = []
    _cancel_soon(big_window, found, 30)
    _action(big_window, "Publish to a folder…").trigger()
    assert found and found[0] is not None
    assert [p.name for p in folder.iterdir()] == []  # no feed, no temporary file
    _action(big_window, "Publish to a folder…").trigger()
    assert sorted(p.name for p in folder.iterdir()) == ["events.ics", "plan-outlook.ics",
                                                        "plan-standard.ics"]
    assert "Published 3 files" in big_window.statusBar().currentMessage()


def test_cancel_stops_the_import_preview_between_two_events(qtbot, window, monkeypatch,
                                                            tmp_path):
    """Cancel pressed while the preview reads a large file: the reading stops at the next event
    instead of going on to the end of the file (counted in events read, not in seconds)."""
    import icalendar

    source = tmp_path / "agenda.ics"
    total = 3000
    _events_file(source, total)
    read: list[int] = []
    parse = icalendar.Event.from_ical
    monkeypatch.setattr(icalendar.Event, "from_ical",
                        lambda text, *a, **k: (read.append(1), parse(text, *a, **k))[1])
    previews: list = []
    monkeypatch.setattr(IcsImportDialog, "exec",
                        lambda dialog: previews.append(dialog) or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    pressed: list[int] = []

    def cancel_once_reading() -> None:
        dialog = window.findChild(QProgressDialog, "longTaskProgress")
        if dialog is not None and len(read) >= 20 and not pressed:
            pressed.append(len(read))
            dialog.findChild(QPushButton).click()

    timer = QTimer(window)
    timer.setInterval(2)
    timer.timeout.connect(cancel_once_reading)
    timer.start()
    before = window.ctx.store.counts()
    _action(window, "Import iCalendar file…").trigger()
    timer.stop()
    assert pressed, "Cancel was never pressed: the file was read before the first tick"
    assert len(read) < total // 3  # stopped soon after Cancel, far from the file's end
    assert previews == [] and window.ctx.store.counts() == before
    # Not cancelled, the same file reads to its end and shows its preview.
    read.clear()
    _action(window, "Import iCalendar file…").trigger()
    assert len(read) == total and len(previews) == 1
