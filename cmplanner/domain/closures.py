"""Closure days: periods when the company (or one of its sites) is closed, such as the end-of-year
break from 24 December to 2 January or a site's local closure.

They are kept in the plan beside the public holidays and read like them: the calendar shades and
names them, and a cadence expects no post on them (``closed_days`` gives the days a range holds,
which the calendar adds to the holidays it gives ``cadence.flag_days`` to skip).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import InvalidDates

MAX_DAYS = 366  # a closure longer than a year is a typing mistake, not a closure
LABEL_LENGTH = 200

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


@dataclass(frozen=True)
class Closure:
    """Closed from ``first`` to ``last`` (both included). ``site_id`` None: the whole company."""

    first: date
    last: date
    label: str = ""
    site_id: int | None = None

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class Closures:
    """The plan's closures, in the order they were entered (a plan-wide record)."""

    items: tuple[Closure, ...] = ()


def parse_day(text: str) -> date:
    """A day written ``2026-12-24`` or ``24/12/2026`` (``24.12.2026``); InvalidDates, saying
    why, for text that is not a date or a date that does not exist (31 February)."""
    match = _ISO.match(text or "")
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DAY_FIRST.match(text or "")
        if not match:
            raise InvalidDates("“{text}” is not a date: write it like 2026-12-24 or 24/12/2026.",
                               text=text)
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidDates("“{text}” does not exist in the calendar.", text=text) from None


def check_closure(closure: Closure) -> None:
    """InvalidDates when the closure ends before it starts or lasts more than a year."""
    if not isinstance(closure.first, date) or not isinstance(closure.last, date):
        raise InvalidDates("A closure needs a first and a last day.")
    if closure.last < closure.first:
        raise InvalidDates("The closure ends ({last}) before it starts ({first}).",
                           first=closure.first, last=closure.last)
    if closure.days > MAX_DAYS:
        raise InvalidDates("A closure lasts at most a year ({days} days asked).", days=closure.days)
    if len(closure.label) > LABEL_LENGTH:
        raise InvalidDates("The closure's name is too long: {length} characters, at most {limit}.",
                           length=len(closure.label), limit=LABEL_LENGTH)


def check(closures: Closures, site_ids: Collection[int] | None = None) -> None:
    """Every closure checked; with ``site_ids``, a closure of a site the plan does not have is
    refused too."""
    for closure in closures.items:
        check_closure(closure)
        if site_ids is not None and closure.site_id is not None and closure.site_id not in site_ids:
            raise InvalidDates("The closure “{label}” names a site the plan does not have.",
                               label=closure.label)


def closed_days(closures: Iterable[Closure], first: date, end: date,
                site_ids: Collection[int] | None = None) -> dict[date, str]:
    """The closed days in [first, end), each with the names of the closures holding it (joined
    with " / "). Company-wide closures always count; a site's closure counts when ``site_ids``
    is None (every site) or holds its site."""
    found: dict[date, list[str]] = {}
    for closure in closures:
        if closure.site_id is not None and site_ids is not None and closure.site_id not in site_ids:
            continue
        day = max(closure.first, first)
        last = min(closure.last, end - timedelta(days=1))
        while day <= last:
            names = found.setdefault(day, [])
            if closure.label not in names:
                names.append(closure.label)
            day += timedelta(days=1)
    return {day: " / ".join(n for n in names if n) for day, names in sorted(found.items())}
