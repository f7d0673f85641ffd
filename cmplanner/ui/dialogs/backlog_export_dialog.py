"""The "Export team backlog" dialog: format, weeks, file, CSV separator, open after export.

The dialog only gathers choices; ``interop.backlog_export`` builds and writes the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.files.atomic import WriteFailed
from cmplanner.services.backlog import DEFAULT_WEEKS, MAX_WEEKS, MIN_WEEKS
from cmplanner.storage.store import PlanStore

from ..messages import describe

FOLDER_KEY = "backlog/folder"


def _open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BacklogExportDialog(QDialog):
    def __init__(self, store: PlanStore, parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlogExportDialog")
        self.setWindowTitle(self.tr("Export team backlog"))
        self._store, self._now = store, now
        self.open_file: Callable[[Path], bool] = _open_with_system  # replaced in tests
        self.written: Path | None = None

        intro = QLabel(self.tr(
            "One file for colleagues who do not have cmplanner: the coming weeks, the to-do list, "
            "content requests, events and who does what. Private notes are never exported."))
        intro.setWordWrap(True)

        self.format_box = QComboBox(self)
        self.format_box.addItem(self.tr("Web page (HTML, works offline)"), "html")
        self.format_box.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
        self.format_box.addItem(self.tr("CSV (UTF-8)"), "csv")

        self.weeks_box = QSpinBox(self)
        self.weeks_box.setRange(MIN_WEEKS, MAX_WEEKS)
        self.weeks_box.setValue(DEFAULT_WEEKS)
        self.weeks_box.setSuffix(self.tr(" weeks"))

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("backlogPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.semicolon_box = QCheckBox(self.tr("Separate columns with semicolons (French Excel)"), self)
        self.open_after_box = QCheckBox(self.tr("Open the file after export"), self)
        self.open_after_box.setChecked(True)

        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Calendar:"), self.weeks_box)
        file_label = QLabel(self.tr("F&ile:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow("", self.semicolon_box)
        form.addRow("", self.open_after_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setLayout(form)
        self.setMinimumWidth(520)

        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.path_edit.setText(str(self._default_path("html")))
        self._format_changed()

    # --- choices --------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return self.format_box.currentData()

    def _default_path(self, fmt: str) -> Path:
        folder = QSettings().value(FOLDER_KEY, "") or str(Path.home())
        # File names follow the interface language; the file's content follows the plan's.
        name = self.tr("team-backlog")
        return Path(folder) / f"{name}.{fmt}"

    def _format_changed(self) -> None:
        fmt = self.fmt
        self.semicolon_box.setEnabled(fmt == "csv")
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{fmt}")))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    def choose_file(self) -> None:
        filters = {"html": self.tr("Web page (*.html)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("CSV file (*.csv)")}
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export team backlog"),
                                                self.path_edit.text(), filters[self.fmt])
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != f".{self.fmt}":
                path = path.with_name(path.name + f".{self.fmt}")
            self.path_edit.setText(str(path))

    # --- export ---------------------------------------------------------------------------
    def accept(self) -> None:
        from cmplanner.interop.backlog_export import export_backlog

        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text).expanduser()
        if path.is_dir():
            self._refuse(self.tr("{path} is a folder: choose a file name.").format(path=path))
            return
        from ..long_task import run_long

        fmt, weeks = self.fmt, self.weeks_box.value()
        semicolon = self.semicolon_box.isChecked() and fmt == "csv"
        try:  # off the window's thread, with Cancel
            finished, _size = run_long(self, self.tr("Export team backlog"),
                                       lambda progress, cancelled: export_backlog(
                                           self._store, path, fmt, weeks, semicolon, self._now,
                                           cancelled))
        except WriteFailed as exc:
            self._refuse(describe(exc))
            return
        except DomainError as exc:
            self._refuse(describe(exc))
            return
        if not finished:
            return
        self.written = path
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        if self.open_after_box.isChecked():
            self.open_file(path)
        super().accept()

    def _refuse(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Export team backlog"),
                            self.tr("The team backlog was not exported.\n{reason}").format(reason=reason))
