"""The view of the month, week and board grids: keyboard moves, chip selection, drag and drop.

Like QCalendarWidget's view, it overrides ``moveCursor``: arrows move by a day (±7 for up/down in
a month or week grid) and step to the next period at the edges. It emits what the user asks for
and leaves the doing to the window (which pushes undoable commands).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QTableView

from cmplanner.services.calendar_range import Chip, EventBar

from .chip_delegate import ChipDelegate
from .chip_mime import CHIP_MIME, chip_key, chip_mime
from .context import AppContext
from .models.day_grid_model import DayGridModel
from .cadence_words import flags_text
from .models.roles import CHIPS_ROLE, DATE_ROLE, FLAGS_ROLE
from .tooltips import chip_tooltip

def event_key(event_id: int, grabbed: date | None) -> str:
    """The drag key of an event bar: "event:ID:grabbed day"."""
    return f"event:{event_id}:{grabbed.isoformat() if grabbed else ''}"


def parse_event_key(key: str) -> tuple[int, date | None] | None:
    if not key.startswith("event:"):
        return None
    _kind, number, day = (key.split(":") + [""])[:3]
    return int(number), (date.fromisoformat(day) if day else None)


class CalendarView(QTableView):
    edit_requested = Signal(object)  # Chip
    chip_dropped = Signal(str, object)  # chip key, date
    date_changed = Signal(object)  # the current day
    chip_selected = Signal(object)  # Chip or None
    event_requested = Signal(int)  # an event bar double-clicked: open the event
    columns_fitted = Signal()  # the board's shown days changed (weekdays only, one week)

    def __init__(self, ctx: AppContext, delegate: ChipDelegate, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.delegate = delegate
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setHighlightSections(False)
        self._press: tuple[QPoint, str] | None = None  # where a drag may start, and what it drags
        ctx.meeting_mode_changed.connect(lambda _on: self.viewport().update())

    # The board read from the back of a room: when its day columns get narrower than this many
    # average characters, weekends are hidden so weekdays keep room for a few words; when the
    # weekdays are still too narrow, one week is shown (the selected day's, else the first).
    min_column_chars: int | None = None

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_day_columns()

    def fit_day_columns(self) -> None:
        model = self.model()
        if self.min_column_chars is None or model is None or not model.columnCount():
            return
        days = [model.index(0, c).data(DATE_ROLE) if model.rowCount() else None
                for c in range(model.columnCount())]
        room = self.fontMetrics().averageCharWidth() * self.min_column_chars
        width = self.viewport().width()
        narrow = width / len(days) < room
        hide = [narrow and day is not None and day.weekday() >= 5 for day in days]
        weekdays = [d for d, hidden in zip(days, hide) if d is not None and not hidden]
        if narrow and weekdays and width / len(weekdays) < room:
            current = self.currentIndex().data(DATE_ROLE) if self.currentIndex().isValid() else None
            keep = (current or weekdays[0]).isocalendar()[:2]
            hide = [hidden or (day is not None and day.isocalendar()[:2] != keep)
                    for day, hidden in zip(days, hide)]
        changed = False
        for column, hidden in enumerate(hide):
            if self.isColumnHidden(column) != hidden:
                self.setColumnHidden(column, hidden)
                changed = True
        if changed:
            self.columns_fitted.emit()

    def shown_week(self) -> date | None:
        """The Monday of the one week a narrow board shows, None when it shows all its weeks."""
        model = self.model()
        if self.min_column_chars is None or model is None or not model.rowCount():
            return None
        days = [model.index(0, c).data(DATE_ROLE) for c in range(model.columnCount())]
        weekdays_hidden = [d for c, d in enumerate(days) if d is not None and d.weekday() < 5 and self.isColumnHidden(c)]
        shown = [d for c, d in enumerate(days) if d is not None and not self.isColumnHidden(c)]
        if not weekdays_hidden or not shown:
            return None
        first: date = shown[0]
        return first - timedelta(days=first.weekday())

    def step_shown_week(self, step: int) -> bool:
        """A narrow board showing one week: show the next (1) or previous (-1) of its weeks.
        False when there is none that way (or the board shows all its weeks)."""
        monday = self.shown_week()
        if monday is None:
            return False
        target = monday + timedelta(days=7 * step)
        model = self.model()
        for column in range(model.columnCount()):
            day = model.index(0, column).data(DATE_ROLE)
            if day is not None and target <= day < target + timedelta(days=5):
                row = max(self.currentIndex().row(), 0)
                self.setCurrentIndex(model.index(row, column))
                self.fit_day_columns()
                return True
        return False

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit_day_columns)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    # --- dates and chips -----------------------------------------------------------------------
    def current_date(self) -> date | None:
        index = self.currentIndex()
        return index.data(DATE_ROLE) if index.isValid() else None

    def select_date(self, day: date) -> bool:
        model = self.model()
        if isinstance(model, DayGridModel):
            index = model.index_for_date(day)
            if not index.isValid():
                model.go_to(day)  # type: ignore[attr-defined]
                index = model.index_for_date(day)
        else:
            index = next((model.index(max(self.currentIndex().row(), 0), c)
                          for c in range(model.columnCount()) if model.index(0, c).data(DATE_ROLE) == day),
                         QModelIndex())
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        return True

    def chips_here(self) -> list[Chip]:
        index = self.currentIndex()
        return list(index.data(CHIPS_ROLE) or []) if index.isValid() else []

    def selected_chip(self) -> Chip | None:
        key = self.delegate.selected_key
        return next((c for c in self.chips_here() if c.key == key), None)

    def select_chip(self, chip: Chip | None) -> None:
        self.delegate.selected_key = chip.key if chip else None
        self.viewport().update()
        self.chip_selected.emit(chip)

    def cycle_chip(self, step: int) -> None:
        """Select the next (step=1) or previous (-1) chip of the current day."""
        chips = self.chips_here()
        if not chips:
            self.select_chip(None)
            return
        current = self.selected_chip()
        position = chips.index(current) + step if current in chips else (0 if step > 0 else -1)
        self.select_chip(chips[position % len(chips)])

    def chip_at(self, pos: QPoint) -> Chip | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        return self.delegate.chip_at(self.visualRect(index), index, self.font(), pos)

    def bar_at(self, pos: QPoint) -> EventBar | None:
        """The event bar under ``pos``, if any."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        for rect, bar in self.delegate.layout(self.visualRect(index), index, self.font()).bars:
            if rect.contains(pos):
                return bar
        return None

    def selected_event_id(self) -> int | None:
        """The event whose bar was clicked (its bar is highlighted), if any."""
        key = self.delegate.selected_key or ""
        return int(key.split(":")[1]) if key.startswith("event:") else None

    def select_event(self, event_id: int | None) -> None:
        self.delegate.selected_key = None if event_id is None else f"event:{event_id}"
        self.viewport().update()
        self.chip_selected.emit(None)

    def tooltip_for(self, pos: QPoint, index: QModelIndex) -> str | None:
        chip = self.chip_at(pos)
        if chip is None:
            flags = index.data(FLAGS_ROLE) or []
            return flags_text(flags, self.delegate.source.networks) if flags else None
        return chip_tooltip(self.delegate.source, chip, self.ctx.meeting_mode)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selected = self.selected_chip()
        if selected is None and self.delegate.selected_key is not None:
            self.select_chip(None)
        self.date_changed.emit(current.data(DATE_ROLE) if current.isValid() else None)

    # --- keyboard ------------------------------------------------------------------------------
    def moveCursor(self, action, modifiers):
        model = self.model()
        current = self.current_date()
        if not isinstance(model, DayGridModel) or current is None:
            return super().moveCursor(action, modifiers)
        Action = QAbstractItemView.CursorAction  # noqa: N806 (an enum alias)
        steps = {Action.MoveLeft: -1, Action.MoveRight: 1, Action.MoveUp: -7, Action.MoveDown: 7,
                 Action.MoveHome: -((current.weekday() - model.first_date.weekday()) % 7),
                 Action.MoveEnd: 6 - (current.weekday() - model.first_date.weekday()) % 7}
        if action not in steps:
            return self.currentIndex()
        target = current + timedelta(days=steps[action])
        index = model.index_for_date(target)
        if not index.isValid() or (hasattr(model, "in_period") and not model.in_period(target)
                                   and model.rowCount() > 1):
            model.go_to(target)  # type: ignore[attr-defined]
            index = model.index_for_date(target)
        return index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chip = self.selected_chip() or (self.chips_here() or [None])[0]
            if chip is not None:
                self.edit_requested.emit(chip)
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.cycle_chip(1 if key == Qt.Key.Key_Down else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    # --- mouse ---------------------------------------------------------------------------------
    def more_at(self, pos: QPoint) -> bool:
        """Whether ``pos`` is on a day's "+N more" line."""
        index = self.indexAt(pos)
        if not index.isValid():
            return False
        more = self.delegate.layout(self.visualRect(index), index, self.font()).more
        return more is not None and more.contains(pos)

    def day_menu(self, index: QModelIndex) -> QMenu:
        """Every item of the day, each opening its editor (what "+N more" shows)."""
        menu = QMenu(self)
        menu.setObjectName("dayMenu")
        for chip in index.data(CHIPS_ROLE) or []:
            time_text = f"{chip.local:%H:%M}  " if chip.local is not None else ""
            action = menu.addAction(time_text + chip.title.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, c=chip: self.edit_requested.emit(c))
        return menu

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.more_at(pos):
            super().mousePressEvent(event)
            menu = self.day_menu(self.indexAt(pos))
            menu.popup(self.viewport().mapToGlobal(pos))
            self._day_menu = menu  # kept alive while it shows
            return
        chip = self.chip_at(pos)
        bar = self.bar_at(pos) if chip is None else None
        super().mousePressEvent(event)
        key = None
        if bar is not None:
            self.select_event(bar.id)
            day = self.indexAt(pos).data(DATE_ROLE)
            key = event_key(bar.id, day)  # the grabbed day: a drop moves that day onto the target
        else:
            self.select_chip(chip)
            key = chip.key if chip is not None else None
        self._press = (pos, key) if key is not None and event.button() == Qt.MouseButton.LeftButton else None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        chip = self.chip_at(event.position().toPoint())
        if chip is not None:
            self.edit_requested.emit(chip)
            event.accept()
            return
        bar = self.bar_at(event.position().toPoint())
        if bar is not None:
            self.event_requested.emit(bar.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, key = self._press
            if (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                drag = QDrag(self)
                drag.setMimeData(chip_mime(key))
                drag.exec(Qt.DropAction.MoveAction)
            return
        hovered = self.chip_at(pos)
        series = hovered.series_id if hovered is not None else None
        if series != self.delegate.hover_series:
            self.delegate.hover_series = series
            self.viewport().update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event) -> None:
        if self.delegate.hover_series is not None:
            self.delegate.hover_series = None
            self.viewport().update()
        super().leaveEvent(event)

    # --- drop ----------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(CHIP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(CHIP_MIME) and index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if self.drop_mime(event.mimeData(), index.data(DATE_ROLE) if index.isValid() else None):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop_mime(self, mime: QMimeData, day: date | None) -> bool:
        """Handle a dropped chip on ``day`` (what ``dropEvent`` calls)."""
        if day is None or not mime.hasFormat(CHIP_MIME):
            return False
        self.chip_dropped.emit(chip_key(mime), day)
        return True
