"""Give every date-time of an imported calendar a real time zone, or refuse the file.

After this pass each DTSTART, DTEND, RECURRENCE-ID, EXDATE and RDATE is a date or an aware
date-time: Windows and display names are mapped to IANA zones, a zone known by its name is
preferred to the file's own VTIMEZONE, other zones defined by a VTIMEZONE are kept (``icalendar``
builds them), floating times take X-WR-TIMEZONE or the plan's
zone, and Google's UTC starts of recurring events are moved to X-WR-TIMEZONE so the series keeps
its local hour across daylight-saving changes (what Google means by X-WR-TIMEZONE).
"""

from __future__ import annotations

from datetime import date, datetime, timezone, tzinfo
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
    for index, component in enumerate(calendar.walk("VEVENT")):
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
    return warnings


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
