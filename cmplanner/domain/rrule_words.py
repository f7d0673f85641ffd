"""What a recurrence rule means, as structured parts that the interface phrases in its language.

``describe`` decides *what* to say (every Tuesday; every 2 weeks on Tuesday and Thursday; the
last Friday of every month; at 09:00; 6 times; until 30 June); the interface owns the wording
(translated phrase templates, day and month names from the locale).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from .rrule_form import from_rrule
from .timezones import require_aware, to_local

WORKING_DAYS = (0, 1, 2, 3, 4)


@dataclass(frozen=True)
class RuleWords:
    pattern: str  # daily | weekly | working_days | monthly_day | monthly_weekday | yearly | custom
    interval: int
    at: time  # local time of each occurrence
    weekdays: tuple[int, ...] = ()  # weekly: 0 = Monday
    month_day: int | None = None  # monthly_day; yearly (with month)
    position: int | None = None  # monthly_weekday: 1..4, -1 = last
    weekday: int | None = None  # monthly_weekday
    month: int | None = None  # yearly
    end: str = "never"  # never | count | until
    count: int | None = None
    until: date | None = None
    raw: str = ""  # the rule itself, for "custom"


@dataclass(frozen=True)
class _Ending:
    end: str
    count: int | None
    until: date | None


def describe(rrule_text: str, start: datetime, zone_name: str) -> RuleWords:
    """The parts of the sentence describing ``rrule_text`` for a series starting at ``start``;
    InvalidRecurrence when the rule cannot be read."""
    require_aware(start, "series start")
    form = from_rrule(rrule_text, zone_name)
    local = to_local(start, zone_name)
    at = local.time().replace(second=0, microsecond=0, tzinfo=None)
    ending = _Ending(form.end, form.count if form.end == "count" else None,
                     form.until if form.end == "until" else None)
    if form.custom:
        return RuleWords("custom", form.interval, at, raw=form.raw, end=ending.end, count=ending.count, until=ending.until)
    if form.freq == "DAILY":
        return RuleWords("daily", form.interval, at, end=ending.end, count=ending.count, until=ending.until)
    if form.freq == "WEEKLY":
        days = form.weekdays or (local.weekday(),)
        if form.interval == 1 and days == WORKING_DAYS:
            return RuleWords("working_days", 1, at, weekdays=days, end=ending.end, count=ending.count, until=ending.until)
        return RuleWords("weekly", form.interval, at, weekdays=days, end=ending.end, count=ending.count, until=ending.until)
    if form.freq == "MONTHLY":
        if form.monthly_mode == "weekday":
            return RuleWords("monthly_weekday", form.interval, at, position=form.position,
                             weekday=form.position_weekday, end=ending.end, count=ending.count, until=ending.until)
        return RuleWords("monthly_day", form.interval, at,
                         month_day=form.month_day or local.day, end=ending.end, count=ending.count, until=ending.until)
    return RuleWords("yearly", form.interval, at, month=local.month, month_day=local.day, end=ending.end, count=ending.count, until=ending.until)
