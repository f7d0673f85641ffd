"""What the import says about files that bring nothing, wide encodings, truncation, and why an
item is to be updated."""

from __future__ import annotations


import pytest

from cmplanner.interop.ics_import import ImportOptions, preview_import
from cmplanner.interop.ics_read import IcsFileError

from .ics_helpers import TODAY, standard

OPTIONS = ImportOptions(today=TODAY)
EVENT = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:one@test\r\n"
         "DTSTAMP:20260101T000000Z\r\nDTSTART:20260410T090000Z\r\nDTEND:20260410T100000Z\r\n"
         "SUMMARY:Réunion café\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_calendar_without_events_says_so(store):
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n"
    preview = preview_import(store, data, OPTIONS)
    assert not preview.changes
    assert str(preview.warnings[0]) == "The file has no events."


def test_events_all_before_the_window_are_named_with_the_day_to_use(store):
    data = EVENT.replace("DTSTART:20260410T090000Z\r\nDTEND:20260410T100000Z",
                         "DTSTART:20190107T090000Z\r\nDTEND:20190107T100000Z\r\n"
                         "RRULE:FREQ=WEEKLY;COUNT=4").encode()
    preview = preview_import(store, data, OPTIONS)
    assert not preview.changes
    text = str(preview.warnings[0])
    assert text.startswith("1 event(s), all before 2025-03-16") and "--from" in text


def test_events_all_after_the_window_are_named_too(store):
    data = EVENT.replace("DTSTART:20260410T090000Z\r\nDTEND:20260410T100000Z",
                         "DTSTART:20350107T090000Z\r\nDTEND:20350107T100000Z\r\n"
                         "RRULE:FREQ=WEEKLY;COUNT=4").encode()
    assert "all after" in str(preview_import(store, data, OPTIONS).warnings[0])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be",
                                      "utf-8-sig"])
def test_wide_encodings_and_byte_order_marks_are_read(store, encoding):
    preview = preview_import(store, EVENT.encode(encoding), OPTIONS)
    assert [row.title for row in preview.to_create] == ["Réunion café"]


def test_a_file_cut_in_the_middle_of_a_line_is_called_truncated(store):
    data = EVENT.encode()[: EVENT.index("SUMMARY") + 4]
    with pytest.raises(IcsFileError, match=r"Line 9: The file is truncated: it stops in the middle "
                                           r"of a line, inside VEVENT begun at line 4"):
        preview_import(store, data, OPTIONS)


def test_every_update_says_why(demo_store):
    import icalendar

    post = next(p for p in demo_store.posts.all() if p.planned_at and p.series_id is None)
    calendar = icalendar.Calendar.from_ical(standard(demo_store))
    for vevent in calendar.walk("VEVENT"):
        if str(vevent["UID"]) == post.uid:
            vevent["SUMMARY"] = icalendar.vText(str(vevent["SUMMARY"]) + " (retitled)")
    preview = preview_import(demo_store, calendar.to_ical(), OPTIONS)
    rows = preview.to_update
    assert [row.uid for row in rows] == [post.uid]
    assert str(rows[0].reason) == "1 field(s) changed: title"
