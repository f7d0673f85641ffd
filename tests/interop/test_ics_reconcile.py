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


def feed(*events: tuple[str, str, str], name: str = "Agenda équipe", rule: str = "") -> bytes:
    """A calendar named ``name`` holding single events (uid, start, title), and the weekly
    meeting when ``rule`` is given."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN"]
    if name:
        lines.append(f"X-WR-CALNAME:{name}")
    if rule:
        lines += ["BEGIN:VEVENT", "UID:weekly-meeting@example.org", "DTSTAMP:20260301T080000Z",
                  "DTSTART;TZID=Europe/Paris:20260406T100000",
                  "DTEND;TZID=Europe/Paris:20260406T110000", f"RRULE:{rule}",
                  "SUMMARY:Point hebdo", "END:VEVENT"]
    for uid, start, title in events:
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260301T080000Z", f"DTSTART:{start}",
                  "DURATION:PT1H", f"SUMMARY:{title}", "END:VEVENT"]
    lines += ["END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


FAIR = ("fair@example.org", "20260512T080000Z", "Salon")
LUNCH = ("lunch@example.org", "20260520T100000Z", "Déjeuner")


def test_an_event_and_a_series_gone_from_the_calendar_are_removed_in_one_undoable_import(store):
    apply_import(store, preview_import(store, feed(FAIR, LUNCH, rule="FREQ=WEEKLY;COUNT=4"),
                                       OPTIONS))
    assert len(store.events.all()) == 6
    before = _events(store)
    preview = preview_import(store, feed(LUNCH), OPTIONS)
    removed = sorted((row.title, str(row.reason)) for row in preview.to_remove)
    assert removed == [("Point hebdo", "no longer in the calendar")] * 4 + \
        [("Salon", "no longer in the calendar")]
    change = apply_import(store, preview, "agenda.ics")
    assert [e.title for e in store.events.all()] == ["Déjeuner"]
    assert not preview_import(store, feed(LUNCH), OPTIONS).writes_anything
    revert(store, change)
    assert _events(store) == before


def test_other_calendars_and_the_plan_s_own_events_are_never_removed(store):
    from cmplanner.domain.entities import Event
    from cmplanner.domain.enums import EventKind
    from cmplanner.services.events import save_event

    apply_import(store, preview_import(store, feed(FAIR, name="Salons"), OPTIONS))
    apply_import(store, preview_import(store, feed(LUNCH), OPTIONS))
    lunch = next(e for e in store.events.all() if e.title == "Déjeuner")
    own = save_event(store, None, Event("Portes ouvertes", EventKind.OTHER, lunch.start,
                                        lunch.end), with_promotion=False).after("events")[0]
    preview = preview_import(store, feed(name="Agenda équipe"), OPTIONS)
    assert [row.title for row in preview.to_remove] == ["Déjeuner"]
    assert own.uid not in {row.uid for row in preview.to_remove}


def test_a_file_that_names_no_calendar_is_known_by_its_file_name(store):
    first = ImportOptions(today=TODAY, window_start=date(2026, 1, 1),
                          window_end=date(2026, 12, 31), file_name="/home/cm/salons.ics")
    apply_import(store, preview_import(store, feed(FAIR, LUNCH, name=""), first))
    other_file = ImportOptions(today=TODAY, window_start=date(2026, 1, 1),
                               window_end=date(2026, 12, 31), file_name="autre.ics")
    assert not preview_import(store, feed(LUNCH, name=""), other_file).to_remove
    assert [row.title for row in preview_import(store, feed(LUNCH, name=""), first).to_remove] \
        == ["Salon"]
    # Without a calendar name or a file name, nothing says which calendar it is: nothing goes.
    assert not preview_import(store, feed(LUNCH, name=""), OPTIONS).to_remove


def test_events_before_the_import_window_stay(store):
    apply_import(store, preview_import(store, feed(FAIR, LUNCH), OPTIONS))
    later = ImportOptions(today=TODAY, window_start=date(2026, 5, 15), window_end=date(2026, 12, 31))
    assert [row.title for row in preview_import(store, feed(), later).to_remove] == ["Déjeuner"]

