"""Recurring series: RFC 5545 rules expanded with python-dateutil, in the series' zone.

Rules are expanded on wall-clock time (09:00 stays 09:00 across daylight-saving changes), only
inside a window, and never beyond ``MAX_OCCURRENCES`` per call, so a rule without an end cannot
run away. Skipped and moved occurrences and occurrences edited into real posts are applied here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from operator import attrgetter

from dateutil.rrule import rrule, rrulestr

from .entities import Post, Series, SeriesException
from .enums import ExceptionKind, PostKind, PostStatus
from .errors import DomainError, InvalidDates, InvalidRecurrence
from .rule_walks import Cycle, Walls, cycle
from .timezones import UTC, require_aware, to_local, zone

MAX_OCCURRENCES = 20_000
MAX_WINDOW = timedelta(days=366 * 30)
ALLOWED_FREQ = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
_UNTIL = re.compile(r"(?i)(^|;)UNTIL=([^;]+)")
_UNTIL_VALUE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_PART = re.compile(r"^[A-Z]+=[A-Z0-9,+\-TZ]+$")


@dataclass(frozen=True)
class Occurrence:
    series_id: int | None
    index: int  # 1-based position in the series
    original_start: datetime  # aware, as the rule generates it
    start: datetime  # aware, after a move or an edit
    moved: bool = False
    post_id: int | None = None  # the real post that replaced this occurrence, if edited


_START = attrgetter("start")
_new = object.__new__  # Occurrence(...) without the frozen dataclass's per-field __setattr__


@lru_cache(maxsize=1024)  # a rule's text is read again for its cycle (_cycle)
def _normalise(text: str) -> str:
    body = (text or "").strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    body = body.strip().strip(";").upper()
    if not body:
        raise InvalidRecurrence("The recurrence rule is empty.")
    if "\n" in body or "\r" in body:
        raise InvalidRecurrence("A recurrence rule is a single line (several RRULEs are not supported).")
    parts = body.split(";")
    keys = []
    for part in parts:
        if not _PART.match(part):
            raise InvalidRecurrence("Invalid part “{part}” in the recurrence rule.", part=part)
        keys.append(part.split("=", 1)[0])
    if len(set(keys)) != len(keys):
        raise InvalidRecurrence("A part of the recurrence rule is given twice.")
    freq = dict(p.split("=", 1) for p in parts).get("FREQ")
    if freq is None:
        raise InvalidRecurrence("The recurrence rule has no FREQ.")
    if freq not in ALLOWED_FREQ:
        raise InvalidRecurrence(
            "Frequency {freq} is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY.", freq=freq)
    if "COUNT" in keys and "UNTIL" in keys:
        raise InvalidRecurrence("A recurrence rule cannot end both by COUNT and by UNTIL.")
    return body


def _wall_until(body: str, zone_name: str) -> tuple[str, datetime | None]:
    """The rule without its UNTIL, and UNTIL as a wall-clock time in the series' zone (dateutil
    wants it naive here)."""
    match = _UNTIL.search(body)
    if not match:
        return body, None
    rest = (body[: match.start()] + body[match.end():]).strip(";")
    return rest, until_wall(match.group(2), zone_name)


def until_wall(raw: str, zone_name: str) -> datetime:
    """The naive wall-clock time of the series' zone that an UNTIL value means: a UTC time
    ("…Z") in the zone, a floating time as it is, a date at its last second. Read by hand: the
    first ``strptime`` of a process costs milliseconds of set-up, on the window's start."""
    found = _UNTIL_VALUE.match(raw)
    try:
        if found is None:
            raise ValueError(raw)
        year, month, day, hour, minute, second, utc = found.groups()
        if hour is None:
            return datetime(int(year), int(month), int(day), 23, 59, 59)
        wall = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError as exc:
        raise InvalidRecurrence("Invalid UNTIL date “{raw}” in the recurrence rule.",
                                raw=raw) from exc
    return wall.replace(tzinfo=UTC).astimezone(zone(zone_name)).replace(tzinfo=None) if utc else wall


@lru_cache(maxsize=512)
def build_rule(text: str, start: datetime, zone_name: str) -> rrule:
    """The dateutil rule for ``text`` starting at ``start``; InvalidRecurrence says what is wrong.

    Rules are kept (keyed by their text, start and zone); the dates they produced are kept by
    ``rule_walls``. dateutil's own ``cache=True`` is not used: with two walks of one rule under
    way, the one that reaches the end keeps the cache's lock and the other then waits forever.
    Callers must not change the rule.
    """
    require_aware(start, "series start")
    zone(zone_name)
    body, until = _wall_until(_normalise(text), zone_name)
    wall_start = to_local(start, zone_name).replace(tzinfo=None)
    try:
        rule = rrulestr(body, dtstart=wall_start)
        if until is not None and isinstance(rule, rrule):
            # Given as a date, not as text: dateutil reads an UNTIL in the text with its
            # general date parser, a millisecond each, most of a cold start's rule building.
            rule = rule.replace(until=until)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise InvalidRecurrence("Invalid recurrence rule “{rule}”: {problem}.", rule=text,
                                problem=str(exc)) from exc
    if not isinstance(rule, rrule):
        raise InvalidRecurrence("Only one RRULE is supported per series.")
    if until is not None and until < wall_start:
        raise InvalidDates("The series ends (UNTIL) before it starts.")
    return rule


def _cycle(text: str, rule: rrule) -> Cycle | None:
    """How ``rule`` (made from ``text``) repeats itself (rule_walks.py), or None."""
    return cycle(dict(part.split("=", 1) for part in _normalise(text).split(";")), rule)


@lru_cache(maxsize=512)
def rule_walls(text: str, start: datetime, zone_name: str) -> Walls:
    """The kept starts of ``build_rule(text, start, zone_name)``."""
    rule = build_rule(text, start, zone_name)
    return Walls(rule, zone_name, _cycle(text, rule))


def validate_series(series: Series) -> None:
    """Raise a DomainError naming what is wrong with ``series``."""
    if not series.name.strip():
        raise InvalidRecurrence("A series needs a name.")
    rule = build_rule(series.rrule, series.start, series.timezone)
    if rule.after(rule._dtstart, inc=True) is None:
        raise InvalidRecurrence("This recurrence rule never produces an occurrence.")
    for exc in series.exceptions:
        require_aware(exc.original_start, "occurrence")
        if exc.kind is ExceptionKind.MOVED:
            if exc.new_start is None:
                raise InvalidDates("A moved occurrence needs its new date.")
            require_aware(exc.new_start, "new date")


def occurrences(series: Series, window_start: datetime, window_end: datetime,
                posts: list[Post] | None = None) -> list[Occurrence]:
    """Occurrences of ``series`` starting in [window_start, window_end), sorted by start.

    ``posts`` are real posts of this series that replace occurrences (matched on
    ``occurrence_start``); they appear with their own start and ``post_id``.
    """
    return SeriesDates(series).occurrences(window_start, window_end, posts)


class SeriesDates:
    """One series made ready to be expanded over many windows: its skipped and moved
    occurrences read once, its rule's kept starts (``rule_walls``) looked up once. A calendar
    expands every series of the plan over every range it reads; reading each series'
    exceptions and finding its rule again for each range was most of that cost. Made from the
    series as it is: a changed series needs a new one (the calendar makes them again when the
    plan's series are read again)."""

    __slots__ = ("series", "skipped", "moved", "moved_to", "_kept")

    def __init__(self, series: Series) -> None:
        self.series = series
        self.skipped = {e.original_start.astimezone(UTC) for e in series.exceptions
                        if e.kind is ExceptionKind.SKIPPED}
        self.moved = {e.original_start.astimezone(UTC): e.new_start for e in series.exceptions
                      if e.kind is ExceptionKind.MOVED and e.new_start is not None}
        self.moved_to = sorted(e.new_start for e in series.exceptions  # for bisection
                               if e.kind is ExceptionKind.MOVED and e.new_start is not None)
        self._kept: Walls | None = None

    def kept(self) -> Walls:
        """The rule's kept starts (InvalidRecurrence when the rule cannot be expanded)."""
        kept = self._kept
        if kept is None:
            series = self.series
            kept = self._kept = rule_walls(series.rrule, series.start, series.timezone)
        return kept

    def occurrences(self, window_start: datetime, window_end: datetime,
                    posts: list[Post] | None = None) -> list[Occurrence]:
        """``occurrences(self.series, window_start, window_end, posts)``."""
        require_aware(window_start, "window start")
        require_aware(window_end, "window end")
        if window_end < window_start:
            raise InvalidDates("The window ends before it starts.")
        if window_end - window_start > MAX_WINDOW:
            raise InvalidDates("The window is too long to expand a series over it.")
        series = self.series
        tz_name = series.timezone
        skipped, moved = self.skipped, self.moved
        edited = {p.occurrence_start.astimezone(UTC): p for p in posts
                  if p.occurrence_start is not None and p.series_id == series.id} if posts else {}
        late_moves = [o for o, n in moved.items() if window_start <= n < window_end] \
            if moved and self._moved_into(window_start, window_end) else []
        edited_in_window = [k for k, p in edited.items() if p.planned_at is not None
                            and window_start <= p.planned_at < window_end] if edited else []
        # Originals far outside the window may have been moved or edited into it; those moved
        # or edited out of it end outside and are dropped below, so only the former widen the
        # walk.
        if late_moves or edited_in_window:
            wall_from, wall_stop = _wall_window(min([window_start, *late_moves, *edited_in_window]),
                                                max([window_end, *late_moves, *edited_in_window]),
                                                tz_name)
        else:
            wall_from, wall_stop = _wall_window(window_start, window_end, tz_name)

        result: list[Occurrence] = []
        run = self.kept().run_for(wall_from)
        before = run.offset  # the rule's starts before the run's first
        walls = run.through(wall_stop, MAX_OCCURRENCES - before)
        produced = bisect_right(walls, wall_stop)  # the occurrences up to the window's end
        if before + produced > MAX_OCCURRENCES:
            raise InvalidRecurrence(
                "The series “{name}” has more than {count} occurrences before the requested "
                "window; shorten the window or change the rule.", name=series.name,
                count=MAX_OCCURRENCES)
        series_id = series.id
        for position in range(bisect_left(walls, wall_from), produced):
            original, key = run.start(position)
            if key in skipped:
                continue
            post = edited.get(key) if edited else None
            if post is not None:
                start = post.planned_at or original
                occ = Occurrence(series_id, before + position + 1, original, start, start != original,
                                 post.id)
            elif key in moved:
                occ = Occurrence(series_id, before + position + 1, original, moved[key], True)
            elif window_start <= key < window_end:  # most: the rule's own date (key: in UTC)
                occ = _new(Occurrence)
                occ.__dict__.update({"series_id": series_id, "index": before + position + 1,
                                     "original_start": original, "start": original,
                                     "moved": False, "post_id": None})
                result.append(occ)
                continue
            else:
                continue
            if window_start <= occ.start < window_end:
                result.append(occ)
        if (moved or edited) and len(result) > 1:  # else in the rule's order
            result.sort(key=_START)
        return result

    def outside(self, window_start: datetime, window_end: datetime) -> bool:
        """``outside(self.series, window_start, window_end)``."""
        series = self.series
        if series.start < window_end + _TWO_DAYS:  # else it starts after the window
            try:
                last = self.kept().last
            except DomainError:
                return False  # occurrences() says what is wrong with it
            if last is None or last >= _wall_window(window_start, window_end, series.timezone)[0]:
                return False  # not known to end before the window
        return not self._moved_into(window_start, window_end)

    def _moved_into(self, window_start: datetime, window_end: datetime) -> bool:
        """Whether an occurrence was moved to a date in [window_start, window_end)."""
        moved_to = self.moved_to
        first_after = bisect_left(moved_to, window_start)
        return first_after < len(moved_to) and moved_to[first_after] < window_end


@lru_cache(maxsize=16)
def _wall_window(first: datetime, end: datetime, zone_name: str) -> tuple[datetime, datetime]:
    """The wall-clock times of the zone from a day before ``first`` to a day after ``end``:
    the rule's walls that may fall in [first, end). Kept, as a calendar asks the same of every
    series of the plan for the range it reads."""
    return (to_local(first, zone_name).replace(tzinfo=None) - _DAY,
            to_local(end, zone_name).replace(tzinfo=None) + _DAY)


def outside(series: Series, window_start: datetime, window_end: datetime) -> bool:
    """True when ``occurrences(series, window_start, window_end)`` is known to be empty without
    expanding the rule, other than for posts edited into the window: the series starts more than
    a day after the window, or its rule is known to end more than a day before it, and no
    occurrence was moved into it. A quick test that spares a calendar expanding every series
    of the plan over every range it reads."""
    return SeriesDates(series).outside(window_start, window_end)


_DAY, _TWO_DAYS = timedelta(days=1), timedelta(days=2)


def render_template(template: str, occurrence: Occurrence, series: Series,
                    local_start: datetime | None = None) -> str:
    """Fill ``{date}``, ``{n}`` and ``{series}`` in a title or text template. ``local_start``:
    the occurrence's start in the series' zone, when the caller already has it."""
    text = template or series.name
    if "{" not in text:
        return text  # most titles: nothing to fill (the date is formatted only when asked for)
    if "{date}" in text:
        day = local_start or to_local(occurrence.start, series.timezone)  # dd/mm/yyyy, no strftime
        text = text.replace("{date}", f"{day.day:02d}/{day.month:02d}/{day.year:04d}")
    return text.replace("{n}", str(occurrence.index)).replace("{series}", series.name)


def materialize(series: Series, occurrence: Occurrence) -> Post:
    """The real post that an edited occurrence becomes, still tied to its series."""
    return Post(
        title=render_template(series.title_template, occurrence, series),
        text=render_template(series.text_template, occurrence, series) if series.text_template else "",
        network_ids=list(series.network_ids),
        pillar_id=series.pillar_id,
        status=PostStatus.DRAFT,
        kind=PostKind.SERIES,
        planned_at=occurrence.start,
        owner_id=series.owner_id,
        series_id=series.id,
        occurrence_start=occurrence.original_start,
    )


def skip(series: Series, original_start: datetime) -> Series:
    require_aware(original_start, "occurrence")
    keep = [e for e in series.exceptions if e.original_start != original_start]
    return replace(series, exceptions=[*keep, SeriesException(original_start, ExceptionKind.SKIPPED)])


def move(series: Series, original_start: datetime, new_start: datetime) -> Series:
    require_aware(original_start, "occurrence")
    require_aware(new_start, "new date")
    keep = [e for e in series.exceptions if e.original_start != original_start]
    if new_start == original_start:
        return replace(series, exceptions=keep)
    return replace(series, exceptions=[*keep, SeriesException(original_start, ExceptionKind.MOVED, new_start)])


def restore(series: Series, original_start: datetime) -> Series:
    return replace(series, exceptions=[e for e in series.exceptions
                                       if e.original_start != original_start])
