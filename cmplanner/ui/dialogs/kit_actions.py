"""File ▸ Ambassador kit…: the posts of a week ambassadors are invited to share, written as an
HTML page with its plain text beside it (for an e-mail)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.domain.period import parse_period

from ..menu_tools import add_above_quit
from ..messages import describe
from ..save_file_row import SaveFileRow, add_write_rows


def install_kit_action(window, ctx, file_menu) -> None:
    action = QAction(QCoreApplication.translate("KitActions", "&Ambassador kit…"), window)
    action.setObjectName("ambassadorKit")
    action.triggered.connect(lambda: _open(window, ctx))
    add_above_quit(file_menu, [action])
    window.ambassador_kit_action = action


def _open(window, ctx):
    dialog = KitDialog(ctx, window)
    window.kit_dialog = dialog
    dialog.open()
    return dialog


class KitDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitDialog")
        self.setWindowTitle(self.tr("Ambassador kit"))
        self.ctx = ctx
        year, week, _ = ctx.today().isocalendar()
        self.week = QLineEdit(f"{year}-W{week:02d}", self)
        self.week.setObjectName("kitWeek")
        row = SaveFileRow(str(Path.home() / f"kit-{year}-W{week:02d}.html"), "kitPath",
                          self.tr("Ambassador kit"), self.tr("Web page (*.html);;Text (*.txt)"), self)
        self.path = row.edit
        form = QFormLayout(self)
        form.addRow(self.tr("&Week (like 2026-W50):"), self.week)
        form.addRow(self.tr("&File (.html, the .txt beside it):"), row)
        self.error = add_write_rows(self, form, self.write, "kitError")
        self.written: list[Path] = []

    def write(self) -> None:
        from cmplanner.files.atomic import WriteFailed
        from cmplanner.interop.ambassador_kit import write_kit
        from cmplanner.services.ambassador import ambassador_kit

        try:
            period = parse_period(self.week.text())
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        if period.days != 7:
            self.error.setText(self.tr("Choose a week, like 2026-W50."))
            return
        try:
            self.written = write_kit(ambassador_kit(self.ctx.store, period), self.path.text().strip())
        except WriteFailed as exc:
            self.error.setText(str(exc))
            return
        self.accept()
