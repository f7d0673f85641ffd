"""Malformed files get a message naming the problem (and its line); the plan stays as it was."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from cmplanner.domain.errors import DomainError
from cmplanner.interop.ics_import import (
    ImportFailed, ImportOptions, apply_import, preview_import, read_file,
)
from cmplanner.interop.ics_read import IcsFileError

from .ics_helpers import TODAY, plan_dump, standard

GOOD = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:one@test\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART;TZID=Europe/Paris:20260410T090000\r\nDTEND;TZID=Europe/Paris:20260410T100000\r\n"
    "SUMMARY:Réunion\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:two@test\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART:20260411T090000Z\r\nDTEND:20260411T100000Z\r\nSUMMARY:Salon\r\n{extra}END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
OPTIONS = ImportOptions(today=TODAY)


def _file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "in.ics"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _refused(store, path: Path, pattern: str, options: ImportOptions = OPTIONS) -> IcsFileError:
    before = plan_dump(store)
    with pytest.raises(IcsFileError, match=pattern) as caught:
        preview_import(store, read_file(path), options)
    assert plan_dump(store) == before
    return caught.value


def test_the_good_file_imports(demo_store, tmp_path):
    preview = preview_import(demo_store, read_file(_file(tmp_path, GOOD.format(extra=""))), OPTIONS)
    assert [r.title for r in preview.to_create] == ["Réunion", "Salon"]


def test_truncated_file(demo_store, tmp_path):
    text = GOOD.format(extra="")
    error = _refused(demo_store, _file(tmp_path, text[: text.index("SUMMARY:Salon")]),
                     r"ends inside VEVENT begun at line 11.*truncated")
    assert error.line is not None


def test_missing_end(demo_store, tmp_path):
    _refused(demo_store, _file(tmp_path, GOOD.format(extra="").replace("END:VCALENDAR\r\n", "")),
             r"ends inside VCALENDAR begun at line 1 \(END:VCALENDAR is missing")


def test_mismatched_end(demo_store, tmp_path):
    text = GOOD.format(extra="").replace("SUMMARY:Salon\r\nEND:VEVENT", "SUMMARY:Salon\r\nEND:VTODO")
    _refused(demo_store, _file(tmp_path, text), r"Line 17: END:VTODO closes VEVENT begun at line 11")


def test_impossible_date(demo_store, tmp_path):
    text = GOOD.format(extra="").replace("20260411T090000Z", "20260231T090000Z")
    _refused(demo_store, _file(tmp_path, text), r"Line 14: DTSTART of the event “Salon” cannot be read")


def test_unknown_zone(demo_store, tmp_path):
    text = GOOD.format(extra="").replace("TZID=Europe/Paris:20260410T090000", "TZID=Mars/Olympus:20260410T090000")
    _refused(demo_store, _file(tmp_path, text), r"Line 7: Unknown time zone “Mars/Olympus”")


def test_endless_and_too_frequent_rules(demo_store, tmp_path):
    _refused(demo_store, _file(tmp_path, GOOD.format(extra="RRULE:FREQ=MINUTELY\r\n")),
             r"Line 17: .*repeats every minute")
    _refused(demo_store, _file(tmp_path, GOOD.format(extra="RRULE:FREQ=DAILY;INTERVAL=0\r\n")),
             r"interval below 1")
    long_window = ImportOptions(window_start=date(2000, 1, 1), window_end=date(2035, 12, 31))
    error = _refused(demo_store, _file(tmp_path, GOOD.format(extra="RRULE:FREQ=DAILY\r\n")),
                     r"“Salon” repeats more than 2000 times between 2000-01-01 and 2036-01-01", long_window)
    assert error.line == 11
    # The default window (a year back, two years ahead) holds an endless daily event.
    preview = preview_import(demo_store, read_file(_file(tmp_path, GOOD.format(extra="RRULE:FREQ=DAILY\r\n"))), OPTIONS)
    assert 700 < len(preview.to_create) < 800


def test_binary_junk(demo_store, tmp_path):
    junk = bytes(range(256)) * 64
    _refused(demo_store, _file(tmp_path, junk), r"binary")
    _refused(demo_store, _file(tmp_path, b"BEGIN:VCALENDAR\r\n\x00\x01\x02garbage\r\nEND:VCALENDAR\r\n"),
             r"Line 2: Control character")


def test_not_a_calendar(demo_store, tmp_path):
    _refused(demo_store, _file(tmp_path, "Subject,Start Date\r\nA,01/01/2026\r\n"), r"Line 1: .*not a calendar line")
    _refused(demo_store, _file(tmp_path, "   \r\n"), r"empty")


def test_a_file_above_the_memory_bound_is_refused_before_it_is_read(demo_store, tmp_path):
    from cmplanner.interop.ics_read import MAX_BYTES

    assert MAX_BYTES >= 64 * 1024 * 1024  # our own 47 MB export of a 50,000-post plan comes back
    path = tmp_path / "huge.ics"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1024 * 1024)  # sparse: costs no disk and no time
    before = plan_dump(demo_store)
    with pytest.raises(IcsFileError, match=rf"above {MAX_BYTES // 1048576} MB are refused"):
        read_file(path)
    assert plan_dump(demo_store) == before
    with pytest.raises(IcsFileError, match="above 1 MB"):
        preview_import(demo_store, b"X" * (1024 * 1024 + 1), ImportOptions(max_bytes=1024 * 1024))


def test_missing_file(tmp_path):
    with pytest.raises(IcsFileError, match="Cannot read"):
        read_file(tmp_path / "nope.ics")


def test_event_ending_before_it_starts(demo_store, tmp_path):
    text = GOOD.format(extra="").replace("DTEND:20260411T100000Z", "DTEND:20260411T080000Z")
    _refused(demo_store, _file(tmp_path, text), r"Line 11: The event “Salon” ends before it starts")


def test_a_failure_while_storing_rolls_everything_back(demo_store, empty_plan, monkeypatch):
    preview = preview_import(empty_plan, standard(demo_store), OPTIONS)
    before = plan_dump(empty_plan)
    real_save, calls = empty_plan.events.save, []

    def failing_save(event, **options):
        calls.append(event)
        if len(calls) == 2:
            raise DomainError("disk says no")
        return real_save(event, **options)

    monkeypatch.setattr(empty_plan.events, "save", failing_save)
    with pytest.raises(ImportFailed, match="nothing was changed.*disk says no"):
        apply_import(empty_plan, preview)
    assert plan_dump(empty_plan) == before
    assert empty_plan.counts()["posts"] == 0


@pytest.fixture
def empty_plan(tmp_path):
    from cmplanner.storage.store import PlanStore

    opened = PlanStore.open(tmp_path / "empty.cmplan")
    yield opened
    opened.close()


def test_sparse_file_helper_is_sparse(tmp_path):
    path = tmp_path / "s.bin"
    with open(path, "wb") as handle:
        handle.truncate(1024 * 1024)
    assert os.stat(path).st_size == 1024 * 1024
