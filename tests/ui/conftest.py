"""The main window on the demo plan, on the demo plan's today, shown offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from cmplanner.ui.context import AppContext
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


@pytest.fixture
def window(qtbot, demo_store):
    QSettings().clear()
    ctx = AppContext(demo_store)
    win = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    ctx.close()
