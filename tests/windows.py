"""The main window as a user sees it: built on a store, shown offscreen on the demo plan's today."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings

from cmplanner.ui.context import AppContext
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


@contextmanager
def shown_window(qtbot, store) -> Iterator[MainWindow]:
    """A main window on ``store`` with fresh settings, closed (with its context) afterwards."""
    QSettings().clear()
    ctx = AppContext(store)
    win = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        win.close()
        ctx.close()
