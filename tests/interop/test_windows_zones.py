"""Zone names from Outlook, Exchange and Thunderbird mapped to IANA zones."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from cmplanner.interop.ics_import import ImportOptions, preview_import
from cmplanner.interop.windows_zones import fixed_offset, iana_zone


@pytest.mark.parametrize("tzid, expected", [
    ("Romance Standard Time", "Europe/Paris"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("GMT Standard Time", "Europe/London"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
    ('"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"', "Europe/Paris"),
    ("(GMT+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney"),
    ("(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta", "Asia/Bangkok"),
    ("/mozilla.org/20070129_1/Europe/Paris", "Europe/Paris"),
    ("Europe/Paris", "Europe/Paris"),
    ("Customized Time Zone", None),
    ("Mars/Olympus", None),
    ("", None),
])
def test_iana_zone(tzid, expected):
    assert iana_zone(tzid) == expected


def test_fixed_offset_from_a_display_name():
    assert fixed_offset("(UTC-03:30) Newfoundland").utcoffset(None) == -timedelta(hours=3, minutes=30)
    assert fixed_offset("Romance Standard Time") is None


OUTLOOK = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:Romance Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010\r
SUMMARY:Comité de direction\r
DTSTART;TZID=Romance Standard Time:20260323T090000\r
DTEND;TZID=Romance Standard Time:20260323T103000\r
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\r
LOCATION:Salle Loire\r
X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_outlook_weekly_meeting_keeps_nine_oclock_across_dst(store):
    preview = preview_import(store, OUTLOOK.encode(), ImportOptions(today=date(2026, 3, 16)))
    assert preview.source == "Outlook / Exchange"
    starts = [r.start for r in preview.to_create]
    assert [s.replace(tzinfo=None) for s in starts] == [
        datetime(2026, 3, 23, 9), datetime(2026, 3, 30, 9), datetime(2026, 4, 6, 9)]
    assert [s.utcoffset() for s in starts] == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=2)]
    assert {s.tzinfo.key for s in starts} == {"Europe/Paris"}
    assert all(c.entity.location == "Salle Loire" for c in preview.changes)
    assert starts[0].time() == time(9, 0)
