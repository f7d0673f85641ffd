"""What the pages share: a table with Add / Edit / Delete buttons, the inline message line,
how an editor dialog is opened (replaceable in tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ..models.rows_model import RowsModel


def rows_view(model: RowsModel, name: str, parent: QWidget) -> QTableView:
    """A read-only table of ``model``'s rows, chosen whole, its last column taking the room."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def open_dialog(dialog: QDialog) -> bool:
    """Run an editor; True when it saved something."""
    dialog.exec()
    return bool(getattr(dialog, "saved", False))


class MessageLine(QLabel):
    """A refusal or a notice shown inline on a page (no modal box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageMessage")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class TableSection(QWidget):
    """A table over a RowsModel with Add / Edit / Delete; double-click edits."""

    def __init__(self, model: RowsModel, name: str, add_text: str,
                 on_add: Callable[[], None], on_edit: Callable[[object], None],
                 on_delete: Callable[[object], None] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setObjectName(f"{name}View")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{name}Add")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName(f"{name}Edit")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName(f"{name}Delete")
        self.add_button.clicked.connect(lambda: on_add())
        self.edit_button.clicked.connect(lambda: self._with_current(on_edit))
        self.view.doubleClicked.connect(lambda _index: self._with_current(on_edit))
        if on_delete is None:
            self.delete_button.hide()
        else:
            self.delete_button.clicked.connect(lambda: self._with_current(on_delete))
        self.view.selectionModel().selectionChanged.connect(self._enable)
        model.modelReset.connect(self._enable)
        buttons = QHBoxLayout()
        self.buttons = buttons  # pages add their own buttons with insert_button
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._enable()

    def insert_button(self, position: int, button: QPushButton) -> None:
        """Another button in the row (after Add, Edit, Delete: position 3)."""
        self.buttons.insertWidget(position, button)

    def current(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def select_where(self, test: Callable[[object], bool]) -> bool:
        for row, item in enumerate(self.model.rows()):
            if test(item):
                self.view.selectRow(row)
                return True
        return False

    def _with_current(self, action: Callable[[object], None]) -> None:
        item = self.current()
        if item is not None:
            action(item)

    def _enable(self, *_args) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def fit_columns(self) -> None:
        """Columns fit their contents (capped), and the title column, when the model names one,
        takes the room left: titles are what people read, not the last column's blank."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        title = self.model.stretch_column() if hasattr(self.model, "stretch_column") else None
        # Other columns are capped tighter when a title column takes the rest.
        limit = self.fontMetrics().averageCharWidth() * (32 if title is not None else 45)
        for column in range(self.model.columnCount()):
            if column != title and header.sectionSize(column) > limit:
                header.resizeSection(column, limit)
        if title is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)


def delete_refusal_text(name: str, usage) -> str:
    """Why an entity still in use cannot be deleted, in the interface's language."""
    parts = []
    if usage.posts:
        parts.append(QCoreApplication.translate("Pages", "%n post(s)", "", usage.posts))
    if usage.series:
        parts.append(QCoreApplication.translate("Pages", "%n series", "", usage.series))
    if usage.events:
        parts.append(QCoreApplication.translate("Pages", "%n event(s)", "", usage.events))
    if usage.requests:
        parts.append(QCoreApplication.translate("Pages", "%n request(s)", "", usage.requests))
    if usage.people:
        parts.append(QCoreApplication.translate("Pages", "%n person(s)", "", usage.people))
    if getattr(usage, "media", 0):
        parts.append(QCoreApplication.translate("Pages", "%n media item(s) or consent(s)", "",
                                                usage.media))
    if usage.rules:
        parts.append(QCoreApplication.translate("Pages", "the plan's rules (charter, circuit or editorial line)"))
    return QCoreApplication.translate("Pages", "{name} is still used by {uses}: change those first, then delete it.").format(
        name=name, uses=", ".join(parts))
