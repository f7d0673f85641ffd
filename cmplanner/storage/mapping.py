"""Conversions between domain dataclasses and table rows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from typing import Any

from cmplanner.domain.entities import (
    Approval, Audience, Consent, ContentRequest, Event, LineVersion, MediaItem, Network, Person,
    Pillar, Post, PromotionStep, Series, SeriesException, Site,
)
from cmplanner.domain.crisis import Crisis, Hold
from cmplanner.domain.meeting import DecisionKind, LoggedDecision, Meeting
from cmplanner.domain.workload import WorkloadSettings
from cmplanner.domain.closures import Closure, Closures
from cmplanner.domain.enums import (
    Decision, EventKind, ExceptionKind, MediaKind, NetworkKind, PostKind, PostStatus,
    RequestStatus, Role,
)

from .lazy import tables as t


def join_ids(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in ids)


def split_ids(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part]


def copy_fields(source: Any, target: Any, names: tuple[str, ...]) -> None:
    for name in names:
        setattr(target, name, getattr(source, name))


PILLAR_FIELDS = ("name", "colour", "description", "target_share", "revision")
AUDIENCE_FIELDS = ("name", "description", "revision")
NETWORK_FIELDS = ("name", "handle", "cadence", "active", "revision")
SITE_FIELDS = ("name", "address", "revision", "country", "subdivision")
PERSON_FIELDS = ("name", "email", "site_id", "revision")
REQUEST_FIELDS = ("topic", "requester_id", "assignee_id", "details", "media_offered",
                  "media_needed", "due", "created_on", "post_id", "revision")
POST_FIELDS = ("uid", "title", "text", "pillar_id", "audience_id", "planned_at", "content_due",
               "owner_id", "media_needed", "public_notes", "private_notes", "sensitive",
               "series_id", "occurrence_start", "event_id", "promotion_offset_days",
               "published_url", "published_at", "reach", "reactions", "comments", "shares",
               "validation_round", "submitted_at", "escalated", "revision", "updated_at",
               "updated_by")
SERIES_FIELDS = ("uid", "name", "rrule", "start", "timezone", "pillar_id", "owner_id",
                 "title_template", "text_template", "revision", "updated_at", "updated_by")
_EXCEPTION_KINDS = {kind.value: kind for kind in ExceptionKind}  # ExceptionKind(value), a dict's speed
EVENT_FIELDS = ("uid", "title", "start", "end", "all_day", "description", "site_id", "location",
                "revision", "updated_at", "updated_by", "import_source")


# --- simple entities ---------------------------------------------------------------------------

def pillar_from_row(row: t.PillarRow) -> Pillar:
    return Pillar(row.name, row.colour, row.description, row.target_share, row.id, row.revision)


def pillar_to_row(item: Pillar, row: t.PillarRow) -> None:
    copy_fields(item, row, PILLAR_FIELDS)


def audience_from_row(row: t.AudienceRow) -> Audience:
    return Audience(row.name, row.description, row.id, row.revision)


def audience_to_row(item: Audience, row: t.AudienceRow) -> None:
    copy_fields(item, row, AUDIENCE_FIELDS)


def network_from_row(row: t.NetworkRow) -> Network:
    return Network(NetworkKind(row.kind), row.name, row.handle, row.cadence, row.active, row.id,
                   row.revision)


def network_to_row(item: Network, row: t.NetworkRow) -> None:
    copy_fields(item, row, NETWORK_FIELDS)
    row.kind = item.kind.value


def site_from_row(row: t.SiteRow) -> Site:
    return Site(row.name, row.address, row.id, row.revision, row.country or "FR", row.subdivision or "")


def site_to_row(item: Site, row: t.SiteRow) -> None:
    copy_fields(item, row, SITE_FIELDS)


def person_from_row(row: t.PersonRow) -> Person:
    roles = {Role(r) for r in row.roles.split(",") if r}
    return Person(row.name, row.email, roles, row.site_id, row.id, row.revision)


def person_to_row(item: Person, row: t.PersonRow) -> None:
    copy_fields(item, row, PERSON_FIELDS)
    row.roles = ",".join(sorted(r.value for r in item.roles))


def request_from_row(row: t.ContentRequestRow) -> ContentRequest:
    return ContentRequest(
        topic=row.topic, requester_id=row.requester_id, assignee_id=row.assignee_id,
        details=row.details, media_offered=row.media_offered, media_needed=row.media_needed,
        due=row.due, status=RequestStatus(row.status), created_on=row.created_on,
        post_id=row.post_id, id=row.id, revision=row.revision)


def request_to_row(item: ContentRequest, row: t.ContentRequestRow) -> None:
    copy_fields(item, row, REQUEST_FIELDS)
    row.status = item.status.value


# --- posts, series, events ---------------------------------------------------------------------

def post_from_row(row: t.PostRow) -> Post:
    return post_from_record(row, row.networks, row.variants, row.approvals)


def post_from_record(record: Any, networks: Iterable[Any], variants: Iterable[Any],
                     approvals: Iterable[Any]) -> Post:
    """The post of a ``posts`` row and its link rows: ORM rows and their relationships, or
    plain result rows with the same columns (``approvals`` in decision order)."""
    post = Post(title=record.title, status=PostStatus(record.status), kind=PostKind(record.kind))
    for name in POST_FIELDS:
        setattr(post, name, getattr(record, name))
    post.id = record.id
    post.media_ids = split_ids(record.media_ids or "")
    post.network_ids = sorted(link.network_id for link in networks)
    post.variants = {v.network_id: v.text for v in variants}
    post.approvals = [Approval(a.person_id, a.decided_at, Decision(a.decision), a.comment, a.round)
                      for a in approvals]
    return post


def post_to_row(item: Post, row: t.PostRow, zone_name: str) -> None:
    copy_fields(item, row, POST_FIELDS)
    row.status = item.status.value
    row.kind = item.kind.value
    row.planned_tz = zone_name if item.planned_at is not None else None
    row.media_ids = join_ids(dict.fromkeys(item.media_ids))
    wanted = list(dict.fromkeys(item.network_ids))
    if [link.network_id for link in row.networks] != wanted:
        row.networks = [t.PostNetworkRow(network_id=n) for n in wanted]
    row.variants = [t.PostVariantRow(network_id=n, text=text) for n, text in item.variants.items()]
    if len(row.approvals) != len(item.approvals):  # approvals are append-only records
        row.approvals = [t.ApprovalRow(person_id=a.person_id, decided_at=a.decided_at,
                                     decision=a.decision.value, comment=a.comment, round=a.round)
                         for a in item.approvals]


def series_from_row(row: t.SeriesRow) -> Series:
    return series_from_record(row, row.networks, row.exceptions)


def series_from_record(record: Any, networks: Iterable[Any], exceptions: Iterable[Any]) -> Series:
    """The series of a ``series`` row and its link rows (ORM or plain; exceptions by start)."""
    kinds = _EXCEPTION_KINDS
    return Series(**{name: getattr(record, name) for name in SERIES_FIELDS}, id=record.id,
                  network_ids=sorted(link.network_id for link in networks),
                  exceptions=[SeriesException(e.original_start, kinds[e.kind], e.new_start)
                              for e in exceptions])


def series_to_row(item: Series, row: t.SeriesRow) -> None:
    copy_fields(item, row, SERIES_FIELDS)
    row.networks = [t.SeriesNetworkRow(network_id=n) for n in dict.fromkeys(item.network_ids)]
    # Rows of occurrences that stay excepted are kept and updated: deleting and inserting the
    # same (series, original_start) in one flush breaks the unique constraint (inserts go first).
    kept = {r.original_start: r for r in row.exceptions}
    rows = []
    for e in item.exceptions:
        exc_row = kept.pop(e.original_start, None) or t.SeriesExceptionRow(original_start=e.original_start)
        exc_row.kind, exc_row.new_start = e.kind.value, e.new_start
        rows.append(exc_row)
    row.exceptions = rows


def event_from_row(row: t.EventRow) -> Event:
    return event_from_record(row, row.organisers, row.promotion)


def event_from_record(record: Any, organisers: Iterable[Any], steps: Iterable[Any]) -> Event:
    """The event of an ``events`` row and its link rows (ORM or plain; steps by position)."""
    event = Event(title=record.title, kind=EventKind(record.kind), start=record.start, end=record.end)
    for name in EVENT_FIELDS:
        setattr(event, name, getattr(record, name))
    event.id = record.id
    event.organiser_ids = sorted(o.person_id for o in organisers)
    event.promotion = [PromotionStep(s.offset_days, s.at, s.label, split_ids(s.network_ids))
                       for s in steps]
    return event


def event_to_row(item: Event, row: t.EventRow) -> None:
    copy_fields(item, row, EVENT_FIELDS)
    row.kind = item.kind.value
    row.organisers = [t.EventOrganiserRow(person_id=p) for p in dict.fromkeys(item.organiser_ids)]
    row.promotion = [t.PromotionStepRow(position=i, offset_days=s.offset_days, at=s.at,
                                      label=s.label, network_ids=join_ids(s.network_ids))
                     for i, s in enumerate(item.promotion)]


# --- media library and consents ----------------------------------------------------------------

MEDIA_FIELDS = ("sha256", "filename", "width", "height", "size", "duration_ms", "pillar_id", "site_id",
                "sender_id", "request_id", "alt_text", "credit", "imported_at", "revision")
CONSENT_FIELDS = ("person_name", "person_id", "form_sha256", "form_filename", "internal",
                  "social", "signed_on", "duration_months", "expires_on", "withdrawn_on", "left_on", "notes",
                  "revision")


def media_from_row(row: t.MediaRow) -> MediaItem:
    item = MediaItem(row.sha256, row.filename, MediaKind(row.kind))
    copy_fields(row, item, MEDIA_FIELDS)
    item.id = row.id
    item.tags = [tag for tag in row.tags.split("\n") if tag]
    item.person_ids = split_ids(row.person_ids)
    return item


def media_to_row(item: MediaItem, row: t.MediaRow) -> None:
    copy_fields(item, row, MEDIA_FIELDS)
    row.kind = item.kind.value
    row.tags = "\n".join(dict.fromkeys(tag.strip() for tag in item.tags if tag.strip()))
    row.person_ids = join_ids(dict.fromkeys(item.person_ids))


def consent_from_row(row: t.ConsentRow) -> Consent:
    consent = Consent(row.person_name)
    copy_fields(row, consent, CONSENT_FIELDS)
    consent.id = row.id
    consent.network_kinds = {NetworkKind(k) for k in row.network_kinds.split(",") if k}
    return consent


def consent_to_row(item: Consent, row: t.ConsentRow) -> None:
    copy_fields(item, row, CONSENT_FIELDS)
    row.network_kinds = ",".join(sorted(k.value for k in item.network_kinds))


def workload_from_json(text: str) -> WorkloadSettings:
    """The plan's workload estimates (defaults for what the JSON does not hold)."""
    settings = WorkloadSettings()
    if not text:
        return settings
    data = json.loads(text)
    for name in ("post_minutes", "kind_extra_minutes", "event_minutes"):
        getattr(settings, name).update({str(k): int(v) for k, v in data.get(name, {}).items()})
    for name in ("moderation_minutes", "capacity_minutes"):
        setattr(settings, name, {int(k): int(v) for k, v in data.get(name, {}).items()})
    settings.default_capacity_minutes = int(data.get("default_capacity_minutes",
                                                     settings.default_capacity_minutes))
    return settings


def workload_to_json(settings: WorkloadSettings) -> str:
    return json.dumps(asdict(settings), sort_keys=True)


def closures_from_json(text: str) -> Closures:
    """The plan's closure days (none for an empty text)."""
    if not text:
        return Closures()
    return Closures(tuple(
        Closure(date.fromisoformat(item["first"]), date.fromisoformat(item["last"]),
                str(item.get("label", "")), None if item.get("site_id") is None else int(item["site_id"]))
        for item in json.loads(text)))


def closures_to_json(closures: Closures) -> str:
    if not closures.items:
        return ""
    return json.dumps([{"first": c.first.isoformat(), "last": c.last.isoformat(), "label": c.label,
                        "site_id": c.site_id} for c in closures.items], ensure_ascii=False)


def line_version_from_row(row: Any) -> LineVersion:
    """The version of a ``line_versions`` row, a table row or a mapped LineVersionRow."""
    shares = tuple((str(n), int(v)) for n, v in json.loads(row.shares or "[]"))
    return LineVersion(row.version, row.objectives, row.validated_by_id, row.validated_on,
                       row.replaced_at, shares)


def line_version_to_row(version: LineVersion, row: t.LineVersionRow) -> None:
    row.version, row.objectives = version.version, version.objectives
    row.validated_by_id, row.validated_on = version.validated_by_id, version.validated_on
    row.replaced_at = version.replaced_at
    row.shares = json.dumps([list(s) for s in version.shares])


def crisis_from_row(row: t.CrisisRow) -> Crisis:
    return Crisis(row.reason, row.started_at, row.window_start, row.window_end, row.ended_at,
                  [Hold(h.post_id, PostStatus(h.previous_status))
                   for h in sorted(row.holds, key=lambda h: h.post_id)],
                  row.note, row.id, row.revision)


def crisis_to_row(crisis: Crisis, row: t.CrisisRow) -> None:
    row.reason, row.started_at = crisis.reason, crisis.started_at
    row.window_start, row.window_end = crisis.window_start, crisis.window_end
    row.ended_at, row.note, row.revision = crisis.ended_at, crisis.note, crisis.revision
    wanted = [(h.post_id, h.previous.value) for h in crisis.holds]
    if sorted((h.post_id, h.previous_status) for h in row.holds) != sorted(wanted):
        row.holds = [t.CrisisHoldRow(post_id=p, previous_status=s) for p, s in wanted]


def meeting_from_row(row: t.MeetingRow) -> Meeting:
    return Meeting(row.title, row.started_at, split_ids(row.attendee_ids), row.ended_at,
                   [LoggedDecision(d.at, d.author_id, DecisionKind(d.kind), d.text, d.post_id,
                                   d.detail) for d in sorted(row.decisions, key=lambda d: d.id)],
                   row.minutes_html, row.id, row.revision)


def meeting_to_row(meeting: Meeting, row: t.MeetingRow) -> None:
    row.title, row.started_at, row.ended_at = meeting.title, meeting.started_at, meeting.ended_at
    row.attendee_ids = join_ids(meeting.attendee_ids)
    row.minutes_html, row.revision = meeting.minutes_html, meeting.revision
    stored = [(d.at, d.author_id, d.kind, d.text, d.post_id, d.detail)
              for d in sorted(row.decisions, key=lambda d: d.id or 0)]
    wanted = [(d.at, d.author_id, d.kind.value, d.text, d.post_id, d.detail) for d in meeting.decisions]
    if stored != wanted:  # decisions are appended; an undo may take the last ones back
        row.decisions = [t.DecisionRow(at=a, author_id=p, kind=k, text=text, post_id=i, detail=x)
                         for a, p, k, text, i, x in wanted]
