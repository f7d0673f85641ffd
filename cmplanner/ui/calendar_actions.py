"""The calendar's direct manipulations as undoable commands (no widget here).

Each function finds what the chip stands for, runs the use case (services.posts, services.series:
the rules are theirs, DomainError says why not and nothing is written) and returns the written
change with its undo text for ``ctx.push``; ``None`` means there is nothing to do.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Post, Series
from cmplanner.domain.errors import DomainError
from cmplanner.domain.timezones import local_datetime, shift_days_keep_wall_time, to_local
from cmplanner.services.calendar_range import Chip
from cmplanner.services import posts
from cmplanner.services import series as series_cases
from cmplanner.services.changes import Change

from .context import AppContext

DEFAULT_TIME = time(9, 0)  # a backlog idea dropped on a day is planned at 09:00


def _day_text(day: date) -> str:
    return QLocale().toString(day, "dddd d MMMM")


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


class Gone(DomainError):
    """The item changed or disappeared meanwhile."""


def _post(ctx: AppContext, chip: Chip) -> Post:
    post = ctx.store.posts.get(chip.post_id) if chip.post_id is not None else None
    if post is None:
        raise Gone(QCoreApplication.translate("actions", "This post no longer exists."))
    return post


def _series(ctx: AppContext, chip: Chip) -> Series:
    series = ctx.store.series.get(chip.series_id) if chip.series_id is not None else None
    if series is None or chip.original_start is None:
        raise Gone(QCoreApplication.translate("actions", "This series no longer exists."))
    return series


def find_occurrence(series: Series, chip: Chip) -> recurrence.Occurrence:
    assert chip.start is not None
    around = recurrence.occurrences(series, chip.start - timedelta(days=1), chip.start + timedelta(days=1))
    for occ in around:
        if occ.original_start == chip.original_start:
            return occ
    raise Gone(QCoreApplication.translate("actions", "This occurrence is no longer in the series."))


Written = tuple[Change, str]


def move_command(ctx: AppContext, chip: Chip, day: date) -> Written | None:
    """Move ``chip`` to ``day`` keeping its local time (an undated idea gets 09:00)."""
    store = ctx.store
    zone_name = store.zone_name
    if chip.post_id is not None:
        post = _post(ctx, chip)
        if post.planned_at is None:
            new_start = local_datetime(day, DEFAULT_TIME, zone_name)
        else:
            shift = (day - to_local(post.planned_at, zone_name).date()).days
            if shift == 0:
                return None
            new_start = shift_days_keep_wall_time(post.planned_at, shift, zone_name)
        change = posts.move_post(store, post, new_start, _day_text(day))
        return change, _fill(QCoreApplication.translate("actions", "Move “%1” to %2"), post.title, _day_text(day))
    series = _series(ctx, chip)
    assert chip.start is not None
    shift = (day - to_local(chip.start, zone_name).date()).days
    if shift == 0:
        return None
    new_start = shift_days_keep_wall_time(chip.start, shift, series.timezone)
    change = series_cases.move_occurrence(store, series, chip.original_start, new_start,  # type: ignore[arg-type]
                                          _day_text(day))
    return change, _fill(QCoreApplication.translate("actions", "Move an occurrence of “%1” to %2"), series.name, _day_text(day))


def delete_command(ctx: AppContext, chip: Chip) -> Written:
    """Delete a post; for a series occurrence, skip it (the series keeps its other dates)."""
    if chip.post_id is not None:
        post = _post(ctx, chip)
        return posts.delete_post(ctx.store, post), _fill(QCoreApplication.translate("actions", "Delete “%1”"), post.title)
    series = _series(ctx, chip)
    change = series_cases.skip_occurrence(ctx.store, series, chip.original_start)  # type: ignore[arg-type]
    return change, _fill(QCoreApplication.translate("actions", "Skip an occurrence of “%1”"), series.name)


def duplicate_command(ctx: AppContext, chip: Chip) -> Written:
    """A new draft with the same content, on the same day, tied to no series."""
    if chip.post_id is not None:
        source = _post(ctx, chip)
    else:
        series = _series(ctx, chip)
        source = recurrence.materialize(series, find_occurrence(series, chip))
    return posts.duplicate_post(ctx.store, source), _fill(QCoreApplication.translate("actions", "Duplicate “%1”"), source.title)


def create_command(ctx: AppContext, post: Post) -> Written:
    return posts.create_post(ctx.store, post), _fill(QCoreApplication.translate("actions", "Create “%1”"), post.title)


def write_occurrence_command(ctx: AppContext, chip: Chip) -> Written:
    """Turn a virtual occurrence into a real post (to edit it); the change holds the post."""
    series = _series(ctx, chip)
    occurrence = find_occurrence(series, chip)
    change = series_cases.write_occurrence(ctx.store, series, occurrence)
    return change, _fill(QCoreApplication.translate("actions", "Write an occurrence of “%1”"), series.name)
