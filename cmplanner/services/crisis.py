"""Crisis mode use cases: start (posts of the window on hold), end (what was held put back),
each one transaction and one undoable change; and the list of everything a crisis affects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from cmplanner.domain import crisis as rules
from cmplanner.domain.crisis import Crisis
from cmplanner.domain.entities import Event, Post, Series
from cmplanner.domain.errors import Message
from cmplanner.storage.store import PlanStore

from .calendar_range import unwritten_occurrences
from .changes import Change, commit, save


@dataclass(frozen=True)
class Affected:
    """What a crisis over a window touches: the posts it holds, the series occurrences and the
    events whose promotion falls in it (shown, not changed), and whether calendar feeds are
    published (they will show held posts as tentative at their next publication)."""

    held: list[Post]
    occurrences: list[tuple[Series, datetime]]
    events: list[Event]


def affected(store: PlanStore, window_start: datetime, window_end: datetime) -> Affected:
    posts = store.posts.in_range(window_start, window_end)
    held = rules.to_hold(posts, window_start, window_end)
    promoted = {p.event_id for p in posts if p.event_id is not None}
    events = [e for e in store.events.all() if e.id in promoted
              or (e.start < window_end and e.end > window_start)]
    occurrences = [(s, o.start) for s, o in
                   unwritten_occurrences(store, store.series.all(), window_start, window_end)]
    return Affected(held, occurrences, events)


def start_crisis(store: PlanStore, reason: str, started_at: datetime, window_start: datetime,
                 window_end: datetime) -> Change:
    """Put the approved and scheduled posts of the window on hold and open the crisis log."""
    crisis, held = rules.start(reason, started_at, window_start, window_end,
                               store.posts.in_range(window_start, window_end),
                               store.active_crisis())
    loaded = {p.id: p for p in store.posts.in_range(window_start, window_end)}
    return commit(store, Message("Start the crisis “{reason}” (%n post(s) on hold)",
                                 reason=crisis.reason, count=len(held)),
                  [save("crises", None, crisis)]
                  + [save("posts", loaded[p.id], p) for p in held])


def end_crisis(store: PlanStore, loaded: Crisis, ended_at: datetime | None = None,
               note: str = "") -> Change:
    """End the crisis: every post it held and still on hold goes back to its status."""
    posts = {h.post_id: store.posts.get(h.post_id) for h in loaded.holds}
    current: dict[int, Post] = {k: v for k, v in posts.items() if v is not None}
    ended, restored = rules.end(loaded, ended_at or datetime.now(timezone.utc), current, note)
    return commit(store, Message("End the crisis “{reason}” (%n post(s) put back)",
                                 reason=loaded.reason, count=len(restored)),
                  [save("crises", loaded, ended)]
                  + [save("posts", current[p.id or 0], p) for p in restored])
