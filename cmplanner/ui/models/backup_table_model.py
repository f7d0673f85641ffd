"""The backups of a plan for the restore dialog: date, kind and what each holds."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex,
    QPersistentModelIndex, Qt,
)

from cmplanner.storage.backups import AUTO, BEFORE_RESTORE, BEFORE_UPGRADE, Preview

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    AUTO: QT_TRANSLATE_NOOP("BackupTableModel", "Automatic"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupTableModel", "Before a restore"),
    BEFORE_UPGRADE: QT_TRANSLATE_NOOP("BackupTableModel", "Before an upgrade"),
}


def format_moment(moment: datetime) -> str:
    """A moment in the computer's time zone, in the short format of the interface's locale."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class BackupTableModel(QAbstractTableModel):
    DATE, KIND, POSTS, SERIES, EVENTS, PEOPLE = range(6)
    _COUNTED = {POSTS: "posts", SERIES: "series", EVENTS: "events", PEOPLE: "people"}

    def __init__(self, previews: list[Preview], parent=None) -> None:
        super().__init__(parent)
        self._previews = list(previews)

    def preview(self, row: int) -> Preview:
        return self._previews[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._previews)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Kind"), self.tr("Posts"), self.tr("Series"),
                self.tr("Events"), self.tr("People"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._previews[index.row()].problem:
            return Qt.ItemFlag.NoItemFlags  # shown, but a damaged backup cannot be chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._previews):
            return None
        preview = self._previews[index.row()]
        column = index.column()
        if role == PATH_ROLE:
            return str(preview.backup.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return preview.problem or str(preview.backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._COUNTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.DATE:
            return format_moment(preview.backup.taken_at)
        if column == self.KIND:
            if preview.problem:
                return self.tr("Damaged")
            label = KIND_LABELS.get(preview.backup.kind)
            return QCoreApplication.translate("BackupTableModel", label) if label else preview.backup.kind
        count = preview.counts.get(self._COUNTED[column])
        return "—" if count is None else QLocale().toString(count)
