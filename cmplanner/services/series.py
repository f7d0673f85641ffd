"""Series use cases: create, edit, duplicate, end and delete a recurring series, write one of its
occurrences into a post, skip or move an occurrence, and what the Series page lists (the next
occurrence of each series and the occurrences still lacking content).

Each write reads, applies the domain's rules (recurrence.py, rrule_form.py), then ``commit``\\ s in
one transaction and returns the undoable ``Change``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Post, Series, new_uid
from cmplanner.domain.enums import PostKind
from cmplanner.domain.errors import DomainError, InvalidRecurrence, Message
from cmplanner.domain.rrule_form import ended_rule
from cmplanner.domain.timezones import local_datetime, to_local
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, remove, save

LOOK_AHEAD = timedelta(weeks=6)  # how far the Series page looks for occurrences lacking content


def _current(store: PlanStore, series: Series) -> Series:
    stored = store.series.get(series.id) if series.id is not None else None
    if stored is None:
        raise DomainError("The series “{name}” no longer exists.", name=series.name)
    return stored


def create_series(store: PlanStore, series: Series) -> Change:
    recurrence.validate_series(series)
    return commit(store, Message("Create series “{name}”", name=series.name),
                  [save("series", None, replace(series, id=None, revision=0))])


def edit_series(store: PlanStore, before: Series, after: Series) -> Change:
    """Store ``after`` over ``before``; an unchanged series writes nothing (an empty change)."""
    recurrence.validate_series(after)
    if after == before:
        return Change(Message("Edit series “{name}”", name=after.name), ())
    return commit(store, Message("Edit series “{name}”", name=after.name),
                  [save("series", before, after)])


def duplicate_series(store: PlanStore, series: Series, name: str) -> Change:
    """A new series with the same rule, templates and networks, named ``name``; skipped and
    moved occurrences stay with the original."""
    copy = replace(series, name=name, exceptions=[], id=None, revision=0, uid=new_uid(),
                   network_ids=list(series.network_ids))
    recurrence.validate_series(copy)
    return commit(store, Message("Duplicate series “{name}”", name=series.name),
                  [save("series", None, copy)])


def end_series(store: PlanStore, series: Series, last_day: date) -> Change:
    """No occurrence after the local day ``last_day`` (the written posts stay as they are)."""
    current = _current(store, series)
    if last_day < to_local(current.start, current.timezone).date():
        raise InvalidRecurrence("The series ends (UNTIL) before it starts.")
    after = replace(current, rrule=ended_rule(current.rrule, last_day, current.timezone))
    recurrence.validate_series(after)
    return commit(store, Message("End series “{name}” on {day}", name=current.name, day=last_day),
                  [save("series", current, after)])


def delete_series(store: PlanStore, series: Series) -> Change:
    """Delete the series; posts already written from it stay, as ordinary posts (undo ties them
    to the series again)."""
    current = _current(store, series)
    intents = [save("posts", post, replace(post, series_id=None, occurrence_start=None,
                                           kind=PostKind.STANDARD if post.kind is PostKind.SERIES else post.kind))
               for post in store.posts.for_series(current.id)]  # type: ignore[arg-type]
    intents.append(remove("series", current))
    return commit(store, Message("Delete series “{name}”", name=current.name), intents)


def write_occurrence(store: PlanStore, series: Series, original_start: datetime) -> Change:
    """The occurrence that starts (originally) at ``original_start`` as a real draft post filled
    from the series' templates; an occurrence already written returns an empty change."""
    current = _current(store, series)
    occurrence = find_occurrence(store, current, original_start)
    text = Message("Write an occurrence of “{name}”", name=current.name)
    if occurrence.post_id is not None:
        return Change(text, ())
    return commit(store, text, [save("posts", None, recurrence.materialize(current, occurrence))])


def find_occurrence(store: PlanStore, series: Series, original_start: datetime) -> recurrence.Occurrence:
    around = [original_start]
    moved = next((e.new_start for e in series.exceptions
                  if e.original_start == original_start and e.new_start is not None), None)
    if moved is not None:
        around.append(moved)
    start, end = min(around) - timedelta(days=1), max(around) + timedelta(days=1)
    posts = store.posts.for_series(series.id) if series.id is not None else []  # type: ignore[arg-type]
    for occ in recurrence.occurrences(series, start, end, posts):
        if occ.original_start == original_start:
            return occ
    raise DomainError("This occurrence is no longer in the series “{name}”.", name=series.name)


@dataclass(frozen=True)
class Lacking:
    """An occurrence of a series, coming soon, with no post written for it yet."""

    series: Series
    occurrence: recurrence.Occurrence
    title: str

    @property
    def start(self) -> datetime:
        return self.occurrence.start


@dataclass(frozen=True)
class SeriesRow:
    series: Series
    next_start: datetime | None  # the next occurrence from now (written or not)
    lacking: tuple[Lacking, ...]  # occurrences in the look-ahead without content
    ended: bool  # no occurrence left from now on


def series_overview(store: PlanStore, today: date, look_ahead: timedelta = LOOK_AHEAD) -> list[SeriesRow]:
    """Every series with its next occurrence and the occurrences lacking content from ``today``
    to ``today + look_ahead``, by name."""
    zone_name = store.zone_name
    now = local_datetime(today, time(0, 0), zone_name)
    end = now + look_ahead
    written: dict[int | None, list[Post]] = {}
    for post in store.posts.replacing_occurrences(now - timedelta(days=1), end + timedelta(days=1)):
        written.setdefault(post.series_id, []).append(post)
    rows = []
    for series in store.series.all():
        soon = recurrence.occurrences(series, now, end, written.get(series.id, []))
        lacking = tuple(Lacking(series, occ, recurrence.render_template(series.title_template, occ, series))
                        for occ in soon if occ.post_id is None)
        next_start = soon[0].start if soon else _next_after(series, end)
        rows.append(SeriesRow(series, next_start, lacking, next_start is None))
    rows.sort(key=lambda r: r.series.name.casefold())
    return rows


def _next_after(series: Series, moment: datetime) -> datetime | None:
    """The first occurrence after ``moment`` within a year (a series that far off is "ended")."""
    later = recurrence.occurrences(series, moment, moment + timedelta(days=366))
    return later[0].start if later else None
