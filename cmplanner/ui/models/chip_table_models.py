"""Lists of chips: the agenda (a dated range) and the backlog (undated ideas and drafts).

Both are plain tables over the shared CalendarSource; the sidebar's filter is applied by
``ChipFilterProxy`` (a QSortFilterProxyModel), so the source models never re-query to filter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QLocale, QMimeData, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QColor

from cmplanner.domain.filters import ItemFilter
from cmplanner.services.calendar_range import Chip

from ..calendar_source import CalendarSource
from ..chip_mime import CHIP_MIME, chip_mime
from ..context import AppContext
from ..labels import status_label
from .roles import CHIP_ROLE, DATE_ROLE
from .roles import CHANGED_BY_ROLE
from ..colleague_marks import chip_marks, row_background

Index = QModelIndex | QPersistentModelIndex


class ChipTableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, source: CalendarSource | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source or CalendarSource(ctx, parent=self)
        self._chips: list[Chip] = []
        self.source.invalidated.connect(self.reload)
        self.source.lookups_changed.connect(self.reload)

    def _fetch(self) -> list[Chip]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._chips = self._fetch()
        self.endResetModel()

    def chip(self, row: int) -> Chip | None:
        return self._chips[row] if 0 <= row < len(self._chips) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._chips)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [CHIP_MIME]

    def mimeData(self, indexes) -> QMimeData | None:
        chips = [self.chip(i.row()) for i in indexes if i.isValid()]
        chips = [c for c in chips if c is not None]
        return chip_mime(chips[0].key) if chips else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self._header(self.COLUMNS[section])

    def _header(self, name: str) -> str:
        return {"day": QCoreApplication.translate("ChipTableModel", "Day"), "time": QCoreApplication.translate("ChipTableModel", "Time"), "title": QCoreApplication.translate("ChipTableModel", "Title"),
                "networks": QCoreApplication.translate("ChipTableModel", "Networks"), "pillar": QCoreApplication.translate("ChipTableModel", "Pillar"),
                "status": QCoreApplication.translate("ChipTableModel", "Status"), "owner": QCoreApplication.translate("ChipTableModel", "Owner")}[name]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        chip = self.chip(index.row()) if index.isValid() else None
        if chip is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        column = self.COLUMNS[index.column()]
        if role == CHIP_ROLE:
            return chip
        if role == DATE_ROLE:
            return chip.day
        if role == CHANGED_BY_ROLE:
            return chip_marks(self.ctx, (chip,))
        if role == Qt.ItemDataRole.BackgroundRole:
            return row_background(self.ctx, chip)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(chip, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "title" and chip.cover_id \
                and self.ctx.cover is not None:
            return self.ctx.cover(chip.cover_id, 32)
        if role == Qt.ItemDataRole.DecorationRole and column == "pillar" and chip.pillar_id:
            pillar = self.source.pillars.get(chip.pillar_id)
            return QColor(pillar.colour) if pillar else None
        return None

    def _text(self, chip: Chip, column: str) -> str:
        source = self.source
        if column == "day":
            return "" if chip.day is None else QLocale().toString(chip.day, "dddd d MMMM")
        if column == "time":
            return "" if chip.local is None else QLocale().toString(chip.local.time(), "HH:mm")
        if column == "title":
            return chip.title
        if column == "networks":
            return ", ".join(source.networks[n].label for n in chip.network_ids if n in source.networks)
        if column == "pillar":
            pillar = source.pillars.get(chip.pillar_id) if chip.pillar_id else None
            return pillar.name if pillar else ""
        if column == "status":
            return status_label(chip.status) if chip.status else QCoreApplication.translate("ChipTableModel", "Series occurrence")
        if column == "owner":
            person = source.people.get(chip.owner_id) if chip.owner_id else None
            return person.name if person else ""
        return ""


class AgendaModel(ChipTableModel):
    """Every chip of [first, end), in time order."""

    COLUMNS = ("day", "time", "title", "networks", "pillar", "status", "owner")
    texts = False  # the posts' texts are read once a text is searched (ChipFilterProxy)

    def __init__(self, ctx: AppContext, source: CalendarSource | None = None, parent=None) -> None:
        super().__init__(ctx, source, parent)
        today = self.source.today()
        self._first, self._end = today.replace(day=1), today.replace(day=28)
        self.set_range(*_month_bounds(today))

    def set_range(self, first: date, end: date) -> None:
        self._first, self._end = first, end
        self.reload()

    @property
    def range(self) -> tuple[date, date]:
        return self._first, self._end

    def _fetch(self) -> list[Chip]:
        return list(self.source.range(self._first, self._end, self.texts).chips)


class BacklogModel(ChipTableModel):
    """Undated ideas and drafts."""

    COLUMNS = ("title", "status", "networks", "pillar", "owner")

    def __init__(self, ctx: AppContext, source: CalendarSource | None = None, parent=None) -> None:
        super().__init__(ctx, source, parent)
        self.reload()

    def _fetch(self) -> list[Chip]:
        return list(self.source.backlog())


class ChipFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose chip the sidebar's ItemFilter accepts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = ItemFilter()

    def set_filter(self, calendar_filter: ItemFilter) -> None:
        model = self.sourceModel()
        if calendar_filter.searches_text and isinstance(model, AgendaModel) and not model.texts:
            model.texts = True
            model.reload()
        if calendar_filter != self._filter:
            self.beginFilterChange()
            self._filter = calendar_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        chip = model.chip(source_row) if isinstance(model, ChipTableModel) else None
        return chip is not None and self._filter.accepts(chip)


def _month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    end = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, end
