"""Promotion plans: the posts that announce an IRL event before, during and after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from .entities import Event, Post, PromotionStep
from .enums import PostKind, PostStatus
from .errors import InvalidDates
from .timezones import local_datetime, require_aware, shift_days_keep_wall_time, to_local

# Generated post titles are plan content, written in the plan's language.
STEP_LABELS = {
    "fr": {"announce": "Annonce", "reminder": "Rappel", "last_call": "J-1",
           "live": "En direct", "recap": "Retour sur"},
    "en": {"announce": "Announcing", "reminder": "Reminder", "last_call": "Tomorrow",
           "live": "Live", "recap": "Recap"},
}

DEFAULT_STEPS: tuple[tuple[int, time, str], ...] = (
    (-14, time(9, 0), "announce"),
    (-7, time(9, 0), "reminder"),
    (-1, time(9, 0), "last_call"),
    (0, time(10, 0), "live"),
    (1, time(10, 0), "recap"),
)


def default_plan(network_ids: list[int] | None = None) -> list[PromotionStep]:
    """J-14 announce, J-7 reminder, J-1 reminder, live on the day, J+1 recap."""
    return [PromotionStep(offset, at, key, list(network_ids or [])) for offset, at, key in DEFAULT_STEPS]


def validate_event(event: Event) -> None:
    require_aware(event.start, "event start")
    require_aware(event.end, "event end")
    if not event.title.strip():
        raise InvalidDates("An event needs a title.")
    if event.end < event.start:
        raise InvalidDates("The event ends before it starts.")


def step_title(step: PromotionStep, event: Event, language: str) -> str:
    labels = STEP_LABELS.get(language, STEP_LABELS["en"])
    return f"{labels.get(step.label, step.label)} : {event.title}" if language == "fr" \
        else f"{labels.get(step.label, step.label)}: {event.title}"


def promotion_posts(event: Event, zone_name: str, language: str = "fr") -> list[Post]:
    """New draft posts for every step of the event's promotion plan."""
    validate_event(event)
    first_day = to_local(event.start, zone_name).date()
    posts = []
    for step in event.promotion:
        day = first_day.fromordinal(first_day.toordinal() + step.offset_days)
        posts.append(Post(
            title=step_title(step, event, language),
            text=event.description,
            network_ids=list(step.network_ids),
            status=PostStatus.DRAFT,
            kind=PostKind.EVENT_PROMOTION,
            planned_at=local_datetime(day, step.at, zone_name),
            event_id=event.id,
            promotion_offset_days=step.offset_days,
        ))
    return posts


def follow_event(old: Event, new: Event, posts: list[Post], zone_name: str) -> list[Post]:
    """The event's promotion posts after the event moved from ``old`` to ``new``.

    Each post keeps its offset to the event's first day and its local time; published and
    cancelled posts stay where they are. Only the posts that change are returned.
    """
    validate_event(new)
    delta = (to_local(new.start, zone_name).date() - to_local(old.start, zone_name).date()).days
    if delta == 0:
        return []
    moved = []
    for post in posts:
        if post.event_id != old.id or post.planned_at is None:
            continue
        if post.status in (PostStatus.PUBLISHED, PostStatus.CANCELLED):
            continue
        moved.append(replace(post, planned_at=shift_days_keep_wall_time(post.planned_at, delta, zone_name)))
    return moved
