"""What an export holds: a scope, an optional filter and window, the statuses, the profile.

Plain data with defaults that suit a shared feed: ideas and sensitive posts stay out unless the
user includes them, and the Outlook-safe profile is the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from cmplanner.domain.filters import ItemFilter
from cmplanner.domain.enums import PostStatus

__all__ = ["DEFAULT_STATUSES", "ExportOptions", "ItemFilter", "Profile", "Scope"]


class Scope(str, Enum):
    PLAN = "plan"  # the whole plan: posts, series, events
    NETWORK = "network"  # posts and series of one network
    PILLAR = "pillar"  # posts and series of one pillar
    SERIES = "series"  # one series
    EVENTS = "events"  # IRL events only
    FILTER = "filter"  # posts matching an ItemFilter (and events when it allows them)
    ITEM = "item"  # one post or one event ("send this event"): no calendar name


class Profile(str, Enum):
    OUTLOOK = "outlook"  # recurrence rules limited to what Outlook maps
    STANDARD = "standard"  # full RFC 5545 rules (Thunderbird, Google)
    SINGLE = "single"  # every series written occurrence by occurrence (CSV, simple readers)


DEFAULT_STATUSES = frozenset(s for s in PostStatus if s is not PostStatus.IDEA)


@dataclass(frozen=True)
class ExportOptions:
    scope: Scope = Scope.PLAN
    target_id: int | None = None  # the network, pillar, series, post or event of the scope
    target_is_event: bool = False  # with Scope.ITEM: target_id names an event, not a post
    item_filter: ItemFilter = field(default_factory=ItemFilter)
    window_start: date | None = None  # inclusive, local days
    window_end: date | None = None  # inclusive
    statuses: frozenset[PostStatus] = DEFAULT_STATUSES
    include_ideas: bool = False
    include_sensitive: bool = False
    profile: Profile = Profile.OUTLOOK
    alarm_minutes: int | None = None  # a VALARM this many minutes before, or none
    now: datetime | None = None  # DTSTAMP; the current time when None
    today: date | None = None  # where endless series start being cut; today when None

    def wanted_statuses(self) -> frozenset[PostStatus]:
        statuses = set(self.statuses)
        if self.include_ideas:
            statuses.add(PostStatus.IDEA)
        else:
            statuses.discard(PostStatus.IDEA)
        return frozenset(statuses)

    @property
    def is_feed(self) -> bool:
        """A whole calendar (gets X-WR-CALNAME) rather than one item sent on its own."""
        return self.scope is not Scope.ITEM
