"""IRL events handled from the calendar: move (by days, or to new times from the week's time
grid) and delete, with their promotion posts, each one undoable change.

Moving an event by days keeps its local times and its length; its unpublished promotion posts
follow (domain/promotion.py ``follow_event``), and the undo text says how many followed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from cmplanner.domain import promotion
from cmplanner.domain.entities import Event
from cmplanner.domain.errors import DomainError, Message
from cmplanner.domain.timezones import shift_days_keep_wall_time, to_local
from cmplanner.storage.store import PlanStore

from . import events
from .changes import Change


def _current(store: PlanStore, event_id: int) -> Event:
    event = store.events.get(event_id)
    if event is None:
        raise DomainError("This event no longer exists.")
    return event


def move_event_by_days(store: PlanStore, event_id: int, days: int) -> Change:
    """The event ``days`` later (earlier when negative), same local times and length."""
    event = _current(store, event_id)
    if days == 0:
        return Change(Message("Move event “{title}”", title=event.title), ())
    zone_name = store.zone_name
    after = replace(event, start=shift_days_keep_wall_time(event.start, days, zone_name),
                    end=shift_days_keep_wall_time(event.end, days, zone_name))
    return _commit_move(store, event, after)


def reschedule_event(store: PlanStore, event_id: int, start: datetime, end: datetime) -> Change:
    """The event at new times (the time grid's drag and resize); posts follow a change of day."""
    event = _current(store, event_id)
    after = replace(event, start=start, end=end)
    if after == event:
        return Change(Message("Move event “{title}”", title=event.title), ())
    return _commit_move(store, event, after)


def _commit_move(store: PlanStore, event: Event, after: Event) -> Change:
    """The event use case (services/events.py: the event and its promotion posts in one
    change), named for the calendar: how many promotion posts followed."""
    promotion.validate_event(after)
    zone_name = store.zone_name
    change = events.move_event(store, event, after.start, after.end)
    followers = sum(1 for w in change.writes if w.kind == "posts")
    day = to_local(after.start, zone_name).date()
    if followers:
        text = Message("Move event “{title}” to {day}; %n promotion post(s) follow",
                       title=event.title, day=day, count=followers)
    elif to_local(event.start, zone_name).date() != day:
        text = Message("Move event “{title}” to {day}", title=event.title, day=day)
    else:
        text = Message("Change the times of event “{title}”", title=event.title)
    return replace(change, text=text)


def delete_event(store: PlanStore, event_id: int) -> Change:
    """The event goes with its promotion posts (services/events.py)."""
    return events.delete_event(store, _current(store, event_id))


def event_days(event: Event, zone_name: str) -> tuple[date, date]:
    """The local first and last day the event covers."""
    first = to_local(event.start, zone_name).date()
    last = to_local(event.end, zone_name)
    last_day = last.date()
    if last_day > first and last.hour == 0 and last.minute == 0:
        last_day = date.fromordinal(last_day.toordinal() - 1)
    return first, last_day
