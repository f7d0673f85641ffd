"""Every figure of the dashboard and the management review pack, for one period: one home,
so the page, the PDF and the command line show the same numbers.

``review_figures`` reads the plan once (posts, series occurrences, events, requests) and hands
the pure counting to the domain (coverage, line mix, workload, cadence, requests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from cmplanner.domain import workflow
from cmplanner.domain.cadence import parse_cadence
from cmplanner.domain.coverage import Coverage, charter_coverage
from cmplanner.domain.entities import Approval, Event, Network, Person, Post
from cmplanner.domain.enums import Decision, PostKind, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.entities import LineVersion
from cmplanner.domain.line_mix import MixRow, mix, pillar_targets, shares_problem
from cmplanner.domain.errors import Message
from cmplanner.domain.period import Period
from cmplanner.domain.timezones import to_local
from cmplanner.domain.requests import CLOSED, is_overdue
from cmplanner.domain.workload import WeekLoad, weekly_load
from cmplanner.storage.store import PlanStore

from cmplanner.domain.entities import Series
from cmplanner.storage import review_queries

from .calendar_range import unwritten_occurrences
from .days_off import days_off_by_site

WAITING_NAMED = 20  # requests for which the figures name who may still decide

FUNNEL = (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.TO_VALIDATE, PostStatus.APPROVED,
          PostStatus.SCHEDULED, PostStatus.PUBLISHED)


@dataclass(frozen=True)
class ReviewFilter:
    network_id: int | None = None
    pillar_id: int | None = None

    def keeps(self, network_ids: Iterable[int], pillar_id: int | None) -> bool:
        if self.network_id is not None and self.network_id not in network_ids:
            return False
        return self.pillar_id is None or pillar_id == self.pillar_id


@dataclass(frozen=True)
class NetworkWeek:
    network_id: int
    name: str
    week: date
    planned: int  # posts and not-yet-written series occurrences, cancelled ones left out
    published: int
    expected: float | None  # from the cadence, None without one


@dataclass(frozen=True)
class Waiting:
    post_id: int
    title: str
    since: datetime | None
    age_days: int | None
    sensitive: bool
    overdue: bool
    waiting_for: tuple[str, ...]
    deadline: datetime | None = None  # the exceptional circuit's, for a sensitive request
    overdue_by: timedelta | None = None  # how late it is, once overdue


@dataclass(frozen=True)
class ReferentRequests:
    person_id: int | None
    name: str
    received: int
    answered: int
    overdue: int


@dataclass(frozen=True)
class ResultRow:
    key: int | None
    name: str
    posts: int
    reach: int
    reactions: int
    comments: int
    shares: int


@dataclass(frozen=True)
class ApprovalLine:
    post_title: str
    person: str
    decided_at: datetime
    decision: Decision
    round: int
    comment: str


@dataclass
class ReviewFigures:
    period: Period
    zone_name: str
    today: date
    network_weeks: list[NetworkWeek] = field(default_factory=list)
    pillar_mix: list[MixRow] = field(default_factory=list)
    audience_mix: list[MixRow] = field(default_factory=list)
    shares_problem: Message | None = None
    funnel: list[tuple[PostStatus, int]] = field(default_factory=list)
    cancelled: int = 0
    waiting: list[Waiting] = field(default_factory=list)
    coverage: Coverage = Coverage(0, 0)
    workload: list[WeekLoad] = field(default_factory=list)
    people: dict[int, str] = field(default_factory=dict)
    requests: list[ReferentRequests] = field(default_factory=list)
    results_by_network: list[ResultRow] = field(default_factory=list)
    results_by_pillar: list[ResultRow] = field(default_factory=list)
    approvals: list[ApprovalLine] = field(default_factory=list)
    crisis_posts: list[Post] = field(default_factory=list)
    events_held: list[Event] = field(default_factory=list)
    line_version: LineVersion | None = None
    line_history: list[LineVersion] = field(default_factory=list)

    @property
    def planned(self) -> int:
        return sum(r.planned for r in self.network_weeks)

    @property
    def published(self) -> int:
        return sum(r.published for r in self.network_weeks)

    def cadence_kept(self) -> list[tuple[str, int, float | None]]:
        """Per network: planned over the period and the posts its cadence expects."""
        planned: dict[str, int] = {}
        expected: dict[str, float | None] = {}
        for row in self.network_weeks:
            planned[row.name] = planned.get(row.name, 0) + row.planned
            if row.expected is not None:
                expected[row.name] = (expected.get(row.name) or 0.0) + row.expected
            else:
                expected.setdefault(row.name, None)
        return [(name, count, expected[name]) for name, count in planned.items()]


def review_figures(store: PlanStore, period: Period, today: date,
                   filters: ReviewFilter = ReviewFilter(), now: datetime | None = None) -> ReviewFigures:
    zone_name = store.zone_name
    start, end = period.bounds(zone_name)
    people = {p.id: p.name for p in store.people.all() if p.id is not None}
    people_list = store.people.all()
    networks = [n for n in store.networks.all()]
    pillars = store.pillars.all()
    audiences = store.audiences.all()
    circuit = store.crisis_circuit()
    figures = ReviewFigures(period, zone_name, today, people=people)

    posts = [p for p in review_queries.review_posts(store, start, end)
             if filters.keeps(p.network_ids, p.pillar_id)]
    occurrences = [o for o in _unwritten_occurrences(store, start, end)
                   if filters.keeps(o.series.network_ids, o.series.pillar_id)]

    # Planned against published, per network and week.
    weeks = period.weeks()
    slots = period.slots(zone_name)
    planned: Counter[tuple[int, date]] = Counter()
    published: Counter[tuple[int, date]] = Counter()
    for post in posts:
        week = slots.week(post.planned_at)
        if post.status is PostStatus.CANCELLED or week is None:
            continue
        for n in set(post.network_ids):
            planned[(n, week)] += 1
            if post.status is PostStatus.PUBLISHED:
                published[(n, week)] += 1
    for item in occurrences:
        week = slots.week(item.start)
        if week is None:
            continue
        for n in set(item.series.network_ids):
            planned[(n, week)] += 1
    for network in networks:
        if network.id is None or filters.network_id not in (None, network.id):
            continue
        try:
            cadence = parse_cadence(network.cadence)
        except DomainError:
            cadence = None
        for week in weeks:
            days = (min(period.end, week.fromordinal(week.toordinal() + 7)) - max(period.start, week)).days
            figures.network_weeks.append(NetworkWeek(
                network.id, network.label, week, planned[(network.id, week)],
                published[(network.id, week)], cadence.per_day * days if cadence else None))

    # The line: mix against targets.
    figures.pillar_mix = mix(posts, "pillar_id", {p.id: p.name for p in pillars if p.id is not None},
                             pillar_targets(pillars), period, zone_name)
    figures.audience_mix = mix(posts, "audience_id",
                               {a.id: a.name for a in audiences if a.id is not None},
                               None, period, zone_name)
    figures.shares_problem = shares_problem(pillars)
    line = store.editorial_line()
    figures.line_version = LineVersion(line.version, line.objectives, line.validated_by_id,
                                       line.validated_on)
    figures.line_history = list(line.history)

    # Funnel: posts planned in the period plus the undated ideas of the backlog.
    status_counts = Counter(p.status for p in posts)
    status_counts[PostStatus.IDEA] += review_queries.count_undated(
        store, PostStatus.IDEA, filters.network_id, filters.pillar_id)
    figures.funnel = [(s, status_counts[s]) for s in FUNNEL]
    figures.cancelled = status_counts[PostStatus.CANCELLED]

    # Approvals waiting (whatever their date) and their age.
    moment = now or datetime.now(start.tzinfo)
    waiting = []
    for post in review_queries.review_posts_with_status(store, PostStatus.TO_VALIDATE):
        if not filters.keeps(post.network_ids, post.pillar_id):
            continue
        since = post.submitted_at or post.updated_at
        age = max(0, (today - to_local(since, zone_name).date()).days) if since else None
        waiting.append((-(age or 0), post.id or 0, post, since, age))
    waiting.sort(key=lambda w: w[:2])
    for rank, (_key, _id, post, since, age) in enumerate(waiting):
        # Who may decide is named for the oldest requests only (the lists show those).
        names = (tuple(p.name for p in workflow.waiting_for(post, people_list, circuit))
                 if rank < WAITING_NAMED else ())
        figures.waiting.append(Waiting(
            post.id or 0, post.title, since, age, workflow.is_sensitive(post),
            workflow.is_overdue(post, circuit, moment), names, workflow.approval_deadline(post, circuit),
            workflow.overdue_by(post, circuit, moment)))

    figures.coverage = charter_coverage(posts, store.charter(), period, zone_name)
    events = [e for e in store.events.overlapping(start, end) if period.contains(e.start, zone_name)]
    figures.workload = _workload(store, period, posts, occurrences, events, networks, people_list)
    figures.events_held = sorted((e for e in events if to_local(e.end, zone_name).date() <= today),
                                 key=lambda e: e.start)

    # Requests from the field, per referent (the person who asked).
    per: dict[int | None, list[int]] = {}
    for request in store.requests.all():
        created = request.created_on or request.due
        if created is None or not (period.start <= created < period.end):
            continue
        counts = per.setdefault(request.requester_id, [0, 0, 0])
        counts[0] += 1
        counts[1] += request.status in CLOSED or request.post_id is not None
        counts[2] += is_overdue(request, today)
    figures.requests = sorted(
        (ReferentRequests(pid, people.get(pid, "—") if pid is not None else "—", *c)
         for pid, c in per.items()),
        key=lambda r: r.name.casefold())

    # Results recorded by hand, on published posts.
    per_network: dict[int | None, list[int]] = {}
    per_pillar: dict[int | None, list[int]] = {}
    for post in posts:
        if post.status is PostStatus.PUBLISHED:
            values = (1, post.reach or 0, post.reactions or 0, post.comments or 0, post.shares or 0)
            for key in set(post.network_ids):
                _add(per_network, key, values)
            _add(per_pillar, post.pillar_id, values)
    figures.results_by_network = [
        ResultRow(n.id, n.label, *per_network.get(n.id, _NO_RESULTS)) for n in networks
        if filters.network_id in (None, n.id)]
    figures.results_by_pillar = [
        ResultRow(p.id, p.name, *per_pillar.get(p.id, _NO_RESULTS)) for p in pillars
        if filters.pillar_id in (None, p.id)]

    # Approvals decided in the period, crisis posts.
    by_id = {p.id: p for p in posts}
    for post_id, approval in review_queries.review_approvals(store, start, end):
        if post_id in by_id:
            figures.approvals.append(_approval_line(by_id[post_id], approval, people))
    figures.approvals.sort(key=lambda a: a.decided_at)
    figures.crisis_posts = [p for p in posts if workflow.is_sensitive(p)]
    return figures


def _workload(store: PlanStore, period: Period, posts: list[Post], occurrences: list[Unwritten],
              events: list[Event], networks: list[Network], people: list[Person]) -> list[WeekLoad]:
    # Occurrences not yet written cost work too: counted like a draft of their series.
    unwritten = [Post(o.series.name, network_ids=list(o.series.network_ids),
                      pillar_id=o.series.pillar_id, owner_id=o.series.owner_id, planned_at=o.start,
                      kind=PostKind.SERIES, status=PostStatus.DRAFT, uid="") for o in occurrences]
    weeks = period.weeks()
    by_site = days_off_by_site(store, weeks[0], weeks[-1] + timedelta(days=7), {p.site_id for p in people})
    off = {p.id: by_site[p.site_id] for p in people if p.id is not None}
    return weekly_load(posts + unwritten, events, networks, people, store.workload_settings(),
                       period, store.zone_name, off)


def weekly_workload(store: PlanStore, period: Period) -> list[WeekLoad]:
    """The estimated hours per person and week of ``period`` alone (the next-weeks board)."""
    start, end = period.bounds(store.zone_name)
    events = [e for e in store.events.overlapping(start, end)
              if period.contains(e.start, store.zone_name)]
    return _workload(store, period, review_queries.review_posts(store, start, end),
                     _unwritten_occurrences(store, start, end), events, store.networks.all(),
                     store.people.all())


@dataclass(frozen=True)
class Unwritten:
    series: Series
    start: datetime


def _unwritten_occurrences(store: PlanStore, start: datetime, end: datetime) -> list[Unwritten]:
    """Series occurrences in [start, end) that no post replaces yet (as the calendar shows them)."""
    return [Unwritten(series, occ.start)
            for series, occ in unwritten_occurrences(store, store.series.all(), start, end)]


_NO_RESULTS = [0, 0, 0, 0, 0]  # posts, reach, reactions, comments, shares


def _add(totals: dict[Any, list[int]], key: Any, values: tuple[int, ...]) -> None:
    row = totals.setdefault(key, [0] * len(values))
    for i, value in enumerate(values):
        row[i] += value


def _approval_line(post: Post, approval: Approval, people: dict[int, str]) -> ApprovalLine:
    return ApprovalLine(post.title, people.get(approval.person_id, "—"), approval.decided_at,
                        approval.decision, approval.round, approval.comment)
