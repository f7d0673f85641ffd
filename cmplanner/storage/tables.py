"""The ORM's classes of the plan's rows, each mapped onto its table of schema.py (declarative
with an imperative table): the columns are written there once; here, their Python types and the
relationships that writes go through.

Nothing on the window's start path imports this module (it reads the tables of schema.py):
storage's modules reach these classes through lazy.py, once a write first needs them.

The annotations are evaluated as the classes are made (no ``from __future__ import
annotations``): SQLAlchemy then reads ``Mapped[...]`` as objects instead of parsing and
evaluating each as a string.
"""

from datetime import date, datetime, time

from sqlalchemy import FromClause
from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from . import schema


class Base(DeclarativeBase):
    metadata = schema.metadata


class SettingsRow(Base):
    __table__ = schema.plan_settings
    id: Mapped[int]
    name: Mapped[str]
    timezone: Mapped[str]
    language: Mapped[str]
    post_duration_minutes: Mapped[int]
    objectives: Mapped[str]
    line_version: Mapped[str]
    validated_by_id: Mapped[int | None]
    validated_on: Mapped[date | None]
    charter_text: Mapped[str]
    charter_kinds: Mapped[str]
    crisis_required: Mapped[int]
    network_rules: Mapped[str]
    crisis_deadline_hours: Mapped[int]
    crisis_substitute_id: Mapped[int | None]
    workload: Mapped[str]
    closures: Mapped[str]


class PublishSettingsRow(Base):
    __table__ = schema.publish_settings
    id: Mapped[int]
    folder: Mapped[str]
    feeds: Mapped[str]
    auto: Mapped[int]
    publisher: Mapped[str]


class PillarRow(Base):
    __table__ = schema.pillars
    id: Mapped[int]
    name: Mapped[str]
    colour: Mapped[str]
    description: Mapped[str]
    target_share: Mapped[int]
    revision: Mapped[int]


class AudienceRow(Base):
    __table__ = schema.audiences
    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    revision: Mapped[int]


class NetworkRow(Base):
    __table__ = schema.networks
    id: Mapped[int]
    kind: Mapped[str]
    name: Mapped[str]
    handle: Mapped[str]
    cadence: Mapped[str]
    active: Mapped[bool]
    revision: Mapped[int]


class SiteRow(Base):
    __table__ = schema.sites
    id: Mapped[int]
    name: Mapped[str]
    address: Mapped[str]
    revision: Mapped[int]
    country: Mapped[str]
    subdivision: Mapped[str]


class PersonRow(Base):
    __table__ = schema.people
    id: Mapped[int]
    name: Mapped[str]
    email: Mapped[str]
    roles: Mapped[str]
    site_id: Mapped[int | None]
    revision: Mapped[int]


class CharterPillarRow(Base):
    __table__ = schema.charter_pillars
    pillar_id: Mapped[int]


class CharterNetworkRow(Base):
    __table__ = schema.charter_networks
    network_id: Mapped[int]


class CrisisApproverRow(Base):
    __table__ = schema.crisis_approvers
    person_id: Mapped[int]
    position: Mapped[int]


class PostNetworkRow(Base):
    __table__ = schema.post_networks
    post_id: Mapped[int]
    network_id: Mapped[int]


class PostVariantRow(Base):
    __table__ = schema.post_variants
    post_id: Mapped[int]
    network_id: Mapped[int]
    text: Mapped[str]


class ApprovalRow(Base):
    __table__ = schema.approvals
    id: Mapped[int]
    post_id: Mapped[int]
    person_id: Mapped[int]
    decided_at: Mapped[datetime]
    decision: Mapped[str]
    comment: Mapped[str]
    round: Mapped[int]


class PostRow(Base):
    __table__ = schema.posts
    id: Mapped[int]
    uid: Mapped[str]
    title: Mapped[str]
    text: Mapped[str]
    pillar_id: Mapped[int | None]
    audience_id: Mapped[int | None]
    status: Mapped[str]
    kind: Mapped[str]
    planned_at: Mapped[datetime | None]
    planned_tz: Mapped[str | None]
    content_due: Mapped[date | None]
    owner_id: Mapped[int | None]
    media_needed: Mapped[str]
    public_notes: Mapped[str]
    private_notes: Mapped[str]
    sensitive: Mapped[bool]
    series_id: Mapped[int | None]
    occurrence_start: Mapped[datetime | None]
    event_id: Mapped[int | None]
    promotion_offset_days: Mapped[int | None]
    published_url: Mapped[str]
    published_at: Mapped[datetime | None]
    reach: Mapped[int | None]
    reactions: Mapped[int | None]
    comments: Mapped[int | None]
    shares: Mapped[int | None]
    validation_round: Mapped[int]
    submitted_at: Mapped[datetime | None]
    escalated: Mapped[bool]
    revision: Mapped[int]
    updated_at: Mapped[datetime | None]
    media_ids: Mapped[str]
    updated_by: Mapped[str]

    networks: Mapped[list[PostNetworkRow]] = relationship(cascade="all, delete-orphan")
    variants: Mapped[list[PostVariantRow]] = relationship(cascade="all, delete-orphan")
    approvals: Mapped[list[ApprovalRow]] = relationship(cascade="all, delete-orphan",
                                                        order_by=ApprovalRow.id)


class SeriesNetworkRow(Base):
    __table__ = schema.series_networks
    series_id: Mapped[int]
    network_id: Mapped[int]


class SeriesExceptionRow(Base):
    __table__ = schema.series_exceptions
    id: Mapped[int]
    series_id: Mapped[int]
    original_start: Mapped[datetime]
    kind: Mapped[str]
    new_start: Mapped[datetime | None]


class SeriesRow(Base):
    __table__ = schema.series
    id: Mapped[int]
    uid: Mapped[str]
    name: Mapped[str]
    rrule: Mapped[str]
    start: Mapped[datetime]
    timezone: Mapped[str]
    pillar_id: Mapped[int | None]
    owner_id: Mapped[int | None]
    title_template: Mapped[str]
    text_template: Mapped[str]
    revision: Mapped[int]
    updated_at: Mapped[datetime | None]
    updated_by: Mapped[str]

    networks: Mapped[list[SeriesNetworkRow]] = relationship(cascade="all, delete-orphan")
    exceptions: Mapped[list[SeriesExceptionRow]] = relationship(cascade="all, delete-orphan",
                                                                order_by=SeriesExceptionRow.original_start)


class EventOrganiserRow(Base):
    __table__ = schema.event_organisers
    event_id: Mapped[int]
    person_id: Mapped[int]


class PromotionStepRow(Base):
    __table__ = schema.promotion_steps
    id: Mapped[int]
    event_id: Mapped[int]
    position: Mapped[int]
    offset_days: Mapped[int]
    at: Mapped[time]
    label: Mapped[str]
    network_ids: Mapped[str]


class EventRow(Base):
    __table__ = schema.events
    id: Mapped[int]
    uid: Mapped[str]
    title: Mapped[str]
    kind: Mapped[str]
    start: Mapped[datetime]
    end: Mapped[datetime]
    all_day: Mapped[bool]
    description: Mapped[str]
    site_id: Mapped[int | None]
    location: Mapped[str]
    revision: Mapped[int]
    updated_at: Mapped[datetime | None]
    updated_by: Mapped[str]
    import_source: Mapped[str]

    organisers: Mapped[list[EventOrganiserRow]] = relationship(cascade="all, delete-orphan")
    promotion: Mapped[list[PromotionStepRow]] = relationship(cascade="all, delete-orphan",
                                                             order_by=PromotionStepRow.position)


class ContentRequestRow(Base):
    __table__ = schema.content_requests
    id: Mapped[int]
    topic: Mapped[str]
    requester_id: Mapped[int | None]
    assignee_id: Mapped[int | None]
    details: Mapped[str]
    media_offered: Mapped[str]
    media_needed: Mapped[str]
    due: Mapped[date | None]
    status: Mapped[str]
    created_on: Mapped[date | None]
    post_id: Mapped[int | None]
    revision: Mapped[int]


class SequenceMarkRow(Base):
    __table__ = schema.sequence_marks
    uid: Mapped[str]
    revision: Mapped[int]


class MediaRow(Base):
    __table__ = schema.media
    id: Mapped[int]
    sha256: Mapped[str]
    filename: Mapped[str]
    kind: Mapped[str]
    width: Mapped[int]
    height: Mapped[int]
    size: Mapped[int]
    duration_ms: Mapped[int]
    tags: Mapped[str]
    pillar_id: Mapped[int | None]
    site_id: Mapped[int | None]
    sender_id: Mapped[int | None]
    request_id: Mapped[int | None]
    alt_text: Mapped[str]
    credit: Mapped[str]
    person_ids: Mapped[str]
    imported_at: Mapped[datetime | None]
    revision: Mapped[int]


class ConsentRow(Base):
    __table__ = schema.consents
    id: Mapped[int]
    person_name: Mapped[str]
    person_id: Mapped[int | None]
    form_sha256: Mapped[str]
    form_filename: Mapped[str]
    internal: Mapped[bool]
    social: Mapped[bool]
    network_kinds: Mapped[str]
    signed_on: Mapped[date | None]
    duration_months: Mapped[int | None]
    expires_on: Mapped[date | None]
    withdrawn_on: Mapped[date | None]
    left_on: Mapped[date | None]
    notes: Mapped[str]
    revision: Mapped[int]


class LineVersionRow(Base):
    __table__ = schema.line_versions
    id: Mapped[int]
    version: Mapped[str]
    objectives: Mapped[str]
    validated_by_id: Mapped[int | None]
    validated_on: Mapped[date | None]
    replaced_at: Mapped[datetime | None]
    shares: Mapped[str]


class CrisisRow(Base):
    __table__ = schema.crises
    id: Mapped[int]
    reason: Mapped[str]
    started_at: Mapped[datetime]
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    note: Mapped[str]
    revision: Mapped[int]

    holds: Mapped[list["CrisisHoldRow"]] = relationship(cascade="all, delete-orphan")


class CrisisHoldRow(Base):
    __table__ = schema.crisis_holds
    crisis_id: Mapped[int]
    post_id: Mapped[int]
    previous_status: Mapped[str]


class MeetingRow(Base):
    __table__ = schema.meetings
    id: Mapped[int]
    title: Mapped[str]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    attendee_ids: Mapped[str]
    minutes_html: Mapped[str]
    revision: Mapped[int]

    decisions: Mapped[list["DecisionRow"]] = relationship(cascade="all, delete-orphan",
                                                        order_by="DecisionRow.id")


class DecisionRow(Base):
    __table__ = schema.meeting_decisions
    id: Mapped[int]
    meeting_id: Mapped[int]
    at: Mapped[datetime]
    author_id: Mapped[int | None]
    kind: Mapped[str]
    text: Mapped[str]
    post_id: Mapped[int | None]
    detail: Mapped[str]


class LeaseRow(Base):
    __table__ = schema.leases
    name: Mapped[str]
    holder: Mapped[str]
    expires_at: Mapped[datetime]


class MediaContentRow(Base):
    __table__ = schema.media_contents
    sha256: Mapped[str]
    size: Mapped[int]
    parts: Mapped[int]


class MediaPartRow(Base):
    __table__ = schema.media_parts
    sha256: Mapped[str]
    part: Mapped[int]
    data: Mapped[bytes]


_ROW_TYPES: dict[FromClause, type[Base]] = {cls.__table__: cls for cls in Base.__subclasses__()}


def row_type(table: FromClause) -> type[Base]:
    """The class mapped onto ``table`` of schema.py (``schema.posts``: PostRow)."""
    return _ROW_TYPES[table]
