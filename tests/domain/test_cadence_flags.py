"""Cadence flags per network and day: gaps over working days, overloads, skipped days."""

from __future__ import annotations

from datetime import date, timedelta

from cmplanner.domain.cadence import flag_days

MONDAY = date(2026, 3, 2)
WEEK = [MONDAY + timedelta(days=i) for i in range(7)]
TWO_WEEKS = [MONDAY + timedelta(days=i) for i in range(14)]


def kinds(flags):
    return [(f.day, f.kind) for f in flags]


def test_daily_cadence_flags_every_empty_working_day_not_the_weekend():
    counts = {WEEK[0]: 1, WEEK[2]: 1, WEEK[4]: 1}
    flags = flag_days(1, "1 par jour", counts, WEEK)
    assert kinds(flags) == [(WEEK[1], "gap"), (WEEK[3], "gap")]


def test_five_posts_in_a_day_against_one_a_day_is_an_overload():
    counts = {d: 1 for d in WEEK[:5]}
    counts[WEEK[2]] = 5
    flags = flag_days(1, "1 per day", counts, WEEK)
    assert kinds(flags) == [(WEEK[2], "overload")]
    assert flags[0].posts == 5 and flags[0].limit == 2


def test_weekly_cadence_allows_short_gaps_only():
    # 3 par semaine: one post every 5/3 working days; two empty days in a row are fine.
    counts = {TWO_WEEKS[0]: 1, TWO_WEEKS[3]: 1, TWO_WEEKS[4]: 1}
    assert flag_days(1, "3 par semaine", counts, TWO_WEEKS)[0].day == TWO_WEEKS[9]
    assert flag_days(1, "3 par semaine", {d: 1 for d in TWO_WEEKS[::2]}, TWO_WEEKS) == []


def test_holidays_and_closures_are_skipped():
    counts = {d: 1 for d in WEEK[:5] if d != WEEK[1]}
    assert flag_days(1, "1 par jour", counts, WEEK, {WEEK[1]}) == []
    assert kinds(flag_days(1, "1 par jour", counts, WEEK)) == [(WEEK[1], "gap")]


def test_no_or_unreadable_target_flags_nothing():
    assert flag_days(1, "", {}, WEEK) == []
    assert flag_days(1, "beaucoup", {}, WEEK) == []


def test_past_gaps_are_not_flagged_but_overloads_are():
    counts = {WEEK[0]: 4}
    flags = flag_days(1, "1 par jour", counts, WEEK, gaps_from=WEEK[3])
    assert kinds(flags) == [(WEEK[0], "overload"), (WEEK[3], "gap"), (WEEK[4], "gap")]
