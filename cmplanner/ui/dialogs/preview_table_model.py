"""The rows of an import preview: action, kind, date, title, reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, \
    QPersistentModelIndex, Qt

from cmplanner.interop.ics_preview import PreviewRow

from ..messages import describe

Index = QModelIndex | QPersistentModelIndex

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("PreviewTableModel", "Create"),
    "update": QT_TRANSLATE_NOOP("PreviewTableModel", "Update"),
    "remove": QT_TRANSLATE_NOOP("PreviewTableModel", "Remove"),
    "skip": QT_TRANSLATE_NOOP("PreviewTableModel", "Skip"),
}
KINDS = {
    "event": QT_TRANSLATE_NOOP("PreviewTableModel", "IRL event"),
    "post": QT_TRANSLATE_NOOP("PreviewTableModel", "Post"),
    "series": QT_TRANSLATE_NOOP("PreviewTableModel", "Series"),
    "network": QT_TRANSLATE_NOOP("PreviewTableModel", "Network"),
    "pillar": QT_TRANSLATE_NOOP("PreviewTableModel", "Pillar"),
    "person": QT_TRANSLATE_NOOP("PreviewTableModel", "Person"),
}


class PreviewTableModel(QAbstractTableModel):
    ACTION, KIND, START, TITLE, REASON = range(5)

    def __init__(self, rows: list[PreviewRow], zone_name: str, parent=None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._zone = zone_name

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Action"), self.tr("Kind"), self.tr("Start"), self.tr("Title"),
                self.tr("Reason"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON and row.reason:
            return describe(row.reason)  # the whole reason when the column is narrow
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.ACTION:
            return QCoreApplication.translate("PreviewTableModel", ACTIONS.get(row.action, row.action))
        if column == self.KIND:
            return QCoreApplication.translate("PreviewTableModel", KINDS.get(row.what, row.what))
        if column == self.START:
            if row.start is None:
                return ""
            from cmplanner.domain.timezones import to_local

            return to_local(row.start, self._zone).strftime("%d/%m/%Y %H:%M")
        if column == self.TITLE:
            return row.title
        if column == self.REASON:
            return describe(row.reason)
        return None
