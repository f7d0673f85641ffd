"""The short "changed by Camille" mark on the items a colleague just changed (a team plan).

``ColleagueMarks`` remembers, for ``LIFETIME_MS``, who changed which post, series or event (ui/
team_live.py adds them when a notification arrives). The calendar models answer
``CHANGED_BY_ROLE`` with ``chip_marks`` (chip key -> name) and the list models also colour the
row; the chip delegate draws ``paint_mark`` over a marked chip. When the marks expire, or the
user refreshes the view, they go and the views repaint.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QObject, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

LIFETIME_MS = 12000
MARK_COLOUR = "#e07b00"  # amber, unlike any status or pillar colour of the defaults
ROW_COLOUR = "#ffe9c7"


class ColleagueMarks(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, lifetime_ms: int = LIFETIME_MS) -> None:
        super().__init__(parent)
        self.lifetime_ms = lifetime_ms
        self._marks: dict[str, tuple[str, float]] = {}  # "post:12", "series:3" -> (name, until)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expire)

    def __bool__(self) -> bool:
        return bool(self._marks)

    def add(self, kind: str, item_id: int, author: str) -> None:
        key = {"posts": "post", "series": "series", "events": "event"}[kind]
        self._marks[f"{key}:{item_id}"] = (author, time.monotonic() + self.lifetime_ms / 1000)
        self._schedule()
        self.changed.emit()

    def author(self, key: str) -> str:
        found = self._marks.get(key)
        return found[0] if found else ""

    def for_chips(self, chips: Iterable, bars: Iterable = ()) -> dict[str, str]:
        """chip key -> who changed it, for the marked chips among ``chips`` (a written post by its
        own key, any chip of a changed series by the series); "event:ID" -> who, for the marked
        event bars among ``bars``."""
        found: dict[str, str] = {}
        for bar in bars:
            name = self.author(f"event:{bar.id}")
            if name:
                found[f"event:{bar.id}"] = name
        for chip in chips:
            name = self.author(chip.key) or (
                self.author(f"series:{chip.series_id}") if chip.series_id is not None else "")
            if name:
                found[chip.key] = name
        return found

    def clear(self) -> None:
        if self._marks:
            self._marks.clear()
            self.changed.emit()

    def expire(self) -> None:
        now = time.monotonic()
        kept = {k: v for k, v in self._marks.items() if v[1] > now}
        if len(kept) != len(self._marks):
            self._marks = kept
            self.changed.emit()
        self._schedule()

    def _schedule(self) -> None:
        if self._marks:
            soonest = min(until for _name, until in self._marks.values())
            self._timer.start(max(50, int((soonest - time.monotonic()) * 1000) + 20))
        else:
            self._timer.stop()


def chip_marks(ctx, chips: Iterable, bars: Iterable = ()) -> dict[str, str] | None:
    """What a model answers for ``CHANGED_BY_ROLE``: None (quickly) when nothing is marked."""
    marks = getattr(ctx, "colleague_marks", None)
    if not marks:
        return None
    return marks.for_chips(chips, bars) or None


def row_background(ctx, chip) -> QColor | None:
    """A list row's background while its item is marked."""
    marks = chip_marks(ctx, (chip,))
    return QColor(ROW_COLOUR) if marks else None


def paint_mark(painter: QPainter, rect: QRect, name: str, font: QFont) -> None:
    """An amber outline round the chip and a small tag with the colleague's name at its top
    right (the tag shows the first name only when the chip is narrow)."""
    painter.save()
    colour = QColor(MARK_COLOUR)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, 2))
    painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 3, 3)
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
    small.setBold(True)
    metrics = QFontMetrics(small)
    text = name.split(" ")[0] if name else ""
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() // 2))
    width = metrics.horizontalAdvance(text) + 6
    tag = QRect(rect.right() - width - 1, rect.top() - metrics.height() // 3, width, metrics.height())
    tag = tag.intersected(rect.adjusted(0, -metrics.height() // 3, 0, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(tag), 3, 3)
    painter.setFont(small)
    painter.setPen(QColor("white"))
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
