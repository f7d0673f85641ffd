"""Import an .ics file: the preview (created, updated, skipped and why) before anything is written.

Applying pushes one command on the undo stack, so the whole import is undone in one step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout,
)

from cmplanner.interop.ics_preview import ImportPreview

from ..messages import describe
from .preview_table_model import PreviewTableModel


class IcsImportDialog(QDialog):
    def __init__(self, preview: ImportPreview, zone_name: str, file_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("icsImportDialog")
        self.setWindowTitle(self.tr("Import iCalendar file"))
        self.preview = preview
        counts = preview.counts()
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("{file} (written by {source}): {create} to create, {update} to "
                                 "update, {remove} to remove, {skip} to skip.").format(
            file=file_name, source=describe(preview.source), create=counts["create"],
            update=counts["update"], remove=counts["remove"], skip=counts["skip"]), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if preview.warnings:
            warnings = QLabel("\n".join(describe(w) for w in preview.warnings), self)
            warnings.setObjectName("warnings")
            warnings.setWordWrap(True)
            layout.addWidget(warnings)
        self.model = PreviewTableModel(preview.rows, zone_name, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        for column in (PreviewTableModel.TITLE, PreviewTableModel.REASON):  # both read whole
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        note = QLabel(self.tr("Nothing is written before you click Import. The whole import can "
                              "then be undone in one step (Edit > Undo)."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.writes_anything)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
