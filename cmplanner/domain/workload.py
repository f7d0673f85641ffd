"""Workload: how many hours the plan asks of each person each week, against their capacity.

The guide's point is that publishing is fragmented work ("it takes more than 2 minutes to publish
a tweet"): each post costs minutes per network it goes to (writing, adapting, publishing), some
kinds cost more (a crisis reply), each IRL event costs preparation, and each network costs a
weekly moderation time. Posts are counted for their owner (the community manager when they have
none), events for their organisers (shared equally), moderation for the community manager.

A person's capacity is for a full working week: a week with public holidays of their site or
closure days (``days_off``) leaves them that much less (``capacity_in_week``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .cadence import WORKING_DAYS_PER_WEEK
from .days_off import DaysOff
from .entities import Event, Network, Person, Post
from .enums import EventKind, NetworkKind, PostKind, PostStatus, Role
from .period import Period

DEFAULT_POST_MINUTES = {
    NetworkKind.X: 15, NetworkKind.FACEBOOK: 20, NetworkKind.LINKEDIN: 30,
    NetworkKind.INSTAGRAM: 40, NetworkKind.YOUTUBE: 120, NetworkKind.TIKTOK: 60,
    NetworkKind.NEWSLETTER: 90, NetworkKind.WEBSITE: 60,
}
FALLBACK_POST_MINUTES = 20
DEFAULT_KIND_EXTRA = {PostKind.CRISIS: 60, PostKind.NEGATIVE_REVIEW_REPLY: 30,
                      PostKind.TROLL_REPLY: 20}
DEFAULT_EVENT_MINUTES = {EventKind.TRADE_SHOW: 16 * 60, EventKind.SEMINAR: 8 * 60}
FALLBACK_EVENT_MINUTES = 4 * 60
DEFAULT_CAPACITY_MINUTES = 35 * 60


@dataclass
class WorkloadSettings:
    """The plan's estimates, all in minutes. Keys are enum values (stored as JSON)."""

    post_minutes: dict[str, int] = field(
        default_factory=lambda: {k.value: v for k, v in DEFAULT_POST_MINUTES.items()})
    kind_extra_minutes: dict[str, int] = field(
        default_factory=lambda: {k.value: v for k, v in DEFAULT_KIND_EXTRA.items()})
    event_minutes: dict[str, int] = field(
        default_factory=lambda: {k.value: v for k, v in DEFAULT_EVENT_MINUTES.items()})
    moderation_minutes: dict[int, int] = field(default_factory=dict)  # network id -> per week
    capacity_minutes: dict[int, int] = field(default_factory=dict)  # person id -> per week
    default_capacity_minutes: int = DEFAULT_CAPACITY_MINUTES

    def minutes_for_post(self, post: Post, networks: dict[int, Network]) -> int:
        minutes = 0
        ids: list[int | None] = list(post.network_ids) or [None]
        for network_id in ids:
            network = networks.get(network_id) if network_id is not None else None
            kind = network.kind.value if network else ""
            minutes += self.post_minutes.get(kind, FALLBACK_POST_MINUTES)
        return minutes + self.kind_extra_minutes.get(post.kind.value, 0)

    def minutes_for_event(self, event: Event) -> int:
        return self.event_minutes.get(event.kind.value, FALLBACK_EVENT_MINUTES)

    def capacity(self, person_id: int) -> int:
        return self.capacity_minutes.get(person_id, self.default_capacity_minutes)


@dataclass(frozen=True)
class WeekLoad:
    person_id: int
    week: date  # Monday
    minutes: int
    capacity_minutes: int  # for this week: less than usual when it has days off
    holidays: int = 0  # working days of the week that are public holidays of the person's site
    closure_days: int = 0  # and closure days (a holiday during a closure counts as a holiday)
    usual_capacity_minutes: int = 0  # a full week's

    @property
    def reduced(self) -> bool:
        """The week's capacity is cut by days off."""
        return bool(self.holidays or self.closure_days)

    @property
    def usual_capacity_hours(self) -> float:
        return self.usual_capacity_minutes / 60

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def capacity_hours(self) -> float:
        return self.capacity_minutes / 60

    @property
    def over_capacity(self) -> bool:
        return self.minutes > self.capacity_minutes


# A post costs work until it is cancelled; published ones cost what they did.
WORKED = frozenset(set(PostStatus) - {PostStatus.CANCELLED})


def community_manager(people: Sequence[Person]) -> int | None:
    for person in people:
        if person.has(Role.COMMUNITY_MANAGER):
            return person.id
    return None


def capacity_in_week(weekly_minutes: int, week: date, off: DaysOff | None) -> tuple[int, int, int]:
    """(capacity, holidays, closure days) of the week starting on Monday ``week``: the weekly
    capacity times the working days left over the five (35 h with one holiday: 28 h)."""
    holidays, closed = off.weekdays_off(week) if off is not None else (0, 0)
    left = max(0, WORKING_DAYS_PER_WEEK - holidays - closed)
    return round(weekly_minutes * left / WORKING_DAYS_PER_WEEK), holidays, closed


def weekly_load(posts: Iterable[Post], events: Iterable[Event], networks: Sequence[Network],
                people: Sequence[Person], settings: WorkloadSettings, period: Period,
                zone_name: str, days_off: Mapping[int, DaysOff] | None = None) -> list[WeekLoad]:
    """Estimated minutes per person and week of ``period``: one row for every person who has
    work in a week, and for the community manager every week (moderation never stops).
    ``days_off`` (person id -> their days off over the period's whole weeks) cuts each week's
    capacity. Rows are sorted by week, then person id."""
    by_id = {n.id: n for n in networks if n.id is not None}
    cm = community_manager(people)
    weeks = period.weeks()
    load: dict[tuple[int, date], float] = {}

    def add(person_id: int | None, week: date, minutes: float) -> None:
        if person_id is not None:
            load[(person_id, week)] = load.get((person_id, week), 0) + minutes

    slots = period.slots(zone_name)
    for post in posts:
        week = slots.week(post.planned_at)
        if week is not None and post.status in WORKED:
            add(post.owner_id or cm, week, settings.minutes_for_post(post, by_id))
    for event in events:
        week = slots.week(event.start)
        if week is not None:
            organisers = event.organiser_ids or ([cm] if cm is not None else [])
            for person_id in organisers:
                add(person_id, week, settings.minutes_for_event(event) / len(organisers))
    moderation = sum(settings.moderation_minutes.get(n.id, 0) for n in networks
                     if n.active and n.id is not None)
    for week in weeks:
        add(cm, week, moderation)
    rows = []
    for (person_id, week), minutes in sorted(load.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        usual = settings.capacity(person_id)
        capacity, holidays, closed = capacity_in_week(usual, week, (days_off or {}).get(person_id))
        rows.append(WeekLoad(person_id, week, round(minutes), capacity, holidays, closed, usual))
    return rows


def over_capacity(loads: Iterable[WeekLoad]) -> list[WeekLoad]:
    return [row for row in loads if row.over_capacity]


def check(settings: WorkloadSettings) -> None:
    """Estimates are minutes: none below zero, and a capacity above zero."""
    from .errors import DomainError

    for table in (settings.post_minutes, settings.kind_extra_minutes, settings.event_minutes,
                  settings.moderation_minutes, settings.capacity_minutes):
        if any(v < 0 for v in table.values()):
            raise DomainError("A workload estimate cannot be below zero.")
    if settings.default_capacity_minutes <= 0 or any(v <= 0 for v in settings.capacity_minutes.values()):
        raise DomainError("A weekly capacity must be above zero.")
