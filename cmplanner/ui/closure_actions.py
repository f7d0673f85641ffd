"""How the window reaches the closure days: "Closure days…" in the Edit menu and in the calendar
views' context menu (a new closure starts on the selected day), and a button on the editorial
line's networks-and-cadence tab."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


class ClosureActions:
    def __init__(self, window: Any) -> None:
        self.window = window
        self.action = QAction(QCoreApplication.translate("ClosureActions", "&Closure days…"), window)
        self.action.setObjectName("closureDaysAction")
        self.action.setToolTip(QCoreApplication.translate(
            "ClosureActions", "Days when the company or a site is closed: shaded like holidays, "
                              "no post expected"))
        self.action.triggered.connect(lambda: self.open(window.current_day()))
        edit_menu = next(a.menu() for a in window.menuBar().actions()
                         if a.menu() is not None and window.menus.edit in a.menu().actions())
        edit_menu.addSeparator()
        edit_menu.addAction(self.action)
        window.extra_view_actions = [*getattr(window, "extra_view_actions", []), self.action]
        window.month_view.addAction(self.action)

    def open(self, day: date | None = None) -> bool:
        """The closure days' editor (modal); True when it saved a change."""
        from .editors.closures_editor import ClosuresDialog
        from .pages.common import open_dialog

        return open_dialog(ClosuresDialog(self.window.ctx, self.window, day))
