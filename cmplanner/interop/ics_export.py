"""Export the plan (or part of it) as an iCalendar file that Outlook, Thunderbird and Google read.

Posts are short transparent events (a post must not make anyone look busy), IRL events keep their
real span and are opaque, a series is one VEVENT with its RRULE, EXDATE for skipped occurrences and
a RECURRENCE-ID VEVENT for each moved or edited one. In the Outlook-safe profile a series whose
rule Outlook cannot hold is written as its individual occurrences. Private notes never leave the
plan; ideas and sensitive posts stay out unless the options include them.

``icalendar`` writes CRLF line ends, folds lines at 75 octets and escapes newlines in values.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import BinaryIO

from icalendar import Calendar, Event as VEvent

from cmplanner import __version__
from cmplanner.domain import recurrence
from cmplanner.domain.entities import Post, Series
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.timezones import day_bounds, localize, to_local, zone
from cmplanner.domain.workflow import is_sensitive

from cmplanner.files.atomic import atomic_open
from cmplanner.storage.backups import check_export_target

from .ics_options import ExportOptions, Profile, Scope
from .ics_profiles import outlook_refusal
from .ics_zones import vtimezone
from .ics_vevents import X_KIND, Plan, alarm, common, event_vevent, post_body, post_vevent, series_head

PRODID = f"-//cmplanner//cmplanner {__version__}//FR"
UTC = timezone.utc
ENDLESS_HORIZON = timedelta(days=730)  # endless series are written two years past today
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(2500, 1, 1, tzinfo=UTC)


@dataclass
class ExportSummary:
    posts: int = 0
    series: int = 0
    expanded_series: list[str] = field(default_factory=list)  # names written as occurrences
    events: int = 0
    vevents: int = 0
    series_occurrences: int = 0  # occurrences the written rules hold (None: endless)
    vevents_of_series: int = 0  # series heads and their edited or moved occurrences
    occurrence_vevents: int = 0  # occurrences of series written one by one
    endless_series: int = 0  # series whose written rule has no end
    capped_series: int = 0  # endless series cut at the Outlook horizon
    horizon: date | None = None  # that horizon


class Cancelled(Exception):
    """The user cancelled a long export; nothing was written."""


Emit = Callable[[VEvent], None]


def _produce(store, options: ExportOptions, summary: ExportSummary, emit: Emit,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Calendar:
    """Hand every VEVENT of the export to ``emit`` as soon as it is built (nothing is kept), then
    return the calendar's head: its properties and the VTIMEZONEs the VEVENTs use.
    ``progress(done, total)`` follows the items; ``cancelled()`` true stops with Cancelled."""
    plan = Plan(store)
    now = (options.now or datetime.now(UTC)).astimezone(UTC)
    today = options.today or now.date()
    window = _window(options, plan.zone)
    posts, series_list, events = _select(store, options, window)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if options.is_feed:
        cal.add("x-wr-calname", _calendar_name(plan, options, series_list))
    cal.add("x-wr-timezone", plan.zone)
    used: dict[str, tuple[int, int]] = {}
    total = len(posts) + len(series_list) + len(events)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % 200 == 0 or done == total:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, total)

    def out(vevent: VEvent) -> None:
        emit(vevent)
        summary.vevents += 1

    def note_zone(name: str, start: datetime, end_year: int | None = None) -> None:
        low, high = used.get(name, (9999, 0))
        used[name] = (min(low, start.year), max(high, end_year or start.year))

    exported_series = {s.id for s in series_list}
    wanted = options.wanted_statuses()
    for post in posts:
        step()
        if post.series_id in exported_series and post.occurrence_start is not None:
            continue  # written with its series
        out(post_vevent(post, plan, now, options))
        note_zone(plan.zone, post.planned_at)  # type: ignore[arg-type]
        summary.posts += 1
    for series in series_list:
        step()
        all_posts = store.posts.for_series(series.id)
        # Every edited occurrence goes with its series, whatever the window: the rule covers them.
        edited = [p for p in all_posts if p.occurrence_start is not None and p.planned_at is not None]
        shown = [p for p in edited if _visible(p, wanted, options)]
        hidden = [p for p in edited if not _visible(p, wanted, options)]
        refusal = (outlook_refusal(series.rrule) if options.profile is Profile.OUTLOOK
                   else "single occurrences asked" if options.profile is Profile.SINGLE else None)
        span = _series_span(series, options, window, today) if refusal is None else None
        if refusal is None and span is not None:
            written = _series_vevents(series, shown, hidden, plan, now, options, span)
            for vevent in written:
                out(vevent)
            end_year = span.last.year if span.last else _series_last_year(series, today)
            note_zone(series.timezone, span.first, end_year)
            note_zone(plan.zone, span.first, end_year)
            summary.series += 1
            summary.series_occurrences += span.count
            summary.endless_series += span.last is None
            if span.capped:
                summary.capped_series += 1
                summary.horizon = span.capped
            summary.vevents_of_series += len(written)
        elif refusal is None:
            continue  # the window holds none of its occurrences
        else:
            occ_events = _expanded(series, all_posts, shown, plan, now, options, window, today)
            for vevent in occ_events:
                out(vevent)
            summary.occurrence_vevents += len(occ_events)
            if occ_events:
                last = max(e.decoded("dtstart") for e in occ_events)
                note_zone(series.timezone, series.start, last.year)
            summary.expanded_series.append(series.name)
    for event in events:
        step()
        out(event_vevent(event, plan, now, options))
        if not event.all_day:
            note_zone(plan.zone, event.start, event.end.year)
        summary.events += 1
    for name in sorted(used):
        if name.upper() == "UTC":
            continue
        low, high = used[name]
        cal.add_component(vtimezone(name, low, high))
    return cal


def build_calendar(store, options: ExportOptions | None = None,
                   summary: ExportSummary | None = None) -> Calendar:
    """The whole export as one ``icalendar`` object (small exports and tests; files are
    streamed by ``write_ics``)."""
    vevents: list[VEvent] = []
    cal = _produce(store, options or ExportOptions(),
                   summary if summary is not None else ExportSummary(), vevents.append)
    for vevent in vevents:
        cal.add_component(vevent)
    return cal


_END = b"END:VCALENDAR\r\n"


def stream_ics(store, out: BinaryIO, options: ExportOptions | None = None,
               summary: ExportSummary | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ExportSummary:
    """Write the export to ``out`` one VEVENT at a time: memory stays flat whatever the plan's
    size. The VEVENTs go to a spooled buffer (memory, then a temporary file past 8 MB) until the
    time zones they use are known, since the VTIMEZONEs come first."""
    summary = summary if summary is not None else ExportSummary()
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
        head = _produce(store, options or ExportOptions(), summary,
                        lambda vevent: spool.write(_serialised(vevent)), progress, cancelled)
        text = head.to_ical()
        out.write(text[: len(text) - len(_END)] if text.endswith(_END) else text)
        spool.seek(0)
        while chunk := spool.read(1024 * 1024):  # ``out`` is the atomic writer's file
            out.write(chunk)
        out.write(_END)
    return summary


def _serialised(vevent: VEvent) -> bytes:
    """``vevent.to_ical()``, byte for byte, without folding the short lines: most lines of an
    export are under 75 octets and ``icalendar`` spends a third of the export folding them."""
    parts = []
    for line in vevent.content_lines():
        if not line:
            continue
        data = line.encode("utf-8")
        parts.append(data if len(data) < 75 else line.to_ical())  # icalendar folds long ones
    return b"\r\n".join(parts) + b"\r\n"


def export_bytes(store, options: ExportOptions | None = None,
                 summary: ExportSummary | None = None) -> bytes:
    buffer = io.BytesIO()
    stream_ics(store, buffer, options, summary)
    return buffer.getvalue()


def write_ics(store, path: Path | str, options: ExportOptions | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> ExportSummary:
    """Write the export to ``path`` atomically (WriteFailed names a problem; Cancelled when
    ``cancelled()`` turned true: then ``path`` is left as it was)."""
    check_export_target(path, getattr(store, "path", None))  # never over a plan
    with atomic_open(path) as out:
        return stream_ics(store, out, options, None, progress, cancelled)


def _calendar_name(plan: Plan, options: ExportOptions, series_list: list[Series]) -> str:
    """The plan's name, and what the feed holds when it is not the whole plan (Outlook makes one
    calendar folder per name, so two feeds must not share one)."""
    part = None
    if options.scope is Scope.NETWORK:
        part = plan.networks.get(options.target_id)
    elif options.scope is Scope.PILLAR:
        part = plan.pillars.get(options.target_id)
    elif options.scope is Scope.SERIES:
        part = series_list[0].name if series_list else None
    elif options.scope is Scope.EVENTS:
        part = "Événements" if plan.language == "fr" else "Events"
    elif options.scope is Scope.FILTER:
        part = "Sélection" if plan.language == "fr" else "Selection"
    return f"{plan.settings.name} — {part}" if part else plan.settings.name


# --- what goes in ---------------------------------------------------------------------------
def _window(options: ExportOptions, zone_name: str) -> tuple[datetime | None, datetime | None] | None:
    """The export's window as aware instants [start, end); an open side is None."""
    if options.window_start is None and options.window_end is None:
        return None
    start = day_bounds(options.window_start, zone_name)[0] if options.window_start else None
    end = day_bounds(options.window_end, zone_name)[1] if options.window_end else None
    return start, end


def _visible(post: Post, wanted: frozenset[PostStatus], options: ExportOptions) -> bool:
    if post.status not in wanted:
        return False
    if is_sensitive(post) and not options.include_sensitive:
        return False
    return True


CHUNK = timedelta(days=92)  # posts are read a quarter at a time: memory stays flat


class _Posts:
    """The posts of the export, read from the plan a quarter at a time as they are written
    (``len`` is an upper bound, for the progress bar)."""

    def __init__(self, store, window, keep: Callable[[Post], bool]) -> None:
        self._store, self._keep = store, keep
        span = store.posts.planned_span()
        if span is None:
            self._low = self._high = None
        else:
            low, high = span
            if window:
                low = max(low, window[0]) if window[0] else low
                high = min(high + timedelta(seconds=1), window[1]) if window[1] else high
            self._low, self._high = low, high + timedelta(seconds=1)
        self._count = store.posts.count()

    def __len__(self) -> int:
        return self._count if self._low is not None else 0

    def __iter__(self):
        if self._low is None:
            return
        start = self._low
        while start < self._high:
            end = min(start + CHUNK, self._high)
            for post in self._store.posts.in_range(start, end):
                if self._keep(post):
                    yield post
            start = end


def _select(store, options: ExportOptions, window):
    """The posts (iterable, read as written), series and events the export holds."""
    scope, target, wanted = options.scope, options.target_id, options.wanted_statuses()
    if scope is Scope.ITEM:
        if options.target_is_event:
            event = store.events.get(target)
            return [], [], [event] if event else []
        post = store.posts.get(target)
        # A single item is sent on purpose: status and sensitivity do not hide it.
        return ([post] if post and post.planned_at else []), [], []
    series = [] if scope in (Scope.EVENTS,) else store.series.all()
    events = store.events.all() if scope in (Scope.PLAN, Scope.EVENTS) else []
    tests: list[Callable[[Post], bool]] = [lambda p: p.planned_at is not None
                                           and _visible(p, wanted, options)]
    if scope is Scope.NETWORK:
        tests.append(lambda p: target in p.network_ids)
        series = [s for s in series if target in s.network_ids]
    elif scope is Scope.PILLAR:
        tests.append(lambda p: p.pillar_id == target)
        series = [s for s in series if s.pillar_id == target]
    elif scope is Scope.SERIES:
        tests.append(lambda p: p.series_id == target)
        series = [s for s in series if s.id == target]
    elif scope is Scope.FILTER:
        flt = options.item_filter
        tests.append(flt.accepts)
        series = [s for s in series if flt.accepts(_series_as_post(s))]
        events = [e for e in store.events.all() if flt.accepts_event(e.id, e.title)]
    if window:  # (a series with no occurrence in the window is left out by _series_span)
        events = [e for e in events if (window[1] is None or e.start < window[1])
                  and (window[0] is None or e.end > window[0])]
    posts = [] if scope is Scope.EVENTS else _Posts(store, window,
                                                    lambda p: all(test(p) for test in tests))
    return posts, series, events


def _series_as_post(series: Series) -> Post:
    """A series seen through a post filter (its status is that of a planned post)."""
    return Post(f"{series.title_template}\n{series.name}", series.text_template,
                list(series.network_ids), series.pillar_id, status=PostStatus.DRAFT,
                owner_id=series.owner_id, series_id=series.id)


# --- VEVENTs --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Span:
    """What a series' VEVENT holds: its first occurrence (DTSTART), its last one (None: endless)
    and, when a window or the Outlook horizon cut it, the rule ended there (UNTIL)."""

    first: datetime
    last: datetime | None
    count: int  # occurrences the written rule holds (0 when endless)
    rule: str  # the RRULE written
    clipped: bool  # the written rule ends (or starts) earlier than the plan's
    capped: date | None = None  # an endless rule cut at the Outlook horizon (that day)


def _series_span(series: Series, options: ExportOptions, window, today: date) -> _Span | None:
    """Where the series' VEVENT starts and ends; None when no occurrence is left to write."""
    rule = recurrence.build_rule(series.rrule, series.start, series.timezone)
    body = series.rrule[6:] if series.rrule.upper().startswith("RRULE:") else series.rrule
    finite = bool(getattr(rule, "_count", None) or getattr(rule, "_until", None))
    low, high = window if window else (None, None)
    capped = None
    if options.profile is Profile.OUTLOOK and not finite:
        # Outlook keeps endless series as they come; the README promises two years ahead.
        later = max(series.start, datetime.combine(today, time(), UTC))
        cap = later + ENDLESS_HORIZON
        if high is None or cap < high:
            high, capped = cap, cap.date()

    def wall(value: datetime) -> datetime:
        return to_local(value, series.timezone).replace(tzinfo=None)

    first_of_rule = next(iter(rule), None)
    if first_of_rule is None:
        return None
    first = rule.after(wall(low), inc=True) if low is not None else first_of_rule
    if first is None:
        return None
    if high is not None:
        last = rule.before(wall(high), inc=False)
        if last is None or last < first:
            return None
        last_of_rule = None
        if finite:
            last_of_rule = rule.after(last, inc=False) is None
        clipped = first != first_of_rule or not (finite and last_of_rule)
    else:
        last = None
        if finite:
            for last in rule.xafter(first, inc=True):  # noqa: B007 (bounded: the last is kept)
                pass
        clipped = first != first_of_rule
    count = len(rule.between(first, last, inc=True)) if last is not None else 0
    written = body
    if clipped and (last is not None or getattr(rule, "_count", None)):
        parts = [p for p in body.split(";") if p and p.split("=", 1)[0].upper() not in ("COUNT", "UNTIL")]
        if last is not None:
            until = localize(last, series.timezone).astimezone(UTC)
            parts.append("UNTIL=" + until.strftime("%Y%m%dT%H%M%SZ"))
        written = ";".join(parts)
    return _Span(localize(first, series.timezone),
                 localize(last, series.timezone) if last is not None else None,
                 count, written, clipped, capped)


def _series_vevents(series: Series, shown: list[Post], hidden: list[Post], plan: Plan,
                    now: datetime, options: ExportOptions, span: _Span) -> list[VEvent]:
    master = VEvent()
    common(master, series.uid, series.revision, series.updated_at, now)
    # Other programs count DTSTART as an occurrence even when the rule does not produce it
    # (the plan does not): DTSTART is the first occurrence the rule really produces.
    series_head(master, series, plan, series.name, span.first)
    if span.first != series.start:
        master.add("x-cmplanner-series-start", series.start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    written = _rrule_dict(span.rule, series.timezone)
    master.add("rrule", written)
    plan_rule = series.rrule[6:] if series.rrule.upper().startswith("RRULE:") else series.rrule
    if span.clipped or written.to_ical().decode() != plan_rule:
        # The plan's own rule, for our import: the file's may end at the window, or say the
        # same rule in another order or with UNTIL in UTC.
        master.add("x-cmplanner-rrule", plan_rule)

    def inside(original: datetime) -> bool:
        return original >= span.first and (span.last is None or original <= span.last)

    skipped = [e.original_start for e in series.exceptions if e.kind.value == "skipped"]
    skipped += [p.occurrence_start for p in hidden]  # type: ignore[misc]
    for original in sorted(set(skipped)):
        master.add("exdate", to_local(original, series.timezone))
    for post in hidden:  # left out by the options, not skipped in the plan: our import knows
        master.add("x-cmplanner-hidden", _utc_stamp(post.occurrence_start))  # type: ignore[arg-type]
    master.add(X_KIND, "series")
    if series.title_template:  # absent = the series' name (an explicit template is kept as is)
        master.add("x-cmplanner-title-template", series.title_template)
    master.add("x-cmplanner-series-name", series.name)
    for name in plan.network_names(series.network_ids):
        master.add("x-cmplanner-network", name)
    if series.pillar_id in plan.pillars:
        master.add("x-cmplanner-pillar", plan.pillars[series.pillar_id])
    if series.owner_id in plan.people:
        master.add("x-cmplanner-owner", plan.people[series.owner_id])
    alarm(master, options, series.name)
    result = [master]
    edited = {p.occurrence_start for p in shown} | {p.occurrence_start for p in hidden}
    for exc in series.exceptions:
        if exc.kind.value != "moved" or exc.new_start is None or exc.original_start in edited:
            continue
        if not inside(exc.original_start):
            continue  # outside the written rule: other programs would not place it
        moved = VEvent()
        common(moved, series.uid, series.revision, series.updated_at, now)
        series_head(moved, series, plan, series.name, exc.new_start)
        moved.add("recurrence-id", to_local(exc.original_start, series.timezone))
        moved.add(X_KIND, "moved")
        result.append(moved)
    for post in shown:
        if not inside(post.occurrence_start):  # type: ignore[arg-type]
            continue
        override = VEvent()
        common(override, series.uid, max(series.revision, post.revision), post.updated_at, now)
        override.add("recurrence-id", to_local(post.occurrence_start, series.timezone))  # type: ignore[arg-type]
        post_body(override, post, plan, options)
        override.add("x-cmplanner-post-uid", post.uid)
        result.append(override)
    return result


def _utc_stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _rrule_dict(rule: str, zone_name: str) -> dict:
    """The rule as icalendar wants it; a local UNTIL becomes UTC (RFC 5545 with a TZID start)."""
    from icalendar import vRecur

    parsed = vRecur.from_ical(rule)
    if "UNTIL" in parsed:
        until = parsed["UNTIL"][0]
        if isinstance(until, datetime):
            if until.tzinfo is None:
                until = until.replace(tzinfo=zone(zone_name))
            parsed["UNTIL"] = [until.astimezone(UTC)]
        elif isinstance(until, date):
            end_of_day = datetime.combine(until, time(23, 59, 59), zone(zone_name))
            parsed["UNTIL"] = [end_of_day.astimezone(UTC)]
    return parsed


def _series_last_year(series: Series, today: date) -> int:
    rule = recurrence.build_rule(series.rrule, series.start, series.timezone)
    if getattr(rule, "_count", None) or getattr(rule, "_until", None):
        last = None
        for last in rule:  # noqa: B007 (bounded: the rule has an end; the last one is kept)
            pass
        return last.year if last else series.start.year
    return max(today.year, series.start.year) + 10


def _expanded(series: Series, all_posts: list[Post], shown: list[Post], plan: Plan, now: datetime,
              options: ExportOptions, window, today: date) -> list[VEvent]:
    """The series written occurrence by occurrence (a rule Outlook cannot hold)."""
    start, end = window if window else (None, None)
    start = max(start, series.start) if start else series.start
    if end is None:
        rule = recurrence.build_rule(series.rrule, series.start, series.timezone)
        finite = getattr(rule, "_count", None) or getattr(rule, "_until", None)
        horizon = recurrence.MAX_WINDOW - timedelta(days=1) if finite else None
        if horizon is None:
            later = max(series.start, datetime.combine(today, time(), UTC))
            end = later + ENDLESS_HORIZON
        else:
            end = series.start + horizon
    if end - start >= recurrence.MAX_WINDOW:
        start = end - recurrence.MAX_WINDOW + timedelta(days=1)
    if end <= start:
        return []
    shown_by_id = {p.id: p for p in shown}
    result = []
    for occ in recurrence.occurrences(series, start, end, all_posts):
        if occ.post_id is not None:
            post = shown_by_id.get(occ.post_id)
            if post is None:
                continue  # an edited occurrence hidden by the options
            vevent = post_vevent(post, plan, now, options)
            vevent.add("x-cmplanner-series-uid", series.uid)
            result.append(vevent)
            continue
        vevent = VEvent()
        stamp = occ.original_start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        common(vevent, f"{series.uid}-{stamp}", series.revision, series.updated_at, now)
        title = recurrence.render_template(series.title_template, occ, series)
        series_head(vevent, series, plan, title, occ.start)
        vevent.add(X_KIND, "occurrence")
        vevent.add("x-cmplanner-series-uid", series.uid)
        alarm(vevent, options, title)
        result.append(vevent)
    return result


