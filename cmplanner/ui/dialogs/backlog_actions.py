"""The File-menu action that exports the team backlog; the main window calls
``install_backlog_actions(window, ctx, file_menu)``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ..context import AppContext
from ..menu_tools import add_above_quit


def open_backlog_export(window: QWidget, ctx: AppContext):
    """Show the export dialog, modal to ``window`` without blocking; returns it."""
    from .backlog_export_dialog import BacklogExportDialog

    dialog = BacklogExportDialog(ctx.store, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def install_backlog_actions(window: QWidget, ctx: AppContext, menu: QMenu) -> QAction:
    """Add "Export team backlog…" to ``menu``, above Quit when the menu has one."""
    action = QAction(QCoreApplication.translate("backlog", "Export team &backlog…"), window)
    action.setObjectName("exportBacklogAction")
    action.setStatusTip(QCoreApplication.translate(
        "backlog", "Write the team backlog as an offline web page or a spreadsheet"))
    action.triggered.connect(lambda: open_backlog_export(window, ctx))
    add_above_quit(menu, [action])
    return action
