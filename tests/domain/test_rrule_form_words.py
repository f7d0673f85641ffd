"""Recurrence rules as form fields and as the parts of a sentence."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from zoneinfo import ZoneInfo

from cmplanner.domain.entities import Series
from cmplanner.domain.errors import InvalidRecurrence
from cmplanner.domain.recurrence import build_rule, skip
from cmplanner.domain.recurrence_preview import next_occurrences
from cmplanner.domain.rrule_form import RecurrenceForm, from_rrule, to_rrule
from cmplanner.domain.rrule_words import describe

ZONE = "Europe/Paris"
PARIS = ZoneInfo(ZONE)
START = datetime(2026, 3, 3, 9, 0, tzinfo=PARIS)  # a Tuesday


@pytest.mark.parametrize("form, text", [
    (RecurrenceForm("DAILY"), "FREQ=DAILY"),
    (RecurrenceForm("WEEKLY", 2, (1, 3), end="count", count=6), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6"),
    (RecurrenceForm("MONTHLY", monthly_mode="day", month_day=15), "FREQ=MONTHLY;BYMONTHDAY=15"),
    (RecurrenceForm("MONTHLY", monthly_mode="weekday", position=2, position_weekday=1), "FREQ=MONTHLY;BYDAY=2TU"),
    (RecurrenceForm("MONTHLY", monthly_mode="weekday", position=-1, position_weekday=4), "FREQ=MONTHLY;BYDAY=-1FR"),
    (RecurrenceForm("YEARLY", 1), "FREQ=YEARLY"),
])
def test_form_to_rule_and_back(form, text):
    assert to_rrule(form, ZONE) == text
    back = from_rrule(text, ZONE)
    assert back == form
    assert not back.custom


def test_until_is_the_end_of_the_local_day_in_utc():
    form = RecurrenceForm("WEEKLY", end="until", until=date(2026, 6, 30))
    text = to_rrule(form, ZONE)
    assert text == "FREQ=WEEKLY;UNTIL=20260630T215959Z"  # 23:59:59 in Paris summer time
    assert from_rrule(text, ZONE).until == date(2026, 6, 30)
    rule = build_rule("FREQ=WEEKLY;BYDAY=TU;" + text.split(";")[1], START, ZONE)
    assert list(rule)[-1].date() == date(2026, 6, 30)


def test_rules_beyond_the_form_are_kept_verbatim():
    form = from_rrule("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1", ZONE)
    assert form.custom
    assert to_rrule(form, ZONE) == "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1"
    assert from_rrule("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", ZONE).position == 2


@pytest.mark.parametrize("text, message", [
    ("FREQ=HOURLY", "not supported"),
    ("", "empty"),
    ("FREQ=WEEKLY;INTERVAL=0", "at least 1"),
    ("FREQ=WEEKLY;BYDAY=XX", "weekday"),
    ("FREQ=WEEKLY;COUNT=3;UNTIL=20260101", "both"),
])
def test_invalid_rules_are_named(text, message):
    with pytest.raises(InvalidRecurrence, match=message):
        from_rrule(text, ZONE)


def test_form_refuses_what_it_cannot_write():
    with pytest.raises(InvalidRecurrence):
        to_rrule(RecurrenceForm("WEEKLY", end="until"), ZONE)
    with pytest.raises(InvalidRecurrence):
        to_rrule(RecurrenceForm("WEEKLY", 0), ZONE)


def test_words_pick_the_pattern():
    weekly = describe("FREQ=WEEKLY;UNTIL=20260630T215959Z", START, ZONE)
    assert (weekly.pattern, weekly.weekdays, weekly.at, weekly.end, weekly.until) == \
        ("weekly", (1,), time(9, 0), "until", date(2026, 6, 30))
    assert describe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", START, ZONE).pattern == "working_days"
    two = describe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6", START, ZONE)
    assert (two.interval, two.weekdays, two.count) == (2, (1, 3), 6)
    last = describe("FREQ=MONTHLY;BYDAY=-1FR", START, ZONE)
    assert (last.pattern, last.position, last.weekday) == ("monthly_weekday", -1, 4)
    assert describe("FREQ=MONTHLY", START, ZONE).month_day == 3
    yearly = describe("FREQ=YEARLY", START, ZONE)
    assert (yearly.month, yearly.month_day) == (3, 3)
    assert describe("FREQ=DAILY;BYHOUR=9,18", START, ZONE).pattern == "custom"


def test_preview_keeps_nine_across_the_march_change_and_leaves_out_skips():
    series = Series("Tuto", "FREQ=WEEKLY;BYDAY=TU", datetime(2026, 3, 17, 9, 0, tzinfo=PARIS), ZONE)
    preview = next_occurrences(series, 10, series.start)
    assert len(preview) == 10
    assert {o.start.astimezone(PARIS).time() for o in preview} == {time(9, 0)}
    assert preview[2].start.utcoffset() != preview[0].start.utcoffset()  # 29 March in between
    skipped = skip(series, preview[1].original_start)
    assert preview[1].start not in [o.start for o in next_occurrences(skipped, 10, series.start)]


def test_preview_reaches_far_for_yearly_rules_and_stops_at_the_end():
    yearly = Series("Anniversaire", "FREQ=YEARLY", START, ZONE)
    assert len(next_occurrences(yearly, 10, START)) == 10
    short = Series("Court", "FREQ=DAILY;COUNT=3", START, ZONE)
    assert len(next_occurrences(short, 10, START)) == 3
