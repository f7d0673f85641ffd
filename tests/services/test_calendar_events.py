"""Events moved and deleted from the calendar: promotion posts follow, one change, undoable."""

from __future__ import annotations

from cmplanner.domain.enums import PostStatus
from cmplanner.domain.timezones import to_local
from cmplanner.services.calendar_events import delete_event, move_event_by_days
from cmplanner.services.changes import revert


def _event_with_posts(store):
    return next(e for e in store.events.all() if store.posts.for_event(e.id))


def test_moving_an_event_moves_its_unpublished_promotion_posts(demo_store):
    event = _event_with_posts(demo_store)
    zone = demo_store.zone_name
    before = {p.id: p for p in demo_store.posts.for_event(event.id)}
    change = move_event_by_days(demo_store, event.id, 7)
    moved = demo_store.events.get(event.id)
    assert to_local(moved.start, zone).time() == to_local(event.start, zone).time()
    assert (moved.end - moved.start) == (event.end - event.start)
    for post in demo_store.posts.for_event(event.id):
        old = before[post.id]
        if old.status in (PostStatus.PUBLISHED, PostStatus.CANCELLED):
            assert post.planned_at == old.planned_at
        else:
            assert (to_local(post.planned_at, zone).date() - to_local(old.planned_at, zone).date()).days == 7
            assert to_local(post.planned_at, zone).time() == to_local(old.planned_at, zone).time()
    assert change.text.template.endswith("promotion post(s) follow") and change.text.params["count"] >= 1
    revert(demo_store, change)
    assert demo_store.events.get(event.id).start == event.start
    assert {p.id: p.planned_at for p in demo_store.posts.for_event(event.id)} == \
        {i: p.planned_at for i, p in before.items()}


def test_deleting_an_event_takes_its_posts_and_undo_brings_them_back(demo_store):
    event = _event_with_posts(demo_store)
    ids = {p.id for p in demo_store.posts.for_event(event.id)}
    change = delete_event(demo_store, event.id)
    assert demo_store.events.get(event.id) is None
    revert(demo_store, change)
    assert demo_store.events.get(event.id) is not None
    assert {p.id for p in demo_store.posts.for_event(event.id)} == ids
