"""A calendar imported again is reconciled: occurrences its source no longer has (excluded,
rule shortened) and events it cancelled are listed "to remove" with their reason and removed in
the same undoable import."""

from __future__ import annotations

from datetime import date

from cmplanner.interop.ics_import import ImportOptions, apply_import, preview_import
from cmplanner.services.changes import revert

from .ics_helpers import TODAY

OPTIONS = ImportOptions(today=TODAY, window_start=date(2026, 1, 1), window_end=date(2026, 12, 31))


def meeting(rule: str, exdate: str = "", status: str = "") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0//EN",
             "BEGIN:VEVENT", "UID:weekly-meeting@example.org", "DTSTAMP:20260301T080000Z",
             "DTSTART;TZID=Europe/Paris:20260406T100000", "DTEND;TZID=Europe/Paris:20260406T110000",
             f"RRULE:{rule}", "SUMMARY:Point hebdo"]
    if exdate:
        lines.append(f"EXDATE;TZID=Europe/Paris:{exdate}")
    lines += ["END:VEVENT", "BEGIN:VEVENT", "UID:launch@example.org", "DTSTAMP:20260301T080000Z",
              "DTSTART:20260415T080000Z", "DTEND:20260415T100000Z", "SUMMARY:Lancement"]
    if status:
        lines.append(f"STATUS:{status}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def test_occurrences_the_source_dropped_and_cancelled_events_are_removed(store):
    apply_import(store, preview_import(store, meeting("FREQ=WEEKLY;COUNT=11"), OPTIONS))
    assert len(store.events.all()) == 12  # eleven meetings and the launch
    before = _events(store)
    changed = meeting("FREQ=WEEKLY;COUNT=8", exdate="20260420T100000", status="CANCELLED")
    preview = preview_import(store, changed, OPTIONS)
    removed = {(row.start.date().isoformat(), str(row.reason)) for row in preview.to_remove}
    dropped = "no longer an occurrence in the source calendar (excluded, or the rule was shortened)"
    assert removed == {("2026-04-20", dropped), ("2026-06-01", dropped), ("2026-06-15", dropped),
                       ("2026-06-08", dropped), ("2026-04-15", "cancelled in the source calendar")}
    assert preview.counts()["create"] == 0 and preview.counts()["update"] == 0
    change = apply_import(store, preview, "meeting.ics")
    meetings = [e for e in store.events.all() if e.title == "Point hebdo"]
    assert len(meetings) == 7 and not [e for e in store.events.all() if e.title == "Lancement"]
    assert not preview_import(store, changed, OPTIONS).writes_anything
    revert(store, change)  # one import, one undo
    assert _events(store) == before


def _events(store) -> set:
    return {(e.uid, e.title, e.start, e.end) for e in store.events.all()}


def test_occurrences_outside_the_window_are_left_alone(store):
    apply_import(store, preview_import(store, meeting("FREQ=WEEKLY;COUNT=11"), OPTIONS))
    narrow = ImportOptions(today=TODAY, window_start=date(2026, 4, 1), window_end=date(2026, 4, 30))
    preview = preview_import(store, meeting("FREQ=WEEKLY;COUNT=11"), narrow)
    assert not preview.to_remove
