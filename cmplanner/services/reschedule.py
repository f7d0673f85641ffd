"""Putting a calendar item at a new date and time (the week's time grid): a post, or a series
occurrence (which becomes a moved occurrence), through the posts and series use cases."""

from __future__ import annotations

from datetime import datetime

from cmplanner.domain.errors import DomainError
from cmplanner.domain.timezones import require_aware
from cmplanner.storage.store import PlanStore

from . import posts, series
from .changes import Change


def reschedule_post(store: PlanStore, post_id: int, start: datetime) -> Change:
    require_aware(start, "new date")
    post = store.posts.get(post_id)
    if post is None:
        raise DomainError("This post no longer exists.")
    return posts.move_post(store, post, start)


def reschedule_occurrence(store: PlanStore, series_id: int, original_start: datetime,
                          start: datetime) -> Change:
    require_aware(start, "new date")
    loaded = store.series.get(series_id)
    if loaded is None:
        raise DomainError("This series no longer exists.")
    return series.move_occurrence(store, loaded, original_start, start)
