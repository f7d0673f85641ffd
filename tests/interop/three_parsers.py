"""Expand an .ics file with three independent parsers, as the programs that read our files do:
icalendar with recurring-ical-events (Python), vobject with dateutil (Python) and Mozilla's
ical.js (Thunderbird's parser, run with node). Each gives the set of (UID, start) of the
occurrences that start in the years asked, starts as UTC text ("2026-03-31T07:00:00Z") or, for
all-day items, as a date ("2026-03-31")."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import icalendar
import recurring_ical_events
import vobject

UTC = timezone.utc
JS = Path(__file__).resolve().parents[1] / "js"


def _stamp(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def _inside(value, first_year: int, last_year: int) -> bool:
    return first_year <= value.year <= last_year


def with_icalendar(data: bytes, first_year: int, last_year: int) -> set[tuple[str, str]]:
    from icalendar.timezone import tzp

    # icalendar keeps the first VTIMEZONE it read under each TZID for the whole process: a file
    # of another window (other rule periods for the same zone) read before would stand in for
    # this one's. Each file is read as a calendar program opening it would, with its own.
    tzp.use(tzp.name)
    calendar = icalendar.Calendar.from_ical(data)
    found = set()
    for event in recurring_ical_events.of(calendar).between(date(first_year - 1, 12, 1),
                                                            date(last_year + 1, 2, 1)):
        start = event.decoded("DTSTART")
        if _inside(start.astimezone(UTC) if isinstance(start, datetime) else start,
                   first_year, last_year):
            found.add((str(event["UID"]), _stamp(start)))
    return found


def with_vobject(data: bytes, first_year: int, last_year: int) -> set[tuple[str, str]]:
    calendar = vobject.readOne(data.decode("utf-8"))
    overrides: dict[str, dict[str, object]] = {}
    masters = []
    for vevent in getattr(calendar, "vevent_list", []):
        if hasattr(vevent, "recurrence_id"):
            uid = vevent.uid.value
            overrides.setdefault(uid, {})[_stamp(vevent.recurrence_id.value)] = vevent.dtstart.value
        else:
            masters.append(vevent)
    found = set()
    for vevent in masters:
        uid = vevent.uid.value
        start = vevent.dtstart.value
        all_day = not isinstance(start, datetime)
        rules = vevent.getrruleset(addRDate=True)
        if rules is None:
            starts = [start]
        else:
            starts = []
            for value in rules:
                if value.year > last_year + 1:
                    break
                starts.append(value.date() if all_day else value)
        moved = overrides.get(uid, {})
        for value in starts:
            value = moved.get(_stamp(value), value)
            check = value.astimezone(UTC) if isinstance(value, datetime) else value
            if _inside(check, first_year, last_year):
                found.add((uid, _stamp(value)))
    return found


def node() -> str | None:
    return shutil.which("nodejs") or shutil.which("node")


def js_ready() -> bool:
    return node() is not None and (JS / "node_modules" / "ical.js").is_dir()


def with_icaljs(data: bytes, first_year: int, last_year: int, folder: Path) -> set[tuple[str, str]]:
    path = folder / "expand-me.ics"
    path.write_bytes(data)
    done = subprocess.run([node(), str(JS / "expand.cjs"), str(path), str(first_year),
                           str(last_year)], capture_output=True, text=True, timeout=600,
                          check=True)
    return {tuple(line.split("\t")) for line in done.stdout.splitlines() if line}
