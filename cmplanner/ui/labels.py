"""Translated labels for the domain's vocabularies (one home for each wording)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cmplanner.domain.enums import EventKind, NetworkKind, PostKind, PostStatus, RequestStatus, Role

_LABELS: list[tuple[Enum, str]] = [
    (PostStatus.IDEA, QT_TRANSLATE_NOOP("labels", "Idea")),
    (PostStatus.DRAFT, QT_TRANSLATE_NOOP("labels", "Draft")),
    (PostStatus.TO_VALIDATE, QT_TRANSLATE_NOOP("labels", "To validate")),
    (PostStatus.APPROVED, QT_TRANSLATE_NOOP("labels", "Approved")),
    (PostStatus.SCHEDULED, QT_TRANSLATE_NOOP("labels", "Scheduled")),
    (PostStatus.PUBLISHED, QT_TRANSLATE_NOOP("labels", "Published")),
    (PostStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (PostStatus.ON_HOLD, QT_TRANSLATE_NOOP("labels", "On hold (crisis)")),
    (Role.COMMUNITY_MANAGER, QT_TRANSLATE_NOOP("labels", "Community manager")),
    (Role.MANAGEMENT, QT_TRANSLATE_NOOP("labels", "Management")),
    (Role.WEB_REFERENT, QT_TRANSLATE_NOOP("labels", "Web referent")),
    (Role.AMBASSADOR, QT_TRANSLATE_NOOP("labels", "Ambassador")),
    (Role.APPROVER, QT_TRANSLATE_NOOP("labels", "Approver")),
    (Role.EMPLOYEE, QT_TRANSLATE_NOOP("labels", "Employee")),
    (EventKind.MEETUP, QT_TRANSLATE_NOOP("labels", "Meetup")),
    (EventKind.WORKSHOP, QT_TRANSLATE_NOOP("labels", "Workshop")),
    (EventKind.SEMINAR, QT_TRANSLATE_NOOP("labels", "Seminar")),
    (EventKind.COMPANY_VISIT, QT_TRANSLATE_NOOP("labels", "Company visit")),
    (EventKind.AWARD_CEREMONY, QT_TRANSLATE_NOOP("labels", "Award ceremony")),
    (EventKind.DIGITAL_LUNCH, QT_TRANSLATE_NOOP("labels", "Digital-skills lunch")),
    (EventKind.TRADE_SHOW, QT_TRANSLATE_NOOP("labels", "Trade show")),
    (EventKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other event")),
    (RequestStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (RequestStatus.ACCEPTED, QT_TRANSLATE_NOOP("labels", "Accepted")),
    (RequestStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("labels", "In progress")),
    (RequestStatus.DONE, QT_TRANSLATE_NOOP("labels", "Done")),
    (RequestStatus.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (PostKind.STANDARD, QT_TRANSLATE_NOOP("labels", "Standard post")),
    (PostKind.SERIES, QT_TRANSLATE_NOOP("labels", "Series post")),
    (PostKind.EVENT_PROMOTION, QT_TRANSLATE_NOOP("labels", "Event promotion")),
    (PostKind.CRISIS, QT_TRANSLATE_NOOP("labels", "Crisis communication")),
    (PostKind.NEGATIVE_REVIEW_REPLY, QT_TRANSLATE_NOOP("labels", "Reply to a negative review")),
    (PostKind.TROLL_REPLY, QT_TRANSLATE_NOOP("labels", "Reply to a troll")),
    (NetworkKind.NEWSLETTER, QT_TRANSLATE_NOOP("labels", "Newsletter")),
    (NetworkKind.WEBSITE, QT_TRANSLATE_NOOP("labels", "Website / blog")),
    (NetworkKind.OTHER, QT_TRANSLATE_NOOP("labels", "Other network")),
]

# Brand names are not translated.
NETWORK_NAMES = {
    NetworkKind.FACEBOOK: "Facebook", NetworkKind.LINKEDIN: "LinkedIn",
    NetworkKind.INSTAGRAM: "Instagram", NetworkKind.X: "X", NetworkKind.YOUTUBE: "YouTube",
    NetworkKind.TIKTOK: "TikTok", NetworkKind.SNAPCHAT: "Snapchat",
    NetworkKind.PINTEREST: "Pinterest", NetworkKind.THREADS: "Threads",
    NetworkKind.MASTODON: "Mastodon", NetworkKind.BLUESKY: "Bluesky",
}


# Keyed by (vocabulary, value): the vocabularies are str enums, and EventKind.OTHER and
# NetworkKind.OTHER are both "other", so as plain keys one label overwrote the other.
_BY_KIND: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _LABELS}
_BRANDS: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in NETWORK_NAMES.items()}


def label(value: Enum) -> str:
    """The translated label of any value of the domain's vocabularies."""
    key = (type(value), value.value)
    if key in _BRANDS:
        return _BRANDS[key]
    if key not in _BY_KIND:
        raise KeyError(value)
    return QCoreApplication.translate("labels", _BY_KIND[key])


status_label = label
