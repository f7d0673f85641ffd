"""Use cases on recurring series and their occurrences: create or edit, duplicate, end and
delete a series, skip, move or write one of its occurrences; and what the Series page lists (the
next occurrence of each series and the occurrences still lacking content)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from cmplanner.domain.filters import fold
from cmplanner.domain import recurrence
from cmplanner.domain.days_off import DayOff
from cmplanner.domain.entities import Post, Series, new_uid
from cmplanner.domain.errors import DomainError, InvalidRecurrence, Message
from cmplanner.domain.rrule_form import ended_rule
from cmplanner.domain.timezones import local_datetime, to_local
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, remove, save
from .days_off import days_off_by_site

LOOK_AHEAD = timedelta(weeks=6)  # how far the Series page looks for occurrences lacking content


def _current(store: PlanStore, series: Series) -> Series:
    stored = store.series.get(series.id) if series.id is not None else None
    if stored is None:
        raise DomainError("The series “{name}” no longer exists.", name=series.name)
    return stored


def save_series(store: PlanStore, loaded: Series | None, edited: Series) -> Change:
    text = (Message("Create the series “{name}”", name=edited.name) if loaded is None
            else Message("Edit the series “{name}”", name=edited.name))
    return commit(store, text, [save("series", loaded, edited)])


def skip_occurrence(store: PlanStore, loaded: Series, original_start: datetime) -> Change:
    return commit(store, Message("Skip an occurrence of “{name}”", name=loaded.name),
                  [save("series", loaded, recurrence.skip(loaded, original_start))])


def move_occurrence(store: PlanStore, loaded: Series, original_start: datetime,
                    new_start: datetime, day_text: str = "") -> Change:
    return commit(store, Message("Move an occurrence of “{name}” to {day}", name=loaded.name,
                                 day=day_text or new_start),
                  [save("series", loaded, recurrence.move(loaded, original_start, new_start))])


def write_occurrence(store: PlanStore, series: Series,
                     occurrence: recurrence.Occurrence) -> Change:
    """The occurrence becomes a real post tied to its series, filled from the templates (an
    occurrence already written is left as it is: the change is empty)."""
    if occurrence.post_id is not None and store.posts.get(occurrence.post_id) is not None:
        return Change(Message("Write an occurrence of “{name}”", name=series.name), ())
    return commit(store, Message("Write an occurrence of “{name}”", name=series.name),
                  [save("posts", None, recurrence.materialize(series, occurrence))])


def delete_series(store: PlanStore, loaded: Series) -> Change:
    """The series goes; the posts already written from it stay, as ordinary posts."""
    written = store.posts.for_series(loaded.id)  # type: ignore[arg-type]
    return commit(store, Message("Delete the series “{name}”", name=loaded.name),
                  [*(save("posts", p, replace(p, series_id=None)) for p in written),
                   remove("series", loaded)])


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


def write_occurrence_at(store: PlanStore, series: Series, original_start: datetime) -> Change:
    """``write_occurrence`` for the occurrence that starts (originally) at ``original_start``,
    read again from the plan (the Series page's "Write now")."""
    current = _current(store, series)
    return write_occurrence(store, current, find_occurrence(store, current, original_start))


def find_occurrence(store: PlanStore, series: Series, original_start: datetime) -> recurrence.Occurrence:
    around = [original_start]
    moved = next((e.new_start for e in series.exceptions
                  if e.original_start == original_start and e.new_start is not None), None)
    if moved is not None:
        around.append(moved)
    start, end = min(around) - timedelta(days=1), max(around) + timedelta(days=1)
    posts = store.posts.for_series(series.id) if series.id is not None else []
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
    day_off: DayOff | None = None  # the local day is a public holiday or a closure day

    @property
    def start(self) -> datetime:
        return self.occurrence.start


@dataclass(frozen=True)
class SeriesRow:
    series: Series
    next_start: datetime | None  # the next occurrence from now (written or not)
    lacking: tuple[Lacking, ...]  # occurrences in the look-ahead without content
    ended: bool  # no occurrence left from now on


def series_overview(store: PlanStore, today: date, look_ahead: timedelta = LOOK_AHEAD,
                    language: str = "fr") -> list[SeriesRow]:
    """Every series with its next occurrence and the occurrences lacking content from ``today``
    to ``today + look_ahead``, by name; an occurrence on a day off of the series' site (its
    owner's) says so, the holiday named in ``language``."""
    zone_name = store.zone_name
    now = local_datetime(today, time(0, 0), zone_name)
    end = now + look_ahead
    written: dict[int | None, list[Post]] = {}
    for post in store.posts.replacing_occurrences(now - timedelta(days=1), end + timedelta(days=1)):
        written.setdefault(post.series_id, []).append(post)
    all_series = store.series.all()
    sites = {p.id: p.site_id for p in store.people.all()}
    off = days_off_by_site(store, today - timedelta(days=1), (end + timedelta(days=2)).date(),
                           {sites.get(s.owner_id) for s in all_series}, language)
    rows = []
    for series in all_series:
        soon = recurrence.occurrences(series, now, end, written.get(series.id, []))
        site_off = off[sites.get(series.owner_id)]
        lacking = tuple(Lacking(series, occ, recurrence.render_template(series.title_template, occ, series),
                                site_off.on(to_local(occ.start, zone_name).date()))
                        for occ in soon if occ.post_id is None)
        next_start = soon[0].start if soon else _next_after(series, end)
        rows.append(SeriesRow(series, next_start, lacking, next_start is None))
    rows.sort(key=lambda r: fold(r.series.name))  # accents aside: « Émission » beside « Email »
    return rows


def _next_after(series: Series, moment: datetime) -> datetime | None:
    """The first occurrence after ``moment`` within a year (a series that far off is "ended")."""
    later = recurrence.occurrences(series, moment, moment + timedelta(days=366))
    return later[0].start if later else None
