"""Use cases on posts: create, edit, move, delete, duplicate, take a workflow step, decide,
record or withdraw a publication. Each reads what it needs, applies the domain's rules
(``domain.workflow``) and writes through ``changes.commit``, returning the undoable change.

``loaded`` is always the post as the caller read it: storage refuses the write when the plan
holds a newer version (``Conflict``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from cmplanner.domain import crisis, workflow
from cmplanner.domain.entities import Person, Post, new_uid
from cmplanner.domain.enums import Decision, PostKind, PostStatus
from cmplanner.domain.errors import DomainError, Message
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, remove, save
from .media import plan_readiness


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _title(post: Post) -> str:
    return post.title


def create_post(store: PlanStore, post: Post) -> Change:
    """A new post; it starts as an idea or a draft whatever the caller set (steps come later).
    During a crisis it goes through the exceptional circuit (``crisis.routes_new_post``)."""
    status = post.status if post.status in (PostStatus.IDEA, PostStatus.DRAFT) else PostStatus.DRAFT
    new = replace(post, id=None, status=status, approvals=[], validation_round=0, revision=0)
    new = crisis.routes_new_post(new, store.active_crisis())
    return commit(store, Message("Create “{title}”", title=post.title),
                  [save("posts", None, new)])


def edit_post(store: PlanStore, loaded: Post, edited: Post, now: datetime | None = None) -> Change:
    """Store the fields of ``edited`` over ``loaded``: the workflow decides what the edit does
    to approvals (a new round when what was approved changed) and refuses rewording or moving a
    published post."""
    after = workflow.edit(loaded, edited, store.charter(), now or utcnow())
    if after == loaded:
        return Change(Message("Edit “{title}”", title=loaded.title), ())
    return commit(store, Message("Edit “{title}”", title=after.title),
                  [save("posts", loaded, after)])


def save_post(store: PlanStore, loaded: Post | None, edited: Post,
              now: datetime | None = None) -> Change:
    """Create ``edited`` (no ``loaded``) or edit ``loaded`` into it."""
    return create_post(store, edited) if loaded is None else edit_post(store, loaded, edited, now)


def move_post(store: PlanStore, loaded: Post, new_start: datetime, day_text: str = "") -> Change:
    """Plan ``loaded`` at ``new_start`` (a published post does not move)."""
    after = workflow.edit(loaded, replace(loaded, planned_at=new_start), store.charter())
    return commit(store, Message("Move “{title}” to {day}", title=loaded.title,
                                 day=day_text or new_start),
                  [save("posts", loaded, after)])


def delete_post(store: PlanStore, loaded: Post) -> Change:
    return commit(store, Message("Delete “{title}”", title=loaded.title), [remove("posts", loaded)])


def copy_of(source: Post) -> Post:
    """A new draft with the same content, on the same day, tied to no series, not yet approved."""
    status = source.status if source.status in (PostStatus.IDEA, PostStatus.DRAFT) else PostStatus.DRAFT
    return Post(
        title=source.title, text=source.text, network_ids=list(source.network_ids),
        pillar_id=source.pillar_id, audience_id=source.audience_id, status=status,
        kind=PostKind.STANDARD if source.kind is PostKind.SERIES else source.kind,
        planned_at=source.planned_at, content_due=source.content_due, owner_id=source.owner_id,
        media_needed=source.media_needed, public_notes=source.public_notes,
        private_notes=source.private_notes, sensitive=source.sensitive,
        event_id=source.event_id, variants=dict(source.variants), uid=new_uid())


def duplicate_post(store: PlanStore, source: Post) -> Change:
    return commit(store, Message("Duplicate “{title}”", title=source.title),
                  [save("posts", None, copy_of(source))])


def _person_needed(person: Person | None) -> Person:
    if person is None:
        raise DomainError("Choose who you are before changing a post's status.")
    return person


def take_step(store: PlanStore, loaded: Post, target: PostStatus, person: Person | None,
              edited: Post | None = None, now: datetime | None = None) -> Change:
    """Move the post to ``target`` (with the fields of ``edited`` when the editor holds
    changes), as ``person``; the workflow says whether that person may."""
    now = now or utcnow()
    charter, circuit = store.charter(), store.crisis_circuit()
    working = workflow.edit(loaded, edited, charter, now) if edited is not None else loaded
    # Hard network limits and image-rights consents are part of the rule (readiness).
    after = workflow.transition(working, target, _person_needed(person), charter, circuit, now,
                                plan_readiness(store))
    return commit(store, Message(STEP_TEXTS[target], title=loaded.title),
                  [save("posts", loaded, after)])


STEP_TEXTS = {
    PostStatus.IDEA: Message("Move “{title}” back to ideas"),
    PostStatus.DRAFT: Message("Move “{title}” to draft"),
    PostStatus.TO_VALIDATE: Message("Submit “{title}” for validation"),
    PostStatus.APPROVED: Message("Approve “{title}”"),
    PostStatus.SCHEDULED: Message("Schedule “{title}”"),
    PostStatus.PUBLISHED: Message("Mark “{title}” as published"),
    PostStatus.CANCELLED: Message("Cancel “{title}”"),
}


def decide(store: PlanStore, loaded: Post, person: Person | None, decision: Decision,
           comment: str = "", edited: Post | None = None, now: datetime | None = None) -> Change:
    """Record ``person``'s approval or rejection of the post in its current round."""
    now = now or utcnow()
    charter, circuit = store.charter(), store.crisis_circuit()
    working = workflow.edit(loaded, edited, charter, now) if edited is not None else loaded
    after = workflow.decide(working, _person_needed(person), decision, comment, charter, circuit, now)
    text = (Message("Approve “{title}”", title=loaded.title) if decision is Decision.APPROVE
            else Message("Reject “{title}”", title=loaded.title))
    return commit(store, text, [save("posts", loaded, after)])


def record_publication(store: PlanStore, loaded: Post, url: str, published_at: datetime,
                       results: dict[str, int | None] | None = None,
                       now: datetime | None = None) -> Change:
    """The post was published at ``published_at`` (not in the future) at ``url``: it becomes
    published, with its results when given."""
    after = workflow.record_publication(loaded, url, published_at, now or utcnow(), results)
    return commit(store, Message("Record the publication of “{title}”", title=loaded.title),
                  [save("posts", loaded, after)])


def unpublish(store: PlanStore, loaded: Post) -> Change:
    return commit(store, Message("Unpublish “{title}”", title=loaded.title),
                  [save("posts", loaded, workflow.unpublish(loaded))])


def delete_posts(store: PlanStore, posts: list[Post], text: Message) -> Change:
    return commit(store, text, [remove("posts", p) for p in posts])
