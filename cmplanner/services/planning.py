"""Planning use cases: the calendar's items, series occurrences, events and their promotion."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from cmplanner.domain import promotion, recurrence
from cmplanner.domain.entities import Event, Post, Series
from cmplanner.storage.store import PlanStore


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
    """Posts planned in [start, end) and the series occurrences that no post replaces yet."""
    posts = store.posts.in_range(start, end)
    items = [CalendarItem(p.planned_at, p.title, post=p) for p in posts]  # type: ignore[arg-type]
    # Only edits of occurrences due in the window can hide one; an edit planned in the window
    # from elsewhere is already among ``posts``. One query instead of one per series.
    edited: dict[int | None, list[Post]] = {}
    for post in store.posts.replacing_occurrences(start - timedelta(days=1), end + timedelta(days=1)):
        edited.setdefault(post.series_id, []).append(post)
    for series in store.series.all():
        for occ in recurrence.occurrences(series, start, end, edited.get(series.id, [])):
            if occ.post_id is None:
                title = recurrence.render_template(series.title_template, occ, series)
                items.append(CalendarItem(occ.start, title, series=series, occurrence=occ))
    items.sort(key=lambda i: (i.start, i.title))
    return items


def edit_occurrence(store: PlanStore, series: Series, occurrence: recurrence.Occurrence) -> Post:
    """Turn an occurrence into a real post tied to its series (the post is returned, stored)."""
    if occurrence.post_id is not None:
        post = store.posts.get(occurrence.post_id)
        if post is not None:
            return post
    return store.posts.save(recurrence.materialize(series, occurrence))


def create_event(store: PlanStore, event: Event, with_promotion: bool = True) -> tuple[Event, list[Post]]:
    """Store a new event and the draft posts of its promotion plan, in one transaction."""
    settings = store.settings()
    with store.transaction():
        saved = store.events.save(event)
        posts = []
        if with_promotion:
            for post in promotion.promotion_posts(saved, settings.timezone, settings.language):
                posts.append(store.posts.save(post))
    return saved, posts


def update_event(store: PlanStore, event: Event) -> tuple[Event, list[Post]]:
    """Store a changed event; its unpublished promotion posts follow it if it moved."""
    old = store.events.get(event.id) if event.id is not None else None
    if old is None:
        return create_event(store, event)
    zone_name = store.zone_name
    with store.transaction():
        saved = store.events.save(event)
        moved = [store.posts.save(p) for p in
                 promotion.follow_event(old, saved, store.posts.for_event(old.id), zone_name)]  # type: ignore[arg-type]
    return saved, moved


def move_post(store: PlanStore, post: Post, new_start: datetime) -> Post:
    return store.posts.save(replace(post, planned_at=new_start))
