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


PERIODIC = ["FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
            "FREQ=DAILY;INTERVAL=2;BYDAY=SA,SU;BYHOUR=9,17", "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;WKST=SU", "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=500",
            "FREQ=DAILY;COUNT=900", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20280321T080000Z", "FREQ=DAILY;UNTIL=20271231",
            "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,2TU;BYHOUR=8,18",
            "FREQ=MONTHLY;BYMONTHDAY=1,15,-1;COUNT=70", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=24;UNTIL=20281001",
            "FREQ=MONTHLY;BYDAY=4TH;COUNT=3",
            "FREQ=MONTHLY;BYDAY=1MO,-3MO,2SU", "FREQ=DAILY;INTERVAL=14;BYDAY=FR,SU", "FREQ=DAILY;INTERVAL=7;BYDAY=SA,SU"]


def reference(series, first, end):
    """Every start walked from the series' first, as dateutil gives them: (index, start)."""
    from cmplanner.domain.timezones import localize

    rule = recurrence.build_rule(series.rrule, series.start, series.timezone)
    found = []
    for index, wall in enumerate(rule, 1):
        start = localize(wall, series.timezone)
        if start >= end:
            break
        if start >= first:
            found.append((index, start))
    return found


def test_a_window_years_later_counts_the_skipped_starts_instead_of_walking_them():
    """Daily and weekly rules start their walk near the window: the dates and each one's number
    are those of a walk from the series' first date, in any order of windows, across the
    daylight-saving changes, up to a COUNT or an UNTIL."""
    import random

    start = paris(2023, 3, 24, 9, 30)  # two days before a daylight-saving change
    shuffled = random.Random(12)
    days = [0, 40, 400, 1200, 1210, 1180, 900, 1300, 1900, 30, 2000, 1950, 100, 1500]
    days += [shuffled.randrange(0, 2200) for _ in range(12)]
    for rule in PERIODIC:
        series = Series("Série", rule, start)
        recurrence.build_rule.cache_clear()
        recurrence.rule_walls.cache_clear()
        for day in days:
            first = paris(2023, 3, 1) + timedelta(days=day)
            end = first + timedelta(days=42)
            expected = reference(series, first, end)
            assert [(o.index, o.start) for o in recurrence.occurrences(series, first, end)] == expected, (rule, day)
    daily = Series("Série", "FREQ=DAILY", start)
    late = recurrence.occurrences(daily, paris(2028, 3, 1), paris(2028, 3, 8))
    assert [o.index for o in late] == list(range(1805, 1812))
    assert recurrence.rule_walls("FREQ=DAILY", start, "Europe/Paris")._run.offset > 1700  # not walked


def test_rules_that_follow_the_calendar_walk_from_their_start():
    def cycle(text, start=paris(2026, 1, 5, 9)):
        found = recurrence._cycle(text, recurrence.build_rule(text, start, "Europe/Paris"))
        return None if found is None else (type(found).__name__, getattr(found, "period", None))

    for walked in ["FREQ=MONTHLY;BYDAY=MO", "FREQ=MONTHLY;BYDAY=5FR", "FREQ=MONTHLY;BYMONTHDAY=31",
                   "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "FREQ=WEEKLY;BYMONTH=6", "FREQ=DAILY;BYSETPOS=1",
                   "FREQ=YEARLY", "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
                   "FREQ=MONTHLY;BYMONTHDAY=1,-28", "FREQ=MONTHLY;BYDAY=1MO,-4MO", "FREQ=MONTHLY;BYDAY=2MO,-4MO"]:
        assert cycle(walked) is None, walked
    assert cycle("FREQ=MONTHLY", paris(2026, 1, 31, 9)) is None  # the 31st is not in every month
    assert cycle("FREQ=MONTHLY", paris(2026, 1, 28, 9)) == ("_Months", None)
    assert cycle("FREQ=MONTHLY;BYDAY=-4SU,1MO") == ("_Months", None)
    assert cycle("FREQ=MONTHLY;BYDAY=1MO,-3MO;BYHOUR=9") == ("_Months", None)
    assert cycle("FREQ=MONTHLY;BYMONTHDAY=1,15,-1,-27") == ("_Months", None)
    assert cycle("FREQ=DAILY;INTERVAL=3;BYDAY=MO") == ("_Days", timedelta(days=21))
    assert cycle("FREQ=WEEKLY;INTERVAL=2") == ("_Days", timedelta(days=14))


def test_random_rules_give_the_dates_of_a_walk_from_their_start():
    """Rules drawn at random, cycle or no cycle: the same numbered dates as a walk from the start."""
    import random

    draw = random.Random(2026)
    weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    for _ in range(60):
        freq = draw.choice(["DAILY", "WEEKLY", "MONTHLY"])
        parts = [f"FREQ={freq}", f"INTERVAL={draw.choice([1, 2, 3, 4, 7, 14])}"]
        if freq == "MONTHLY" and draw.random() < 0.5:
            parts.append("BYMONTHDAY=" + ",".join(str(draw.choice([1, 2, 15, 28, 30, -1, -2, -28]))
                                                  for _ in range(draw.randint(1, 3))))
        elif draw.random() < 0.7:
            ordinal = (lambda: str(draw.choice([1, 2, 4, 5, -1, -4]))) if freq == "MONTHLY" else (lambda: "")
            parts.append("BYDAY=" + ",".join(sorted({ordinal() + draw.choice(weekdays)
                                                     for _ in range(draw.randint(1, 3))})))
        if draw.random() < 0.3:
            parts.append(f"COUNT={draw.randint(1, 300)}")
        text = ";".join(parts)
        series = Series("Série", text, paris(2024, 1, draw.randint(1, 31), draw.randint(0, 23), 30))
        for _ in range(4):
            first = paris(2024, 1, 1) + timedelta(days=draw.randrange(0, 1500))
            end = first + timedelta(days=draw.choice([7, 42]))
            got = [(o.index, o.start) for o in recurrence.occurrences(series, first, end)]
            assert got == reference(series, first, end), (text, first)
