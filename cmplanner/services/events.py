"""Use cases on IRL events: an event is written with its promotion posts, as one change."""

from __future__ import annotations

from dataclasses import replace

from cmplanner.domain import promotion
from cmplanner.domain.entities import Event
from cmplanner.domain.errors import Message
from cmplanner.domain.promotion_sync import missing_posts, posts_deleted_with_event
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, remove, save


def save_event(store: PlanStore, loaded: Event | None, edited: Event,
               with_promotion: bool = True) -> Change:
    """A new event with the draft posts of its promotion plan, or a changed event whose
    unpublished promotion posts follow it and whose new steps get their posts."""
    settings = store.settings()
    creating = loaded is None
    text = (Message("Create the event “{title}”", title=edited.title) if creating
            else Message("Edit the event “{title}” and its promotion", title=edited.title))
    with store.transaction():
        first = commit(store, text, [save("events", loaded, edited)])
        event = first.writes[0].after
        intents = []
        existing = [] if creating else store.posts.for_event(event.id)
        if not creating and loaded is not None:
            for moved in promotion.follow_event(loaded, event, existing, settings.timezone):
                current = next(p for p in existing if p.id == moved.id)
                intents.append(save("posts", current, moved))
        if with_promotion:
            for post in missing_posts(event, existing, settings.timezone, settings.language):
                intents.append(save("posts", None, post))
        second = commit(store, text, intents)
    return Change(text, first.writes + second.writes)


def move_event(store: PlanStore, loaded: Event, shift_start, shift_end=None) -> Change:
    """The event moved to new start (and end); its promotion posts follow."""
    end = shift_end if shift_end is not None else shift_start + (loaded.end - loaded.start)
    return save_event(store, loaded, replace(loaded, start=shift_start, end=end),
                      with_promotion=False)


def delete_event(store: PlanStore, loaded: Event) -> Change:
    """The event goes with its promotion posts; published ones stay, detached from it."""
    posts = store.posts.for_event(loaded.id)  # type: ignore[arg-type]
    going = posts_deleted_with_event(posts)
    kept = [p for p in posts if p not in going]
    return commit(store, Message("Delete the event “{title}”", title=loaded.title),
                  [*(remove("posts", p) for p in going),
                   *(save("posts", p, replace(p, event_id=None)) for p in kept),
                   remove("events", loaded)])
