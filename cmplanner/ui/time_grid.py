"""The week as a time grid, like a desktop calendar: hours down, days across, an all-day band on
top (all-day and multi-day events), posts and timed events placed at their hour.

It reads the window's WeekModel (same week, same filter, same data as the list form of the week).
A drag moves a post, an occurrence or an event to another day and time (snapped to a quarter of
an hour); dragging the bottom edge of an event changes its end; a double-click opens the item.
Every write is a use case (services/reschedule.py, services/calendar_events.py) on the undo stack.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from cmplanner.domain.timezones import local_datetime, to_local
from cmplanner.services.calendar_range import Chip, EventBar

from .chip_delegate import GAP_COLOUR, OVERLOAD_COLOUR, _mix, wrap_text
from .colleague_marks import paint_mark
from .marks import EVENT_MARK, network_mark, status_mark
from .models.day_grid_model import WeekModel
from .models.roles import CHANGED_BY_ROLE, EVENTS_ROLE
from .tooltips import chip_tooltip

FIRST_HOUR, LAST_HOUR = 7, 22  # the hours shown; earlier or later items sit at the edges
SNAP_MINUTES = 15
EDGE = 5  # pixels: grabbing an event this close to its bottom edge resizes it


@dataclass
class Placed:
    rect: QRect
    chip: Chip | None = None
    bar: EventBar | None = None
    day: date | None = None


class TimeGridView(QWidget):
    edit_requested = Signal(object)  # Chip
    event_requested = Signal(int)
    moved = Signal(object, object)  # (Chip or EventBar, new local start as naive datetime)
    resized = Signal(object, object)  # (EventBar, new local end as naive datetime)

    def __init__(self, model: WeekModel, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGridView")
        self.model = model
        self.source = source
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.selected: Placed | None = None
        self._drag: tuple[str, Placed, QPoint] | None = None  # ("move" | "resize", item, press)
        self._ghost: QRect | None = None
        model.dataChanged.connect(lambda *_a: self.update())
        model.period_changed.connect(self.update)

    # --- geometry ------------------------------------------------------------------------------
    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def all_day_items(self) -> list[EventBar]:
        seen: dict[int, EventBar] = {}
        for offset in range(7):
            index = self.model.index(0, offset)
            for bar in index.data(EVENTS_ROLE) or []:
                if bar.all_day or bar.first_day != bar.last_day:
                    seen.setdefault(bar.id, bar)
        return sorted(seen.values(), key=lambda b: (b.first_day, b.id))

    def frame(self) -> tuple[int, int, int, float]:
        """(left of the first day, top of the hours, width of a day, pixels per hour)."""
        line = self._line()
        gutter = QFontMetrics(self.font()).horizontalAdvance("00:00") + 10
        band = line * (1 + max(1, len(self.all_day_items()))) + 4
        hours = LAST_HOUR - FIRST_HOUR
        return gutter, band, max(10, (self.width() - gutter) // 7), max(8.0, (self.height() - band - 2) / hours)

    def y_for(self, moment: datetime) -> int:
        _left, top, _w, per_hour = self.frame()
        hours = moment.hour + moment.minute / 60 - FIRST_HOUR
        return round(top + max(0.0, min(LAST_HOUR - FIRST_HOUR, hours)) * per_hour)

    def at(self, pos: QPoint) -> tuple[date, datetime] | None:
        """The day and the (snapped) local time under ``pos`` in the hours area."""
        left, top, width, per_hour = self.frame()
        column = (pos.x() - left) // width
        if not 0 <= column < 7 or pos.y() < top:
            return None
        day = self.model.first_date + timedelta(days=column)
        minutes = round(((pos.y() - top) / per_hour * 60) / SNAP_MINUTES) * SNAP_MINUTES
        minutes = max(0, min((LAST_HOUR - FIRST_HOUR) * 60 - SNAP_MINUTES, minutes))
        return day, datetime.combine(day, time(FIRST_HOUR)) + timedelta(minutes=minutes)

    def layout_items(self) -> list[Placed]:
        """Where each item is drawn: all-day bars in the band, timed items in their day's column,
        side by side when they overlap."""
        left, top, width, per_hour = self.frame()
        line = self._line()
        zone = self.source.zone
        placed: list[Placed] = []
        first = self.model.first_date
        for row, bar in enumerate(self.all_day_items()):
            start = max(bar.first_day, first)
            end = min(bar.last_day, first + timedelta(days=6))
            x = left + (start - first).days * width
            placed.append(Placed(QRect(x + 1, line + 2 + row * line, (end - start).days * width + width - 3,
                                       line - 2), bar=bar, day=start))
        duration = timedelta(minutes=self.ctx_duration())
        for offset in range(7):
            day = first + timedelta(days=offset)
            index = self.model.index(0, offset)
            blocks: list[tuple[datetime, datetime, Chip | None, EventBar | None]] = []  # start, end, item
            for bar in index.data(EVENTS_ROLE) or []:
                if bar.all_day or bar.first_day != bar.last_day:
                    continue
                start = to_local(bar.start, zone).replace(tzinfo=None)
                end = to_local(bar.end, zone).replace(tzinfo=None) if bar.end else start + duration
                blocks.append((start, end, None, bar))
            for chip in self.model.chips_on(day):
                if chip.local is not None:
                    blocks.append((chip.local, chip.local + duration, chip, None))
            blocks.sort(key=lambda b: (b[0], b[1]))
            lanes: list[datetime] = []
            assigned = []
            for start, end, chip, bar in blocks:
                lane = next((i for i, busy in enumerate(lanes) if busy <= start), None)
                if lane is None:
                    lanes.append(end)
                    lane = len(lanes) - 1
                else:
                    lanes[lane] = end
                assigned.append((lane, start, end, chip, bar))
            count = max(1, len(lanes))
            lane_width = max(8, (width - 4) // count)
            for lane, start, end, chip, bar in assigned:
                y1 = self.y_for(start)
                y2 = max(y1 + 2 * line, self.y_for(end))  # room for the time and a line of title
                x = left + offset * width + 2 + lane * lane_width
                placed.append(Placed(QRect(x, y1, lane_width - 2, y2 - y1 - 1), chip=chip, bar=bar, day=day))
        return placed

    duration_minutes = 30  # a post's length on the grid (the plan's setting)

    def ctx_duration(self) -> int:
        return self.duration_minutes

    def item_at(self, pos: QPoint) -> Placed | None:
        for item in reversed(self.layout_items()):
            if item.rect.contains(pos):
                return item
        return None

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        base, text, mid = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text),
                           palette.color(QPalette.ColorRole.Mid))
        painter.fillRect(self.rect(), base)
        left, top, width, per_hour = self.frame()
        line = self._line()
        locale_font = QFont(self.font())
        first = self.model.first_date
        today = self.source.today()
        for offset in range(7):
            day = first + timedelta(days=offset)
            x = left + offset * width
            column = QRect(x, top, width, self.height() - top)
            flags = self.model.flags_on(day)
            holiday = self.model.day_info(day).holiday  # a public holiday or a closure day
            if day.weekday() >= 5 or holiday:
                painter.fillRect(column, _mix(base, mid, 0.18))
            if flags:
                overload = any(f.kind == "overload" for f in flags)
                painter.fillRect(column, _mix(base, QColor(OVERLOAD_COLOUR if overload else GAP_COLOUR), 0.14))
            header = QRect(x, 0, width, line)
            bold = QFont(locale_font)
            bold.setBold(day == today)
            painter.setFont(bold)
            painter.setPen(text)
            title = self.day_title(day) + (f" · {holiday}" if holiday else "")
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter,
                             painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, width - 4))
            painter.setFont(locale_font)
            painter.setPen(mid)
            painter.drawLine(x, 0, x, self.height())
        painter.setPen(mid)
        painter.drawLine(left, top - 2, self.width(), top - 2)
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = round(top + (hour - FIRST_HOUR) * per_hour)
            painter.setPen(QPen(mid, 1, Qt.PenStyle.SolidLine if hour % 2 == 0 else Qt.PenStyle.DotLine))
            painter.drawLine(left, y, self.width(), y)
            painter.setPen(text)
            painter.drawText(QRect(0, y - line // 2, left - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
        items = self.layout_items()
        for item in items:
            self._paint_item(painter, item, palette)
        marked = self.colleague_marks()
        for item in items if marked else ():
            key = (item.chip.key if item.chip is not None
                   else f"event:{item.bar.id}" if item.bar is not None else "")
            if key in marked:
                paint_mark(painter, item.rect, marked[key], self.font())
        if self._ghost is not None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._ghost)
        painter.end()

    def colleague_marks(self) -> dict[str, str]:
        """chip key or "event:ID" -> the colleague who just changed it (a team plan), from the
        week's cells (CHANGED_BY_ROLE, as Month and Week draw them)."""
        found: dict[str, str] = {}
        for offset in range(7):
            found.update(self.model.index(0, offset).data(CHANGED_BY_ROLE) or {})
        return found

    def day_title(self, day: date) -> str:
        from PySide6.QtCore import QLocale

        name = str(QLocale().toString(QDate(day.year, day.month, day.day), "ddd d"))
        return name[:1].upper() + name[1:]

    def _paint_item(self, painter: QPainter, item: Placed, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        selected = self.selected is not None and self._same(self.selected, item)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        rect = item.rect
        if item.bar is not None:
            fill = highlight if selected else _mix(base, highlight, 0.35)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect), 3, 3)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), highlight)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected else text)
            self._draw_lines(painter, rect.adjusted(6, 1, -2, -1), f"{EVENT_MARK} {item.bar.title}")
            return
        chip = item.chip
        assert chip is not None
        pillar = self.source.pillars.get(chip.pillar_id) if chip.pillar_id else None
        colour = QColor(pillar.colour) if pillar else palette.color(QPalette.ColorRole.Mid)
        fill = highlight if selected else _mix(base, colour, 0.18)
        pen = QPen(_mix(colour, text, 0.3), 1, Qt.PenStyle.DashLine if chip.is_virtual else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 1), colour)
        symbol, status_colour = status_mark(chip.status)
        marks = "".join(network_mark(self.source.networks.get(n))[0] + " " for n in chip.network_ids[:2])
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected else text)
        font = QFont(self.font())
        font.setItalic(chip.is_virtual)
        painter.setFont(font)
        time_text = f"{chip.local:%H:%M} " if chip.local is not None else ""
        self._draw_lines(painter, rect.adjusted(8, 1, -2, -1), f"{time_text}{symbol} {marks}{chip.title}")
        painter.setFont(self.font())

    @staticmethod
    def _draw_lines(painter: QPainter, rect: QRect, text: str) -> None:
        """``text`` wrapped at words in as many whole lines as ``rect`` holds, the last elided."""
        metrics = painter.fontMetrics()
        lines = wrap_text(text, metrics, rect.width(), max(1, rect.height() // metrics.height()))
        for number, line in enumerate(lines):
            painter.drawText(QRect(rect.left(), rect.top() + number * metrics.height(), rect.width(),
                                   metrics.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)

    @staticmethod
    def _same(a: Placed, b: Placed) -> bool:
        if a.chip is not None and b.chip is not None:
            return a.chip.key == b.chip.key
        return a.bar is not None and b.bar is not None and a.bar.id == b.bar.id

    # --- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        item = self.item_at(pos)
        self.selected = item
        self._drag = None
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            resize = item.bar is not None and not (item.bar.all_day or item.bar.first_day != item.bar.last_day) \
                and abs(pos.y() - item.rect.bottom()) <= EDGE
            self._drag = ("resize" if resize else "move", item, pos)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._drag is None:
            item = self.item_at(pos)
            near_edge = item is not None and item.bar is not None and abs(pos.y() - item.rect.bottom()) <= EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return
        kind, item, start = self._drag
        if kind == "move":
            target = self.at(pos - QPoint(0, start.y() - item.rect.top()))  # where its top lands
            if target is not None:
                self._ghost = item.rect.translated(0, 0)
                left, _top, width, _ph = self.frame()
                column = (target[0] - self.model.first_date).days
                self._ghost.moveTo(left + column * width + 2, self.y_for(target[1]))
        else:
            self._ghost = QRect(item.rect.topLeft(), QPoint(item.rect.right(), max(item.rect.top() + 6, pos.y())))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag, self._ghost = self._drag, None, None
        self.update()
        if drag is None:
            return
        kind, item, start = drag
        pos = event.position().toPoint()
        if (pos - start).manhattanLength() < 4:
            return
        target = self.at(pos if kind == "resize" else pos - QPoint(0, start.y() - item.rect.top()))
        if target is None:
            return
        if kind == "resize" and item.bar is not None:
            self.resized.emit(item.bar, target[1])
        elif item.bar is not None and (item.bar.all_day or item.bar.first_day != item.bar.last_day):
            self.moved.emit(item.bar, datetime.combine(target[0], time(0)))
        else:
            self.moved.emit(item.chip if item.chip is not None else item.bar, target[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.item_at(event.position().toPoint())
        if item is None:
            return
        if item.chip is not None:
            self.edit_requested.emit(item.chip)
        elif item.bar is not None:
            self.event_requested.emit(item.bar.id)

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip:
            item = self.item_at(event.pos())
            if item is not None and item.chip is not None:
                QToolTip.showText(event.globalPos(), chip_tooltip(self.source, item.chip, False), self)
                return True
            target = self.at(event.pos())
            flags = self.model.flags_on(target[0]) if target else []
            holiday = self.model.day_info(target[0]).holiday if target else None
            if flags or holiday:
                from .cadence_words import flags_text

                text = "\n".join(t for t in (holiday, flags_text(flags, self.source.networks) if flags else "") if t)
                QToolTip.showText(event.globalPos(), text, self)
                return True
            QToolTip.hideText()
            return True
        return super().event(event)


def local_to_aware(moment: datetime, zone_name: str) -> datetime:
    return local_datetime(moment.date(), moment.time(), zone_name)
