"""Saving an event with its promotion posts as one undo step.

The first redo runs the use case (services.planning.create_event / update_event, plus posts for
steps added to the plan); undo puts back the event and its posts as they were before, and a
later redo puts back the state the use case produced (same ids), all in one transaction each.
"""

from __future__ import annotations

from dataclasses import replace

from cmplanner.domain.entities import Event, Post
from cmplanner.domain.promotion_sync import missing_posts, posts_deleted_with_event
from cmplanner.services import planning
from cmplanner.storage.store import PlanStore

from ..commands import CallCommand


class _Snapshot:
    def __init__(self, event: Event | None, posts: list[Post]) -> None:
        self.event, self.posts = event, posts


def _with_current_revision(repo, item):
    current = repo.get(item.id)
    return item if current is None else replace(item, revision=current.revision)


def _put_back(store: PlanStore, event_id: int, snapshot: _Snapshot) -> None:
    """Make the event and its posts what ``snapshot`` holds (no event: delete them all)."""
    with store.transaction():
        keep = {p.id for p in snapshot.posts}
        for post in store.posts.for_event(event_id):
            if post.id not in keep:
                store.posts.delete(post.id)  # type: ignore[arg-type]
        if snapshot.event is None:
            store.events.delete(event_id)
            return
        store.events.save(_with_current_revision(store.events, snapshot.event))
        for post in snapshot.posts:
            store.posts.save(_with_current_revision(store.posts, post))


def _take(store: PlanStore, event_id: int) -> _Snapshot:
    return _Snapshot(store.events.get(event_id), store.posts.for_event(event_id))


def save_event_command(store: PlanStore, event: Event, text: str) -> CallCommand:
    """One undoable step: a new event with its promotion posts, or a changed event whose
    promotion posts follow it (and whose new steps get their posts)."""
    before = _take(store, event.id) if event.id is not None else _Snapshot(None, [])
    after: list[_Snapshot] = []
    ids: list[int] = []

    def do():
        if after:
            _put_back(store, ids[0], after[0])
            return after[0].event
        settings = store.settings()
        with store.transaction():
            if before.event is None:
                saved, _posts = planning.create_event(store, event)
            else:
                saved, _moved = planning.update_event(store, event)
                for post in missing_posts(saved, store.posts.for_event(saved.id), settings.timezone,  # type: ignore[arg-type]
                                          settings.language):
                    store.posts.save(post)
        ids.append(saved.id)  # type: ignore[arg-type]
        after.append(_take(store, saved.id))  # type: ignore[arg-type]
        return saved

    def undo():
        _put_back(store, ids[0], before)

    return CallCommand(text, do, undo)


def delete_event_command(store: PlanStore, event: Event, text: str) -> CallCommand:
    """One undoable step: the event goes with its promotion posts (published ones stay)."""
    before = _take(store, event.id)  # type: ignore[arg-type]

    def do():
        with store.transaction():
            for post in posts_deleted_with_event(store.posts.for_event(event.id)):  # type: ignore[arg-type]
                store.posts.delete(post.id)  # type: ignore[arg-type]
            store.events.delete(event.id)  # type: ignore[arg-type]

    def undo():
        _put_back(store, event.id, before)  # type: ignore[arg-type]

    return CallCommand(text, do, undo)
