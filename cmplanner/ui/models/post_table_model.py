"""A table of posts: title, date, networks, pillar, status, owner."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cmplanner.domain.entities import Post
from cmplanner.domain.timezones import to_local
from cmplanner.storage.store import PlanStore

from ..labels import status_label

Index = QModelIndex | QPersistentModelIndex
POST_ROLE = Qt.ItemDataRole.UserRole + 1


class PostTableModel(QAbstractTableModel):
    TITLE, DATE, NETWORKS, PILLAR, STATUS, OWNER = range(6)

    def __init__(self, store: PlanStore, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._posts: list[Post] = []
        self._networks: dict[int, str] = {}
        self._pillars: dict[int, tuple[str, str]] = {}
        self._people: dict[int, str] = {}
        self._zone = "Europe/Paris"
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._zone = self._store.zone_name
        self._networks = {n.id: n.label for n in self._store.networks.all()}
        self._pillars = {p.id: (p.name, p.colour) for p in self._store.pillars.all()}
        self._people = {p.id: p.name for p in self._store.people.all()}
        self._posts = self._store.posts.all()
        self.endResetModel()

    def post(self, row: int) -> Post:
        return self._posts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Date"), self.tr("Networks"), self.tr("Pillar"),
                self.tr("Status"), self.tr("Owner"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        column = index.column()
        if role == POST_ROLE:
            return post
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return post.title
            if column == self.DATE:
                if post.planned_at is None:
                    return self.tr("Undated")
                local = to_local(post.planned_at, self._zone)
                return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
            if column == self.NETWORKS:
                return ", ".join(self._networks.get(n, "?") for n in post.network_ids)
            if column == self.PILLAR:
                return self._pillars.get(post.pillar_id, ("", ""))[0] if post.pillar_id else ""
            if column == self.STATUS:
                return status_label(post.status)
            if column == self.OWNER:
                return self._people.get(post.owner_id, "") if post.owner_id else ""
        if role == Qt.ItemDataRole.DecorationRole and column == self.PILLAR and post.pillar_id:
            colour = self._pillars.get(post.pillar_id, ("", ""))[1]
            return QColor(colour) if colour else None
        return None
