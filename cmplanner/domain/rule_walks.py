"""How a recurrence rule's dates are walked: in runs kept for bisection (``Run``, ``Walls``), a
run starting at the window's cycle when the rule repeats itself, so that a walk through its dates
may start years after the series began: the dates skipped are counted, not walked.

A rule repeats in a cycle when its wall-clock dates in each cycle are those of the first full
cycle, moved by whole cycles: every few days for a daily or weekly rule ("every Tuesday"), every
few months for a monthly rule whose dates exist in every month ("the first Monday", "the 15th").
Rules that follow the calendar otherwise (BYMONTH, BYSETPOS, "every Monday of the month", the
31st) have no cycle here and are walked from their start. Rules are expanded on naive wall-clock
times (recurrence.py), so a cycle is the same whatever the daylight-saving changes inside it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import takewhile
from math import lcm

from dateutil.rrule import WEEKLY, rrule

from .timezones import UTC, localize

_DAY_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYHOUR", "BYMINUTE", "BYSECOND", "WKST"}
_MONTH_PARTS = _DAY_PARTS | {"BYMONTHDAY"}


class Cycle:
    """The cycles of one rule: ``jumps(wall)`` cycles from the rule's first cycle to the one
    holding ``wall``; ``rule_from(k)`` the rule walked from the start of cycle ``k`` and how
    many of its dates come before."""

    def __init__(self, rule: rrule) -> None:
        self.rule = rule
        self._counts: tuple[int, int] | None = None  # dates in the first cycle, in a full one

    def jumps(self, wall: datetime) -> int:
        raise NotImplementedError

    def cycle_start(self, k: int) -> datetime:
        raise NotImplementedError

    def _rule_at(self, start: datetime, count: int | None) -> rrule:
        return self.rule.replace(dtstart=start, count=count)

    def skipped(self, k: int) -> int:
        """How many of the rule's dates come before cycle ``k`` (k >= 1)."""
        first, each = self.counts()
        return first + (k - 1) * each

    def counts(self) -> tuple[int, int]:
        """The dates in the rule's first cycle (from its start) and in each full cycle after."""
        if self._counts is None:
            one, two = self.cycle_start(1), self.cycle_start(2)
            rule = self.rule
            ended = rule._count is not None or rule._until is not None
            whole = rule.replace(count=None, until=None) if ended else rule  # without its end
            walls = list(takewhile(lambda wall: wall < two, whole))
            first = sum(1 for wall in walls if wall < one)
            self._counts = (first, len(walls) - first)
        return self._counts

    def furthest(self, k: int) -> int:
        """``k``, or fewer cycles when the rule ends (COUNT, UNTIL) before cycle ``k``."""
        if k <= 0:
            return 0
        rule = self.rule
        until, count = rule._until, rule._count
        if until is not None:
            k = min(k, self.jumps(until))
        if count is not None:
            first, each = self.counts()
            k = min(k, 0 if first >= count or not each else 1 + (count - 1 - first) // each)
        return max(k, 0)

    def rule_from(self, k: int) -> tuple[rrule, int]:
        """The rule walked from cycle ``k`` (k >= 1) and how many of its dates come before."""
        skipped = self.skipped(k)
        count = self.rule._count
        return self._rule_at(self.cycle_start(k), None if count is None else count - skipped), skipped


class _Days(Cycle):
    """Daily and weekly rules: a cycle of ``period`` from the rule's start."""

    def __init__(self, rule: rrule, period: timedelta) -> None:
        super().__init__(rule)
        self.period = period
        self.start: datetime = rule._dtstart

    def jumps(self, wall: datetime) -> int:
        return max(0, (wall - self.start) // self.period)

    def cycle_start(self, k: int) -> datetime:
        return self.start + k * self.period

    def counts(self) -> tuple[int, int]:
        """Counted rather than walked: the days of a cycle that the rule keeps (every
        ``interval``-th day, or one week in ``interval``, on the kept weekdays) times the
        times of day. From any start, a cycle holds the same dates, shifted."""
        if self._counts is None:
            rule = self.rule
            weekdays = rule._byweekday
            if rule._freq == WEEKLY:
                days = len(weekdays)
            else:
                interval, first = rule._interval, self.start.weekday()
                steps = range(0, self.period.days, interval)
                days = len(steps) if weekdays is None else sum((first + d) % 7 in weekdays for d in steps)
            each = days * len(rule._byhour) * len(rule._byminute) * len(rule._bysecond)
            self._counts = (each, each)
        return self._counts


class _Months(Cycle):
    """Monthly rules whose dates exist in every month: a cycle of ``interval`` months, from the
    first day of the start's month. The start's day and time, which dateutil takes as the
    rule's when it names none, are named explicitly in the rules walked from a later cycle."""

    def __init__(self, rule: rrule, interval: int, by_month_day: bool) -> None:
        super().__init__(rule)
        self.interval = interval
        start: datetime = rule._dtstart
        self.month = start.year * 12 + start.month - 1
        self._fixed = {"byhour": rule._byhour, "byminute": rule._byminute,
                       "bysecond": rule._bysecond}
        if by_month_day:
            self._fixed["bymonthday"] = (start.day,)

    def jumps(self, wall: datetime) -> int:
        return max(0, (wall.year * 12 + wall.month - 1 - self.month) // self.interval)

    def cycle_start(self, k: int) -> datetime:
        year, month = divmod(self.month + k * self.interval, 12)
        return datetime(year, month + 1, 1)

    def _rule_at(self, start: datetime, count: int | None) -> rrule:
        return self.rule.replace(dtstart=start, count=count, **self._fixed)


def cycle(parts: dict[str, str], rule: rrule) -> Cycle | None:
    """The cycle of ``rule``, read from its text's ``parts`` (FREQ=... as a dict), or None."""
    freq = parts["FREQ"]
    try:
        interval = int(parts.get("INTERVAL", "1"))
    except ValueError:
        return None
    days = [day for day in parts.get("BYDAY", "").split(",") if day]
    if interval < 1:
        return None
    if freq in ("DAILY", "WEEKLY") and parts.keys() <= _DAY_PARTS:
        if any(not day.isalpha() for day in days):
            return None  # "1MO": not a daily or weekly rule's part
        if freq == "WEEKLY":
            return _Days(rule, timedelta(weeks=interval))
        return _Days(rule, timedelta(days=lcm(interval, 7) if days else interval))
    if freq == "MONTHLY" and parts.keys() <= _MONTH_PARTS and not (days and "BYMONTHDAY" in parts):
        weekdays = [(day[-2:], _ordinal(day[:-2], 4)) for day in days]
        if not all(n for _, n in weekdays) or not _apart([n for _, n in weekdays], range(5, 7), [d for d, _ in weekdays]):
            return None  # "MO" (four or five a month), "5FR" (not every month), 1MO and -4MO
        month_days = [_ordinal(day, 28) for day in parts.get("BYMONTHDAY", "").split(",") if day]
        if not all(month_days) or not _apart(month_days, range(29, 33)):
            return None  # the 31st, the 1st and the 28th from the end (one day in February)
        start = rule._dtstart
        if not days and not month_days and start.day > 28:
            return None  # the start's day: not in every month
        return _Months(rule, interval, not days and not month_days)
    return None


def _ordinal(number: str, every_month: int) -> int:
    """``number`` when "the n-th" (or n-th from the end) is one of the first ``every_month``,
    which every month has (4 of each weekday, 28 days), else 0."""
    try:
        n = int(number)
    except ValueError:
        return 0
    return n if 1 <= abs(n) <= every_month else 0


def _apart(numbers: list[int], meet: range, kinds: list[str] | None = None) -> bool:
    """Whether no n-th and m-th from the end (of one kind: the same weekday) are the same day in
    some month: they are when n + m is in ``meet`` (the 1st and the 28th from the end in
    February; the 1st and the 4th Monday from the end in a month of four Mondays)."""
    kinds = kinds or [""] * len(numbers)
    return not any(n > 0 > m and kind == other and n - m in meet
                   for n, kind in zip(numbers, kinds) for m, other in zip(numbers, kinds))


class Run:
    """Consecutive wall-clock starts of a rule from one of its dates (``offset`` starts of the
    rule come before it), produced in order as asked for and kept, so that a window is found by
    bisection. Only appended to: a walk under way keeps its run while another starts a new one."""

    __slots__ = ("_next", "walls", "offset", "complete", "_starts", "_zone")

    def __init__(self, rule: rrule, offset: int, zone_name: str) -> None:
        self._next = iter(rule)
        self.walls: list[datetime] = []
        self.offset = offset
        self.complete = False
        self._zone = zone_name
        # Each wall as an aware start in the zone and in UTC, made when first asked for.
        self._starts: list[tuple[datetime, datetime] | None] = []

    def start(self, position: int) -> tuple[datetime, datetime]:
        """The wall at ``position`` made aware (``localize``), in the zone and in UTC: kept, as a
        calendar asks for the same occurrences again with each range that shows them."""
        starts = self._starts
        if position >= len(starts):
            starts.extend([None] * (len(self.walls) - len(starts)))
        found = starts[position]
        if found is None:
            original = localize(self.walls[position], self._zone)
            found = starts[position] = (original, original.astimezone(UTC))
        return found

    def through(self, stop: datetime, limit: int) -> list[datetime]:
        """The walls, produced at least past ``stop`` (or ``limit`` of them, or all there are)."""
        walls = self.walls
        while not self.complete and (not walls or walls[-1] <= stop) and len(walls) <= limit:
            wall = next(self._next, None)
            if wall is None:
                self.complete = True
            else:
                walls.append(wall)
        return walls


class Walls:
    """The wall-clock starts of a rule, kept as a run (``Run``). A rule that repeats in a cycle
    (``Cycle``) starts its run at the start of the window's cycle, and the dates skipped are
    counted, not walked: a daily series begun five years ago has some 1,800 dates before today."""

    JUMP = 8  # dates a run may be walked ahead before a new run is started nearer

    def __init__(self, rule: rrule, zone_name: str, cycle: Cycle | None = None) -> None:
        self._rule = rule
        self._zone = zone_name
        self._cycle = cycle
        self._jumps = 0  # the cycle the current run starts at
        self._run = Run(rule, 0, zone_name)

    def run_for(self, first: datetime) -> Run:
        """A run that holds the walls from ``first`` on: the current one, or one started again
        nearer ``first`` when it starts after it or far before it."""
        run, cycle = self._run, self._cycle
        if cycle is None:
            return run
        jumps = cycle.furthest(cycle.jumps(first))
        if jumps == self._jumps:
            return run
        each = cycle.counts()[1]
        if jumps > self._jumps:  # ahead: walked on when the run is near, else started again
            walked = cycle.jumps(run.walls[-1]) if run.walls else self._jumps
            if (jumps - walked) * each <= self.JUMP:
                return run
        else:  # back: a little earlier, ready for the next step back
            jumps = max(0, jumps - self.JUMP // max(1, each))
        if jumps == 0:
            run = Run(self._rule, 0, self._zone)
        else:
            rule, skipped = cycle.rule_from(jumps)
            run = Run(rule, skipped, self._zone)
        self._run, self._jumps = run, jumps
        return run

    @property
    def last(self) -> datetime | None:
        """The rule's last wall-clock start once every start has been produced (else None:
        unknown yet, or no start at all)."""
        run = self._run
        return run.walls[-1] if run.complete and run.walls else None
