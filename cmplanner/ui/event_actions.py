"""IRL events handled in the calendar grids like posts: double-click opens the event, a drag or
Ctrl+Shift+arrows moves it (its promotion posts follow), Delete deletes it with its promotion
posts. Every write is a use case of services/calendar_events.py put on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from cmplanner.domain.errors import DomainError
from cmplanner.services import calendar_events
from cmplanner.services.changes import Change

from .calendar_view import parse_event_key
from .messages import describe


class EventActions:
    def __init__(self, window: Any) -> None:
        self.window = window

    def _run(self, use_case: Callable[[], Change]) -> Change | None:
        window = self.window
        if window.store.read_only:
            window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "This plan is open read-only."), 5000)
            return None
        try:
            change = use_case()
            window.ctx.push(change)
            return change
        except DomainError as exc:
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Not possible"), describe(exc))
            return None

    def selected(self) -> int | None:
        view = self.window.current_calendar()
        return view.selected_event_id() if view is not None else None

    def open_event(self, event_id: int) -> Any:
        from .editors.event_editor import EventEditorDialog

        event = self.window.store.events.get(event_id)
        if event is None:
            return None
        return self.window.items._open_dialog(EventEditorDialog(self.window.ctx, event, self.window))

    def drop(self, key: str, day: date) -> bool:
        """A dropped event bar: the grabbed day lands on ``day``. False when ``key`` is no event."""
        parsed = parse_event_key(key)
        if parsed is None:
            return False
        event_id, grabbed = parsed
        event = self.window.store.events.get(event_id)
        if event is None:
            return True
        if grabbed is None:
            grabbed = calendar_events.event_days(event, self.window.store.zone_name)[0]
        self._moved(event_id, (day - grabbed).days)
        return True

    def move_selected(self, days: int) -> bool:
        event_id = self.selected()
        if event_id is None:
            return False
        self._moved(event_id, days)
        return True

    def _moved(self, event_id: int, days: int) -> None:
        if days == 0:
            return
        change = self._run(lambda: calendar_events.move_event_by_days(self.window.store, event_id, days))
        view = self.window.current_calendar()
        if change and view is not None:
            event = self.window.store.events.get(event_id)
            view.select_date(calendar_events.event_days(event, self.window.store.zone_name)[0])
            view.select_event(event_id)

    def delete_selected(self) -> bool:
        event_id = self.selected()
        if event_id is None:
            return False
        if self._run(lambda: calendar_events.delete_event(self.window.store, event_id)):
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Deleted. Ctrl+Z brings it back."), 5000)
        return True
