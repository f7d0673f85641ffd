"""The week's time grid as a page of the window ("Week by hour"), sharing the window's week (the
list form of the week stays as its own tab), and what its drags and resizes write."""

from __future__ import annotations

from typing import Any

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cmplanner.services import calendar_events, reschedule
from cmplanner.services.calendar_range import Chip, EventBar

from .time_grid import TimeGridView, local_to_aware


class TimeGridActions:
    def __init__(self, window: Any) -> None:
        self.window = window
        window.pages.add_lazy_page("hours", QCoreApplication.translate("MainWindow", "Week by hour"), self._build)

    def _build(self) -> QWidget:
        window = self.window
        view = TimeGridView(window.week_model, window.source, window)
        view.duration_minutes = window.store.settings().post_duration_minutes
        view.edit_requested.connect(lambda chip: window.series_actions.open_item(chip))
        view.event_requested.connect(lambda event_id: window.event_actions.open_event(event_id))
        view.moved.connect(self.move)
        view.resized.connect(self.resize)
        return view

    def move(self, item: object, local: datetime) -> None:
        store = self.window.store
        zone = store.zone_name
        start = local_to_aware(local, zone)
        run = self.window.event_actions._run
        if isinstance(item, Chip):
            if item.post_id is not None:
                run(lambda: reschedule.reschedule_post(store, item.post_id, start))
            elif item.series_id is not None and item.original_start is not None:
                run(lambda: reschedule.reschedule_occurrence(store, item.series_id, item.original_start, start))
        elif isinstance(item, EventBar):
            if item.all_day or item.first_day != item.last_day:
                days = (local.date() - item.first_day).days
                run(lambda: calendar_events.move_event_by_days(store, item.id, days))
            else:
                length = (item.end - item.start) if item.end else None
                end = start + length if length else start
                run(lambda: calendar_events.reschedule_event(store, item.id, start, end))

    def resize(self, bar: EventBar, local_end: datetime) -> None:
        store = self.window.store
        end = local_to_aware(local_end, store.zone_name)
        self.window.event_actions._run(lambda: calendar_events.reschedule_event(store, bar.id, bar.start, end))
