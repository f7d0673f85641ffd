"""The Outlook CSV fallback and the publish folder."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from cmplanner.domain.enums import PostStatus
from cmplanner.files.atomic import WriteFailed
from cmplanner.interop.ics_options import ExportOptions
from cmplanner.interop.outlook_csv import HEADERS, csv_bytes, write_csv
from cmplanner.interop.publish import Feed, Publisher

from .ics_helpers import NOW, TODAY


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_outlooks_headers_and_one_row_per_occurrence(demo_store):
    rows = _rows(csv_bytes(demo_store, ExportOptions(now=NOW, today=TODAY)))
    assert rows[0] == HEADERS == ["Subject", "Start Date", "Start Time", "End Date", "End Time",
                                  "All day event", "Description", "Categories", "Location"]
    tuto = [r for r in rows if r[0].endswith("Tuto du jeudi") and r[1] == "12/03/2026"]
    assert tuto and tuto[0][1:6] == ["12/03/2026", "12:30:00", "12/03/2026", "13:00:00", "False"]
    awards = next(r for r in rows if r[0].startswith("Trophées"))
    assert awards[5] == "True" and awards[2] == "" and awards[1] == awards[3]  # inclusive end day
    assert awards[8] == "Cité des Congrès, Nantes"
    assert all(len(r) == 9 for r in rows)


def test_csv_keeps_the_privacy_rules(demo_store):
    data = csv_bytes(demo_store).decode("utf-8-sig")
    for post in demo_store.posts.all():
        if post.private_notes:
            assert post.private_notes not in data
        if post.sensitive or post.status is PostStatus.IDEA:
            assert post.title not in data


def test_write_csv(demo_store, tmp_path):
    count = write_csv(demo_store, tmp_path / "plan.csv")
    assert count == len(_rows((tmp_path / "plan.csv").read_bytes())) - 1 > 30


def test_publish_writes_every_feed(demo_store, tmp_path):
    publisher = Publisher(demo_store, tmp_path)
    written = publisher.publish()
    assert [p.name for p in written] == ["plan-outlook.ics", "plan-standard.ics", "events.ics"]
    assert all(p.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n") for p in written)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_publish_again_after_each_change(demo_store, tmp_path):
    scheduled = []
    publisher = Publisher(demo_store, tmp_path, (Feed("a.ics"), Feed("a.csv", csv=True)),
                          schedule=scheduled.append)
    publisher.start()
    post = next(p for p in demo_store.posts.all() if p.status is PostStatus.SCHEDULED)
    demo_store.posts.save(replace(post, title="Titre publié"))
    assert len(scheduled) == 1
    scheduled[0]()
    assert "Titre publié" in (tmp_path / "a.ics").read_bytes().decode()
    assert "Titre publié" in (tmp_path / "a.csv").read_bytes().decode("utf-8-sig")
    publisher.stop()
    demo_store.posts.save(replace(demo_store.posts.get(post.id), title="Encore"))
    assert len(scheduled) == 1


def test_publish_failure_is_named_and_kept_for_the_ui(demo_store, tmp_path):
    publisher = Publisher(demo_store, tmp_path / "gone")
    with pytest.raises(WriteFailed, match="does not exist"):
        publisher.publish()
    publisher.start()
    demo_store.posts.save(replace(demo_store.posts.all()[0], title="x"))
    assert "does not exist" in publisher.last_error
    publisher.stop()
