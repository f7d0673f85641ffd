"""The post editor's Media tab: the library's photos and videos as thumbnails to tick. Ticked
ones are attached in the order they were ticked (the first is the cover)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget



class MediaChooser(QListWidget):
    changed = Signal()

    def __init__(self, thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(96, 96))
        self.setGridSize(QSize(130, 140))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self._order: list[int] = []
        self._items: dict[int, object] = {}
        self.itemChanged.connect(self._ticked)
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_items(self, media: list, checked: list[int]) -> None:
        self.blockSignals(True)
        self.clear()
        self._items = {m.id: m for m in media}
        self._order = [i for i in checked if i in self._items]
        for item in media:
            row = QListWidgetItem(item.filename, self)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.alt_text or item.filename)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in self._order
                              else Qt.CheckState.Unchecked)
            pixmap = self.thumbnails.pixmap(item)
            if pixmap is not None:
                row.setIcon(QIcon(pixmap))
        self.blockSignals(False)

    def checked_ids(self) -> list[int]:
        return list(self._order)

    def set_checked(self, media_id: int, on: bool = True) -> None:
        for index in range(self.count()):
            row = self.item(index)
            if row.data(Qt.ItemDataRole.UserRole) == media_id:
                row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _ticked(self, row: QListWidgetItem) -> None:
        media_id = row.data(Qt.ItemDataRole.UserRole)
        on = row.checkState() == Qt.CheckState.Checked
        if on and media_id not in self._order:
            self._order.append(media_id)
        elif not on and media_id in self._order:
            self._order.remove(media_id)
        else:
            return
        self.changed.emit()

    def _thumbnail_ready(self, sha256: str) -> None:
        for index in range(self.count()):
            row = self.item(index)
            item = self._items.get(row.data(Qt.ItemDataRole.UserRole))
            if item is not None and item.sha256 == sha256:
                pixmap = self.thumbnails.pixmap(item)
                if pixmap is not None:
                    self.blockSignals(True)
                    row.setIcon(QIcon(pixmap))
                    self.blockSignals(False)
