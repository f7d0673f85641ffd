"""Days off: the public holidays of a site and the plan's closure days, read together.

The calendar shades them, the cadence flags skip them, the workload takes them off a person's
weekly capacity and the Series page flags an occurrence that falls on one. All of these ask here:
the holidays come from ``holidays.holidays_between`` (the ``holidays`` package's tables), the
closures from ``closures.closed_days``, and whose they are from ``regions``.

A person (or a series, through its owner) keeps the holidays and closures of their site; without
a site, those of every site of the plan, as the calendar shows them when no one is chosen.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from .cadence import WORKING_DAYS_PER_WEEK
from .closures import Closure, closed_days
from .entities import Site
from .holidays import FRANCE, holidays_between

Region = tuple[str, str]  # (country, subdivision) as the holidays package reads them


def site_regions(sites: Iterable[Site]) -> dict[int, Region]:
    """Site id -> the (country, subdivision) whose holidays the site keeps."""
    return {s.id: (s.country or FRANCE[0], s.subdivision or "") for s in sites if s.id is not None}


def regions(site_regions: Mapping[int, Region], site_ids: Collection[int] = ()) -> tuple[Region, ...]:
    """The (country, subdivision) whose holidays count: those of ``site_ids`` the plan knows,
    else every site's of the plan, else France."""
    chosen = [site_regions[s] for s in site_ids if s in site_regions] or list(site_regions.values())
    return tuple(dict.fromkeys(chosen)) or (FRANCE,)


@dataclass(frozen=True)
class DayOff:
    """Why a day is off: the holiday's name, the closure's name ("" for an unnamed closure);
    None for what it is not."""

    holiday: str | None = None
    closure: str | None = None


@dataclass(frozen=True)
class DaysOff:
    """The public holidays and the closure days of a range, each day with its name."""

    holidays: Mapping[date, str] = field(default_factory=dict)
    closed: Mapping[date, str] = field(default_factory=dict)

    def on(self, day: date) -> DayOff | None:
        """What makes ``day`` a day off, or None for a day like any other."""
        holiday, closure = self.holidays.get(day), self.closed.get(day)
        if holiday is None and closure is None:
            return None
        return DayOff(holiday, closure)

    def weekdays_off(self, week: date) -> tuple[int, int]:
        """(holidays, closure days) among the working days of the week starting on Monday
        ``week``; a holiday during a closure counts once, as a holiday."""
        days = [week + timedelta(days=i) for i in range(WORKING_DAYS_PER_WEEK)]
        holidays = sum(1 for d in days if d in self.holidays)
        closed = sum(1 for d in days if d in self.closed and d not in self.holidays)
        return holidays, closed


def days_off(first: date, end: date, site_regions: Mapping[int, Region], closures: Iterable[Closure],
             site_ids: Collection[int] = (), language: str = "fr") -> DaysOff:
    """The days off in [first, end) of ``site_ids`` (none: every site of the plan), holidays
    named in ``language``."""
    return DaysOff(holidays_between(first, end, regions(site_regions, site_ids), language),
                   closed_days(closures, first, end, set(site_ids) or None))
