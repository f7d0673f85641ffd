"""Small files of our own with the quirks of real calendars (tests/fixtures/ics), so a fresh
clone checks them without the shared corpus: Windows zone names, X-WR-TIMEZONE, RECURRENCE-ID
with EXDATE, moved all-day occurrences, custom and quoted TZIDs, a BOM, blank and stray lines, an
orphan override, a cancelled event, an endless rule."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cmplanner.interop.ics_import import ImportOptions, apply_import, preview_import, read_file
from cmplanner.interop.ics_read import IcsFileError

from .ics_helpers import TODAY, plan_dump

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
OPTIONS = ImportOptions(today=TODAY)
UTC = timezone.utc


def _preview(store, name: str):
    return preview_import(store, read_file(FIXTURES / name), OPTIONS)


def _starts(preview) -> list[tuple[str, datetime]]:
    return sorted((row.title, row.start.astimezone(UTC)) for row in preview.to_create)


def at(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_a_windows_zone_name_is_mapped_to_its_iana_zone(store):
    (row,) = _preview(store, "windows_zone_name.ics").to_create
    assert row.start.tzinfo.key == "Europe/Paris" and row.start.astimezone(UTC) == at(2026, 4, 10, 8)


def test_google_utc_starts_keep_the_local_hour_of_x_wr_timezone(store):
    preview = _preview(store, "x_wr_timezone.ics")
    weekly = [start for title, start in _starts(preview) if title.startswith("Weekly")]
    # 9 am in New York on both sides of the 8 March change, not 14:00 UTC every week.
    assert weekly == [at(2026, 3, 2, 14), at(2026, 3, 9, 13), at(2026, 3, 16, 13)]
    floating = [start for title, start in _starts(preview) if title.startswith("Floating")]
    assert floating == [at(2026, 3, 20, 13)]  # a floating time is read in X-WR-TIMEZONE


def test_an_override_and_an_exdate_shape_the_series(store):
    preview = _preview(store, "recurrence_id_exdate.ics")
    assert _starts(preview) == [("Atelier", at(2026, 4, 6, 12)), ("Atelier", at(2026, 4, 27, 12)),
                                ("Atelier", at(2026, 5, 4, 12)),
                                ("Atelier (moved to Tuesday)", at(2026, 4, 21, 14))]


def test_a_moved_all_day_occurrence_stays_all_day(store):
    preview = _preview(store, "allday_moved_occurrence.ics")
    apply_import(store, preview)
    events = sorted(store.events.all(), key=lambda e: e.start)
    assert [e.all_day for e in events] == [True] * 3
    paris = ZoneInfo("Europe/Paris")
    assert [e.start.astimezone(paris).date().isoformat() for e in events] == ["2026-04-07", "2026-04-16", "2026-04-21"]
    assert all(e.end - e.start == timedelta(days=1) for e in events)


def test_custom_and_quoted_zone_names(store):
    starts = dict(_starts(_preview(store, "custom_tzid.ics")))
    # "Customized Time Zone" is defined by the file (New Zealand: +12 in July);
    # the quoted display name with commas is Berlin's (+2 in July).
    assert starts == {"Wellington winter meeting": at(2026, 7, 14, 21),
                      "Berlin summer meeting": at(2026, 7, 15, 7)}


def test_a_utf8_bom_and_a_blank_line_are_harmless(store):
    assert [r.title for r in _preview(store, "utf8_bom.ics").to_create] == ["Après le BOM"]
    assert [r.title for r in _preview(store, "blank_line_inside.ics").to_create] == ["Blank line inside"]


def test_an_orphan_override_is_an_event_and_a_cancelled_one_is_skipped(store):
    preview = _preview(store, "orphan_and_cancelled.ics")
    assert [r.title for r in preview.to_create] == ["Only the moved one"]
    assert [(r.title, str(r.reason)) for r in preview.to_skip] == [
        ("Called off", "cancelled in the source calendar")]


@pytest.mark.parametrize("name,message", [
    ("malformed_stray_line.ics", r"Line 8: “X” is not a calendar line"),
    ("malformed_bad_rule.ics", r"Line 8: .*recurrence interval below 1")])
def test_malformed_files_are_refused_with_their_line(store, name, message):
    before = plan_dump(store)
    with pytest.raises(IcsFileError, match=message):
        _preview(store, name)
    assert plan_dump(store) == before


def test_every_fixture_is_checked():
    named = {"windows_zone_name.ics", "x_wr_timezone.ics", "recurrence_id_exdate.ics",
             "allday_moved_occurrence.ics", "custom_tzid.ics", "utf8_bom.ics",
             "blank_line_inside.ics", "orphan_and_cancelled.ics", "malformed_stray_line.ics",
             "malformed_bad_rule.ics"}
    assert {p.name for p in FIXTURES.glob("*.ics")} == named


def test_two_files_with_one_custom_zone_name_keep_their_own_zones(store):
    text = (FIXTURES / "custom_tzid.ics").read_bytes().decode()
    # Another Outlook file whose "Customized Time Zone" is New York's, read first.
    new_york = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
                "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n"
                "DTSTART:16010101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n"
                "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\n"
                "TZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\n"
                "END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:ny@test\r\n"
                "DTSTAMP:20260301T080000Z\r\nDTSTART;TZID=Customized Time Zone:20260715T090000\r\n"
                "DTEND;TZID=Customized Time Zone:20260715T100000\r\nSUMMARY:New York\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n")
    first = dict(_starts(preview_import(store, new_york.encode(), OPTIONS)))
    assert first == {"New York": at(2026, 7, 15, 13)}
    starts = dict(_starts(preview_import(store, text.encode(), OPTIONS)))
    assert starts["Wellington winter meeting"] == at(2026, 7, 14, 21)
