"""Approvals waiting, for the editorial line's review tab: the exceptional circuit's deadline as a
local date and time, overdue ones marked ⚑ with how late they are; sortable by every column,
the deadline by its instant."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from cmplanner.services.review import Waiting

from ..editors.common import format_datetime
from .rows_model import Column, RowsModel

OVERDUE_MARK = "⚑"
DEADLINE_COLUMN = 3



def late_by(late: timedelta) -> str:
    """« en retard de 2 jours », in hours under a day."""
    if late >= timedelta(days=1):
        return QCoreApplication.translate("WaitingModel", "overdue by %n day(s)", "", late.days)
    return QCoreApplication.translate("WaitingModel", "overdue by %n hour(s)", "", max(1, round(late.total_seconds() / 3600)))


def _instant(value: datetime | None) -> tuple[bool, float]:
    """A sort key: by instant, rows without one last."""
    return (value is None, value.timestamp() if value is not None else 0.0)


class WaitingModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        self.zone = "Europe/Paris"
        red = QColor("#b00020")
        super().__init__([
            Column(QCoreApplication.translate("WaitingModel", "Post"), lambda w: w.title, stretch=True,
                   tooltip=lambda w: QCoreApplication.translate("WaitingModel", "Sensitive: exceptional validation circuit") if w.sensitive else ""),
            Column(QCoreApplication.translate("WaitingModel", "Submitted"), lambda w: format_datetime(w.since, self.zone) if w.since else "—",
                   sort_key=lambda w: _instant(w.since)),
            Column(QCoreApplication.translate("WaitingModel", "Waiting"), lambda w: QCoreApplication.translate("WaitingModel", "%n day(s)", "", w.age_days or 0),
                   sort_key=lambda w: w.age_days or 0),
            Column(QCoreApplication.translate("WaitingModel", "Deadline"), self._deadline, sort_key=lambda w: _instant(w.deadline),
                   foreground=lambda w: red if w.overdue else None, tooltip=self._deadline_tip),
            Column(QCoreApplication.translate("WaitingModel", "Who may decide"), lambda w: ", ".join(w.waiting_for)),
        ], parent)

    def _deadline(self, row: Waiting) -> str:
        if row.deadline is None:
            return "—"
        text = format_datetime(row.deadline, self.zone)
        return f"{text} {OVERDUE_MARK}" if row.overdue else text

    def _deadline_tip(self, row: Waiting) -> str:
        if row.overdue_by is not None:
            late = late_by(row.overdue_by)
            return late[:1].upper() + late[1:]
        if row.deadline is not None:
            return QCoreApplication.translate("WaitingModel", "The exceptional circuit must decide by then; after it, the substitute may.")
        return QCoreApplication.translate("WaitingModel", "No deadline: not a request of the exceptional circuit, or a circuit without one.")
