"""The team backlog: a plain snapshot of the plan for colleagues who do not have the app.

``build_snapshot`` reads the plan once and returns frozen dataclasses holding only what may leave
the machine: titles, dates, statuses, who does what. Private notes, e-mail addresses and approval
comments never enter the snapshot, so no export built on it can leak them. The HTML page and the
spreadsheets (``cmplanner.interop.backlog_*``) only render this snapshot.
"""

from __future__ import annotations

from collections.abc import Iterator

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from cmplanner.domain.entities import ContentRequest, Event, Person, Post
from cmplanner.domain.enums import Decision, MediaKind, PostStatus, RequestStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.timezones import local_datetime, to_local
from cmplanner.domain.workflow import approvals_required, current_approvals, waiting_for
from cmplanner.storage.store import PlanStore

from .planning import calendar_items

MIN_WEEKS, MAX_WEEKS, DEFAULT_WEEKS = 4, 8, 6
BACKLOG_STATUSES = (PostStatus.TO_VALIDATE, PostStatus.DRAFT, PostStatus.IDEA)
CLOSED_REQUESTS = (RequestStatus.DONE, RequestStatus.DECLINED)
OCCURRENCE = "occurrence"  # the status of a series occurrence no post replaces yet


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class NamedRef:
    id: int
    name: str
    colour: str = ""


@dataclass(frozen=True)
class Entry:
    """A post, or a series occurrence not written yet (``virtual``), as the team sees it."""

    key: str
    title: str
    status: str  # a PostStatus value, or OCCURRENCE
    kind: str
    start: datetime | None  # local time of the plan; None for an undated idea
    network_ids: tuple[int, ...]
    pillar_id: int | None
    owner_id: int | None
    virtual: bool = False
    series_name: str = ""
    event_id: int | None = None
    content_due: date | None = None
    media_needed: str = ""
    public_notes: str = ""
    text: str = ""
    waiting_for_ids: tuple[int, ...] = ()
    waiting_since: datetime | None = None
    approvals_given: int = 0
    approvals_needed: int = 0
    cover: str = ""  # content hash of the first attached photo (its thumbnail is embedded)

    @property
    def people_ids(self) -> tuple[int, ...]:
        owner = (self.owner_id,) if self.owner_id is not None else ()
        return owner + tuple(i for i in self.waiting_for_ids if i != self.owner_id)


@dataclass(frozen=True)
class RequestInfo:
    id: int
    topic: str
    status: str
    due: date | None
    overdue: bool
    requester_id: int | None
    assignee_id: int | None
    details: str
    media_offered: str
    created_on: date | None


@dataclass(frozen=True)
class EventInfo:
    id: int
    title: str
    kind: str
    start: datetime  # local
    end: datetime  # local
    all_day: bool
    location: str
    site: str
    description: str
    organiser_ids: tuple[int, ...]
    promotion: tuple[Entry, ...]


@dataclass(frozen=True)
class Duty:
    """One line of "who does what": a person's part in a post, a request or an event."""

    person_id: int
    role: str  # "owner", "approver", "requester", "assignee", "organiser"
    section: str  # "post", "request", "event"
    ref: str  # Entry.key, "r<id>" or "e<id>"
    title: str
    when: date | None
    status: str  # of the post or request; empty for an event


@dataclass(frozen=True)
class BacklogSnapshot:
    plan_name: str
    plan_file: str  # the plan's file name, without its folder
    language: str
    timezone: str
    generated_at: datetime  # local
    today: date
    start: date  # first day shown
    end: date  # first day no longer shown
    weeks: int
    people: tuple[PersonInfo, ...]
    networks: tuple[NamedRef, ...]
    pillars: tuple[NamedRef, ...]
    calendar: tuple[Entry, ...]  # the window, day by day, cancelled posts left out
    backlog: tuple[Entry, ...]  # to validate, drafts, ideas (dated or not)
    requests: tuple[RequestInfo, ...]  # open ones, by due date
    events: tuple[EventInfo, ...]  # upcoming, with their promotion posts
    duties: tuple[Duty, ...]  # who does what, by person
    crisis_reason: str = ""  # a crisis under way: the page shows a banner
    crisis_since: datetime | None = None  # local

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days)]


def check_weeks(weeks: int) -> int:
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise DomainError("The backlog covers {low} to {high} weeks, not {weeks}.", low=MIN_WEEKS,
                          high=MAX_WEEKS, weeks=weeks)
    return weeks


def _waiting_since(post: Post) -> datetime | None:
    """When the post was sent for validation, as well as the plan knows: its last change, or
    the first decision of the current round if that came earlier."""
    moments = [a.decided_at for a in current_approvals(post)]
    if post.updated_at is not None:
        moments.append(post.updated_at)
    return min(moments) if moments else None


class _Builder:
    def __init__(self, store: PlanStore, zone_name: str) -> None:
        self.zone = zone_name
        self.people: list[Person] = store.people.all()
        self.circuit = store.crisis_circuit()
        self.media = {m.id: m for m in store.media.all()}

    def local(self, value: datetime | None) -> datetime | None:
        return None if value is None else to_local(value, self.zone)

    def post_entry(self, post: Post) -> Entry:
        waiting: tuple[int, ...] = ()
        since = None
        given = needed = 0
        if post.status is PostStatus.TO_VALIDATE:
            waiting = tuple(p.id for p in waiting_for(post, self.people, self.circuit)
                            if p.id is not None)
            since = self.local(_waiting_since(post))
            given = sum(1 for a in current_approvals(post) if a.decision is Decision.APPROVE)
            needed = approvals_required(post, self.circuit)
        # Built field by field: private notes, approval comments and results stay out.
        return Entry(
            key=f"p{post.id}", title=post.title, status=post.status.value, kind=post.kind.value,
            start=self.local(post.planned_at), network_ids=tuple(post.network_ids),
            pillar_id=post.pillar_id, owner_id=post.owner_id, event_id=post.event_id,
            content_due=post.content_due, media_needed=post.media_needed,
            public_notes=post.public_notes, text=post.text, waiting_for_ids=waiting,
            waiting_since=since, approvals_given=given, approvals_needed=needed,
            cover=self.cover(post))

    def cover(self, post: Post) -> str:
        for media_id in post.media_ids:
            item = self.media.get(media_id)
            if item is not None and item.kind is MediaKind.IMAGE:
                return item.sha256
        return ""


def build_snapshot(store: PlanStore, weeks: int = DEFAULT_WEEKS, now: datetime | None = None,
                   ) -> BacklogSnapshot:
    """The backlog of the plan in ``store`` for the ``weeks`` weeks starting on ``now``'s day."""
    check_weeks(weeks)
    settings = store.settings()
    zone_name = settings.timezone
    now = now or datetime.now(timezone.utc)
    local_now = to_local(now, zone_name)
    today = local_now.date()
    end_day = today + timedelta(weeks=weeks)
    window_start = local_datetime(today, datetime.min.time(), zone_name)
    window_end = local_datetime(end_day, datetime.min.time(), zone_name)
    b = _Builder(store, zone_name)
    series_names = {s.id: s.name for s in store.series.all()}

    calendar = []
    for item in calendar_items(store, window_start, window_end):
        if item.post is not None:
            if item.post.status is PostStatus.CANCELLED:
                continue
            entry = b.post_entry(item.post)
            if item.post.series_id is not None:
                entry = _with_series(entry, series_names.get(item.post.series_id, ""))
            calendar.append(entry)
        elif item.series is not None and item.occurrence is not None:
            series = item.series
            calendar.append(Entry(
                key=f"s{series.id}-{item.occurrence.index}", title=item.title, status=OCCURRENCE,
                kind="series", start=b.local(item.start), network_ids=tuple(series.network_ids),
                pillar_id=series.pillar_id, owner_id=series.owner_id, virtual=True,
                series_name=series.name, text=series.text_template))

    backlog_posts = store.posts.with_status(*BACKLOG_STATUSES)
    order = {s.value: i for i, s in enumerate(BACKLOG_STATUSES)}
    backlog = sorted((b.post_entry(p) for p in backlog_posts),
                     key=lambda e: (order[e.status], e.start is None, e.start or now, e.key))

    requests = tuple(_request_info(r, today) for r in store.requests.all()
                     if r.status not in CLOSED_REQUESTS)
    requests = tuple(sorted(requests, key=lambda r: (r.due is None, r.due or today, r.id)))

    events = tuple(_events(store, b, window_start, window_end, calendar))
    # People who are in the plan only as someone shown in photos (an external participant, a
    # consent holder) are not the team: the shared page does not list them.
    shown = {i for m in store.media.all() for i in m.person_ids}
    shown |= {c.person_id for c in store.consents.all() if c.person_id is not None}
    working = {i for e in (*calendar, *backlog) for i in e.people_ids}
    snapshot_people = tuple(PersonInfo(p.id, p.name, tuple(sorted(r.value for r in p.roles)))
                            for p in b.people if p.id is not None
                            and (p.roles or p.id not in shown or p.id in working))
    duties = tuple(_duties(snapshot_people, calendar, backlog, requests, events))
    return BacklogSnapshot(
        plan_name=settings.name, plan_file=store.path.name if store.path else "",
        language=settings.language, timezone=zone_name, generated_at=local_now, today=today,
        start=today, end=end_day, weeks=weeks, people=snapshot_people,
        networks=tuple(NamedRef(n.id, n.label) for n in store.networks.all()
                       if n.id is not None and n.active),
        pillars=tuple(NamedRef(p.id, p.name, p.colour) for p in store.pillars.all()
                      if p.id is not None),
        calendar=tuple(calendar), backlog=tuple(backlog), requests=requests, events=events,
        duties=duties, **_crisis(store, zone_name))


def _crisis(store: PlanStore, zone_name: str) -> dict[str, Any]:
    crisis = store.active_crisis()
    if crisis is None:
        return {}
    return {"crisis_reason": crisis.reason, "crisis_since": to_local(crisis.started_at, zone_name)}


def _with_series(entry: Entry, name: str) -> Entry:
    return replace(entry, series_name=name)


def _request_info(request: ContentRequest, today: date) -> RequestInfo:
    return RequestInfo(
        id=request.id or 0, topic=request.topic, status=request.status.value, due=request.due,
        overdue=request.due is not None and request.due < today,
        requester_id=request.requester_id, assignee_id=request.assignee_id,
        details=request.details, media_offered=request.media_offered,
        created_on=request.created_on)


def _events(store: PlanStore, b: _Builder, window_start: datetime, window_end: datetime,
            calendar: list[Entry]) -> Iterator[EventInfo]:
    """Events not over yet that start in the window or are promoted in it."""
    sites = {s.id: s.name for s in store.sites.all()}
    events = {e.id: e for e in store.events.overlapping(window_start, window_end)}
    for event_id in sorted({e.event_id for e in calendar if e.event_id is not None} - set(events)):
        event = store.events.get(event_id)
        if event is not None and event.end > window_start:
            events[event_id] = event
    for event in sorted(events.values(), key=lambda e: (e.start, e.id or 0)):
        posts = [p for p in store.posts.for_event(event.id)  # type: ignore[arg-type]
                 if p.status is not PostStatus.CANCELLED]
        yield _event_info(event, b, sites, posts)


def _event_info(event: Event, b: _Builder, sites: dict[int | None, str],
                posts: list[Post]) -> EventInfo:
    return EventInfo(
        id=event.id or 0, title=event.title, kind=event.kind.value,
        start=to_local(event.start, b.zone), end=to_local(event.end, b.zone),
        all_day=event.all_day, location=event.location, site=sites.get(event.site_id, ""),
        description=event.description, organiser_ids=tuple(event.organiser_ids),
        promotion=tuple(b.post_entry(p) for p in posts))


def _duties(people: tuple[PersonInfo, ...], calendar: list[Entry], backlog: list[Entry],
            requests: tuple[RequestInfo, ...], events: tuple[EventInfo, ...]) -> list[Duty]:
    known = {p.id for p in people}
    duties: dict[int, list[Duty]] = {p.id: [] for p in people}
    seen: set[tuple[int, str, str]] = set()

    def add(person_id: int | None, role: str, section: str, ref: str, title: str,
            when: date | None, status: str) -> None:
        if person_id is not None and person_id in known and (person_id, role, ref) not in seen:
            seen.add((person_id, role, ref))
            duties[person_id].append(Duty(person_id, role, section, ref, title, when, status))

    for entry in (*calendar, *backlog):
        when = entry.start.date() if entry.start else None
        add(entry.owner_id, "owner", "post", entry.key, entry.title, when, entry.status)
        for approver in entry.waiting_for_ids:
            add(approver, "approver", "post", entry.key, entry.title, when, entry.status)
    for r in requests:
        add(r.assignee_id, "assignee", "request", f"r{r.id}", r.topic, r.due, r.status)
        add(r.requester_id, "requester", "request", f"r{r.id}", r.topic, r.due, r.status)
    for e in events:
        for organiser in e.organiser_ids:
            add(organiser, "organiser", "event", f"e{e.id}", e.title, e.start.date(), "")
    far = date.max
    for person_id in duties:
        duties[person_id].sort(key=lambda d: (d.when is None, d.when or far, d.title))
    return [d for p in people for d in duties[p.id]]
