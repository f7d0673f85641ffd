"""The File-menu action that exports the team backlog; the main window calls
``install_backlog_actions(window, ctx, file_menu)``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ..context import AppContext


def open_backlog_export(window: QWidget, ctx: AppContext):
    """Show the export dialog, modal to ``window`` without blocking; returns it."""
    from .backlog_export_dialog import BacklogExportDialog

    dialog = BacklogExportDialog(ctx.store, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def _is_quit(action: QAction) -> bool:
    quit_key = QKeySequence(QKeySequence.StandardKey.Quit)
    return (action.menuRole() == QAction.MenuRole.QuitRole
            or (not quit_key.isEmpty() and action.shortcut() == quit_key)
            or action.text() == QCoreApplication.translate("MainWindow", "&Quit"))


def install_backlog_actions(window: QWidget, ctx: AppContext, menu: QMenu) -> QAction:
    """Add "Export team backlog…" to ``menu``, above Quit when the menu has one."""
    action = QAction(QCoreApplication.translate("backlog", "Export team &backlog…"), window)
    action.setObjectName("exportBacklogAction")
    action.setStatusTip(QCoreApplication.translate(
        "backlog", "Write the team backlog as an offline web page or a spreadsheet"))
    action.triggered.connect(lambda: open_backlog_export(window, ctx))
    quit_action = next((a for a in menu.actions() if _is_quit(a)), None)
    if quit_action is not None:
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
    else:
        menu.addAction(action)
    return action
