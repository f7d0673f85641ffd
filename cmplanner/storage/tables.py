"""SQLAlchemy 2.x typed models: the schema of a plan file.

Date-times are stored as UTC instants (UtcDateTime) next to the zone name that gives their wall
time. A schema change here needs a migration in ``migrations/versions``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import IsoDate, UtcDateTime, WallTime


class Base(DeclarativeBase):
    pass


class SettingsRow(Base):
    """The single row of plan-wide settings, editorial line and validation circuit."""

    __tablename__ = "plan_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    post_duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    objectives: Mapped[str] = mapped_column(Text, default="")
    line_version: Mapped[str] = mapped_column(String(32), default="1")
    validated_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    validated_on: Mapped[date | None] = mapped_column(IsoDate)
    charter_text: Mapped[str] = mapped_column(Text, default="")
    charter_kinds: Mapped[str] = mapped_column(String(200), default="")  # comma-separated PostKind
    crisis_required: Mapped[int] = mapped_column(Integer, default=1)


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
    name: Mapped[str] = mapped_column(String(200))
    colour: Mapped[str] = mapped_column(String(7))
    description: Mapped[str] = mapped_column(Text, default="")
    target_share: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AudienceRow(Base):
    __tablename__ = "audiences"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class NetworkRow(Base):
    __tablename__ = "networks"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")
    handle: Mapped[str] = mapped_column(String(200), default="")
    cadence: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SiteRow(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PersonRow(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    roles: Mapped[str] = mapped_column(String(200), default="")  # comma-separated Role values
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
    decision: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
    round: Mapped[int] = mapped_column(Integer, default=1)


class PostRow(Base):
    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_planned_at", "planned_at"),
        Index("ix_posts_series", "series_id", "occurrence_start"),
        Index("ix_posts_event", "event_id"),
        Index("ix_posts_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id", ondelete="SET NULL"))
    audience_id: Mapped[int | None] = mapped_column(ForeignKey("audiences.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    planned_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    planned_tz: Mapped[str | None] = mapped_column(String(64))
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
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

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
    kind: Mapped[str] = mapped_column(String(16))
    new_start: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SeriesRow(Base):
    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    rrule: Mapped[str] = mapped_column(Text)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    title_template: Mapped[str] = mapped_column(Text, default="")
    text_template: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

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
    label: Mapped[str] = mapped_column(String(100))
    network_ids: Mapped[str] = mapped_column(String(200), default="")  # comma-separated ids


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_start", "start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    location: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

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
    status: Mapped[str] = mapped_column(String(16))
    created_on: Mapped[date | None] = mapped_column(IsoDate)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SequenceMarkRow(Base):
    """The highest revision an item's uid reached (kept when it is deleted or a backup is
    restored), so the iCalendar SEQUENCE a colleague's calendar saw never goes down."""

    __tablename__ = "sequence_marks"
    uid: Mapped[str] = mapped_column(String(200), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
