"""Series expansion: windows, DST safety, skipped/moved/edited occurrences, bad rules."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Series
from cmplanner.domain.errors import InvalidDates, InvalidRecurrence, UnknownTimeZone

from .helpers import PARIS, paris



def weekly(rule: str = "FREQ=WEEKLY;BYDAY=TU", start=None, **kw) -> Series:
    return Series("Portrait", rule, start or paris(2026, 1, 6, 9), "Europe/Paris", id=7, **kw)


def window(series, a, b, posts=None):
    return recurrence.occurrences(series, a, b, posts)


def test_dst_changes_never_shift_a_nine_oclock_post():
    series = weekly()
    occ = window(series, paris(2026, 3, 1), paris(2026, 11, 30))
    local_times = {o.start.astimezone(PARIS).time() for o in occ}
    assert local_times == {time(9, 0)}
    offsets = {o.start.utcoffset() for o in occ}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # both sides of the change
    march = [o.start for o in occ if o.start.month == 3 or o.start.month == 4][:6]
    assert [d.day for d in march] == [3, 10, 17, 24, 31, 7]


def test_until_in_utc_is_honoured_in_local_time():
    series = weekly("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331T080000Z")
    occ = window(series, paris(2026, 1, 1), paris(2026, 12, 31))
    assert occ[-1].start == paris(2026, 3, 31, 9)
    assert len(occ) == 13


def test_count_ends_the_series():
    occ = window(weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=3"), paris(2026, 1, 1), paris(2027, 1, 1))
    assert [o.index for o in occ] == [1, 2, 3]


def test_endless_rule_expands_only_the_window():
    occ = window(weekly("FREQ=DAILY"), paris(2030, 5, 1), paris(2030, 5, 8))
    assert len(occ) == 7
    assert occ[0].index == (datetime(2030, 5, 1) - datetime(2026, 1, 6)).days + 1


def test_window_is_bounded():
    with pytest.raises(InvalidDates, match="too long"):
        window(weekly("FREQ=DAILY"), paris(2026, 1, 1), paris(2126, 1, 1))
    with pytest.raises(InvalidDates, match="ends before"):
        window(weekly(), paris(2026, 2, 1), paris(2026, 1, 1))


def test_skipped_and_moved_occurrences():
    series = weekly()
    series = recurrence.skip(series, paris(2026, 1, 13, 9))
    series = recurrence.move(series, paris(2026, 1, 20, 9), paris(2026, 1, 22, 14))
    occ = window(series, paris(2026, 1, 1), paris(2026, 2, 1))
    assert [o.start for o in occ] == [paris(2026, 1, 6, 9), paris(2026, 1, 22, 14), paris(2026, 1, 27, 9)]
    assert occ[1].moved and occ[1].original_start == paris(2026, 1, 20, 9)
    assert recurrence.restore(series, paris(2026, 1, 13, 9)).exceptions[0].original_start == paris(2026, 1, 20, 9)


def test_occurrence_moved_into_the_window_from_outside_appears():
    series = recurrence.move(weekly(), paris(2026, 1, 6, 9), paris(2026, 3, 2, 9))
    occ = window(series, paris(2026, 3, 1), paris(2026, 3, 3))
    assert [o.original_start for o in occ] == [paris(2026, 1, 6, 9)]


def test_moving_back_to_the_original_date_removes_the_exception():
    series = recurrence.move(weekly(), paris(2026, 1, 6, 9), paris(2026, 1, 6, 9))
    assert series.exceptions == []


def test_editing_an_occurrence_makes_a_real_post_tied_to_the_series():
    series = weekly(title_template="Portrait du {date} (n°{n})", network_ids=[1], pillar_id=3)
    occ = window(series, paris(2026, 1, 12), paris(2026, 1, 14))[0]
    post = recurrence.materialize(series, occ)
    assert post.title == "Portrait du 13/01/2026 (n°2)"
    assert (post.series_id, post.occurrence_start, post.planned_at) == (7, occ.original_start, occ.start)
    post.id = 55
    post.planned_at = paris(2026, 1, 14, 11)
    again = window(series, paris(2026, 1, 1), paris(2026, 2, 1), [post])
    replaced = [o for o in again if o.post_id == 55]
    assert replaced and replaced[0].start == paris(2026, 1, 14, 11)
    assert paris(2026, 1, 13, 9) not in [o.start for o in again]


@pytest.mark.parametrize("rule, message", [
    ("", "empty"),
    ("FREQ=SECONDLY", "not supported"),
    ("FREQ=WEEKLY;BYDAY=XX", "Invalid recurrence rule"),
    ("BYDAY=MO", "no FREQ"),
    ("FREQ=WEEKLY;COUNT=2;UNTIL=20260101T000000Z", "both by COUNT and by UNTIL"),
    ("FREQ=WEEKLY;FREQ=DAILY", "given twice"),
    ("FREQ=WEEKLY;UNTIL=2026-13-45", "Invalid UNTIL date .2026-13-45."),
    ("FREQ=WEEKLY;UNTIL=20261345T000000Z", "Invalid UNTIL"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never produces"),
    ("FREQ=WEEKLY\nRRULE:FREQ=DAILY", "single line"),
])
def test_bad_rules_are_refused_with_a_clear_message(rule, message):
    with pytest.raises(InvalidRecurrence, match=message):
        recurrence.validate_series(weekly(rule))


def test_end_before_start_is_refused():
    with pytest.raises(InvalidDates, match="before it starts"):
        recurrence.validate_series(weekly("FREQ=DAILY;UNTIL=20250101T000000Z"))


def test_unknown_zone_and_naive_start_are_refused():
    with pytest.raises(UnknownTimeZone, match="Mars/Olympus"):
        recurrence.validate_series(Series("x", "FREQ=DAILY", paris(2026, 1, 1, 9), "Mars/Olympus"))
    with pytest.raises(InvalidDates, match="no time zone"):
        recurrence.validate_series(Series("x", "FREQ=DAILY", datetime(2026, 1, 1, 9)))


def test_rrule_prefix_and_lowercase_are_accepted():
    recurrence.validate_series(weekly("RRULE:freq=weekly;byday=tu"))


def test_monthly_second_tuesday():
    occ = window(weekly("FREQ=MONTHLY;BYDAY=2TU"), paris(2026, 1, 1), paris(2026, 4, 1))
    assert [o.start.day for o in occ] == [13, 10, 10]


def test_wall_time_that_does_not_exist_is_pushed_forward():
    occ = window(weekly("FREQ=DAILY", start=paris(2026, 3, 27, 2, 30)), paris(2026, 3, 29), paris(2026, 3, 30))
    assert occ[0].start.astimezone(PARIS).hour == 3


def test_a_narrow_window_agrees_with_a_wide_one_whatever_was_moved_far_away():
    series = weekly()
    series = recurrence.move(series, paris(2026, 1, 13, 9), paris(2026, 9, 16, 10))  # in from afar
    series = recurrence.move(series, paris(2026, 9, 22, 9), paris(2026, 2, 4, 10))  # out, far
    series = recurrence.skip(series, paris(2026, 1, 20, 9))
    year = window(series, paris(2026, 1, 1), paris(2026, 12, 31))
    september = window(series, paris(2026, 9, 1), paris(2026, 10, 1))
    assert september == [o for o in year if paris(2026, 9, 1) <= o.start < paris(2026, 10, 1)]
    assert [(o.index, o.start) for o in september if o.moved] == [(2, paris(2026, 9, 16, 10))]
    assert paris(2026, 9, 22, 9) not in {o.start for o in september}


def test_finite_series_expanded_past_its_end_twice_does_not_hang():
    """Two walks of one kept rule (the calendar's kept walls, an export's own listing) must not
    wait on each other when the rule runs out (dateutil's cache=True did: it kept its lock)."""
    import threading

    series = weekly("FREQ=WEEKLY;BYDAY=TH;COUNT=20", start=paris(2026, 2, 12, 12, 30))
    results: list[int] = []

    def expand() -> None:
        results.append(len(window(series, paris(2026, 2, 1), paris(2026, 5, 26))))
        rule = recurrence.build_rule(series.rrule, series.start, series.timezone)
        results.append(len(list(rule)))  # another walk of the same kept rule, to its end
        results.append(len(window(series, paris(2026, 3, 10), paris(2056, 3, 6))))

    worker = threading.Thread(target=expand, daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "expansion hung"
    assert results == [15, 20, 16]
