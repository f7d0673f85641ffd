"""Other calendars' events as IRL events: kinds guessed, updates by UID, cancellations skipped."""

from __future__ import annotations

from datetime import date

from cmplanner.domain.enums import EventKind
from cmplanner.interop.ics_foreign import guess_kind
from cmplanner.interop.ics_import import ImportOptions, apply_import, preview_import

from .ics_helpers import plan_dump

OPTIONS = ImportOptions(today=date(2026, 3, 16))
FILE = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "X-WR-TIMEZONE:Europe/Paris\r\n"
        "BEGIN:VEVENT\r\nUID:salon@google.com\r\nDTSTART:20260512T070000Z\r\nDTEND:20260512T160000Z\r\n"
        "SUMMARY:Salon de l'habitat\r\nLOCATION:Parc des expositions\\, Angers\r\nSEQUENCE:{seq}\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:day@google.com\r\nDTSTART;VALUE=DATE:20260601\r\nDTEND;VALUE=DATE:20260603\r\n"
        "SUMMARY:Séminaire annuel\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:off@google.com\r\nDTSTART:20260520T100000\r\nSUMMARY:Annulé\r\n"
        "STATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_kinds_are_guessed_from_titles():
    assert guess_kind("Salon de l'habitat") is EventKind.TRADE_SHOW
    assert guess_kind("Atelier marqueterie") is EventKind.WORKSHOP
    assert guess_kind("Midi numérique : Teams") is EventKind.DIGITAL_LUNCH
    assert guess_kind("Portes ouvertes") is EventKind.COMPANY_VISIT
    assert guess_kind("Point hebdo") is EventKind.OTHER


def test_import_then_update_by_uid(store):
    preview = preview_import(store, FILE.format(seq=0).encode(), OPTIONS)
    assert preview.source == "Google Calendar"
    assert [(r.action, r.title) for r in preview.rows] == [
        ("create", "Salon de l'habitat"), ("create", "Séminaire annuel"), ("skip", "Annulé")]
    assert preview.to_skip[0].reason == "cancelled in the source calendar"
    apply_import(store, preview)
    salon = store.events.by_uid("salon@google.com")
    assert salon.kind is EventKind.TRADE_SHOW and salon.location == "Parc des expositions, Angers"
    assert salon.start.astimezone().utcoffset() is not None and not salon.all_day
    seminar = store.events.by_uid("day@google.com")
    assert seminar.all_day and (seminar.end - seminar.start).days == 2
    # The user reclassifies the salon; the source moves it by an hour.
    store.events.save(salon.__class__(**{**salon.__dict__, "kind": EventKind.MEETUP}))
    moved = FILE.format(seq=1).replace("20260512T070000Z", "20260512T080000Z")
    preview = preview_import(store, moved.encode(), OPTIONS)
    assert [(r.action, r.title) for r in preview.rows if r.action != "skip"] == [("update", "Salon de l'habitat")]
    apply_import(store, preview)
    updated = store.events.by_uid("salon@google.com")
    assert updated.start.hour != salon.start.hour or updated.start != salon.start
    assert updated.kind is EventKind.MEETUP  # the user's choice is kept
    assert len(store.events.all()) == 2
    before = plan_dump(store)
    assert not preview_import(store, moved.encode(), OPTIONS).writes_anything
    assert plan_dump(store) == before


def test_outlook_all_day_flag_on_midnight_times(store):
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
            "BEGIN:VEVENT\r\nUID:x@ms\r\nDTSTART;TZID=Romance Standard Time:20260601T000000\r\n"
            "DTEND;TZID=Romance Standard Time:20260602T000000\r\nSUMMARY:Férié\r\n"
            "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    event = preview_import(store, text.encode(), OPTIONS).changes[0].entity
    assert event.all_day and (event.end - event.start).days == 1
    assert event.start.hour == 0
