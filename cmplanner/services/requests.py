"""Content-request use cases: write a post from a request (the two linked, in one change), and
what the Requests page lists beside the requests (counts per referent, upcoming deadlines)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from cmplanner.domain import validation
from cmplanner.domain.entities import ContentRequest, Post
from cmplanner.domain.enums import PostStatus, RequestStatus
from cmplanner.domain.errors import DomainError, Message
from cmplanner.domain.requests import CLOSED
from cmplanner.domain.timezones import local_datetime
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save

DEADLINES_AHEAD = timedelta(weeks=3)


def write_post_from_request(store: PlanStore, request: ContentRequest) -> Change:
    """A draft post from ``request`` (topic as title, details as text, its due date as the
    content deadline, the requester's media noted), and the request pointing at it, in progress.
    The post is found from the request and the request from the post (``request_for_post``)."""
    current = store.requests.get(request.id) if request.id is not None else None
    if current is None:
        raise DomainError("This request no longer exists.")
    if current.post_id is not None and store.posts.get(current.post_id) is not None:
        raise DomainError("A post was already written from the request “{topic}”.", topic=current.topic)
    post = Post(current.topic, text=current.details, status=PostStatus.DRAFT,
                content_due=current.due, owner_id=current.assignee_id,
                media_needed=current.media_needed, public_notes=current.media_offered)
    validation.validate_post(post, store.zone_name)
    text = Message("Write a post from the request “{topic}”", topic=current.topic)
    with store.transaction():
        created = commit(store, text, [save("posts", None, post)])
        new_post = created.created("posts")[0]
        status = RequestStatus.IN_PROGRESS if current.status in (RequestStatus.OPEN, RequestStatus.ACCEPTED) \
            else current.status
        linked = commit(store, text, [save("requests", current, replace(current, post_id=new_post.id, status=status))])
    return Change(text, created.writes + linked.writes)


def request_for_post(store: PlanStore, post_id: int) -> ContentRequest | None:
    return next((r for r in store.requests.all() if r.post_id == post_id), None)


@dataclass(frozen=True)
class Deadline:
    day: date
    title: str
    request: ContentRequest | None = None
    post: Post | None = None


def upcoming_deadlines(store: PlanStore, today: date, ahead: timedelta = DEADLINES_AHEAD) -> list[Deadline]:
    """Requests due and posts whose content is due from ``today`` to ``today + ahead``, soonest
    first (closed requests and published or cancelled posts left out)."""
    last = today + ahead
    found = [Deadline(r.due, r.topic, request=r) for r in store.requests.all()
             if r.due is not None and today <= r.due <= last and r.status not in CLOSED]
    zone = store.zone_name
    # A post's content is due before it is published: read the posts planned from today on.
    for post in store.posts.in_range(local_datetime(today, time(0), zone),
                                     local_datetime(last + timedelta(days=120), time(0), zone)):
        if post.content_due is not None and today <= post.content_due <= last \
                and post.status not in (PostStatus.PUBLISHED, PostStatus.CANCELLED):
            found.append(Deadline(post.content_due, post.title, post=post))
    found.sort(key=lambda d: (d.day, d.title))
    return found
