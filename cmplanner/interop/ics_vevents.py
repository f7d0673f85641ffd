"""The VEVENTs of the export: one builder per kind of item (post, series head, IRL event).

Posts are short transparent events, IRL events opaque with their real span; DESCRIPTION holds the
text then the plan's notes (never private notes); X-CMPLANNER-* properties let our own import
find the items again.
"""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta, timezone

from icalendar import Alarm, Event as VEvent

from cmplanner.domain.entities import Event, Post, Series
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.timezones import to_local
from cmplanner.domain.validation import is_safe_url

from . import ics_text as tx
from .ics_options import ExportOptions

X_KIND = "X-CMPLANNER-KIND"  # post | series | moved | occurrence | event
UTC = timezone.utc
CONFIRMED = {PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED}


class Plan:
    """The names the export needs, read once."""

    def __init__(self, store) -> None:
        self.settings = store.settings()
        self.zone = self.settings.timezone
        self.language = self.settings.language
        self.networks = {n.id: n.label for n in store.networks.all()}
        self.pillars = {p.id: p.name for p in store.pillars.all()}
        self.people = {p.id: p.name for p in store.people.all()}
        self.duration = timedelta(minutes=self.settings.post_duration_minutes)

    def network_names(self, ids: list[int]) -> list[str]:
        return [self.networks[i] for i in ids if i in self.networks]


def common(vevent: VEvent, uid: str, revision: int, updated: datetime | None, now: datetime) -> None:
    vevent.add("uid", uid)
    vevent.add("dtstamp", now)
    vevent.add("sequence", revision)
    if updated is not None:
        vevent.add("last-modified", updated.astimezone(UTC))


def alarm(vevent: VEvent, options: ExportOptions, text: str) -> None:
    if options.alarm_minutes is None:
        return
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", timedelta(minutes=-options.alarm_minutes))
    vevent.add_component(alarm)


def _post_notes(post: Post, plan: Plan) -> list[str]:
    words = tx.labels(plan.language)
    notes = []
    if post.pillar_id in plan.pillars:
        notes.append(f"{words['pillar']} : {plan.pillars[post.pillar_id]}")
    notes.append(f"{words['status']} : {tx.status_word(post.status, plan.language)}")
    if post.owner_id in plan.people:
        notes.append(f"{words['owner']} : {plan.people[post.owner_id]}")
    if post.approvals:
        given = [f"{plan.people.get(a.person_id, '?')} ({tx.decision_word(a.decision, plan.language)} "
                 f"{words['on']} {to_local(a.decided_at, plan.zone):%d/%m/%Y})" for a in post.approvals]
        notes.append(f"{words['approvals']} : " + ", ".join(given))
    return notes


def post_body(vevent: VEvent, post: Post, plan: Plan, options: ExportOptions) -> None:
    names = plan.network_names(post.network_ids)
    vevent.add("summary", tx.summary(names, post.title))
    vevent.add("description", tx.description(post.text, _post_notes(post, plan)))
    start = to_local(post.planned_at, plan.zone)  # type: ignore[arg-type]
    vevent.add("dtstart", start)
    vevent.add("dtend", start + plan.duration)
    categories = ([plan.pillars[post.pillar_id]] if post.pillar_id in plan.pillars else []) + names
    if categories:
        vevent.add("categories", categories)
    # A post on hold (crisis) is TENTATIVE: colleagues still see it, marked as not certain.
    vevent.add("status", "CANCELLED" if post.status is PostStatus.CANCELLED
               else "CONFIRMED" if post.status in CONFIRMED else "TENTATIVE")
    if post.status is PostStatus.PUBLISHED and is_safe_url(post.published_url):
        vevent.add("url", post.published_url)
    vevent.add("transp", "TRANSPARENT")
    vevent.add(X_KIND, "post")
    vevent.add("x-cmplanner-status", post.status.value)
    vevent.add("x-cmplanner-post-kind", post.kind.value)
    for name in names:
        vevent.add("x-cmplanner-network", name)
    if post.pillar_id in plan.pillars:
        vevent.add("x-cmplanner-pillar", plan.pillars[post.pillar_id])
    if post.owner_id in plan.people:
        vevent.add("x-cmplanner-owner", plan.people[post.owner_id])
    for given in post.approvals:  # who decided what, when: read back by our own import
        vevent.add("x-cmplanner-approval", approval_text(given, plan))
    if post.occurrence_start is not None:
        vevent.add("x-cmplanner-occurrence-start",
                   post.occurrence_start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    alarm(vevent, options, post.title)


def approval_text(given, plan: Plan) -> str:
    """One approval as the text of an X-CMPLANNER-APPROVAL property (JSON)."""
    return json.dumps({"person": plan.people.get(given.person_id, ""),
                       "decision": given.decision.value,
                       "at": given.decided_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
                       "round": given.round, "comment": given.comment},
                      ensure_ascii=False, sort_keys=True)


def post_vevent(post: Post, plan: Plan, now: datetime, options: ExportOptions) -> VEvent:
    vevent = VEvent()
    common(vevent, post.uid, post.revision, post.updated_at, now)
    post_body(vevent, post, plan, options)
    return vevent


def series_head(vevent: VEvent, series: Series, plan: Plan, title: str, start: datetime) -> None:
    names = plan.network_names(series.network_ids)
    words = tx.labels(plan.language)
    notes = [f"{words['series']} : {series.name}"]
    if series.pillar_id in plan.pillars:
        notes.append(f"{words['pillar']} : {plan.pillars[series.pillar_id]}")
    if series.owner_id in plan.people:
        notes.append(f"{words['owner']} : {plan.people[series.owner_id]}")
    vevent.add("summary", tx.summary(names, title))
    vevent.add("description", tx.description(series.text_template, notes))
    local = to_local(start, series.timezone)
    vevent.add("dtstart", local)
    vevent.add("dtend", local + plan.duration)
    categories = ([plan.pillars[series.pillar_id]] if series.pillar_id in plan.pillars else []) + names
    if categories:
        vevent.add("categories", categories)
    vevent.add("status", "TENTATIVE")
    vevent.add("transp", "TRANSPARENT")


def event_vevent(event: Event, plan: Plan, now: datetime, options: ExportOptions) -> VEvent:
    vevent = VEvent()
    common(vevent, event.uid, event.revision, event.updated_at, now)
    words = tx.labels(plan.language)
    vevent.add("summary", tx.clean(event.title))
    kind = tx.kind_word(event.kind, plan.language)
    vevent.add("description", tx.description(event.description, [f"{words['kind']} : {kind}"]))
    if event.all_day:
        first = to_local(event.start, plan.zone).date()
        end_local = to_local(event.end, plan.zone)
        last = end_local.date() if end_local.time() == time(0, 0) else end_local.date() + timedelta(days=1)
        vevent.add("dtstart", first)
        vevent.add("dtend", max(last, first + timedelta(days=1)))  # exclusive end date
        vevent.add("x-microsoft-cdo-alldayevent", "TRUE")
    else:
        vevent.add("dtstart", to_local(event.start, plan.zone))
        vevent.add("dtend", to_local(event.end, plan.zone))
    if event.location:
        vevent.add("location", tx.clean(event.location))
    vevent.add("categories", [kind])
    vevent.add("status", "CONFIRMED")
    vevent.add("transp", "OPAQUE")
    vevent.add(X_KIND, "event")
    vevent.add("x-cmplanner-event-kind", event.kind.value)
    alarm(vevent, options, event.title)
    return vevent
