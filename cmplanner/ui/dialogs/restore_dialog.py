"""File > Restore from backup…: the plan's backups, newest first, with what each holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from cmplanner.storage.backups import Preview

from ..models.backup_table_model import BackupTableModel


class RestoreDialog(QDialog):
    def __init__(self, previews: list[Preview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = BackupTableModel(previews, self)
        intro = QLabel(self.tr(
            "Choose the backup to bring back. The plan as it is now is backed up first, and "
            "Edit history is cleared: File > Undo restore brings the current plan back."), self)
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("backupsView")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty = QLabel(self.tr("This plan has no backup yet."), self)
        self.empty.setVisible(not previews)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.empty, self.table, self.buttons):
            layout.addWidget(widget)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        for row in range(self.model.rowCount()):
            if self.model.preview(row).problem is None:
                self.table.selectRow(row)  # the newest usable backup
                break
        self._update_button()
        self.resize(640, 360)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        preview = self.model.preview(rows[0].row())
        return None if preview.problem else preview.backup.path

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def _double_clicked(self, index) -> None:
        if self.selected_path() is not None:
            self.accept()
