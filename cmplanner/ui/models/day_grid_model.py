"""Month and week grids: weeks × 7 days, built the way QCalendarWidget's model is.

A cell is a day; its data are the (filtered) chips of that day, the event bars covering it and a
``DayInfo`` (today, weekend, public holiday, inside the shown month). ``dateForCell`` and
``cellForDate`` are pure arithmetic; the first weekday and the day names come from QLocale. Going
to another month or changing the filter emits ``dataChanged`` over the grid, never a reset: the
grid keeps its shape (6 weeks for a month, 1 for a week).

Filtering: ``model.set_filter(ItemFilter(network_ids=frozenset({2}), text="atelier"))``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from cmplanner.domain.filters import ItemFilter
from cmplanner.services.calendar_range import Chip, EventBar, RangeData

from ..calendar_source import CalendarSource
from ..context import AppContext
from .roles import CHIPS_ROLE, DATE_ROLE, DAY_ROLE, EVENTS_ROLE, FLAGS_ROLE
from .roles import CHANGED_BY_ROLE
from ..colleague_marks import chip_marks

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP, _ACCESSIBLE_TEXT = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole


@dataclass(frozen=True)
class DayInfo:
    day: date
    in_period: bool
    today: bool
    weekend: bool
    holiday: str | None


def first_weekday() -> int:
    """Python weekday (0 = Monday) the locale starts its weeks on."""
    return QLocale().firstDayOfWeek().value - 1


def qt_weekday(python_weekday: int) -> int:
    return python_weekday + 1


def week_start(day: date, first: int | None = None) -> date:
    first = first_weekday() if first is None else first
    return day - timedelta(days=(day.weekday() - first) % 7)


def day_cell_flags(index: Index) -> Qt.ItemFlag:
    """A day's cell in any calendar grid: selectable, and a drop target for chips."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled


class DayGridModel(QAbstractTableModel):
    """``weeks`` rows of 7 days starting at ``first_date``."""

    period_changed = Signal()  # another month/week is shown
    contents_changed = Signal()  # chips changed (store change, filter, period)

    def __init__(self, ctx: AppContext, source: CalendarSource | None = None, weeks: int = 6,
                 parent=None, first: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source or CalendarSource(ctx, parent=self)
        self._weeks = weeks
        self._filter = ItemFilter()
        self._place(week_start(first or self.source.today()))
        self._range: RangeData | None = None
        self._visible: dict[date, list[Chip]] = {}
        self._bars: dict[date, list[EventBar]] = {}
        self.source.invalidated.connect(self.refresh)
        self._load()

    # --- geometry (pure) -----------------------------------------------------------------------
    @property
    def first_date(self) -> date:
        return self._first

    def _place(self, first: date) -> None:
        """Start the grid on ``first``: its days, cell by cell, follow."""
        self._first = first
        self._days = [first + timedelta(days=offset) for offset in range(7 * self._weeks)]

    @property
    def end_date(self) -> date:
        """The day after the last cell."""
        return self._first + timedelta(days=7 * self._weeks)

    def dateForCell(self, row: int, column: int) -> date | None:
        if not (0 <= row < self._weeks and 0 <= column < 7):
            return None
        return self._first + timedelta(days=7 * row + column)

    def cellForDate(self, day: date) -> tuple[int, int]:
        offset = (day - self._first).days
        if not 0 <= offset < 7 * self._weeks:
            return -1, -1
        return divmod(offset, 7)

    def index_for_date(self, day: date) -> QModelIndex:
        row, column = self.cellForDate(day)
        return self.index(row, column) if row >= 0 else QModelIndex()

    def in_period(self, day: date) -> bool:
        return True

    # --- data ----------------------------------------------------------------------------------
    def set_filter(self, calendar_filter: ItemFilter) -> None:
        """Show only the chips ``calendar_filter`` accepts (no new query: the range is cached)."""
        if calendar_filter == self._filter:
            return
        self._filter = calendar_filter
        if calendar_filter.searches_text and self._range is not None and not self._range.texts:
            self._load()  # the posts' texts are read for a text search only
        else:
            self._apply_filter()
        self._emit_all()

    @property
    def calendar_filter(self) -> ItemFilter:
        return self._filter

    def refresh(self) -> None:
        """Fetch the shown range again (after a store change)."""
        self._holidays_key = None  # a site's country may have changed
        self._load()
        self._emit_all()

    def _set_first(self, first: date) -> None:
        if first == self._first:
            return
        self._place(first)
        self._load()
        self._emit_all()
        self.period_changed.emit()

    def _load(self) -> None:
        self._range = self.source.range(self._first, self.end_date, self._filter.searches_text)
        self._apply_filter()

    def _apply_filter(self) -> None:
        data = self._range
        assert data is not None
        accepts = self._filter.accepts
        if self._filter.is_empty():
            self._visible = data.by_day
        else:
            self._visible = {}
            for day, chips in data.by_day.items():
                kept = [c for c in chips if accepts(c)]
                if kept:
                    self._visible[day] = kept
        self._bars = {}
        for bar in data.events:
            if self._filter.accepts_event(bar.id, bar.title):
                day = max(bar.first_day, self._first)
                while day <= bar.last_day and day < self.end_date:
                    self._bars.setdefault(day, []).append(bar)
                    day += timedelta(days=1)

    def _emit_all(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(self._weeks - 1, 6))
        self.contents_changed.emit()

    def chips_on(self, day: date) -> list[Chip]:
        return self._visible.get(day, [])

    def flags_on(self, day: date) -> list:
        """The cadence flags of ``day`` for the networks the filter shows."""
        by_network = self._range.flags.get(day) if self._range is not None else None
        if not by_network:
            return []
        shown = self._filter.network_ids
        return [f for network_id, flags in by_network.items() if not shown or network_id in shown
                for f in flags]

    def visible_chips(self) -> list[Chip]:
        """Every chip shown in the period (inside the month for a month grid)."""
        return [c for d, chips in sorted(self._visible.items()) if self.in_period(d) for c in chips]

    def holiday(self, day: date) -> str | None:
        """The public holiday of ``day`` at the sites the filter shows (read once per period)."""
        if not self._first <= day < self.end_date:  # asked about a day not on the grid
            return self.source.holidays(day, day + timedelta(days=1), self._filter.owner_ids).get(day)
        key = (self._first, self._filter.owner_ids)
        if getattr(self, "_holidays_key", None) != key:
            self._holidays_key = key
            self._holidays = self.source.holidays(self._first, self.end_date, self._filter.owner_ids)
        return self._holidays.get(day)

    def day_info(self, day: date) -> DayInfo:
        return DayInfo(day, self.in_period(day), day == self.source.today(), day.weekday() >= 5,
                       self.holiday(day))

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        return day_cell_flags(index)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < 7:
                return None
            weekday = (first_weekday() + section) % 7
            name = QLocale().dayName(qt_weekday(weekday), QLocale.FormatType.LongFormat)
            return name[:1].upper() + name[1:]
        if not 0 <= section < self._weeks:
            return None
        monday = self._first + timedelta(days=7 * section)
        return QCoreApplication.translate("DayGridModel", "W%1").replace("%1", str(monday.isocalendar()[1]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A repaint asks every cell for five roles: the day comes from the grid's list of days
        # and each role is compared with a module constant (not looked up on Qt's enums).
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self._weeks and 0 <= column < 7):
            return None
        day = self._days[7 * row + column]
        if role == CHIPS_ROLE:
            return self._visible.get(day, [])
        if role == DAY_ROLE:
            return self.day_info(day)
        if role == FLAGS_ROLE:
            return self.flags_on(day)
        if role == EVENTS_ROLE:
            return self._bars.get(day, [])
        if role == _DISPLAY:
            if day.day == 1:
                return QLocale().toString(day, "d MMM")
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == CHANGED_BY_ROLE:
            return chip_marks(self.ctx, self._visible.get(day, []), self._bars.get(day, []))
        if role == _TOOLTIP or role == _ACCESSIBLE_TEXT:
            return self._day_summary(day)
        return None

    def _day_summary(self, day: date) -> str:
        parts = [QLocale().toString(day, QLocale.FormatType.LongFormat)]
        holiday = self.holiday(day)
        if holiday:
            parts.append(holiday)
        for bar in self._bars.get(day, []):
            parts.append(bar.title)
        chips = self._visible.get(day, [])
        parts.append(QCoreApplication.translate("DayGridModel", "%n item(s)", "", len(chips)))
        return " — ".join(parts)


class MonthModel(DayGridModel):
    """Six weeks around a month; ``set_month(year, month)`` moves it.

    Once the user has moved to another month, the grids of the months before and after the shown
    one are read while the window is idle (``PREFETCH_MS`` after the last move), so that the next
    step back or forth finds its range in the source's cache: a store change empties that cache
    and the neighbours are read again after the shown month."""

    PREFETCH_MS = 120  # after the last move: steps in quick succession do not read in between

    def __init__(self, ctx: AppContext, source: CalendarSource | None = None, parent=None) -> None:
        today = (source.today() if source else date.today())
        self._year, self._month = today.year, today.month
        self._prefetch: QTimer | None = None  # none until the first move (not at start-up)
        # Starts on the grid of today's month: one range is read, not the one around today first.
        super().__init__(ctx, source, 6, parent, today.replace(day=1))
        self.set_month(today.year, today.month)
        self.source.invalidated.connect(self._prefetch_later)

    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    def set_month(self, year: int, month: int) -> None:
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} is not between 1 and 12")
        changed = (year, month) != (self._year, self._month)
        self._year, self._month = year, month
        first = week_start(date(year, month, 1))
        if first != self._first:
            self._set_first(first)
        elif changed:
            self._emit_all()
            self.period_changed.emit()
        if changed:
            self._prefetch_later(start=True)

    def _prefetch_later(self, start: bool = False) -> None:
        if self._prefetch is None:
            if not start or QCoreApplication.instance() is None:  # no event loop to be idle in
                return
            self._prefetch = QTimer(self)
            self._prefetch.setSingleShot(True)
            self._prefetch.setInterval(self.PREFETCH_MS)
            self._prefetch.timeout.connect(self._read_neighbours)
        self._prefetch.start()

    def _read_neighbours(self) -> None:
        """The grid of the month after, then (at the next idle moment) of the month before,
        read into the source's cache."""
        for step in (1, -1):
            total = self._year * 12 + self._month - 1 + step
            first = week_start(date(total // 12, total % 12 + 1, 1))
            if self.source.has_range(first, first + timedelta(days=7 * self._weeks)):
                continue
            self.source.range(first, first + timedelta(days=7 * self._weeks),
                              self._filter.searches_text)
            QTimer.singleShot(0, self, self._read_neighbours)  # one month per idle moment
            return

    def go_to(self, day: date) -> None:
        self.set_month(day.year, day.month)

    def step(self, months: int) -> None:
        total = self._year * 12 + self._month - 1 + months
        self.set_month(total // 12, total % 12 + 1)

    def in_period(self, day: date) -> bool:
        return (day.year, day.month) == (self._year, self._month)

    def period_title(self) -> str:
        name = QLocale().standaloneMonthName(self._month, QLocale.FormatType.LongFormat)
        return f"{name[:1].upper()}{name[1:]} {self._year}"


class WeekModel(DayGridModel):
    """One week; ``set_week(day)`` shows the week holding ``day``."""

    def __init__(self, ctx: AppContext, source: CalendarSource | None = None, parent=None) -> None:
        super().__init__(ctx, source, 1, parent)

    def set_week(self, day: date) -> None:
        self._set_first(week_start(day))

    def go_to(self, day: date) -> None:
        self.set_week(day)

    def step(self, weeks: int) -> None:
        self._set_first(self._first + timedelta(days=7 * weeks))

    def period_title(self) -> str:
        last = self._first + timedelta(days=6)
        locale = QLocale()
        return self.tr("Week %1: %2 – %3").replace("%1", str(self._first.isocalendar()[1])) \
            .replace("%2", locale.toString(self._first, "d MMM")) \
            .replace("%3", locale.toString(last, "d MMM yyyy"))
