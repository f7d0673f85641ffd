"""SQLAlchemy 2.x typed models: the schema of a plan file.

Date-times are stored as UTC instants (UtcDateTime) next to the zone name that gives their wall
time. A schema change here needs a migration in ``migrations/versions``.

The annotations are evaluated as the classes are made (no ``from __future__ import
annotations``): SQLAlchemy then reads ``Mapped[...]`` as objects instead of parsing and
evaluating each as a string, which cost every start some 60 ms more.
"""

from datetime import date, datetime, time

from sqlalchemy import (
    BigInteger, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from cmplanner.domain import limits as L  # noqa: N812 (the column sizes, read as L.NAME)

from .types import IsoDate, UtcDateTime, WallTime


class Base(DeclarativeBase):
    pass


class SettingsRow(Base):
    """The single row of plan-wide settings, editorial line and validation circuit."""

    __tablename__ = "plan_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.NAME))
    timezone: Mapped[str] = mapped_column(String(L.ZONE))
    language: Mapped[str] = mapped_column(String(L.LANGUAGE))
    post_duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    objectives: Mapped[str] = mapped_column(Text, default="")
    line_version: Mapped[str] = mapped_column(String(L.VERSION), default="1")
    validated_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    validated_on: Mapped[date | None] = mapped_column(IsoDate)
    charter_text: Mapped[str] = mapped_column(Text, default="")
    charter_kinds: Mapped[str] = mapped_column(String(L.CODES), default="")  # comma-separated PostKind
    crisis_required: Mapped[int] = mapped_column(Integer, default=1)
    network_rules: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON overrides
    crisis_deadline_hours: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    crisis_substitute_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    workload: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON, WorkloadSettings
    closures: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON, closure days


class PublishSettingsRow(Base):
    """The single row of the plan's publish folder (feeds as JSON)."""

    __tablename__ = "publish_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    folder: Mapped[str] = mapped_column(Text, default="")
    feeds: Mapped[str] = mapped_column(Text, default="")
    auto: Mapped[int] = mapped_column(Integer, default=0)
    publisher: Mapped[str] = mapped_column(String(200), default="")


class PillarRow(Base):
    __tablename__ = "pillars"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.NAME))
    colour: Mapped[str] = mapped_column(String(L.COLOUR))
    description: Mapped[str] = mapped_column(Text, default="")
    target_share: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AudienceRow(Base):
    __tablename__ = "audiences"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.NAME))
    description: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class NetworkRow(Base):
    __tablename__ = "networks"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(L.KIND))
    name: Mapped[str] = mapped_column(String(L.NAME), default="")
    handle: Mapped[str] = mapped_column(String(L.NAME), default="")
    cadence: Mapped[str] = mapped_column(String(L.CADENCE), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SiteRow(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.NAME))
    address: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    country: Mapped[str] = mapped_column(String(8), default="FR", server_default="FR")
    subdivision: Mapped[str] = mapped_column(String(16), default="", server_default="")


class PersonRow(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.NAME))
    email: Mapped[str] = mapped_column(String(L.EMAIL), default="")
    roles: Mapped[str] = mapped_column(String(L.CODES), default="")  # comma-separated Role values
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CharterPillarRow(Base):
    __tablename__ = "charter_pillars"
    pillar_id: Mapped[int] = mapped_column(ForeignKey("pillars.id", ondelete="CASCADE"), primary_key=True)


class CharterNetworkRow(Base):
    __tablename__ = "charter_networks"
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True)


class CrisisApproverRow(Base):
    __tablename__ = "crisis_approvers"
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PostNetworkRow(Base):
    __tablename__ = "post_networks"
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True)


class PostVariantRow(Base):
    __tablename__ = "post_variants"
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")


class ApprovalRow(Base):
    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decision: Mapped[str] = mapped_column(String(L.STATUS))
    comment: Mapped[str] = mapped_column(Text, default="")
    round: Mapped[int] = mapped_column(Integer, default=1)


# What the calendar reads of the posts of a range (storage/calendar_queries.py), in a plan file's
# index so that a range is read from the index alone (migration 0008 says why not on a server).
# ``updated_by`` is there for a chip that shows who changed the post last.
CALENDAR_INDEX_COLUMNS = ("planned_at", "id", "title", "status", "kind", "pillar_id", "owner_id",
                          "series_id", "occurrence_start", "event_id", "sensitive", "media_ids",
                          "updated_by")


class PostRow(Base):
    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_planned_at", "planned_at"),
        Index("ix_posts_calendar", *CALENDAR_INDEX_COLUMNS).ddl_if(dialect="sqlite"),
        Index("ix_posts_series", "series_id", "occurrence_start"),
        Index("ix_posts_event", "event_id"),
        Index("ix_posts_status", "status"),
        Index("ix_posts_updated_at", "updated_at"),  # what a colleague just changed (team plans)
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(L.UID), unique=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id", ondelete="SET NULL"))
    audience_id: Mapped[int | None] = mapped_column(ForeignKey("audiences.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(L.STATUS))
    kind: Mapped[str] = mapped_column(String(L.KIND))
    planned_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    planned_tz: Mapped[str | None] = mapped_column(String(L.ZONE))
    content_due: Mapped[date | None] = mapped_column(IsoDate)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    media_needed: Mapped[str] = mapped_column(Text, default="")
    public_notes: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    occurrence_start: Mapped[datetime | None] = mapped_column(UtcDateTime)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    promotion_offset_days: Mapped[int | None] = mapped_column(Integer)
    published_url: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reach: Mapped[int | None] = mapped_column(Integer)
    reactions: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    shares: Mapped[int | None] = mapped_column(Integer)
    validation_round: Mapped[int] = mapped_column(Integer, default=0)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    media_ids: Mapped[str] = mapped_column(String(2000), default="", server_default="")  # comma-separated
    updated_by: Mapped[str] = mapped_column(String(L.AUTHOR), default="", server_default="")

    networks: Mapped[list[PostNetworkRow]] = relationship(cascade="all, delete-orphan")
    variants: Mapped[list[PostVariantRow]] = relationship(cascade="all, delete-orphan")
    approvals: Mapped[list[ApprovalRow]] = relationship(cascade="all, delete-orphan",
                                                        order_by=ApprovalRow.id)


class SeriesNetworkRow(Base):
    __tablename__ = "series_networks"
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True)


class SeriesExceptionRow(Base):
    __tablename__ = "series_exceptions"
    __table_args__ = (UniqueConstraint("series_id", "original_start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    original_start: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(L.STATUS))
    new_start: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SeriesRow(Base):
    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(L.UID), unique=True)
    name: Mapped[str] = mapped_column(String(L.NAME))
    rrule: Mapped[str] = mapped_column(Text)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    timezone: Mapped[str] = mapped_column(String(L.ZONE))
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    title_template: Mapped[str] = mapped_column(Text, default="")
    text_template: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(L.AUTHOR), default="", server_default="")

    networks: Mapped[list[SeriesNetworkRow]] = relationship(cascade="all, delete-orphan")
    exceptions: Mapped[list[SeriesExceptionRow]] = relationship(cascade="all, delete-orphan",
                                                                order_by=SeriesExceptionRow.original_start)


class EventOrganiserRow(Base):
    __tablename__ = "event_organisers"
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)


class PromotionStepRow(Base):
    __tablename__ = "promotion_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    offset_days: Mapped[int] = mapped_column(Integer)
    at: Mapped[time] = mapped_column(WallTime)
    label: Mapped[str] = mapped_column(String(L.LABEL))
    network_ids: Mapped[str] = mapped_column(String(L.CODES), default="")  # comma-separated ids


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_start", "start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(L.UID), unique=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(L.KIND))
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    location: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(L.AUTHOR), default="", server_default="")
    import_source: Mapped[str] = mapped_column(String(L.SOURCE), default="", server_default="")

    organisers: Mapped[list[EventOrganiserRow]] = relationship(cascade="all, delete-orphan")
    promotion: Mapped[list[PromotionStepRow]] = relationship(cascade="all, delete-orphan",
                                                             order_by=PromotionStepRow.position)


class ContentRequestRow(Base):
    __tablename__ = "content_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(Text)
    requester_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    details: Mapped[str] = mapped_column(Text, default="")
    media_offered: Mapped[str] = mapped_column(Text, default="")
    media_needed: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None] = mapped_column(IsoDate, index=True)
    status: Mapped[str] = mapped_column(String(L.STATUS))
    created_on: Mapped[date | None] = mapped_column(IsoDate)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SequenceMarkRow(Base):
    """The highest revision an item's uid reached (kept when it is deleted or a backup is
    restored), so the iCalendar SEQUENCE a colleague's calendar saw never goes down."""

    __tablename__ = "sequence_marks"
    uid: Mapped[str] = mapped_column(String(L.UID), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


class MediaRow(Base):
    """A photo or video of the library; the file is ``PLAN.media/<sha256>`` beside the plan."""

    __tablename__ = "media"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    tags: Mapped[str] = mapped_column(Text, default="")  # one tag a line
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id", ondelete="SET NULL"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("content_requests.id", ondelete="SET NULL"))
    alt_text: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(Text, default="")
    person_ids: Mapped[str] = mapped_column(String(2000), default="", server_default="")  # people shown, comma-separated
    imported_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ConsentRow(Base):
    """An image-rights consent; never exported."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_name: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    form_sha256: Mapped[str] = mapped_column(String(64), default="")
    form_filename: Mapped[str] = mapped_column(Text, default="")
    internal: Mapped[bool] = mapped_column(Boolean, default=True)
    social: Mapped[bool] = mapped_column(Boolean, default=False)
    network_kinds: Mapped[str] = mapped_column(String(400), default="")  # comma-separated
    signed_on: Mapped[date | None] = mapped_column(IsoDate)
    duration_months: Mapped[int | None] = mapped_column(Integer)
    expires_on: Mapped[date | None] = mapped_column(IsoDate)
    withdrawn_on: Mapped[date | None] = mapped_column(IsoDate)
    left_on: Mapped[date | None] = mapped_column(IsoDate)
    notes: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class LineVersionRow(Base):
    """A past version of the editorial line, kept with who validated it and when."""

    __tablename__ = "line_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    objectives: Mapped[str] = mapped_column(Text, default="")
    validated_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    validated_on: Mapped[date | None] = mapped_column(IsoDate)
    replaced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    shares: Mapped[str] = mapped_column(Text, default="")  # JSON [[pillar name, share], ...]


class CrisisRow(Base):
    """A crisis: when it started and ended, why, and the window of posts it put on hold."""

    __tablename__ = "crises"
    id: Mapped[int] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    window_start: Mapped[datetime] = mapped_column(UtcDateTime)
    window_end: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    holds: Mapped[list["CrisisHoldRow"]] = relationship(cascade="all, delete-orphan")


class CrisisHoldRow(Base):
    """A post the crisis put on hold, with the status it goes back to."""

    __tablename__ = "crisis_holds"
    crisis_id: Mapped[int] = mapped_column(ForeignKey("crises.id", ondelete="CASCADE"), primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    previous_status: Mapped[str] = mapped_column(String(16))


class MeetingRow(Base):
    """A meeting: who was in the room, its decisions and, once ended, its minutes."""

    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    attendee_ids: Mapped[str] = mapped_column(String(400), default="")  # comma-separated ids
    minutes_html: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    decisions: Mapped[list["DecisionRow"]] = relationship(cascade="all, delete-orphan",
                                                        order_by="DecisionRow.id")


class DecisionRow(Base):
    __tablename__ = "meeting_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    detail: Mapped[str] = mapped_column(Text, default="")


class LeaseRow(Base):
    """A task only one client of a shared plan may do at a time (publishing the shared feeds):
    who holds it and until when; a holder renews it while it works, another client takes it
    once it has expired."""

    __tablename__ = "leases"
    name: Mapped[str] = mapped_column(String(L.KIND), primary_key=True)
    holder: Mapped[str] = mapped_column(String(L.AUTHOR))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MediaContentRow(Base):
    """A media file's content held by a team plan (a plan file keeps its files beside it, in
    ``PLAN.media/``): written once per content, after all its parts (storage/media_blobs.py)."""

    __tablename__ = "media_contents"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    parts: Mapped[int] = mapped_column(Integer)


class MediaPartRow(Base):
    """One megabyte of a content (read and written a part at a time: memory stays flat)."""

    __tablename__ = "media_parts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
