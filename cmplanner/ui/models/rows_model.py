"""A thin table model over a list of rows: each column says how to show a row, nothing more.

Pages build their models from it (events, pillars, networks, people, requests...). Rows are
domain objects or small records; the model never computes a rule itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    decoration: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    sort_key: Callable[[Any], Any] | None = None
    stretch: bool = False  # the column that takes the room left (a title), not the last one


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def stretch_column(self) -> int | None:
        return next((i for i, c in enumerate(self._columns) if c.stretch), None)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return self._columns[section].header

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A view with sorting enabled sorts by the column's ``sort_key`` (else its text, in the
        interface's collation); selections and current rows follow their rows."""
        if not 0 <= column < len(self._columns):
            return
        chosen = self._columns[column]
        if chosen.sort_key is not None:
            key: Callable[[Any], Any] = chosen.sort_key
        else:
            from ..collation import collator

            sort_key = collator().sortKey
            key = lambda row: sort_key(chosen.display(row))
        self.layoutAboutToBeChanged.emit()
        order_of = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in order_of]
        moved = {old: new for new, old in enumerate(order_of)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(moved[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        return None
