"""Keeping an event's promotion posts in step with its promotion plan after the plan changed."""

from __future__ import annotations

from .entities import Event, Post
from .enums import PostStatus
from .promotion import promotion_posts


def missing_posts(event: Event, posts: list[Post], zone_name: str, language: str = "fr") -> list[Post]:
    """New draft posts for the steps of ``event``'s plan that no existing post of the event
    stands for (matched on the step's offset in days). Removing a step deletes nothing: posts
    already written are the community manager's to cancel."""
    offsets = {p.promotion_offset_days for p in posts if p.event_id == event.id}
    return [p for p in promotion_posts(event, zone_name, language)
            if p.promotion_offset_days not in offsets]


def posts_deleted_with_event(posts: list[Post]) -> list[Post]:
    """The promotion posts that go when their event is deleted: all but the published ones,
    which stay in the plan's history."""
    return [p for p in posts if p.status is not PostStatus.PUBLISHED]
