"""iCalendar export and import beside raw ``icalendar`` on the same events, in the same run.

    python -m bench.ics_bench PLAN [--repeats N]
    python -m bench.ics_bench --build PLAN   # write a plan with about 10,000 occurrences first

- export: the plan written occurrence by occurrence (every series expanded, as in the CSV and
  Outlook-safe cases) up to 10,000 VEVENTs, whole job (reading the plan, building, serialising);
  floor: icalendar building and serialising the same VEVENTs from values already in memory.
- import preview: a 10,000-event file read, checked, mapped and compared with the plan (nothing
  written); floor: ``icalendar.Calendar.from_ical`` plus reading each event's start, end and
  summary.
- import apply: the same preview stored into an empty plan in one transaction (SQLite writes;
  no raw floor exists for that, so no ratio).
Target: within 1.5x of the raw floor.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, time as clock, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

TODAY = date(2026, 3, 16)
NOW = datetime(2026, 3, 16, 8, 0, tzinfo=timezone.utc)
OCCURRENCES = 10_000
TARGET = "≤ 1.5× raw icalendar"
PARIS = ZoneInfo("Europe/Paris")


def _window(store, wanted: int = OCCURRENCES):
    """A window from the plan's first dated post that holds about ``wanted`` occurrences."""
    from cmplanner.services.planning import calendar_items

    start = datetime.combine(TODAY - timedelta(days=120), clock(0), PARIS)
    end = start + timedelta(days=60)
    while True:
        found = len(calendar_items(store, start, end))
        if found >= wanted or end - start > timedelta(days=3650):
            return start.date(), (end - timedelta(days=1)).date(), found
        end = start + (end - start) * 2


def _plain(value):
    """A property value as the plain Python value an exporter starts from (str, int, datetime,
    list, dict), so the floor pays the same conversions as the real export."""
    if hasattr(value, "dts"):
        return [d.dt for d in value.dts]
    if hasattr(value, "cats"):
        return [str(c) for c in value.cats]
    if hasattr(value, "dt"):
        return value.dt
    if isinstance(value, int):
        return int(value)
    if isinstance(value, dict):
        return dict(value)
    return str(value)


def _extract(calendar) -> list[list[tuple[str, object]]]:
    """Each VEVENT's properties as plain Python values (the floor rebuilds from these)."""
    events = []
    for vevent in calendar.walk("VEVENT"):
        props = [(name, _plain(value)) for name, value in vevent.property_items(recursive=False)
                 if name not in ("BEGIN", "END")]
        events.append(props)
    return events


def _raw_export(events, timezones) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//raw//EN")
    cal.add("version", "2.0")
    for tz in timezones:
        cal.add_component(tz)
    for props in events:
        vevent = Event()
        for name, value in props:
            vevent.add(name, value)
        cal.add_component(vevent)
    return cal.to_ical()


def _foreign_file(count: int = OCCURRENCES) -> bytes:
    """A 10,000-event file as Outlook would write it (Windows zone, CRLF, X-MICROSOFT lines)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "METHOD:PUBLISH"]
    start = datetime(2026, 1, 5, 8, 0)
    for n in range(count):
        at = start + timedelta(days=n // 8, hours=n % 8)
        end = at + timedelta(minutes=45)
        lines += ["BEGIN:VEVENT", f"UID:bench-{n}@example.com", "DTSTAMP:20260101T000000Z",
                  f"DTSTART;TZID=Romance Standard Time:{at:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID=Romance Standard Time:{end:%Y%m%dT%H%M%S}",
                  f"SUMMARY:Réunion d'équipe n°{n}, salle {n % 12}",
                  f"LOCATION:Salle {n % 12}\\, siège", "DESCRIPTION:Ordre du jour\\n1. point\\n2. point",
                  "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _raw_import(data: bytes) -> int:
    from icalendar import Calendar

    count = 0
    for vevent in Calendar.from_ical(data).walk("VEVENT"):
        vevent.decoded("DTSTART"), vevent.decoded("DTEND"), str(vevent.get("SUMMARY"))
        count += 1
    return count


def _timed(function, repeats: int) -> tuple[list[float], object]:
    samples, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - started)
    return samples, result


def measure(plan_path, repeats: int) -> list[dict]:
    import icalendar

    from cmplanner.interop.ics_export import ExportSummary, export_bytes
    from cmplanner.interop.ics_import import ImportOptions, apply_import, preview_import
    from cmplanner.interop.ics_options import ExportOptions, Profile
    from cmplanner.storage.store import PlanStore

    rows: list[dict] = []
    store = PlanStore.open(Path(plan_path), create=False, read_only=True)
    try:
        first, last, items = _window(store)
        options = ExportOptions(profile=Profile.SINGLE, window_start=first, window_end=last,
                                now=NOW, today=TODAY)
        summary = ExportSummary()
        data = export_bytes(store, options, summary)  # warms caches; not a sample
        calendar = icalendar.Calendar.from_ical(data)
        events, timezones = _extract(calendar), calendar.walk("VTIMEZONE")
        ours, _ = _timed(lambda: export_bytes(store, options), repeats)
        floor, _ = _timed(lambda: _raw_export(events, timezones), repeats)
        rows.append({"name": f"export {summary.vevents} occurrences to .ics", "samples": ours,
                     "target": TARGET, "floor_samples": floor})

        foreign = _foreign_file()
        import_options = ImportOptions(today=TODAY)
        preview = preview_import(store, foreign, import_options)  # warms caches
        ours, preview = _timed(lambda: preview_import(store, foreign, import_options), repeats)
        floor, _ = _timed(lambda: _raw_import(foreign), repeats)
        rows.append({"name": f"import preview of a {OCCURRENCES}-event .ics", "samples": ours,
                     "target": TARGET, "floor_samples": floor})
    finally:
        store.close()
    samples = []
    for _ in range(max(1, min(repeats, 2))):
        with tempfile.TemporaryDirectory(prefix="cmplanner-ics-bench-") as folder:
            empty = PlanStore.open(Path(folder) / "empty.cmplan")
            try:
                fresh = preview_import(empty, foreign, import_options)
                started = time.perf_counter()
                apply_import(empty, fresh)
                samples.append(time.perf_counter() - started)
            finally:
                empty.close()
    rows.append({"name": f"import apply of {OCCURRENCES} events into a plan (one transaction)",
                 "samples": samples, "target": "informational (SQLite writes)", "floor_samples": None})
    return rows


def build_plan(path: Path) -> None:
    """A plan with the demo content plus enough posts and series for 10,000 occurrences."""
    from dataclasses import replace

    from cmplanner.domain.entities import Post, Series
    from cmplanner.domain.enums import PostStatus
    from cmplanner.domain.timezones import local_datetime
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore

    store = PlanStore.open(path)
    build_demo_plan(store, today=TODAY)
    networks = [n.id for n in store.networks.all()]
    pillars = [p.id for p in store.pillars.all()]
    statuses = [PostStatus.DRAFT, PostStatus.SCHEDULED, PostStatus.APPROVED, PostStatus.PUBLISHED]
    with store.transaction():
        base = Post("x")
        for n in range(6000):
            day = TODAY - timedelta(days=120) + timedelta(days=n // 25)
            store.posts.save(replace(base, title=f"Publication {n} : coulisses, atelier; suite",
                                     text="Texte, avec ; des virgules\net des lignes 🎉",
                                     network_ids=[networks[n % len(networks)]],
                                     pillar_id=pillars[n % len(pillars)],
                                     status=statuses[n % 4],
                                     planned_at=local_datetime(day, clock(8 + n % 10), "Europe/Paris"),
                                     uid=f"bench-post-{n}@cmplanner"))
        rules = ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=MONTHLY;BYDAY=2TU,4TU",
                 "FREQ=WEEKLY;BYDAY=TU,TH"]
        for n in range(40):
            store.series.save(Series(f"Série {n}", rules[n % len(rules)],
                                     local_datetime(TODAY - timedelta(days=120), clock(7 + n % 12), "Europe/Paris"),
                                     "Europe/Paris", pillars[n % len(pillars)], [networks[n % len(networks)]],
                                     f"Série {n} n°{{n}}"))
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="write a bench plan to PLAN first")
    args = parser.parse_args(argv)
    if args.build:
        if args.plan.exists():
            sys.exit(f"{args.plan} exists; --build writes a new plan.")
        build_plan(args.plan)
    for row in measure(args.plan, args.repeats):
        best = min(row["samples"]) if row["samples"] else float("nan")
        line = {"name": row["name"], "best_s": round(best, 3),
                "median_s": round(statistics.median(row["samples"]), 3), "target": row["target"]}
        if row["floor_samples"]:
            floor = min(row["floor_samples"])
            line["floor_best_s"] = round(floor, 3)
            line["ratio"] = round(best / floor, 2)
        print(json.dumps(line, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
