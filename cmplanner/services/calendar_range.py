"""What the calendar shows over a date range: light chips for posts, series occurrences and events.

``planning.calendar_items`` gives the same items with full posts (for exports); these are small frozen records built
from the light queries of ``storage.calendar_queries``, so a month of a 50,000-post plan loads in a
few milliseconds. Series are expanded over the requested range only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from operator import attrgetter
from datetime import date, datetime, timedelta

from cmplanner.domain import recurrence
from cmplanner.domain.cadence import DayFlag, flag_days
from cmplanner.domain.entities import Post, Series
from cmplanner.domain.enums import EventKind, PostKind, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.filters import fold
from cmplanner.domain.workflow import sensitive_kind
from cmplanner.domain.timezones import UTC, WallClock, local_datetime, zone
from cmplanner.storage import calendar_queries as q
from cmplanner.storage.store import PlanStore

BACKLOG_STATUSES = (PostStatus.IDEA, PostStatus.DRAFT)
_STATUSES = {s.value: s for s in PostStatus}  # a dict look-up: PostStatus(text) is slower
_KINDS = {k.value: k for k in PostKind}


@dataclass(frozen=True)
class Chip:
    """One post or one not-yet-written series occurrence, as the calendar draws it."""

    key: str  # "post:12" or "occ:3:<original start iso>"
    title: str
    start: datetime | None  # aware; None for an undated post
    local: datetime | None  # naive wall time in the plan's zone
    status: PostStatus | None  # None: a series occurrence not yet written
    kind: PostKind = PostKind.STANDARD
    network_ids: tuple[int, ...] = ()
    pillar_id: int | None = None
    owner_id: int | None = None
    post_id: int | None = None
    series_id: int | None = None
    event_id: int | None = None
    original_start: datetime | None = None  # of a virtual occurrence
    moved: bool = False
    sensitive: bool = False
    body: str = field(default="", compare=False, repr=False)  # searched with the title
    cover_id: int | None = None  # the post's first media item, shown as a thumbnail

    @cached_property
    def search(self) -> str:
        """Title and body folded for the text filter, built the first time a text is searched:
        folding every chip of every range eagerly cost half of each month switch."""
        return fold(f"{self.title}\n{self.body}")

    @cached_property
    def day(self) -> date | None:
        """The local day (kept: a month's weeks, ranges and cells each sort chips by day)."""
        return None if self.local is None else self.local.date()

    @property
    def is_virtual(self) -> bool:
        return self.post_id is None

    @property
    def effective_status(self) -> PostStatus:
        """A virtual occurrence becomes a draft when written: it filters as one."""
        return self.status or PostStatus.DRAFT


_CHIP_FIELDS = tuple(f.name for f in fields(Chip))
_new = object.__new__


def new_chip(*values: object) -> Chip:
    """``Chip(*values)`` without the frozen dataclass's field-by-field ``object.__setattr__``,
    which was a fifth of a month switch on a large plan: the same object, equal and hashed
    alike. Fields left out keep their class defaults, as with ``Chip``."""
    chip = _new(Chip)
    attributes = chip.__dict__
    attributes.update(zip(_CHIP_FIELDS, values))
    local = attributes.get("local")
    if local is not None:
        attributes["day"] = local.date()  # what the cached property would compute
    return chip


@dataclass(frozen=True)
class EventBar:
    id: int
    title: str
    kind: EventKind
    start: datetime
    first_day: date
    last_day: date  # inclusive
    all_day: bool
    end: datetime | None = None  # aware (the week's time grid draws and resizes it)

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass
class RangeData:
    start: date
    end: date  # exclusive
    chips: list[Chip]
    events: list[EventBar]
    by_day: dict[date, list[Chip]] = field(default_factory=dict)
    # Cadence flags of the range's days, per day then network (``flag_range`` fills them).
    flags: dict[date, dict[int, list[DayFlag]]] = field(default_factory=dict)
    texts: bool = True  # the posts' chips carry their texts (a text search needs them)

    def __post_init__(self) -> None:
        if self.by_day or not self.chips:
            return  # given with the chips (split into weeks, joined from weeks)
        by_day = self.by_day
        for chip in self.chips:
            by_day.setdefault(chip.day, []).append(chip)  # type: ignore[arg-type]


_SENSITIVE_KIND = {k: sensitive_kind(k, False) for k in PostKind}  # a kind's own sensitivity


def _chip_maker(clock: Callable[[datetime], datetime]) -> Callable[..., Chip]:
    """``make(*line)``: the chip of a stored post from its ``PostLine``'s fields; ``clock``
    gives the plan's wall-clock time of an instant (a ``WallClock`` over the range read). Each
    chip's attributes are given as one dict (``new_chip`` without its ``zip``), leaving out
    those that keep the class's default: a month has a thousand."""
    kinds, statuses, sensitive_kinds, new = _KINDS, _STATUSES, _SENSITIVE_KIND, _new

    def make(post_id: int, title: str, text: str, planned_at: datetime | None, status: str,
             kind_text: str, pillar_id: int | None, owner_id: int | None, series_id: int | None,
             _occurrence_start: datetime | None, event_id: int | None, flagged: bool,
             network_ids: tuple[int, ...], cover_id: int | None) -> Chip:
        kind = kinds[kind_text]
        local = None if planned_at is None else clock(planned_at)
        chip = new(Chip)
        chip.__dict__.update({
            "key": f"post:{post_id}", "title": title, "start": planned_at, "local": local,
            "status": statuses[status], "kind": kind, "network_ids": network_ids,
            "pillar_id": pillar_id, "owner_id": owner_id, "post_id": post_id,
            "series_id": series_id, "event_id": event_id,  # original_start, moved: defaults
            "sensitive": flagged or sensitive_kinds[kind], "body": text, "cover_id": cover_id,
            "day": None if local is None else local.date()})
        return chip

    return make


def _post_chips(lines: list[q.PostLine], clock: Callable[[datetime], datetime]) -> list[Chip]:
    """The chips of stored posts (see ``_chip_maker``)."""
    make = _chip_maker(clock)
    return [make(*line) for line in lines]


def occurrence_key(series_id: int | None, original_start: datetime) -> str:
    return f"occ:{series_id}:{original_start.astimezone(UTC).isoformat()}"


OCCURRENCE_MARGIN = timedelta(days=2)  # a written occurrence may have moved this far


def unwritten_occurrences(store: PlanStore, series_list: Sequence[Series | recurrence.SeriesDates],
                          start: datetime, end: datetime, replaced: list[q.PostLine] | None = None
                          ) -> list[tuple[Series, recurrence.Occurrence]]:
    """The occurrences in [start, end) that no post replaces yet, series by series. A series
    whose rule cannot be expanded shows nothing rather than breaking the calendar or an export
    (the series editor says what is wrong with it). ``series_list``: the series, or their
    ``SeriesDates`` when the caller expands them over many ranges (made once, see
    ``series_dates``). ``replaced``: the posts replacing occurrences originally in
    [start - OCCURRENCE_MARGIN, end + OCCURRENCE_MARGIN), when already read (else they are
    read here)."""
    if replaced is None:
        replaced = q.occurrence_posts(store, start - OCCURRENCE_MARGIN, end + OCCURRENCE_MARGIN)
    edited: dict[int, list[Post]] = {}
    for line in replaced:
        edited.setdefault(line.series_id, []).append(  # type: ignore[arg-type]
            Post("", planned_at=line.planned_at, series_id=line.series_id,
                 occurrence_start=line.occurrence_start, id=line.id, uid=""))
    found: list[tuple[Series, recurrence.Occurrence]] = []
    append, dates_of = found.append, recurrence.SeriesDates
    # The same instants in UTC, as the series' starts and moves are stored: comparing aware
    # times of two zones asks each zone for its offset, a few hundred times per range.
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    for item in series_list:
        dates = item if isinstance(item, dates_of) else dates_of(item)
        series = dates.series
        posts = edited.get(series.id)  # type: ignore[arg-type]
        if not posts and dates.outside(start, end):
            continue  # before or after the window, nothing moved into it: nothing to expand
        try:
            expanded = dates.occurrences(start, end, posts)
        except DomainError:
            continue
        for occ in expanded:
            if occ.post_id is None:
                append((series, occ))
    return found


def series_dates(series_list: Iterable[Series]) -> list[recurrence.SeriesDates]:
    """The series made ready to be expanded over many ranges (``unwritten_occurrences``)."""
    return [recurrence.SeriesDates(series) for series in series_list]


def _occurrence_chips(occurrences: list[tuple[Series, recurrence.Occurrence]],
                      clock: WallClock) -> list[Chip]:
    """The chips of unwritten occurrences: what they take from their series is gathered once
    per series, each chip's attributes given as one dict (as in ``_post_chips``)."""
    chips: list[Chip] = []
    append, new = chips.append, _new
    shared: dict[int, dict[str, object]] = {}  # by id(series): what its occurrences' chips share
    render, same_zone = recurrence.render_template, clock.zone_name
    for series, occ in occurrences:
        start = occ.start.astimezone(UTC)  # converted once: for the wall time and the key
        local = clock(start)
        title = render(series.title_template, occ, series,
                       local if series.timezone == same_zone else None)
        original = start if occ.original_start is occ.start else occ.original_start
        common = shared.get(id(series))
        if common is None:
            common = shared[id(series)] = {
                "status": None, "kind": PostKind.SERIES, "network_ids": tuple(series.network_ids),
                "pillar_id": series.pillar_id, "owner_id": series.owner_id,
                "series_id": series.id, "body": series.name}  # post, event, cover: defaults
        chip = new(Chip)
        attributes = chip.__dict__
        attributes.update(common)
        attributes.update({"key": occurrence_key(series.id, original), "title": title,
                           "start": occ.start, "local": local,
                           "original_start": occ.original_start, "moved": occ.moved,
                           "day": local.date()})
        append(chip)
    return chips


def _bounds(first: date, end: date, zone_name: str) -> tuple[datetime, datetime]:
    return local_datetime(first, datetime.min.time(), zone_name), \
        local_datetime(end, datetime.min.time(), zone_name)


def load_range(store: PlanStore, series_list: Sequence[Series | recurrence.SeriesDates],
               first: date, end: date, zone_name: str, texts: bool = True) -> RangeData:
    """Chips and event bars of the local days [first, end); the posts' chips without their
    texts unless ``texts`` (see ``with_texts``)."""
    start_at, end_at = _bounds(first, end, zone_name)
    tz = zone(zone_name)
    clock = WallClock(zone_name, start_at, end_at)
    # The posts' chips are made as their rows are read: no line of theirs is kept meanwhile.
    chips, replaced, events = q.read_range(store, start_at, end_at, OCCURRENCE_MARGIN,
                                           _chip_maker(clock), texts)
    chips += _occurrence_chips(unwritten_occurrences(
        store, series_list, start_at, end_at, replaced), clock)
    # By local time, then title: two stable sorts on plain keys make no (time, title) tuple
    # per chip for the garbage collector to walk while the range is read.
    chips.sort(key=attrgetter("title"))
    chips.sort(key=attrgetter("local"))
    bars = []
    for line in events:
        first_local = line.start.astimezone(tz)
        last_local = line.end.astimezone(tz) - timedelta(microseconds=1)
        bars.append(EventBar(line.id, line.title, EventKind(line.kind), line.start,
                             first_local.date(), max(first_local.date(), last_local.date()),
                             line.all_day, line.end))
    return RangeData(first, end, chips, bars, texts=texts)


def with_texts(store: PlanStore, data: RangeData, zone_name: str) -> RangeData:
    """``data`` whose posts' chips carry their texts, for a text search: a range read without
    them gets them in one more query (its flags are kept: they do not depend on texts)."""
    if data.texts:
        return data
    texts = q.post_texts(store, *_bounds(data.start, data.end, zone_name))
    chips = [c if c.post_id is None else replace(c, body=texts.get(c.post_id, ""))
             for c in data.chips]
    return RangeData(data.start, data.end, chips, data.events, flags=data.flags)


def load_backlog(store: PlanStore, zone_name: str) -> list[Chip]:
    """Undated ideas and drafts."""
    tz = zone(zone_name)
    return _post_chips(q.undated_posts(store, tuple(s.value for s in BACKLOG_STATUSES)),
                       lambda moment: moment.astimezone(tz).replace(tzinfo=None))


# --- ranges read by weeks ----------------------------------------------------------------------
# Neighbouring month grids share one or two weeks; reading and caching ranges by whole weeks
# (Monday to Sunday) lets the next month read only the weeks it does not share.

def week_of(day: date) -> int:
    """The number of the Monday-to-Sunday week holding ``day`` (consecutive weeks differ by 1)."""
    return (day.toordinal() - 1) // 7


def week_start(week: int) -> date:
    return date.fromordinal(week * 7 + 1)


def weeks_between(first: date, end: date) -> range:
    """The weeks holding the days [first, end)."""
    return range(week_of(first), week_of(end - timedelta(days=1)) + 1) if end > first else range(0)


def load_weeks(store: PlanStore, series_list: Sequence[Series | recurrence.SeriesDates],
               first_week: int, end_week: int, zone_name: str, texts: bool = True
               ) -> dict[int, RangeData]:
    """The weeks [first_week, end_week) read in one go, split week by week."""
    whole = load_range(store, series_list, week_start(first_week), week_start(end_week), zone_name,
                       texts)
    days: dict[int, dict[date, list[Chip]]] = {w: {} for w in range(first_week, end_week)}
    bars: dict[int, list[EventBar]] = {w: [] for w in range(first_week, end_week)}
    for day, chips in whole.by_day.items():  # by day, each day's chips in order
        days[week_of(day)][day] = chips
    for bar in whole.events:
        for week in range(max(week_of(bar.first_day), first_week), min(week_of(bar.last_day) + 1, end_week)):
            bars[week].append(bar)
    return {w: RangeData(week_start(w), week_start(w + 1), _chips_of(days[w]), bars[w], days[w],
                         texts=texts) for w in days}


def _chips_of(by_day: dict[date, list[Chip]]) -> list[Chip]:
    return [chip for chips in by_day.values() for chip in chips]


def join_weeks(weeks: list[RangeData], first: date, end: date) -> RangeData:
    """The range [first, end) out of the consecutive ``weeks`` that cover it: what
    ``load_range(..., first, end, ...)`` reads, in the same order."""
    by_day = {day: chips for week in weeks for day, chips in week.by_day.items() if first <= day < end}
    bars: dict[int, EventBar] = {}
    for week in weeks:
        for bar in week.events:
            if bar.first_day < end and bar.last_day >= first:
                bars.setdefault(bar.id, bar)
    return RangeData(first, end, _chips_of(by_day), sorted(bars.values(), key=lambda b: (b.start, b.id)),
                     by_day, texts=all(week.texts for week in weeks))


# --- cadence flags -----------------------------------------------------------------------------

def flag_range(data: RangeData, cadences: dict[int, str], skipped: set[date] | frozenset[date],
               today: date | None = None) -> RangeData:
    """Fill ``data.flags``: for each network with a cadence target (network id -> target text),
    its gaps (from ``today`` on) and overloads over the range's days (cancelled posts do not
    count; series occurrences do). Done once per range read, with its chips."""
    cancelled = PostStatus.CANCELLED
    counts: dict[int, dict[date, int]] = {n: {} for n in cadences}
    for day, chips in data.by_day.items():  # a day's network ids counted at once (no pairs)
        for network_id, count in Counter([network_id for chip in chips
                                          if chip.status is not cancelled
                                          for network_id in chip.network_ids]).items():
            per_day = counts.get(network_id)
            if per_day is not None:
                per_day[day] = count
    days = [data.start + timedelta(days=i) for i in range((data.end - data.start).days)]
    flags: dict[date, dict[int, list[DayFlag]]] = {}
    for network_id, text in cadences.items():
        for flag in flag_days(network_id, text, counts[network_id], days, skipped, today):
            flags.setdefault(flag.day, {}).setdefault(network_id, []).append(flag)
    data.flags = flags
    return data
