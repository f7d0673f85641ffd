"""Reporting periods: a month ("2026-12"), a quarter ("2026-Q4"), an ISO week ("2026-W50") or any
run of local days, and the local weeks they cover.

A period is a run of local days [start, end); its instants are the plan zone's midnights, so a
month that crosses a daylight-saving change still starts and ends at local midnight.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .errors import DomainError, Message
from .timezones import UTC, local_datetime, to_local


@dataclass(frozen=True)
class Period:
    start: date  # first local day
    end: date  # first local day after the period

    def bounds(self, zone_name: str) -> tuple[datetime, datetime]:
        """The period as aware instants [start, end) in ``zone_name``."""
        return (local_datetime(self.start, time(0, 0), zone_name),
                local_datetime(self.end, time(0, 0), zone_name))

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def contains(self, value: datetime | None, zone_name: str) -> bool:
        """Whether ``value`` (aware) falls on a local day of the period."""
        if value is None:
            return False
        start, end = _bounds(self, zone_name)
        return start <= value < end

    def weeks(self) -> list[date]:
        """The Mondays of every ISO week that has a day in the period, in order."""
        first = monday(self.start)
        return [first + timedelta(days=7 * i)
                for i in range(((self.end - timedelta(days=1)) - first).days // 7 + 1)]

    def slots(self, zone_name: str) -> WeekSlots:
        """The period's local weeks as instants in ``zone_name`` (computed once per zone)."""
        return _slots(self, zone_name)

    @property
    def label(self) -> str:
        return describe(self)


@dataclass(frozen=True)
class WeekSlots:
    """A period's bounds and the local midnights that start its weeks, as aware instants: which
    week an instant falls in is a bisection, without converting it to local time (the figures
    of a quarter ask it for thousands of posts)."""

    start: datetime
    end: datetime
    mondays: tuple[date, ...]  # ``Period.weeks()``
    edges: tuple[datetime, ...]  # local midnight of each Monday but the first

    def contains(self, value: datetime | None) -> bool:
        return value is not None and self.start <= value < self.end

    def week(self, value: datetime | None) -> date | None:
        """The Monday of the local week holding ``value``, None when it is not in the period."""
        if value is None or not self.start <= value < self.end:
            return None
        return self.mondays[bisect_right(self.edges, value)]


@lru_cache(maxsize=64)
def _bounds(period: Period, zone_name: str) -> tuple[datetime, datetime]:
    return period.bounds(zone_name)


@lru_cache(maxsize=64)
def _slots(period: Period, zone_name: str) -> WeekSlots:
    # In UTC, as stored instants are: comparing two datetimes of the same tzinfo skips asking
    # the zone for its offset at each comparison.
    start, end = (moment.astimezone(UTC) for moment in _bounds(period, zone_name))
    mondays = tuple(period.weeks())
    return WeekSlots(start, end, mondays, tuple(
        local_datetime(m, time(0, 0), zone_name).astimezone(UTC) for m in mondays[1:]))


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_of(value: datetime, zone_name: str) -> date:
    """The Monday of the local ISO week holding ``value``."""
    return monday(to_local(value, zone_name).date())


def month(year: int, number: int) -> Period:
    return Period(date(year, number, 1), date(year + (number == 12), number % 12 + 1, 1))


def quarter(year: int, number: int) -> Period:
    first = 3 * (number - 1) + 1
    return Period(date(year, first, 1), month(year, first + 2).end)


def iso_week(year: int, number: int) -> Period:
    start = date.fromisocalendar(year, number, 1)
    return Period(start, start + timedelta(days=7))


_FORMS = (
    (re.compile(r"^(\d{4})-(\d{1,2})$"), month, 12),
    (re.compile(r"^(\d{4})-?[QqTt]([1-4])$"), quarter, 4),
    (re.compile(r"^(\d{4})-?[Ww](\d{1,2})$"), iso_week, 53),
)


def parse_period(text: str) -> Period:
    """"2026-12" (a month), "2026-Q4" or "2026-T4" (a quarter), "2026-W50" (an ISO week)."""
    value = (text or "").strip()
    for pattern, build, highest in _FORMS:
        match = pattern.match(value)
        if match:
            year, number = int(match.group(1)), int(match.group(2))
            if 1 <= number <= highest:
                try:
                    return build(year, number)
                except ValueError:
                    break
    raise DomainError(Message("Period “{text}” not understood: write a month like 2026-12, a "
                              "quarter like 2026-Q4 or a week like 2026-W50.", text=text))


def describe(period: Period) -> str:
    """A stable identifier for the period: 2026-12, 2026-Q4, 2026-W50 or first..last day."""
    start, end = period.start, period.end
    if start.day == 1 and month(start.year, start.month).end == end:
        return f"{start.year}-{start.month:02d}"
    if start.day == 1 and start.month % 3 == 1 and quarter(start.year, start.month // 3 + 1).end == end:
        return f"{start.year}-Q{start.month // 3 + 1}"
    if start.weekday() == 0 and period.days == 7:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start.isoformat()}..{(end - timedelta(days=1)).isoformat()}"
