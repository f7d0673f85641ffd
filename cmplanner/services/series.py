"""Use cases on recurring series and their occurrences."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Series
from cmplanner.domain.errors import Message
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, remove, save


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
