"""Real-world files (../shared/ics-corpus, read in place): each imports or is refused cleanly.

An extra check: the folder sits outside the repository, so without it every test here is skipped
(tests/fixtures/ics and test_ics_quirks.py carry the same quirks inside the repository).

For files that import, the number of events created from occurrences between 2000 and 2030 is
compared with the manifest's count by Mozilla's ical.js. Where parsers disagree the difference
is listed in DISAGREE with the reason (checked by hand).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from cmplanner.interop.ics_import import ImportOptions, apply_import, preview_import, read_file
from cmplanner.interop.ics_read import IcsFileError
from tests.conftest import CORPUS

from .ics_helpers import plan_dump

pytestmark = pytest.mark.skipif(not (CORPUS / "MANIFEST.md").is_file(),
                                reason=f"the shared corpus {CORPUS} is not there")

WINDOW = ImportOptions(window_start=date(2000, 1, 1), window_end=date(2030, 12, 31),
                       max_per_event=10_000, today=date(2026, 3, 16))

REFUSED = {  # file -> what the message must name
    "malformed_issue_104.ics": r"Line 13: “X” is not a calendar line",
    "malformed_missing_colon.ics": r"Line 1: .*BEGIN:VCALENDAR",
    "outlook_exchange_ms_timezones.ics": r"Line 152: .*not a calendar line",  # broken quoted TZID
}
DISAGREE = {
    # Floating UNTIL and a UTC EXDATE that removes 27 April 14:00 Berlin: recurring-ical-events
    # and this importer agree on 2, ical.js keeps 3.
    "exchange2010_w_europe_exdate.ics": 2,
    # Two events without UID: ical.js merges them, here each gets its own stable uid.
    "outlook_owa2012_exchange.ics": 90,
    # The RDATE values "20131210Z" are invalid: ignored here (with a warning), read by ical.js.
    "google_birthday_yearly.ics": 4,
    # ical.js cannot read it (n/a); recurring-ical-events also finds 721.
    "google_biweekly_exdate_until.ics": 721,
    # The UTF-8 BOM file holds an empty calendar (ical.js: n/a).
    "bom_calendar.ics": 0,
}


def manifest_counts() -> dict[str, str]:
    counts = {}
    for line in (CORPUS / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 6 and cells[1].startswith("`"):
            counts[cells[1].strip("`")] = cells[5]
    return counts


FILES = sorted(p.name for p in CORPUS.glob("*.ics"))


def test_the_corpus_is_there():
    assert len(FILES) == 27
    assert set(manifest_counts()) == set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_corpus_file_imports_or_is_refused_cleanly(store, name):
    before = plan_dump(store)
    data = read_file(CORPUS / name)
    if name in REFUSED:
        with pytest.raises(IcsFileError, match=REFUSED[name]):
            preview_import(store, data, WINDOW)
        assert plan_dump(store) == before
        return
    preview = preview_import(store, data, WINDOW)
    assert plan_dump(store) == before  # a preview writes nothing
    created = [r for r in preview.to_create if r.what == "event"]
    cancelled = [r for r in preview.to_skip if "cancelled" in r.reason]
    expected = DISAGREE.get(name)
    if expected is None:
        expected = int(manifest_counts()[name])
    assert len(created) + len(cancelled) == expected
    apply_import(store, preview)
    assert len(store.events.all()) == len(created)
    again = preview_import(store, data, WINDOW)
    assert not again.writes_anything  # re-importing never duplicates


def test_windows_zone_names_are_mapped(store):
    preview = preview_import(store, read_file(CORPUS / "khal_windows_tzid_nz.ics"), WINDOW)
    start = preview.to_create[0].start
    assert start.utcoffset().total_seconds() in (12 * 3600, 13 * 3600)  # New Zealand


def test_google_x_wr_timezone_is_used_for_floating_times(store):
    preview = preview_import(store, read_file(CORPUS / "google_x_wr_timezone.ics"), WINDOW)
    assert preview.to_create
    assert all(r.start.tzinfo is not None for r in preview.to_create)


def test_recurring_events_keep_their_exceptions(store):
    preview = preview_import(store, read_file(CORPUS / "rrule_two_exdates.ics"), WINDOW)
    uids = [r.uid for r in preview.to_create]
    assert len(uids) == len(set(uids)) == 6
    assert len({u.split("/")[0] for u in uids}) == 1  # one series, six occurrences


def test_outlook_all_day_moved_occurrence(store):
    preview = preview_import(store, read_file(CORPUS / "outlook_exchange_allday_moved_recurrence.ics"), WINDOW)
    apply_import(store, preview)
    events = store.events.all()
    assert events and all(e.all_day for e in events)


def test_manifest_counts_are_numbers_or_na():
    assert all(re.fullmatch(r"\d+|n/a", c) for c in manifest_counts().values())
