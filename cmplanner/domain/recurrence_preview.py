"""The next few occurrences of a series, for a live preview while the rule is being edited."""

from __future__ import annotations

from datetime import datetime, timedelta

from .entities import Series
from .recurrence import MAX_WINDOW, Occurrence, occurrences
from .timezones import require_aware

# Growing windows: cheap for a daily rule, still reaching ten yearly occurrences.
_WINDOWS = (timedelta(days=120), timedelta(days=366 * 3), MAX_WINDOW)


def next_occurrences(series: Series, count: int, since: datetime) -> list[Occurrence]:
    """The first ``count`` occurrences of ``series`` starting at or after ``since`` (skipped ones
    left out, moved ones at their new date); DomainError when the rule is unusable."""
    require_aware(since, "preview start")
    found: list[Occurrence] = []
    for window in _WINDOWS:
        found = occurrences(series, since, since + window)
        if len(found) >= count:
            break
    return found[:count]
