"""Exports and import previews run off the window's thread: the window keeps answering and
Cancel leaves no file behind."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QPushButton

from bench import generate as gen
from cmplanner.storage.store import PlanStore
from cmplanner.ui.dialogs.ics_export_dialog import IcsExportDialog
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
