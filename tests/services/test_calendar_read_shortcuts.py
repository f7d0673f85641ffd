"""What the calendar skips to read a range fast gives the same chips as reading everything:
series known to be outside a range, chips built without the dataclass's __init__, texts read
only for a text search (no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Series, SeriesException
from cmplanner.domain.enums import ExceptionKind, PostKind, PostStatus
from cmplanner.domain.filters import ItemFilter
from cmplanner.domain.timezones import local_datetime
from cmplanner.services.calendar_range import Chip, load_range, new_chip, with_texts

ZONE = "Europe/Paris"


def _at(day: date, hour: int = 0) -> datetime:
    return local_datetime(day, time(hour), ZONE)


def test_a_series_said_outside_a_window_has_no_occurrence_in_it(demo_store):
    series_list = demo_store.series.all()
    said_outside = 0
    for weeks in range(-60, 120, 3):
        first = date(2026, 3, 16) + timedelta(weeks=weeks)
        start, end = _at(first), _at(first + timedelta(days=35))
        for series in series_list:
            if recurrence.outside(series, start, end):
                said_outside += 1
                assert recurrence.occurrences(series, start, end) == [], (series.name, first)
    assert said_outside  # the demo's series start and end: the test is not empty


def test_an_ended_series_is_outside_later_windows_unless_moved_into_them():
    series = Series("Atelier", "FREQ=WEEKLY;COUNT=3", _at(date(2026, 3, 2), 9), ZONE, id=1)
    later = (_at(date(2026, 6, 1)), _at(date(2026, 7, 1)))
    recurrence.occurrences(series, _at(date(2026, 3, 1)), _at(date(2026, 4, 1)))  # rule walked
    assert recurrence.outside(series, *later)
    assert not recurrence.outside(series, _at(date(2026, 3, 15)), _at(date(2026, 3, 20)))
    assert recurrence.outside(series, _at(date(2025, 1, 1)), _at(date(2025, 2, 1)))  # before it
    moved = Series("Atelier", series.rrule, series.start, ZONE, id=1, exceptions=[SeriesException(
        _at(date(2026, 3, 9), 9), ExceptionKind.MOVED, _at(date(2026, 6, 10), 9))])
    assert not recurrence.outside(moved, *later)
    assert [o.start for o in recurrence.occurrences(moved, *later)] == [_at(date(2026, 6, 10), 9)]


def test_a_rule_not_walked_to_its_end_is_not_said_outside():
    series = Series("Sans fin", "FREQ=DAILY", _at(date(2026, 1, 1), 9), ZONE, id=2)
    assert not recurrence.outside(series, _at(date(2030, 1, 1)), _at(date(2030, 2, 1)))


def test_new_chip_is_the_chip_the_dataclass_builds():
    values = ("post:7", "Titre", _at(date(2026, 3, 16), 9), datetime(2026, 3, 16, 9), PostStatus.DRAFT,
              PostKind.STANDARD, (1, 2), 3, 4, 7, None, None, None, False, True, "corps", 5)
    fast, built = new_chip(*values), Chip(*values)
    assert built.day == date(2026, 3, 16)  # kept in the chip once computed, as new_chip does
    assert fast == built and hash(fast) == hash(built) and vars(fast) == vars(built)
    assert fast.body == "corps"
    short = new_chip(*values[:5])  # fields left out keep their defaults
    assert short == Chip(*values[:5]) and short.body == "" and short.cover_id is None


def test_a_range_read_without_texts_gets_them_for_a_search(demo_store):
    series = demo_store.series.all()
    first, end = date(2026, 2, 23), date(2026, 4, 6)
    full = load_range(demo_store, series, first, end, ZONE)
    light = load_range(demo_store, series, first, end, ZONE, texts=False)
    assert full.texts and not light.texts
    assert light.chips == full.chips  # the same chips (a body does not count in equality)
    assert any(c.body for c in full.chips if not c.is_virtual)
    assert all(c.body == "" for c in light.chips if not c.is_virtual)
    searched = with_texts(demo_store, light, ZONE)
    assert searched.texts and searched.flags is light.flags
    assert [c.body for c in searched.chips] == [c.body for c in full.chips]
    post = next(c for c in full.chips if not c.is_virtual and c.body.strip())
    needle = ItemFilter(text=post.body.split()[-1])
    assert [c.key for c in searched.chips if needle.accepts(c)] == \
        [c.key for c in full.chips if needle.accepts(c)]
