"""A file name with a Browse… button: where a document (or a new plan) is written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


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
