"""Time-zone names met in other programs' files, mapped to IANA zones.

Outlook and Exchange write Windows names ("Romance Standard Time", "W. Europe Standard Time");
the Unicode CLDR keeps the reference table from Windows names to IANA zones, and ``icalendar``
ships it (``WINDOWS_TO_OLSON``), so it is used here rather than copied. Thunderbird sometimes
writes "globally unique" ids ("/mozilla.org/20070129_1/Europe/Paris").
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


# Older Exchange and OWA write the zone's display name ("(UTC+01:00) Brussels, Copenhagen, Madrid,
# Paris") instead of its id. These are the display names of the zones met most often.
DISPLAY_NAMES = {
    "brussels, copenhagen, madrid, paris": "Europe/Paris",
    "amsterdam, berlin, bern, rome, stockholm, vienna": "Europe/Berlin",
    "belgrade, bratislava, budapest, ljubljana, prague": "Europe/Budapest",
    "sarajevo, skopje, warsaw, zagreb": "Europe/Warsaw",
    "dublin, edinburgh, lisbon, london": "Europe/London",
    "greenwich mean time : dublin, edinburgh, lisbon, london": "Europe/London",
    "athens, bucharest": "Europe/Bucharest",
    "helsinki, kyiv, riga, sofia, tallinn, vilnius": "Europe/Helsinki",
    "helsinki, kiev, riga, sofia, tallinn, vilnius": "Europe/Helsinki",
    "istanbul": "Europe/Istanbul",
    "moscow, st. petersburg": "Europe/Moscow",
    "casablanca": "Africa/Casablanca",
    "coordinated universal time": "UTC",
    "eastern time (us & canada)": "America/New_York",
    "central time (us & canada)": "America/Chicago",
    "mountain time (us & canada)": "America/Denver",
    "pacific time (us & canada)": "America/Los_Angeles",
    "atlantic time (canada)": "America/Halifax",
    "canberra, melbourne, sydney": "Australia/Sydney",
    "brisbane": "Australia/Brisbane",
    "auckland, wellington": "Pacific/Auckland",
    "osaka, sapporo, tokyo": "Asia/Tokyo",
    "beijing, chongqing, hong kong, urumqi": "Asia/Shanghai",
    "bangkok, hanoi, jakarta": "Asia/Bangkok",
    "chennai, kolkata, mumbai, new delhi": "Asia/Kolkata",
    "abu dhabi, muscat": "Asia/Dubai",
    "cayenne, fortaleza": "America/Cayenne",
    "port louis": "Indian/Mauritius",
}
_DISPLAY = re.compile(r"^\((?:UTC|GMT)(?:[+-]\d{1,2}:\d{2})?\)\s*(.+)$", re.IGNORECASE)
_OFFSET = re.compile(r"^\((?:UTC|GMT)([+-])(\d{1,2}):(\d{2})\)")


@lru_cache(maxsize=256)
def iana_zone(tzid: str) -> str | None:
    """The IANA name for ``tzid`` (an IANA, Windows or vendor-prefixed id), None if unknown."""
    cleaned = (tzid or "").strip().strip('"').replace("\\,", ",")
    if not cleaned:
        return None
    if cleaned in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[cleaned]
    display = _DISPLAY.match(cleaned)
    if display and display.group(1).strip().lower() in DISPLAY_NAMES:
        return DISPLAY_NAMES[display.group(1).strip().lower()]
    candidate = cleaned.strip("/")
    if _known(candidate):
        return candidate
    if cleaned.startswith("/"):
        parts = candidate.split("/")
        for start in range(1, len(parts)):
            tail = "/".join(parts[start:])
            if "/" in tail and _known(tail):
                return tail
    return None


def fixed_offset(tzid: str) -> tzinfo | None:
    """A fixed offset read from a display name "(UTC+07:00) ..." when nothing better is known
    (daylight saving is then lost: the importer says so)."""
    match = _OFFSET.match((tzid or "").strip().strip('"'))
    if not match:
        return None
    sign = 1 if match.group(1) == "+" else -1
    return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
