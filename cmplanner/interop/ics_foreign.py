"""Events from other calendars (Outlook, Google, Thunderbird) as the plan's IRL events.

The plan's IRL events are single events, so a recurring event from another calendar is expanded
into its occurrences over a bounded window (RRULE, RDATE, EXDATE and RECURRENCE-ID overrides
applied by ``recurring-ical-events``). Each occurrence gets a stable uid made of the series' UID
and its RECURRENCE-ID, so importing the file again updates the same events. A rule that produces
more than ``max_per_event`` occurrences in the window is refused rather than cut silently.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from cmplanner.domain.entities import Event
from cmplanner.domain.enums import EventKind
from cmplanner.domain.errors import Message
from cmplanner.domain.timezones import local_datetime, zone

from .ics_read import IcsFileError

UTC = timezone.utc

KIND_WORDS = (
    (EventKind.TRADE_SHOW, ("salon", "trade show", "trade fair", "expo", "foire")),
    (EventKind.WORKSHOP, ("atelier", "workshop")),
    (EventKind.SEMINAR, ("séminaire", "seminaire", "seminar", "conférence", "conference", "webinar")),
    (EventKind.MEETUP, ("meetup", "meet-up", "afterwork", "rencontre")),
    (EventKind.COMPANY_VISIT, ("portes ouvertes", "open day", "visite", "visit")),
    (EventKind.AWARD_CEREMONY, ("trophée", "trophee", "award", "remise des prix", "prix")),
    (EventKind.DIGITAL_LUNCH, ("midi numérique", "déjeuner", "dejeuner", "lunch")),
)


def guess_kind(title: str) -> EventKind:
    low = title.casefold()
    for kind, words in KIND_WORDS:
        if any(word in low for word in words):
            return kind
    return EventKind.OTHER


@dataclass(frozen=True)
class ForeignItem:
    event: Event
    sequence: int
    cancelled: bool
    occurrence: bool  # one occurrence of a recurring event
    line: int | None


def uid_of(component) -> str:
    uid = str(component.get("UID", "") or "").strip()
    if uid:
        return uid
    # Some Exchange exports leave UID out: derive a stable one from what the event is.
    seed = f"{component.get('SUMMARY', '')}|{component['DTSTART'].to_ical().decode()}"
    return "import-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:20] + "@cmplanner"


def _stamp(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def _aware(value, zone_name: str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=zone(zone_name))
    return local_datetime(value, time(0, 0), zone_name)


def to_event(component, uid: str, zone_name: str, line: int | None) -> Event:
    start_value = component["DTSTART"].dt
    all_day = isinstance(start_value, date) and not isinstance(start_value, datetime)
    if not all_day and str(component.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE" \
            and start_value.time() == time(0, 0):
        all_day, start_value = True, start_value.date()  # Outlook's all-day flag on midnights
    if "DTEND" in component:
        end_value = component["DTEND"].dt
    elif "DURATION" in component:
        end_value = start_value + component["DURATION"].dt
    else:
        end_value = start_value + timedelta(days=1) if all_day else start_value
    start = _aware(start_value, zone_name)
    if all_day and isinstance(end_value, datetime):
        end_value = end_value.date()
    end = _aware(end_value, zone_name)
    if all_day and end <= start:
        end = _aware(start_value + timedelta(days=1), zone_name)
    title = str(component.get("SUMMARY", "") or "").strip() or "(sans titre)"
    if end < start:
        raise IcsFileError("The event “{title}” ends before it starts.", line, title=title)
    location = str(component.get("LOCATION", "") or "").strip()
    return Event(title=title, kind=guess_kind(title), start=start, end=end, all_day=all_day,
                 description=str(component.get("DESCRIPTION", "") or ""), location=location,
                 uid=uid)


def _sequence(component) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def foreign_items(components: list[tuple[object, int | None]], zone_name: str,
                  window: tuple[datetime, datetime], max_per_event: int,
                  warnings: list[Message], recurring_uids: set[str] | None = None) -> list[ForeignItem]:
    """Single events as they are, recurring ones expanded over ``window``."""
    import recurring_ical_events
    from icalendar import Calendar

    by_uid: dict[str, list[tuple[object, int | None]]] = {}
    for component, line in components:
        by_uid.setdefault(uid_of(component), []).append((component, line))
    items: list[ForeignItem] = []
    recurring = Calendar()
    lines: dict[str, int | None] = {}
    for uid, group in by_uid.items():
        masters = [(c, ln) for c, ln in group if "RECURRENCE-ID" not in c]
        if any("RRULE" in c or "RDATE" in c for c, _ in masters):
            for component, _ in group:
                recurring.add_component(component)
            lines[uid] = masters[0][1]
            continue
        if len(masters) > 1:
            masters.sort(key=lambda m: _sequence(m[0]))
            warnings.append(Message("Line {line}: the event “{uid}” appears {count} times; the "
                                    "one with the highest SEQUENCE is kept.", line=masters[-1][1],
                                    uid=uid, count=len(masters)))
            group = [masters[-1]] + [(c, ln) for c, ln in group if "RECURRENCE-ID" in c]
        for component, line in group:
            own_uid = uid
            occurrence = "RECURRENCE-ID" in component
            if occurrence:  # an override without its series: one event of its own
                own_uid = f"{uid}/{_stamp(component['RECURRENCE-ID'].dt)}"
            items.append(ForeignItem(to_event(component, own_uid, zone_name, line),
                                     _sequence(component),
                                     str(component.get("STATUS", "")).upper() == "CANCELLED",
                                     occurrence, line))
    if recurring_uids is not None:
        recurring_uids.update(lines)
    if not lines:
        return items
    start, end = window
    counts: dict[str, int] = {}
    query = recurring_ical_events.of(recurring)
    try:
        # One pass over the window (``after`` walks it again for each step: quadratic).
        found = sorted(query.between(start, end),
                       key=lambda o: _aware(o["DTSTART"].dt, zone_name))
        for occurrence in found:
            begin = _aware(occurrence["DTSTART"].dt, zone_name)
            if begin >= end or begin < start:
                continue
            uid = uid_of(occurrence)
            counts[uid] = counts.get(uid, 0) + 1
            if counts[uid] > max_per_event:
                raise IcsFileError(
                    "The event “{title}” repeats more than {count} times between {first} and "
                    "{last} (an endless or too frequent rule): import a shorter period.",
                    lines.get(uid), title=str(occurrence.get("SUMMARY", uid)), count=max_per_event,
                    first=start.date(), last=end.date())
            recurrence_id = occurrence.get("RECURRENCE-ID")
            key = _stamp(recurrence_id.dt if recurrence_id is not None else occurrence["DTSTART"].dt)
            items.append(ForeignItem(to_event(occurrence, f"{uid}/{key}", zone_name, lines.get(uid)),
                                     _sequence(occurrence),
                                     str(occurrence.get("STATUS", "")).upper() == "CANCELLED",
                                     True, lines.get(uid)))
    except IcsFileError:
        raise
    except (ValueError, TypeError, KeyError, OverflowError, AttributeError) as exc:
        raise IcsFileError("A recurring event cannot be expanded: {problem}", None,
                           problem=str(exc)) from exc
    return items
