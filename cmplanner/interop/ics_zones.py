"""Give every date-time of an imported calendar a real time zone, or refuse the file.

After this pass each DTSTART, DTEND, RECURRENCE-ID, EXDATE and RDATE is a date or an aware
date-time: Windows and display names are mapped to IANA zones, a zone known by its name is
preferred to the file's own VTIMEZONE, other zones defined by a VTIMEZONE are kept (``icalendar``
builds them), floating times take X-WR-TIMEZONE or the plan's
zone, and Google's UTC starts of recurring events are moved to X-WR-TIMEZONE so the series keeps
its local hour across daylight-saving changes (what Google means by X-WR-TIMEZONE).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from cmplanner.domain.errors import Message
from cmplanner.domain.timezones import zone

from .ics_read import IcsFileError, ScannedFile
from .windows_zones import fixed_offset, iana_zone

DATE_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")
TOO_FREQUENT = {"SECONDLY", "MINUTELY"}


def _summary(component) -> str:
    return str(component.get("SUMMARY", "") or "").strip() or "(no title)"


def _resolver(warnings: list[Message]):
    cache: dict[str, tzinfo | None] = {}

    def resolve(tzid: str) -> tzinfo | None:
        if tzid not in cache:
            name = iana_zone(tzid)
            if name is not None:
                cache[tzid] = zone(name)
            else:
                cache[tzid] = fixed_offset(tzid)
                if cache[tzid] is not None:
                    warnings.append(Message("Time zone “{zone}” is unknown; its fixed offset is "
                                            "used (daylight-saving changes are not followed).",
                                            zone=tzid))
        return cache[tzid]
    return resolve


def _values(prop) -> tuple[list, dict]:
    """The date values of one property (a single value or a list such as EXDATE's)."""
    if hasattr(prop, "dts"):
        return [v.dt for v in prop.dts], prop.params
    return [prop.dt], prop.params


def normalise(calendar, scanned: ScannedFile, default_zone: str) -> list[Message]:
    """Fix zones of every VEVENT in place; the warnings for the preview. IcsFileError if bad."""
    fix, warnings = normaliser(calendar, scanned, default_zone)
    for index, component in enumerate(calendar.walk("VEVENT")):
        fix(index, component)
    return warnings


def normaliser(calendar, scanned: ScannedFile, default_zone: str):
    """``fix(index, vevent)`` for the file's VEVENTs one at a time (a streamed import), and the
    list its warnings go to. ``calendar`` gives X-WR-TIMEZONE."""
    warnings: list[Message] = []
    resolve = _resolver(warnings)
    wr_name = str(calendar.get("X-WR-TIMEZONE", "") or "").strip()
    wr_zone = None
    if wr_name:
        mapped = iana_zone(wr_name)
        if mapped is None:
            warnings.append(Message("X-WR-TIMEZONE “{zone}” is unknown; the plan's zone is used.",
                                    zone=wr_name))
        else:
            wr_zone = zone(mapped)
    floating_zone = wr_zone or zone(default_zone)

    def fix(index: int, component) -> None:
        place = scanned.place_of("VEVENT", index)
        begin = place.line if place else None

        def line(name: str) -> int | None:
            return place.properties.get(name, begin) if place else None  # noqa: B023 (called within the loop)

        errors = getattr(component, "errors", None) or []
        for name, message in errors:
            if name.upper() == "RDATE":  # extra dates only: the series stands without them
                component.pop("RDATE", None)
                warnings.append(Message("Line {line}: RDATE of the event “{title}” ignored "
                                        "({problem}).", line=line(name),
                                        title=_summary(component), problem=message))
                continue
            if name.upper() in (*DATE_PROPERTIES, "RRULE", "DURATION", "UID", "SUMMARY"):
                raise IcsFileError("{name} of the event “{title}” cannot be read ({problem}): an "
                                   "impossible or badly written value.", line(name), name=name,
                                   title=_summary(component), problem=message)
            warnings.append(Message("Line {line}: {name} ignored ({problem}).", line=line(name),
                                    name=name, problem=message))
        if "DTSTART" not in component:
            raise IcsFileError("The event “{title}” has no start (DTSTART).", begin,
                               title=_summary(component))
        recurring = "RRULE" in component or "RDATE" in component
        for rule in _as_list(component.get("RRULE")):
            freq = (rule.get("FREQ") or [""])[0]
            if freq in TOO_FREQUENT:
                if freq == "SECONDLY":
                    raise IcsFileError("The event “{title}” repeats every second: such a rule "
                                       "cannot be imported as IRL events.", line("RRULE"),
                                       title=_summary(component))
                raise IcsFileError("The event “{title}” repeats every minute: such a rule cannot "
                                   "be imported as IRL events.", line("RRULE"),
                                   title=_summary(component))
            if any(int(i) < 1 for i in rule.get("INTERVAL", [1])):
                raise IcsFileError("The event “{title}” has a recurrence interval below 1 (an "
                                   "endless rule).", line("RRULE"), title=_summary(component))
        start_is_utc = _is_utc(component["DTSTART"])
        for name in DATE_PROPERTIES:
            if name not in component:
                continue
            props = _as_list(component[name])
            fixed = [_fix(p, resolve, floating_zone,
                          wr_zone if (recurring and start_is_utc) else None,
                          _summary(component), name, line(name)) for p in props]
            if fixed != [None] * len(fixed):
                component.pop(name)
                for original, values in zip(props, fixed):
                    component.add(name, values if values is not None else _values(original)[0])
    return fix, warnings


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _is_utc(prop) -> bool:
    value = prop.dt
    return isinstance(value, datetime) and value.tzinfo is not None and value.utcoffset() is not None \
        and value.utcoffset().total_seconds() == 0 and "TZID" not in prop.params


def _fix(prop, resolve, floating_zone, utc_to, summary: str, name: str, line: int | None):
    """New values for ``prop`` when a zone had to be given, else None (kept as it is)."""
    values, params = _values(prop)
    tzid = params.get("TZID")
    changed = False
    result = []
    for value in values:
        if isinstance(value, tuple):  # an RDATE period: keep its start
            value = value[0]
            changed = True
        if isinstance(value, datetime) and value.tzinfo is not None and tzid \
                and not isinstance(value.tzinfo, ZoneInfo):
            # A known name wins over the file's own VTIMEZONE (often cut short or wrong in
            # Exchange exports): the wall-clock time is kept in the IANA zone.
            known = iana_zone(str(tzid))
            if known is not None:
                value = value.replace(tzinfo=zone(known))
                changed = True
        if isinstance(value, datetime) and value.tzinfo is None:
            if tzid:
                tz = resolve(str(tzid))
                if tz is None:
                    raise IcsFileError("Unknown time zone “{zone}” in {name} of the event "
                                       "“{title}” (neither a known zone nor defined in the file).",
                                       line, zone=str(tzid), name=name, title=summary)
            else:
                tz = floating_zone
            value = value.replace(tzinfo=tz)
            changed = True
        elif utc_to is not None and isinstance(value, datetime) and not tzid:
            value = value.astimezone(utc_to)
            changed = True
        elif not isinstance(value, (datetime, date)):
            raise IcsFileError("{name} of the event “{title}” is not a date.", line, name=name,
                               title=summary)
        result.append(value)
    if not changed:
        return None
    return result if len(result) > 1 or name in ("EXDATE", "RDATE") else result[0]


UTC = timezone.utc


# --- export: VTIMEZONE the way Outlook writes it --------------------------------------------
# One STANDARD and one DAYLIGHT block, each with a yearly RRULE taken from the zone's current
# rule ("last Sunday of March at 02:00"), and one more block for each earlier rule period that
# the file's span reaches. A list of RDATEs (what ``icalendar``'s ``from_tzid`` writes) is read
# only up to its first date by Thunderbird's parser and by vobject, so it is never written.

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Transition:
    utc: datetime  # the instant of the change
    before: timedelta  # UTC offset just before
    after: timedelta  # UTC offset just after
    daylight: bool  # summer time after the change
    name: str  # the zone's abbreviation after the change

    @property
    def onset(self) -> datetime:
        """The local wall time of the change, in the offset before it (RFC 5545 DTSTART)."""
        return (self.utc + self.before).replace(tzinfo=None)

    def key(self) -> tuple:
        onset = self.onset
        return (self.daylight, self.before, self.after, self.name, onset.month, onset.time())


def _offset(tz: tzinfo, instant: datetime) -> timedelta:
    return instant.astimezone(tz).utcoffset() or timedelta(0)


@lru_cache(maxsize=128)
def zone_transitions(name: str, first_year: int, last_year: int) -> tuple[_Transition, ...]:
    """Every change of UTC offset of zone ``name`` from 1 January ``first_year`` to the end of
    ``last_year`` (found day by day, then to the second)."""
    tz = zone(name)
    instant = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    day = timedelta(days=1)
    found = []
    current = _offset(tz, instant)
    while instant < end:
        following = instant + day
        offset = _offset(tz, following)
        if offset != current:
            low, high = instant, following  # offset(low) == current, offset(high) != current
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle <= low:
                    break
                if _offset(tz, middle) == current:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(tz)
            found.append(_Transition(high, current, offset, bool(local.dst()),
                                     local.tzname() or name))
            # Two changes inside one day are not followed (no zone has them).
            current = offset
        instant = following
    return tuple(found)


def _month_length(year: int, month: int) -> int:
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day


def _forms(onset: datetime) -> set[tuple[str, int]]:
    """The yearly rules that put a change on ``onset``'s day: the nth weekday (1 to 4), the last
    weekday, or the first weekday on or after a day of the month."""
    day = onset.day
    forms = {("ge", first) for first in range(max(1, day - 6), day + 1)}
    if day + 7 > _month_length(onset.year, onset.month):
        forms.add(("last", 0))
    return forms


def _best(forms: set[tuple[str, int]]) -> tuple[str, int]:
    if ("last", 0) in forms:
        return ("last", 0)
    for first in (1, 8, 15, 22):
        if ("ge", first) in forms:
            return ("ge", first)
    return min(forms)


def _rule(form: tuple[str, int], onset: datetime, until: datetime | None) -> dict:
    weekday = _WEEKDAYS[onset.weekday()]
    rule: dict = {"FREQ": "YEARLY", "BYMONTH": onset.month}
    kind, first = form
    if kind == "last":
        rule["BYDAY"] = f"-1{weekday}"
    elif first in (1, 8, 15, 22):
        rule["BYDAY"] = f"{(first - 1) // 7 + 1}{weekday}"
    else:  # "Sunday on or after the 2nd" (Chile): seven days of the month and the weekday
        rule["BYDAY"] = weekday
        rule["BYMONTHDAY"] = list(range(first, first + 7))
    if until is not None:
        rule["UNTIL"] = until
    return rule


def vtimezone(name: str, first_year: int, last_year: int):
    """The VTIMEZONE of zone ``name`` for a file whose times fall in ``first_year`` to
    ``last_year``: valid for every year of that span and, through the open rules of the zone's
    current period, for the years after it."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    # One more year each side: the rules in force at the span's ends are known for sure.
    changes = zone_transitions(name, first_year - 1, last_year + 1)
    component = Timezone()
    component.add("tzid", name)
    if not changes:
        tz = zone(name)
        start = datetime(first_year - 1, 1, 1)
        offset = start.replace(tzinfo=tz).utcoffset() or timedelta(0)
        block = TimezoneStandard()
        block.add("dtstart", start)
        block.add("tzoffsetfrom", offset)
        block.add("tzoffsetto", offset)
        block.add("tzname", start.replace(tzinfo=tz).tzname() or name)
        component.add_component(block)
        return component
    runs: list[list] = []  # [changes of one rule period, the yearly rules they all fit]
    open_run: dict[bool, list] = {}  # the latest period of each kind (summer, winter)
    for change in changes:
        forms = _forms(change.onset)
        run = open_run.get(change.daylight)
        if run is not None:
            last = run[0][-1]
            shared = run[1] & forms
            if last.key() == change.key() and change.onset.year == last.onset.year + 1 and shared:
                run[0].append(change)
                run[1] = shared
                continue
        run = [[change], forms]
        runs.append(run)
        open_run[change.daylight] = run
    for members, forms in sorted(runs, key=lambda run: run[0][0].utc):
        first = members[0]
        block = TimezoneDaylight() if first.daylight else TimezoneStandard()
        block.add("dtstart", first.onset)
        block.add("tzoffsetfrom", first.before)
        block.add("tzoffsetto", first.after)
        block.add("tzname", first.name)
        if len(members) > 1:
            still_running = open_run[first.daylight][0] is members \
                and members[-1].utc.year > last_year
            until = None if still_running else members[-1].utc
            block.add("rrule", _rule(_best(forms), first.onset, until))
        component.add_component(block)
    return component
