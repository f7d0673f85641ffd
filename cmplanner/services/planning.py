"""The calendar's items with full posts (exports, reports); writes are in posts, series and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Post, Series
from cmplanner.storage.store import PlanStore

from .calendar_range import unwritten_occurrences


@dataclass(frozen=True)
class CalendarItem:
    """One thing shown on a day: a real post, or a series occurrence not yet edited."""

    start: datetime
    title: str
    post: Post | None = None
    series: Series | None = None
    occurrence: recurrence.Occurrence | None = None

    @property
    def is_virtual(self) -> bool:
        return self.post is None


def calendar_items(store: PlanStore, start: datetime, end: datetime) -> list[CalendarItem]:
    """Posts planned in [start, end) and the series occurrences that no post replaces yet: the
    calendar's chips (``calendar_range``) with full posts, for exports and reports."""
    posts = store.posts.in_range(start, end)
    items = [CalendarItem(p.planned_at, p.title, post=p) for p in posts]  # type: ignore[arg-type]
    for series, occ in unwritten_occurrences(store, store.series.all(), start, end):
        title = recurrence.render_template(series.title_template, occ, series)
        items.append(CalendarItem(occ.start, title, series=series, occurrence=occ))
    items.sort(key=lambda i: (i.start, i.title))
    return items
