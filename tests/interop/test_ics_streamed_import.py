"""Files of every size are read one VEVENT at a time; the preview is the same as reading them
whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.interop import ics_read
from cmplanner.interop.ics_import import ImportOptions, preview_import
from cmplanner.interop.ics_options import Profile
from cmplanner.interop.ics_read import read_calendar, scan, decode

from .ics_helpers import TODAY, export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
OPTIONS = ImportOptions(today=TODAY)


def _rows(preview) -> list:
    return [(r.action, r.what, r.title, r.start, r.uid, str(r.reason)) for r in preview.rows], \
        [str(w) for w in preview.warnings]


@pytest.mark.parametrize("source", ["outlook", "standard", *sorted(
    p.name for p in FIXTURES.glob("*.ics") if not p.name.startswith("malformed"))])
def test_a_streamed_preview_equals_the_whole_one(demo_store, store, monkeypatch, source):
    if source in ("outlook", "standard"):
        data, target = export(demo_store, profile=Profile(source)), store
    else:
        data, target = (FIXTURES / source).read_bytes(), store
    assert ics_read._streamed(scan(decode(data))) is not None  # the streamed reader runs
    streamed = _rows(preview_import(target, data, OPTIONS))
    monkeypatch.setattr(ics_read, "_streamed", lambda scanned: None)  # read whole instead
    assert _rows(preview_import(target, data, OPTIONS)) == streamed


def test_a_file_whose_zone_comes_after_its_events_is_read_whole(store):
    text = (FIXTURES / "custom_tzid.ics").read_bytes().decode()
    head, _, rest = text.partition("BEGIN:VEVENT")
    zone_start, zone_end = head.index("BEGIN:VTIMEZONE"), head.index("END:VTIMEZONE") + 15
    moved = head[:zone_start] + head[zone_end:] + "BEGIN:VEVENT" + rest
    moved = moved.replace("END:VCALENDAR", head[zone_start:zone_end] + "END:VCALENDAR")
    assert ics_read._streamed(scan(decode(moved.encode()))) is None
    assert read_calendar(moved.encode())[0].walk("VEVENT")  # the whole tree
    assert len(preview_import(store, moved.encode(), OPTIONS).to_create) == 2
