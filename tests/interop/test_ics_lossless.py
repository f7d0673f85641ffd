"""Our own files come back whole: owners (of posts and series), approvals, SEQUENCE, series
whose stored start is not an occurrence, occurrences hidden by the export's options; importing a
fresh export of a plan into that plan changes nothing."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest

from bench import generate as gen
from cmplanner.interop.ics_import import ImportOptions, apply_import, preview_import
from cmplanner.interop.ics_options import Profile
from cmplanner.storage.store import PlanStore

from .ics_helpers import TODAY, export

WIDE = ImportOptions(today=TODAY, window_start=date(2020, 1, 1), window_end=date(2035, 1, 1),
                     max_per_event=100_000)
VOLATILE = ("DTSTAMP", "LAST-MODIFIED")


def _items(data: bytes) -> dict:
    found = {}
    for vevent in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        recurrence = vevent.get("RECURRENCE-ID")
        key = (str(vevent["UID"]), recurrence.to_ical() if recurrence is not None else b"")
        found[key] = {name: sorted(v.to_ical() for v in value) if isinstance(value, list)
                      else value.to_ical() for name, value in vevent.items() if name not in VOLATILE}
    return found


@pytest.mark.parametrize("profile", [Profile.STANDARD, Profile.OUTLOOK])
def test_the_demo_plan_comes_back_whole_in_an_empty_plan(demo_store, tmp_path, profile):
    data = export(demo_store, profile=profile)
    assert b"X-CMPLANNER-APPROVAL" in data and b"X-CMPLANNER-OWNER" in data
    other = PlanStore.open(tmp_path / "other.cmplan")
    try:
        apply_import(other, preview_import(other, data, WIDE))
        again = export(other, profile=profile)
        assert _items(again) == _items(data)  # owners, approvals, SEQUENCE and all
        imported = [p for p in other.posts.all() if p.approvals]
        assert imported and all(a.person_id for p in imported for a in p.approvals)
    finally:
        other.close()


@pytest.fixture(scope="module")
def bench_plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "plan.cmplan"
    gen.generate(path, gen.PlanSize(posts=1500, series=40, events=30, people=6, networks=6,
                                    years=3), seed=5)
    store = PlanStore.open(path)
    yield store
    store.close()


@pytest.mark.parametrize("profile", [Profile.STANDARD, Profile.OUTLOOK])
def test_a_fresh_export_of_a_bench_plan_changes_nothing_in_it(bench_plan, profile):
    preview = preview_import(bench_plan, export(bench_plan, profile=profile), WIDE)
    assert preview.counts()["update"] == 0 and preview.counts()["create"] == 0, \
        [(r.title, str(r.reason)) for r in preview.to_update[:5]]
    assert len(preview.to_skip) > 1000


def test_a_series_start_that_is_no_occurrence_comes_back(store, tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cmplanner.domain.entities import Series

    start = datetime(2026, 4, 1, 9, tzinfo=ZoneInfo("Europe/Paris"))  # a Wednesday
    series = store.series.save(Series("Mardis", "FREQ=WEEKLY;BYDAY=TU;COUNT=4", start))
    data = export(store, profile=Profile.STANDARD)
    assert b"X-CMPLANNER-SERIES-START:20260401T070000Z" in data
    assert not preview_import(store, data, WIDE).writes_anything
    other = PlanStore.open(tmp_path / "other.cmplan")
    try:
        apply_import(other, preview_import(other, data, WIDE))
        (back,) = other.series.all()
        assert back.start == series.start and back.rrule == series.rrule
        assert back.revision == series.revision  # SEQUENCE kept
    finally:
        other.close()


def test_approvals_by_two_people_of_one_name_change_nothing(store):
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from cmplanner.domain.entities import Approval, Person, Post
    from cmplanner.domain.enums import Decision, PostStatus

    store.people.save(Person("Camille Martin"))
    second = store.people.save(Person("Camille Martin"))
    store.posts.save(Post("Validé", status=PostStatus.APPROVED,
                          planned_at=datetime(2026, 4, 1, 9, tzinfo=ZoneInfo("Europe/Paris")),
                          approvals=[Approval(second.id, datetime(2026, 3, 20, 9, tzinfo=timezone.utc),
                                              Decision.APPROVE, "OK")]))
    assert not preview_import(store, export(store), WIDE).writes_anything


def test_moved_occurrences_beyond_the_outlook_horizon_stay(store):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from cmplanner.domain import recurrence
    from cmplanner.domain.entities import Series

    start = datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("Europe/Paris"))
    series = store.series.save(Series("Lundis", "FREQ=WEEKLY;BYDAY=MO", start))
    late = datetime(2029, 1, 8, 9, tzinfo=ZoneInfo("Europe/Paris"))  # after the two-year cut
    store.series.save(recurrence.move(series, late, late + timedelta(days=1)))
    data = export(store, profile=Profile.OUTLOOK)
    assert b"X-CMPLANNER-RRULE:FREQ=WEEKLY;BYDAY=MO" in data
    assert not preview_import(store, data, WIDE).writes_anything
