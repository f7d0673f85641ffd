"""Series in iCalendar: RRULE, EXDATE, RECURRENCE-ID; the Outlook-safe profile; an independent
expander (recurring-ical-events) agrees with the plan's own occurrences, across DST changes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import icalendar
import pytest
import recurring_ical_events

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Series
from cmplanner.domain.timezones import local_datetime, zone
from cmplanner.interop.ics_options import Profile
from cmplanner.interop.ics_profiles import outlook_can_hold, outlook_refusal
from cmplanner.services.series import write_occurrence

from .ics_helpers import export, standard, vevents

PARIS = "Europe/Paris"


def _at(day: date, hour: int, minute: int = 0):
    return local_datetime(day, time(hour, minute), PARIS)


@pytest.mark.parametrize("rule", [
    "FREQ=DAILY", "FREQ=DAILY;INTERVAL=2;COUNT=10", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261231T235959Z", "FREQ=MONTHLY;BYMONTHDAY=15",
    "FREQ=MONTHLY;BYDAY=1TU", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=21",
    "FREQ=YEARLY", "FREQ=MONTHLY",
])
def test_simple_rules_stay_rules_for_outlook(rule):
    assert outlook_can_hold(rule), outlook_refusal(rule)


@pytest.mark.parametrize("rule", [
    "FREQ=MONTHLY;BYDAY=2TU,4TU", "FREQ=MONTHLY;BYMONTHDAY=-1",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,15",
    "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=DAILY;BYDAY=MO", "FREQ=YEARLY;BYMONTH=1,7",
    "FREQ=MONTHLY;BYDAY=5MO", "FREQ=YEARLY;BYWEEKNO=20",
])
def test_rules_outlook_cannot_hold(rule):
    assert outlook_refusal(rule)


def _series(store, rule: str, start, name="Série") -> Series:
    return store.series.save(Series(name, rule, start, PARIS, title_template=name + " {n}"))


def test_outlook_profile_writes_unsupported_rules_as_occurrences(store):
    simple = _series(store, "FREQ=WEEKLY;BYDAY=MO;COUNT=6", _at(date(2026, 3, 2), 9), "Simple")
    tuesdays = _series(store, "FREQ=MONTHLY;BYDAY=2TU,4TU;COUNT=8", _at(date(2026, 3, 10), 9), "Mardis")
    last_day = _series(store, "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5", _at(date(2026, 3, 31), 9), "Fin de mois")
    last_workday = _series(store, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4",
                           _at(date(2026, 3, 31), 17), "Dernier jour ouvré")
    data = export(store, profile=Profile.OUTLOOK)
    events = vevents(data)
    masters = [v for v in events if "RRULE" in v]
    assert [str(v["UID"]) for v in masters] == [simple.uid]
    for series, count in ((tuesdays, 8), (last_day, 5), (last_workday, 4)):
        singles = [v for v in events if str(v.get("X-CMPLANNER-SERIES-UID", "")) == series.uid]
        assert len(singles) == count  # nothing disappears
        expected = recurrence.occurrences(series, series.start, series.start + timedelta(days=400))
        assert sorted(v.decoded("DTSTART") for v in singles) == [o.start for o in expected]
        assert len({str(v["UID"]) for v in singles}) == count
    # The standard profile keeps every rule.
    assert len([v for v in vevents(standard(store)) if "RRULE" in v]) == 4


def test_series_with_skipped_moved_and_edited_occurrences(store):
    series = _series(store, "FREQ=WEEKLY;BYDAY=TU;COUNT=10", _at(date(2026, 3, 3), 9))
    occ = recurrence.occurrences(series, series.start, series.start + timedelta(days=80))
    series = store.series.save(recurrence.skip(series, occ[1].original_start))
    series = store.series.save(recurrence.move(series, occ[2].original_start,
                                               occ[2].original_start + timedelta(days=1, hours=2)))
    edited = write_occurrence(store, series, occ[4]).created("posts")[0]
    edited = store.posts.save(edited.__class__(**{**edited.__dict__, "title": "Édité",
                                                  "planned_at": occ[4].start + timedelta(hours=3)}))
    data = standard(store)
    events = vevents(data)
    master = next(v for v in events if "RRULE" in v)
    assert [d.dt for d in master["EXDATE"].dts] == [occ[1].original_start]
    overrides = {v.decoded("RECURRENCE-ID"): v for v in events if "RECURRENCE-ID" in v}
    assert set(overrides) == {occ[2].original_start, occ[4].original_start}
    assert overrides[occ[2].original_start].decoded("DTSTART") == occ[2].original_start + timedelta(days=1, hours=2)
    assert str(overrides[occ[4].original_start]["SUMMARY"]) == "Édité"
    assert all(str(v["UID"]) == series.uid for v in overrides.values())
    # The independent expander sees what the plan sees.
    expanded = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(
        date(2026, 1, 1), date(2027, 1, 1))
    ours = recurrence.occurrences(series, _at(date(2026, 1, 1), 0), _at(date(2027, 1, 1), 0),
                                  store.posts.for_series(series.id))
    assert sorted(e.decoded("DTSTART") for e in expanded) == [o.start for o in ours]
    assert len(ours) == 9


@pytest.mark.parametrize("rule", [
    "FREQ=WEEKLY;BYDAY=MO", "FREQ=DAILY;INTERVAL=3", "FREQ=MONTHLY;BYDAY=1TU",
    "FREQ=WEEKLY;BYDAY=SU;UNTIL=20270101T000000Z", "FREQ=MONTHLY;BYDAY=2TU,4TU",
    "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU",
])
def test_occurrence_counts_match_recurring_ical_events_across_dst(store, rule):
    # Starts just before the spring change; the window covers both 2026 changes.
    series = _series(store, rule, _at(date(2026, 3, 1), 9))
    first, last = date(2026, 2, 1), date(2026, 12, 31)
    expected = recurrence.occurrences(series, _at(first, 0), _at(last, 0))
    for profile in (Profile.STANDARD, Profile.OUTLOOK):
        data = export(store, profile=profile, window_start=first, window_end=last)
        found = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(first, last)
        starts = sorted(e.decoded("DTSTART") for e in found)
        assert starts == [o.start for o in expected], profile
        # 09:00 Paris stays 09:00 local on both sides of the DST changes.
        assert {s.astimezone(zone(PARIS)).time() for s in starts} == {time(9, 0)}
        offsets = {s.utcoffset() for s in starts}
        assert offsets == {timedelta(hours=1), timedelta(hours=2)}


def test_exported_series_is_a_local_time_rule(store):
    _series(store, "FREQ=WEEKLY;BYDAY=MO", _at(date(2026, 3, 23), 9))
    master = next(v for v in vevents(standard(store)) if "RRULE" in v)
    assert master["DTSTART"].params["TZID"] == PARIS
    assert master.decoded("DTSTART").replace(tzinfo=None) == datetime(2026, 3, 23, 9, 0)


def test_until_is_written_in_utc(store):
    _series(store, "FREQ=DAILY;UNTIL=20260410T090000", _at(date(2026, 4, 1), 9))
    text = standard(store).decode()
    assert "UNTIL=20260410T070000Z" in text


def test_a_windowed_export_ends_the_series_at_the_window(store):
    series = _series(store, "FREQ=WEEKLY;BYDAY=TU;COUNT=6", _at(date(2026, 3, 3), 9))
    occ = recurrence.occurrences(series, series.start, series.start + timedelta(days=60))
    write_occurrence(store, series, occ[4])  # 31 March, outside the window below
    events = vevents(standard(store, window_start=date(2026, 3, 5), window_end=date(2026, 3, 15)))
    assert not [v for v in events if "RECURRENCE-ID" in v]
    (master,) = events
    assert master.decoded("DTSTART") == _at(date(2026, 3, 10), 9)
    assert master["RRULE"].to_ical().decode() == "FREQ=WEEKLY;UNTIL=20260310T080000Z;BYDAY=TU"
    # The plan's own rule travels beside it, so importing the file back does not shorten it.
    assert str(master["X-CMPLANNER-RRULE"]) == "FREQ=WEEKLY;BYDAY=TU;COUNT=6"


