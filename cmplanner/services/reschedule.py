"""Putting a calendar item at a new date and time (the week's time grid): a post, or a series
occurrence (which becomes a moved occurrence). Each is one undoable change."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cmplanner.domain import recurrence, validation
from cmplanner.domain.errors import DomainError, Message
from cmplanner.domain.timezones import require_aware
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save


def reschedule_post(store: PlanStore, post_id: int, start: datetime) -> Change:
    require_aware(start, "new date")
    post = store.posts.get(post_id)
    if post is None:
        raise DomainError("This post no longer exists.")
    text = Message("Move “{title}” to {moment}", title=post.title, moment=start)
    if post.planned_at == start:
        return Change(text, ())
    after = replace(post, planned_at=start)
    validation.validate_post(after, store.zone_name)
    return commit(store, text, [save("posts", post, after)])


def reschedule_occurrence(store: PlanStore, series_id: int, original_start: datetime,
                          start: datetime) -> Change:
    require_aware(start, "new date")
    series = store.series.get(series_id)
    if series is None:
        raise DomainError("This series no longer exists.")
    after = recurrence.move(series, original_start, start)
    recurrence.validate_series(after)
    return commit(store, Message("Move an occurrence of “{name}” to {moment}", name=series.name, moment=start),
                  [save("series", series, after)])
