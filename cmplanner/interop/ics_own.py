"""Our own exported items read back: posts, series (with skipped, moved and edited occurrences)
and IRL events, recognised by their X-CMPLANNER-KIND property and matched to the plan by UID."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cmplanner.domain.entities import Approval, Event, Post, Series, SeriesException
from cmplanner.domain.enums import Decision, EventKind, ExceptionKind, PostKind, PostStatus
from cmplanner.domain.errors import Message
from cmplanner.domain.validation import is_safe_url

from . import ics_text as tx
from .ics_vevents import X_KIND
from .ics_foreign import to_event
from .ics_read import IcsFileError

UTC = timezone.utc


@dataclass
class OwnPost:
    post: Post
    network_names: list[str]
    pillar_name: str | None
    series_uid: str | None
    sequence: int
    line: int | None
    owner_name: str | None = None
    approvals: list[tuple[str, Approval]] = field(default_factory=list)  # person's name, approval


@dataclass
class OwnSeries:
    series: Series
    network_names: list[str]
    pillar_name: str | None
    sequence: int
    line: int | None
    posts: list[OwnPost] = field(default_factory=list)
    owner_name: str | None = None
    # The file's rule was cut (a window, Outlook's horizon): the span it covers, first and last
    # start (None: open); the plan's exceptions outside it are not the file's business.
    covers: tuple[datetime | None, datetime | None] | None = None


@dataclass
class OwnItems:
    posts: list[OwnPost] = field(default_factory=list)
    series: list[OwnSeries] = field(default_factory=list)
    events: list[tuple[Event, int, int | None]] = field(default_factory=list)  # event, sequence, line
    occurrences: list[tuple[str, datetime, str, int | None]] = field(default_factory=list)


def is_own(component) -> bool:
    return X_KIND in component


def _text(component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value)


def _many(component, name: str) -> list[str]:
    value = component.get(name)
    if value is None:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _sequence(component) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def _enum(kind, value: str, default, line: int | None, what: Message):
    if not value:
        return default
    try:
        return kind(value)
    except ValueError as exc:
        raise IcsFileError("Unknown {what} “{value}”.", line, what=what, value=value) from exc


def _post(component, line: int | None) -> OwnPost:
    names = _many(component, "X-CMPLANNER-NETWORK")
    start = component["DTSTART"].dt
    if not isinstance(start, datetime):
        raise IcsFileError("A post must have a date and a time.", line)
    occurrence = component.get("RECURRENCE-ID")
    occurrence_start = occurrence.dt if occurrence is not None else None
    stored = _text(component, "X-CMPLANNER-OCCURRENCE-START")
    if occurrence_start is None and stored:
        occurrence_start = datetime.strptime(stored, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    uid = _text(component, "X-CMPLANNER-POST-UID") or _text(component, "UID")
    post = Post(
        title=tx.title_from_summary(_text(component, "SUMMARY"), names) or "(sans titre)",
        text=tx.text_from_description(_text(component, "DESCRIPTION")),
        status=_enum(PostStatus, _text(component, "X-CMPLANNER-STATUS"), PostStatus.DRAFT, line,
                      Message("status")),
        kind=_enum(PostKind, _text(component, "X-CMPLANNER-POST-KIND"), PostKind.STANDARD, line,
                    Message("post kind")),
        planned_at=start,
        published_url=_text(component, "URL") if is_safe_url(_text(component, "URL")) else "",
        occurrence_start=occurrence_start,
        uid=uid,
    )
    series_uid = _text(component, "X-CMPLANNER-SERIES-UID") or (
        _text(component, "UID") if occurrence is not None else None)
    return OwnPost(post, names, _text(component, "X-CMPLANNER-PILLAR") or None, series_uid or None,
                   _sequence(component), line, _text(component, "X-CMPLANNER-OWNER") or None,
                   [_approval(text, line) for text in _many(component, "X-CMPLANNER-APPROVAL")])


def _approval(text: str, line: int | None) -> tuple[str, Approval]:
    try:
        data = json.loads(text)
        decided = datetime.strptime(data["at"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return str(data["person"]), Approval(0, decided, Decision(data["decision"]),
                                             str(data.get("comment", "")), int(data.get("round", 1)))
    except (ValueError, KeyError, TypeError) as exc:
        raise IcsFileError("An approval cannot be read ({problem}).", line,
                           problem=str(exc)) from exc


def _series(component, line: int | None, default_zone: str) -> OwnSeries:
    start = component["DTSTART"].dt
    if not isinstance(start, datetime):
        raise IcsFileError("A series must start at a date and a time.", line)
    rules = component.get("RRULE")
    if rules is None or isinstance(rules, list):
        raise IcsFileError("A series needs exactly one RRULE.", line)
    zone_name = getattr(start.tzinfo, "key", None) or default_zone
    stored = _text(component, "X-CMPLANNER-SERIES-START")
    if stored:  # the plan's own start, before the first occurrence of the rule
        start = datetime.strptime(stored, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(start.tzinfo)
    # Occurrences the export's options hid (an idea, a sensitive post) are EXDATEs for other
    # programs but not skipped in the plan.
    hidden = set(_many(component, "X-CMPLANNER-HIDDEN"))
    exceptions = []
    for prop in component.get("EXDATE", []) if isinstance(component.get("EXDATE"), list) \
            else ([component["EXDATE"]] if "EXDATE" in component else []):
        for value in prop.dts:
            if _utc(value.dt) not in hidden:
                exceptions.append(SeriesException(value.dt, ExceptionKind.SKIPPED))
    names = _many(component, "X-CMPLANNER-NETWORK")
    name = _text(component, "X-CMPLANNER-SERIES-NAME") or tx.title_from_summary(
        _text(component, "SUMMARY"), names)
    # A windowed export ends the rule at the window; the plan's own rule travels beside it.
    rule_text = _text(component, "X-CMPLANNER-RRULE") or rules.to_ical().decode()
    series = Series(
        name=name, rrule=rule_text, start=start, timezone=zone_name,
        title_template=_text(component, "X-CMPLANNER-TITLE-TEMPLATE"),
        text_template=tx.text_from_description(_text(component, "DESCRIPTION")),
        exceptions=exceptions, uid=_text(component, "UID"))
    covers = None
    if _text(component, "X-CMPLANNER-RRULE"):
        until = rules.get("UNTIL")
        last = until[0] if until else None
        if last is not None and not isinstance(last, datetime):
            last = datetime.combine(last, datetime.max.time(), UTC)
        covers = (component["DTSTART"].dt, last)
    return OwnSeries(series, names, _text(component, "X-CMPLANNER-PILLAR") or None,
                     _sequence(component), line, owner_name=_text(component, "X-CMPLANNER-OWNER") or None,
                     covers=covers)


def _utc(value) -> str:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return str(value)


def own_items(components, default_zone: str) -> OwnItems:
    """Our own items from ``(component, line)`` pairs, read one at a time: each component is
    turned into small plain objects at once, so a streamed import never holds them all."""
    items = OwnItems()
    series_by_uid: dict[str, OwnSeries] = {}
    later = []  # posts and moved occurrences, attached to their series once all are read
    for component, line in components:
        kind = _text(component, X_KIND)
        if kind == "series":
            own = _series(component, line, default_zone)
            series_by_uid[own.series.uid] = own
            items.series.append(own)
        elif kind == "event":
            event = to_event(component, _text(component, "UID"), default_zone, line)
            event.kind = _enum(EventKind, _text(component, "X-CMPLANNER-EVENT-KIND"), event.kind,
                               line, Message("event kind"))
            event.description = tx.text_from_description(event.description)
            items.events.append((event, _sequence(component), line))
        elif kind in ("post", "moved"):
            parent_uid = _text(component, "UID") if "RECURRENCE-ID" in component else None
            if kind == "moved":
                later.append((kind, parent_uid, line, SeriesException(
                    component["RECURRENCE-ID"].dt, ExceptionKind.MOVED, component["DTSTART"].dt)))
            else:
                later.append((kind, parent_uid, line, _post(component, line)))
        elif kind == "occurrence":
            items.occurrences.append((_text(component, "X-CMPLANNER-SERIES-UID"),
                                      component["DTSTART"].dt, _text(component, "SUMMARY"), line))
        else:
            raise IcsFileError("Unknown cmplanner item kind “{kind}”.", line, kind=kind)
    for kind, parent_uid, line, value in later:
        parent = series_by_uid.get(parent_uid) if parent_uid else None
        if kind == "moved":
            if parent is None:
                raise IcsFileError("A moved occurrence has no series in the file.", line)
            parent.series.exceptions.append(value)
            continue
        if parent is not None:
            parent.posts.append(value)
        items.posts.append(value)
    return items
