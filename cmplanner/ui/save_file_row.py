"""A file name with a Browse… button: where a document (or a new plan) is written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class SaveFileRow(QWidget):
    """``edit`` holds the chosen path; Browse… asks with a save dialog titled ``title`` and
    offering ``filters``; ``adjust`` may complete the chosen name (an extension)."""

    def __init__(self, path: str, name: str, title: str, filters: str,
                 parent: QWidget | None = None,
                 adjust: Callable[[str], str] = lambda chosen: chosen) -> None:
        super().__init__(parent)
        self.title, self.filters, self.adjust = title, filters, adjust
        self.edit = QLineEdit(path, self)
        self.edit.setObjectName(name)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.title, self.edit.text(), self.filters)
        if chosen:
            self.edit.setText(self.adjust(chosen))


def add_write_rows(dialog: QDialog, form: QFormLayout, write: Callable[[], None],
                   error_name: str) -> QLabel:
    """The end of a dialog that writes a document: its inline error line, then Write and Cancel
    (Write calls ``write``; the dialog closes itself once written). Returns the error line."""
    error = QLabel(dialog)
    error.setObjectName(error_name)
    error.setWordWrap(True)
    error.setStyleSheet("color: #b00020;")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("SaveFileRow", "&Write"))
    buttons.accepted.connect(write)
    buttons.rejected.connect(dialog.reject)
    form.addRow(error)
    form.addRow(buttons)
    return error
