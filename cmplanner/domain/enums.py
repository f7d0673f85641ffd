"""Closed vocabularies of the plan. Values are stable identifiers stored in the database."""

from __future__ import annotations

from enum import Enum


class PostStatus(str, Enum):
    IDEA = "idea"
    DRAFT = "draft"
    TO_VALIDATE = "to_validate"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    CANCELLED = "cancelled"
    ON_HOLD = "on_hold"  # held by a crisis; ending the crisis puts it back where it was


class Role(str, Enum):
    COMMUNITY_MANAGER = "community_manager"
    MANAGEMENT = "management"
    WEB_REFERENT = "web_referent"
    AMBASSADOR = "ambassador"
    APPROVER = "approver"
    EMPLOYEE = "employee"


class NetworkKind(str, Enum):
    FACEBOOK = "facebook"
    LINKEDIN = "linkedin"
    INSTAGRAM = "instagram"
    X = "x"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    SNAPCHAT = "snapchat"
    PINTEREST = "pinterest"
    THREADS = "threads"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    NEWSLETTER = "newsletter"
    WEBSITE = "website"
    OTHER = "other"


class EventKind(str, Enum):
    MEETUP = "meetup"
    WORKSHOP = "workshop"
    SEMINAR = "seminar"
    COMPANY_VISIT = "company_visit"
    AWARD_CEREMONY = "award_ceremony"
    DIGITAL_LUNCH = "digital_lunch"
    TRADE_SHOW = "trade_show"
    OTHER = "other"


class RequestStatus(str, Enum):
    OPEN = "open"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DECLINED = "declined"


class PostKind(str, Enum):
    """What a post is about; the charter can cover posts by kind."""

    STANDARD = "standard"
    SERIES = "series"
    EVENT_PROMOTION = "event_promotion"
    CRISIS = "crisis"
    NEGATIVE_REVIEW_REPLY = "negative_review_reply"
    TROLL_REPLY = "troll_reply"


class Decision(str, Enum):
    APPROVE = "approve"
    REJECT = "reject"


class ExceptionKind(str, Enum):
    """What happened to one occurrence of a series."""

    SKIPPED = "skipped"
    MOVED = "moved"


class MediaKind(str, Enum):
    IMAGE = "image"
    VIDEO = "video"
