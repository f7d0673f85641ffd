"""The plan's entities as plain dataclasses.

Ids are assigned by storage (``None`` until saved); ``uid`` is a stable identifier that survives
exports and imports (it becomes the iCalendar UID).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from .enums import (
    Decision,
    EventKind,
    ExceptionKind,
    MediaKind,
    NetworkKind,
    PostKind,
    PostStatus,
    RequestStatus,
    Role,
)
from .timezones import DEFAULT_ZONE


def new_uid() -> str:
    return f"{uuid.uuid4()}@cmplanner"


@dataclass
class PlanSettings:
    name: str = "Plan"
    timezone: str = DEFAULT_ZONE
    language: str = "fr"
    post_duration_minutes: int = 30


@dataclass(frozen=True)
class LineVersion:
    """A past version of the editorial line, kept with who validated it and when."""

    version: str
    objectives: str
    validated_by_id: int | None
    validated_on: date | None
    replaced_at: datetime | None = None  # when a newer version replaced it
    shares: tuple[tuple[str, int], ...] = ()  # (pillar name, target share) at the time


@dataclass(frozen=True)
class PublishedFeed:
    """One file of the publish folder: what it holds, as an export's options say it."""

    file_name: str
    scope: str = "plan"  # plan | network | pillar | series | events
    target: str = ""  # the network's, pillar's or series' name for those scopes
    profile: str = "outlook"  # outlook | standard


DEFAULT_FEEDS = (PublishedFeed("plan-outlook.ics"),
                 PublishedFeed("plan-standard.ics", profile="standard"),
                 PublishedFeed("events.ics", scope="events"))


@dataclass(frozen=True)
class PublishSettings:
    """Where this plan publishes its feeds (a shared folder), which feeds, and whether it does so
    after each change. Kept in the plan: two plans never publish over each other.
    ``publisher`` names who publishes when several people share the plan (empty: whoever has it
    open); only that one writes the folder."""

    folder: str = ""
    feeds: tuple[PublishedFeed, ...] = DEFAULT_FEEDS
    auto: bool = False
    publisher: str = ""


@dataclass
class EditorialLine:
    objectives: str = ""
    version: str = "1"
    validated_by_id: int | None = None
    validated_on: date | None = None
    history: tuple[LineVersion, ...] = ()  # the versions it replaced, oldest first


@dataclass
class Pillar:
    name: str
    colour: str = "#4a90d9"
    description: str = ""
    target_share: int = 0  # percent of posts
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused


@dataclass
class Audience:
    name: str
    description: str = ""
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused


@dataclass
class Network:
    kind: NetworkKind
    name: str = ""
    handle: str = ""
    cadence: str = ""  # "1 per day", "3 per week"... see cadence.parse_cadence
    active: bool = True
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused

    @property
    def label(self) -> str:
        return self.name or self.kind.value


@dataclass
class Site:
    name: str
    address: str = ""
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused
    country: str = "FR"  # ISO 3166 code: whose public holidays the site keeps
    subdivision: str = ""  # the holidays package's code: "57" Moselle, "VD" Vaud, "QC" Québec


@dataclass
class Person:
    name: str
    email: str = ""
    roles: set[Role] = field(default_factory=set)
    site_id: int | None = None  # the site a web referent speaks for
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass
class Approval:
    person_id: int
    decided_at: datetime
    decision: Decision
    comment: str = ""
    round: int = 1


@dataclass
class Post:
    title: str
    text: str = ""
    network_ids: list[int] = field(default_factory=list)
    pillar_id: int | None = None
    audience_id: int | None = None
    status: PostStatus = PostStatus.IDEA
    kind: PostKind = PostKind.STANDARD
    planned_at: datetime | None = None  # aware; None = undated backlog idea
    content_due: date | None = None  # text and visuals due
    owner_id: int | None = None
    media_needed: str = ""
    public_notes: str = ""
    private_notes: str = ""
    sensitive: bool = False
    series_id: int | None = None
    occurrence_start: datetime | None = None  # original start of the series occurrence it replaces
    event_id: int | None = None
    promotion_offset_days: int | None = None
    published_url: str = ""
    published_at: datetime | None = None
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    variants: dict[int, str] = field(default_factory=dict)  # network id -> adapted text
    media_ids: list[int] = field(default_factory=list)  # attached media, in order (first = cover)
    approvals: list[Approval] = field(default_factory=list)
    validation_round: int = 0
    submitted_at: datetime | None = None  # when the current validation round was asked for
    escalated: bool = False  # the exceptional circuit's substitute may decide (deadline passed)
    revision: int = 0  # grows at each change (iCalendar SEQUENCE)
    updated_at: datetime | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None
    updated_by: str = ""  # who made the last change (a team plan names colleagues)

    @property
    def effective_status(self) -> PostStatus:
        return self.status

    @property
    def search(self) -> str:
        """Title and text folded, as the item filter searches them."""
        from .filters import fold

        return fold(f"{self.title}\n{self.text}")


@dataclass
class SeriesException:
    original_start: datetime  # aware
    kind: ExceptionKind
    new_start: datetime | None = None  # aware, for MOVED


@dataclass
class Series:
    name: str
    rrule: str  # RFC 5545 RRULE value, e.g. "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
    start: datetime  # aware first occurrence (DTSTART)
    timezone: str = DEFAULT_ZONE
    pillar_id: int | None = None
    network_ids: list[int] = field(default_factory=list)
    title_template: str = ""
    text_template: str = ""
    owner_id: int | None = None
    exceptions: list[SeriesException] = field(default_factory=list)
    revision: int = 0
    updated_at: datetime | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None
    updated_by: str = ""  # who made the last change (a team plan names colleagues)


@dataclass
class PromotionStep:
    offset_days: int  # relative to the event's first day: -14, -7, -1, 0, +1
    at: time  # local time of the post
    label: str
    network_ids: list[int] = field(default_factory=list)


@dataclass
class Event:
    title: str
    kind: EventKind
    start: datetime  # aware
    end: datetime  # aware, after start
    all_day: bool = False
    description: str = ""
    site_id: int | None = None
    location: str = ""
    organiser_ids: list[int] = field(default_factory=list)
    promotion: list[PromotionStep] = field(default_factory=list)
    revision: int = 0
    updated_at: datetime | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None
    updated_by: str = ""  # who made the last change (a team plan names colleagues)
    # The calendar an imported event came from (empty: the plan's own): a re-import of that
    # calendar proposes to remove the events it no longer has, and only those.
    import_source: str = ""


@dataclass
class ContentRequest:
    topic: str
    requester_id: int | None = None
    assignee_id: int | None = None
    details: str = ""
    media_offered: str = ""
    media_needed: str = ""
    due: date | None = None
    status: RequestStatus = RequestStatus.OPEN
    created_on: date | None = None
    post_id: int | None = None
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused


@dataclass
class Charter:
    """Which posts need no validation. An empty id set means "any"."""

    text: str = ""
    covered_pillar_ids: set[int] = field(default_factory=set)
    covered_network_ids: set[int] = field(default_factory=set)
    covered_kinds: set[PostKind] = field(
        default_factory=lambda: {PostKind.STANDARD, PostKind.SERIES, PostKind.EVENT_PROMOTION}
    )


@dataclass
class CrisisCircuit:
    """The exceptional validation circuit for sensitive posts."""

    approver_ids: list[int] = field(default_factory=list)
    required_approvals: int = 1
    deadline_hours: int = 0  # 0: requests never expire
    substitute_id: int | None = None  # who may decide once a request is escalated


@dataclass
class MediaItem:
    """A photo or a video of the media library. The file itself lives beside the plan, named by
    ``sha256`` (storage.media_files); the plan holds what is known about it."""

    sha256: str
    filename: str
    kind: MediaKind = MediaKind.IMAGE
    width: int = 0  # pixels, as shown (a phone video turned a quarter is taller than wide); 0 unknown
    height: int = 0
    size: int = 0  # bytes
    duration_ms: int = 0  # a video's length; 0 for photos or when it could not be read
    tags: list[str] = field(default_factory=list)
    pillar_id: int | None = None
    site_id: int | None = None
    sender_id: int | None = None  # the referent who sent it
    request_id: int | None = None  # the content request it answers
    alt_text: str = ""
    credit: str = ""
    person_ids: list[int] = field(default_factory=list)  # the people shown (People); their consents apply
    imported_at: datetime | None = None
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused

    @property
    def ratio(self) -> float | None:
        return self.width / self.height if self.width and self.height else None


@dataclass
class Consent:
    """One person's image-rights consent (droit à l'image): what their photos may be used for,
    until when. It never leaves the plan: no export carries it. The person is one of the plan's
    People (an external participant too); ``person_name`` is their name as the register shows it,
    kept up to date from People by the use cases."""

    person_name: str
    person_id: int | None = None  # the person in People (None only in plans made before the link)
    form_sha256: str = ""  # the signed form, stored beside the plan like a media file
    form_filename: str = ""
    internal: bool = True  # internal uses (intranet, screens)
    social: bool = False  # social networks
    network_kinds: set[NetworkKind] = field(default_factory=set)  # empty: every network
    signed_on: date | None = None
    duration_months: int | None = None  # the use allowed lasts this long from signature (60: 5 years)
    expires_on: date | None = None  # an explicit last day of validity (wins over the duration)
    withdrawn_on: date | None = None
    left_on: date | None = None  # the person left the company
    notes: str = ""
    id: int | None = None
    revision: int = 0  # grows at each change; a write based on an older one is refused
