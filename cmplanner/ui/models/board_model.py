"""The "next weeks" board for meetings: one row per network, one column per day.

Readable from the back of a room: few columns (2 to 4 weeks), each cell the chips of one network
on one day. Filtering: ``model.set_filter(ItemFilter(...))``, as for the month grid.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal

from cmplanner.domain.filters import ItemFilter
from cmplanner.services.calendar_range import Chip

from ..calendar_source import CalendarSource
from ..context import AppContext
from .day_grid_model import DayInfo, day_cell_flags
from .roles import CHIPS_ROLE, DATE_ROLE, DAY_ROLE, EVENTS_ROLE, FLAGS_ROLE
from .roles import CHANGED_BY_ROLE
from ..colleague_marks import chip_marks

Index = QModelIndex | QPersistentModelIndex


class NextWeeksModel(QAbstractTableModel):
    contents_changed = Signal()

    def __init__(self, ctx: AppContext, source: CalendarSource | None = None, weeks: int = 2,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source or CalendarSource(ctx, parent=self)
        self._weeks = weeks
        self._first = self.source.today()
        self._filter = ItemFilter()
        self._networks: list[int] = []
        self._cells: dict[tuple[int, date], list[Chip]] = {}
        self._bars: dict[date, list] = {}
        self._flags: dict = {}
        self._holidays: dict = {}
        self._load()
        self.source.invalidated.connect(self._reload)
        self.source.lookups_changed.connect(self._reload)

    @property
    def weeks(self) -> int:
        return self._weeks

    def set_weeks(self, weeks: int) -> None:
        weeks = max(2, min(4, weeks))
        if weeks != self._weeks:
            self.beginResetModel()  # the number of columns changes
            self._weeks = weeks
            self._load()
            self.endResetModel()

    def set_filter(self, calendar_filter: ItemFilter) -> None:
        if calendar_filter != self._filter:
            self._filter = calendar_filter
            self._reload()

    def _reload(self) -> None:
        old_rows = len(self._networks)
        self._first = self.source.today()
        self._load()
        if len(self._networks) != old_rows:
            self.beginResetModel()
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.contents_changed.emit()

    def _load(self) -> None:
        networks = [n for n in self.source.networks.values() if n.active]
        if self._filter.network_ids:
            networks = [n for n in networks if n.id in self._filter.network_ids]
        self._networks = [n.id for n in networks]  # type: ignore[misc]
        data = self.source.range(self._first, self._first + timedelta(days=self.columnCount()),
                                 self._filter.searches_text)
        self._flags = data.flags
        self._holidays = self.source.holidays(self._first, self._first + timedelta(days=self.columnCount()),
                                              self._filter.owner_ids)
        self._cells = {}
        for chip in data.chips:
            if self._filter.accepts(chip):
                for network_id in chip.network_ids:
                    self._cells.setdefault((network_id, chip.day), []).append(chip)  # type: ignore[arg-type]
        self._bars = {}
        for bar in data.events:
            if self._filter.accepts_event(bar.id, bar.title):
                for offset in range(self.columnCount()):
                    day = self._first + timedelta(days=offset)
                    if bar.covers(day):
                        self._bars.setdefault(day, []).append(bar)

    def date_for_column(self, column: int) -> date | None:
        if not 0 <= column < self.columnCount():
            return None
        return self._first + timedelta(days=column)

    def network_for_row(self, row: int) -> int | None:
        return self._networks[row] if 0 <= row < len(self._networks) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._networks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7 * self._weeks

    def flags(self, index: Index) -> Qt.ItemFlag:
        return day_cell_flags(index)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.date_for_column(section)
            return None if day is None else QLocale().toString(day, "ddd d")
        network_id = self.network_for_row(section)
        network = self.source.networks.get(network_id) if network_id is not None else None
        return None if network is None else network.label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.date_for_column(index.column())
        network_id = self.network_for_row(index.row())
        if day is None or network_id is None:
            return None
        if role == DATE_ROLE:
            return day
        if role == CHIPS_ROLE:
            return self._cells.get((network_id, day), [])
        if role == EVENTS_ROLE:
            return self._bars.get(day, []) if index.row() == 0 else []
        if role == FLAGS_ROLE:
            return self.flags_on(network_id, day)
        if role == CHANGED_BY_ROLE:
            return chip_marks(self.ctx, self._cells.get((network_id, day), []),
                              self._bars.get(day, []) if index.row() == 0 else [])
        if role == DAY_ROLE:
            return DayInfo(day, True, day == self.source.today(), day.weekday() >= 5, self._holidays.get(day))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            chips = self._cells.get((network_id, day), [])
            return " — ".join([QLocale().toString(day, QLocale.FormatType.LongFormat),
                               *(c.title for c in chips)])
        return None

    def flags_on(self, network_id: int, day: date) -> list:
        return self._flags.get(day, {}).get(network_id, [])

    def visible_chips(self) -> list[Chip]:
        seen: dict[str, Chip] = {}
        for chips in self._cells.values():
            for chip in chips:
                seen.setdefault(chip.key, chip)
        return sorted(seen.values(), key=lambda c: (c.local, c.title))
