"""Time-zone rules: aware datetimes everywhere, wall-clock times that survive DST changes."""

from __future__ import annotations

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
    aware = wall.replace(tzinfo=tz, fold=0)
    # Round-trip through UTC normalises a non-existent wall time.
    return aware.astimezone(UTC).astimezone(tz)


def local_datetime(d: date, t: time, zone_name: str) -> datetime:
    return localize(datetime.combine(d, t), zone_name)


def to_utc(value: datetime) -> datetime:
    return require_aware(value).astimezone(UTC)


def to_local(value: datetime, zone_name: str) -> datetime:
    return require_aware(value).astimezone(zone(zone_name))


def day_bounds(d: date, zone_name: str) -> tuple[datetime, datetime]:
    """Start (inclusive) and end (exclusive) of a local day, as aware datetimes."""
    start = local_datetime(d, time(0, 0), zone_name)
    end = local_datetime(d + timedelta(days=1), time(0, 0), zone_name)
    return start, end


def shift_days_keep_wall_time(value: datetime, days: int, zone_name: str) -> datetime:
    """Move ``value`` by whole days keeping its local wall-clock time (09:00 stays 09:00)."""
    local = to_local(value, zone_name)
    return localize(local.replace(tzinfo=None) + timedelta(days=days), zone_name)
