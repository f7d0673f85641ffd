"""The calendar's direct manipulations as undoable commands (no widget here).

Each function checks the rules first (DomainError says what is wrong, nothing is pushed) and
returns a QUndoCommand for ``ctx.undo_stack.push``; ``None`` means there is nothing to do.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from cmplanner.domain import recurrence, validation
from cmplanner.domain.entities import Post, Series, new_uid
from cmplanner.domain.enums import PostKind, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.timezones import local_datetime, shift_days_keep_wall_time, to_local
from cmplanner.services.calendar_range import Chip
from cmplanner.services.planning import edit_occurrence

from .commands import CallCommand, DeleteCommand, SaveCommand
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


def move_command(ctx: AppContext, chip: Chip, day: date) -> QUndoCommand | None:
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
        after = replace(post, planned_at=new_start)
        validation.validate_post(after, zone_name)
        return SaveCommand(store, "posts", post, after,
                           _fill(QCoreApplication.translate("actions", "Move “%1” to %2"), post.title, _day_text(day)))
    series = _series(ctx, chip)
    assert chip.start is not None
    shift = (day - to_local(chip.start, zone_name).date()).days
    if shift == 0:
        return None
    new_start = shift_days_keep_wall_time(chip.start, shift, series.timezone)
    after = recurrence.move(series, chip.original_start, new_start)  # type: ignore[arg-type]
    recurrence.validate_series(after)
    return SaveCommand(store, "series", series, after,
                       _fill(QCoreApplication.translate("actions", "Move an occurrence of “%1” to %2"), series.name, _day_text(day)))


def delete_command(ctx: AppContext, chip: Chip) -> QUndoCommand:
    """Delete a post; for a series occurrence, skip it (the series keeps its other dates)."""
    if chip.post_id is not None:
        post = _post(ctx, chip)
        return DeleteCommand(ctx.store, "posts", post, _fill(QCoreApplication.translate("actions", "Delete “%1”"), post.title))
    series = _series(ctx, chip)
    after = recurrence.skip(series, chip.original_start)  # type: ignore[arg-type]
    return SaveCommand(ctx.store, "series", series, after,
                       _fill(QCoreApplication.translate("actions", "Skip an occurrence of “%1”"), series.name))


def duplicate_command(ctx: AppContext, chip: Chip) -> QUndoCommand:
    """A new draft with the same content, on the same day, tied to no series."""
    if chip.post_id is not None:
        source = _post(ctx, chip)
    else:
        series = _series(ctx, chip)
        source = recurrence.materialize(series, find_occurrence(series, chip))
    status = source.status if source.status in (PostStatus.IDEA, PostStatus.DRAFT) else PostStatus.DRAFT
    copy = Post(
        title=source.title, text=source.text, network_ids=list(source.network_ids),
        pillar_id=source.pillar_id, audience_id=source.audience_id, status=status,
        kind=PostKind.STANDARD if source.kind is PostKind.SERIES else source.kind,
        planned_at=source.planned_at, content_due=source.content_due, owner_id=source.owner_id,
        media_needed=source.media_needed, public_notes=source.public_notes,
        private_notes=source.private_notes, sensitive=source.sensitive,
        event_id=source.event_id, variants=dict(source.variants), uid=new_uid())
    validation.validate_post(copy, ctx.store.zone_name)
    return SaveCommand(ctx.store, "posts", None, copy, _fill(QCoreApplication.translate("actions", "Duplicate “%1”"), source.title))


def create_command(ctx: AppContext, post: Post) -> SaveCommand:
    validation.validate_post(post, ctx.store.zone_name)
    return SaveCommand(ctx.store, "posts", None, post, _fill(QCoreApplication.translate("actions", "Create “%1”"), post.title))


def write_occurrence_command(ctx: AppContext, chip: Chip) -> CallCommand:
    """Turn a virtual occurrence into a real post (to edit it); ``command.result`` is the post."""
    series = _series(ctx, chip)
    occurrence = find_occurrence(series, chip)
    store = ctx.store
    command: CallCommand

    def undo() -> None:
        if command.result is not None and command.result.id is not None:
            store.posts.delete(command.result.id)

    command = CallCommand(_fill(QCoreApplication.translate("actions", "Write an occurrence of “%1”"), series.name),
                          lambda: edit_occurrence(store, series, occurrence), undo)
    return command
