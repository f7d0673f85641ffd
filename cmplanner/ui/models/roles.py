"""Item data roles shared by the calendar models and the chip delegate."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = Qt.ItemDataRole.UserRole + 100
DATE_ROLE = _BASE + 1  # datetime.date of the cell
CHIPS_ROLE = _BASE + 2  # list[Chip] shown in the cell (already filtered)
EVENTS_ROLE = _BASE + 3  # list[EventBar] covering the day
DAY_ROLE = _BASE + 4  # DayInfo of the cell
CHIP_ROLE = _BASE + 5  # the Chip of a list row (agenda, backlog)
FLAGS_ROLE = _BASE + 6  # list[DayFlag]: cadence gaps and overloads of the cell
CHANGED_BY_ROLE = _BASE + 20  # {chip key: colleague} just changed by a colleague, or None (colleague_marks)
