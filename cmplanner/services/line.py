"""Editing the editorial line: a new version starts unvalidated and the one it replaces is kept
with who validated it and when (``domain.line_mix.next_line``)."""

from __future__ import annotations

from datetime import datetime, timezone

from cmplanner.domain.entities import EditorialLine
from cmplanner.domain.errors import Message
from cmplanner.domain.line_mix import next_line
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save


def line_after_edit(store: PlanStore, current: EditorialLine, edited: EditorialLine,
                    now: datetime | None = None) -> EditorialLine:
    """What an edit of ``current`` into ``edited`` stores (history and validation handled)."""
    return next_line(current, edited, store.pillars.all(), now or datetime.now(timezone.utc))


def edit_line(store: PlanStore, edited: EditorialLine, now: datetime | None = None) -> Change:
    current = store.editorial_line()
    return commit(store, Message("Edit the editorial line"),
                  [save("line", current, line_after_edit(store, current, edited, now))])
