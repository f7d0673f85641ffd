"""Time-zone rules: aware datetimes everywhere, wall-clock times that survive DST changes."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InvalidDates, UnknownTimeZone

UTC = timezone.utc
DEFAULT_ZONE = "Europe/Paris"


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; UnknownTimeZone when the database does not know it."""
    if not name or not isinstance(name, str):
        raise UnknownTimeZone("No time zone was given.")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise UnknownTimeZone("Unknown time zone: “{name}”.", name=name) from exc


def require_aware(value: datetime, what: str = "date-time") -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidDates("The {what} {value} has no time zone.", what=what,
                           value=value.isoformat())
    return value


def localize(wall: datetime, zone_name: str) -> datetime:
    """Attach ``zone_name`` to a wall-clock time.

    A wall time that does not exist (the hour skipped in March) is pushed forward by the gap, the
    way calendar programs do; an ambiguous one (October) takes its first occurrence.
    """
    tz = zone(zone_name)
    clock = wall.time()  # wall.replace(tzinfo=tz, fold=0), without replace's keywords (slow)
    if clock.fold:
        clock = clock.replace(fold=0)
    aware = _combine(wall.date(), clock, tz)
    # Round-trip through UTC normalises a non-existent wall time.
    return aware.astimezone(UTC).astimezone(tz)


def local_datetime(d: date, t: time, zone_name: str) -> datetime:
    return localize(datetime.combine(d, t), zone_name)


def to_utc(value: datetime) -> datetime:
    return require_aware(value).astimezone(UTC)


def to_local(value: datetime, zone_name: str) -> datetime:
    return require_aware(value).astimezone(zone(zone_name))


_combine = datetime.combine
_DAY = timedelta(days=1)
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_EPOCH_WALL = _EPOCH.replace(tzinfo=None)


class WallClock:
    """Wall-clock times (naive) of ``zone_name`` for many instants around [start, end), by
    arithmetic: the zone's UTC offsets over the span are looked up once, then each instant is
    its UTC time plus the offset in force (found by bisection), which costs a tenth of
    ``astimezone`` and ``replace`` per instant. Instants outside the span are converted the
    usual way. ``clock(moment)`` equals ``to_local(moment, zone_name).replace(tzinfo=None)``."""

    def __init__(self, zone_name: str, start: datetime, end: datetime) -> None:
        self.zone_name = zone_name
        self.tz = tz = zone(zone_name)
        first = _combine(to_utc(start).date(), time()) - _DAY
        last = _combine(to_utc(end).date(), time()) + 2 * _DAY
        self._first, self._last = first, last
        self._changes: list[datetime] = []  # naive UTC instants where the offset changes
        self._offsets = [_offset(tz, first)]
        day = first
        while day < last:  # offsets change at most once a day in any zone's rules
            after = _offset(tz, day + _DAY)
            if after != self._offsets[-1]:
                low, high = day, day + _DAY  # offset(low) is the last one, offset(high) the new
                while high - low > timedelta(seconds=1):
                    middle = low + (high - low) / 2
                    middle = middle.replace(microsecond=0)
                    if _offset(tz, middle) == after:
                        high = middle
                    else:
                        low = middle
                self._changes.append(high)
                self._offsets.append(after)
            day += _DAY
        # The same in aware UTC, and each offset's wall time of the epoch: an instant's wall
        # time is then one subtraction and one addition (no naive copy of the instant).
        self._first_at, self._last_at = first.replace(tzinfo=UTC), last.replace(tzinfo=UTC)
        self._changes_at = [change.replace(tzinfo=UTC) for change in self._changes]
        self._epochs = [_EPOCH_WALL + offset for offset in self._offsets]

    def __call__(self, moment: datetime) -> datetime:
        if moment.tzinfo is not UTC:
            moment = to_utc(moment)
        if not self._first_at <= moment < self._last_at:
            return _combine(*_date_time(moment.astimezone(self.tz)))
        return self._epochs[bisect_right(self._changes_at, moment)] + (moment - _EPOCH)


def _offset(tz: ZoneInfo, naive_utc: datetime) -> timedelta:
    return tz.utcoffset(naive_utc.replace(tzinfo=UTC).astimezone(tz)) or timedelta(0)


def _date_time(moment: datetime) -> tuple[date, time]:
    return moment.date(), moment.time()


def day_bounds(d: date, zone_name: str) -> tuple[datetime, datetime]:
    """Start (inclusive) and end (exclusive) of a local day, as aware datetimes."""
    start = local_datetime(d, time(0, 0), zone_name)
    end = local_datetime(d + timedelta(days=1), time(0, 0), zone_name)
    return start, end


def shift_days_keep_wall_time(value: datetime, days: int, zone_name: str) -> datetime:
    """Move ``value`` by whole days keeping its local wall-clock time (09:00 stays 09:00)."""
    local = to_local(value, zone_name)
    return localize(local.replace(tzinfo=None) + timedelta(days=days), zone_name)
