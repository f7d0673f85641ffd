"""Rules are kept between expansions; whatever the order of windows, the dates stay the same."""

from __future__ import annotations

from datetime import timedelta

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Series

from .helpers import paris

RULES = ["FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=MONTHLY;BYDAY=1MO;COUNT=30",
         "FREQ=DAILY;UNTIL=20270105T000000Z", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"]


def expand(series, windows):
    return [[(o.index, o.start) for o in recurrence.occurrences(series, a, b)] for a, b in windows]


def test_the_same_dates_in_any_order_of_windows():
    start = paris(2026, 1, 5, 9)
    windows = [(paris(2026, 1, 1) + timedelta(days=30 * n), paris(2026, 1, 1) + timedelta(days=30 * n + 42))
               for n in range(14)]
    for rule in RULES:
        series = Series("Série", rule, start)
        recurrence.build_rule.cache_clear()
        recurrence.rule_walls.cache_clear()
        forwards = expand(series, windows)
        recurrence.build_rule.cache_clear()
        recurrence.rule_walls.cache_clear()
        expand(series, [windows[-1]])  # the rule's cache filled far ahead first
        backwards = expand(series, windows[::-1])[::-1]
        assert forwards == backwards, rule
        assert any(forwards), rule


def test_a_changed_rule_or_start_is_a_new_rule():
    series = Series("Série", "FREQ=WEEKLY;BYDAY=MO", paris(2026, 3, 2, 9))
    window = (paris(2026, 3, 1), paris(2026, 4, 1))
    before = recurrence.occurrences(series, *window)
    moved = Series("Série", "FREQ=WEEKLY;BYDAY=TU", paris(2026, 3, 3, 10))
    after = recurrence.occurrences(moved, *window)
    assert [o.start.weekday() for o in before] == [0] * 5
    assert [(o.start.weekday(), o.start.hour) for o in after] == [(1, 10)] * 5
