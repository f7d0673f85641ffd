"""Placing actions that other modules add to the File menu: always above Quit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def is_quit(action: QAction) -> bool:
    quit_key = QKeySequence(QKeySequence.StandardKey.Quit)
    return (action.menuRole() == QAction.MenuRole.QuitRole
            or (not quit_key.isEmpty() and action.shortcut() == quit_key)
            or action.text() == QCoreApplication.translate("MainWindow", "&Quit"))


def add_above_quit(menu: QMenu, actions: list[QAction]) -> None:
    """Add ``actions`` as a group (with a separator after it) above Quit, or at the end."""
    quit_action = next((a for a in menu.actions() if is_quit(a)), None)
    if quit_action is None:
        menu.addActions(actions)
        return
    menu.insertActions(quit_action, actions)
    menu.insertSeparator(quit_action)
