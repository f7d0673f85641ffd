"""The publishing workflow: which status may follow which, who may take each step, and how the
charter and the exceptional (crisis) validation circuit decide whether a post needs approval.

    idea -> draft -> to_validate -> approved -> scheduled -> published
                  \\______________________________/ (charter-covered posts skip validation)
    any status but published -> cancelled; cancelled -> draft
    a crisis puts approved and scheduled posts on hold; its end puts them back (domain/crisis.py)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .entities import Approval, Charter, CrisisCircuit, Person, Post
from .enums import Decision, PostKind, PostStatus, Role
from .errors import Message, TransitionRefused
from .timezones import require_aware

if TYPE_CHECKING:
    from .readiness import Readiness

S = PostStatus

SENSITIVE_KINDS = frozenset({PostKind.CRISIS, PostKind.NEGATIVE_REVIEW_REPLY, PostKind.TROLL_REPLY})

# Every edge of the workflow graph; approval (to_validate -> approved) is decided by approvals.
EDGES: frozenset[tuple[PostStatus, PostStatus]] = frozenset(
    {
        (S.IDEA, S.DRAFT),
        (S.DRAFT, S.IDEA),
        (S.DRAFT, S.TO_VALIDATE),
        (S.DRAFT, S.SCHEDULED),  # charter bypass only
        (S.TO_VALIDATE, S.DRAFT),  # withdrawn or rejected
        (S.TO_VALIDATE, S.APPROVED),  # by approvals
        (S.APPROVED, S.SCHEDULED),
        (S.APPROVED, S.DRAFT),
        (S.SCHEDULED, S.PUBLISHED),
        (S.SCHEDULED, S.DRAFT),
        (S.CANCELLED, S.DRAFT),
        (S.ON_HOLD, S.DRAFT),  # taken out of the crisis hold by hand (ending the crisis restores)
    }
    | {(s, S.CANCELLED) for s in PostStatus if s not in (S.PUBLISHED, S.CANCELLED)}
)


def sensitive_kind(kind: PostKind, flagged: bool) -> bool:
    """The one definition of a sensitive post: flagged so, or of a kind that always is (crisis,
    reply to a negative review, reply to a troll). Sensitive posts go through the exceptional
    circuit, are marked in the calendar and stay out of shared exports unless asked for."""
    return flagged or kind in SENSITIVE_KINDS


def is_sensitive(post: Post) -> bool:
    return sensitive_kind(post.kind, post.sensitive)


def is_covered_by_charter(post: Post, charter: Charter) -> bool:
    """True when the charter covers the post, which may then be scheduled without validation."""
    if is_sensitive(post):
        return False
    if post.kind not in charter.covered_kinds:
        return False
    if charter.covered_pillar_ids and post.pillar_id not in charter.covered_pillar_ids:
        return False
    if charter.covered_network_ids and not set(post.network_ids) <= charter.covered_network_ids:
        return False
    return True


def current_approvals(post: Post) -> list[Approval]:
    return [a for a in post.approvals if a.round == post.validation_round]


def may_approve(post: Post, person: Person, circuit: CrisisCircuit) -> bool:
    """Whether ``person`` may give a decision on ``post`` in its current validation round."""
    if person.id is None or person.id == post.owner_id:
        return False
    if any(a.person_id == person.id for a in current_approvals(post)):
        return False
    if is_sensitive(post):
        return person.id in circuit.approver_ids or (
            post.escalated and person.id == circuit.substitute_id)
    return person.has(Role.APPROVER) or person.has(Role.MANAGEMENT)


def approvals_required(post: Post, circuit: CrisisCircuit) -> int:
    if is_sensitive(post):
        return max(1, min(circuit.required_approvals, len(circuit.approver_ids) or 1))
    return 1


def _may_edit(post: Post, person: Person) -> bool:
    return person.has(Role.COMMUNITY_MANAGER) or (
        person.id is not None and person.id == post.owner_id
    )


def _refusal(post: Post, target: PostStatus, person: Person, charter: Charter,
             circuit: CrisisCircuit, now: datetime | None = None,
             readiness: Readiness | None = None) -> Message | None:
    """Why the step is refused, or None when it is allowed. With ``readiness``, a post whose
    networks' hard limits or image-rights consents are broken may not go to validation or be
    scheduled (readiness.Readiness.refusal)."""
    reason = _role_refusal(post, target, person, charter, circuit, now)
    if reason is None and readiness is not None:
        return readiness.refusal(post, target)
    return reason


def _role_refusal(post: Post, target: PostStatus, person: Person, charter: Charter,
                  circuit: CrisisCircuit, now: datetime | None) -> Message | None:
    source = post.status
    if (source, target) not in EDGES:
        return Message("A post cannot go from “{source}” to “{target}”.", source=source,
                       target=target)
    if (target is S.PUBLISHED and now is not None and post.planned_at is not None
            and post.planned_at > now):
        return Message("This post is planned for {when}: it cannot be marked as published "
                       "before then (move it, or record its publication).", when=post.planned_at)
    if target is S.APPROVED:
        if not may_approve(post, person, circuit):
            if is_sensitive(post):
                return Message("Only a named approver of the exceptional circuit may approve "
                               "this post.")
            return Message("Only an approver or a manager other than its owner may approve "
                           "this post.")
        return None
    if target is S.SCHEDULED and source is S.DRAFT and not is_covered_by_charter(post, charter):
        return Message("This post is not covered by the charter: it must be validated before "
                       "scheduling.")
    if target in (S.SCHEDULED, S.PUBLISHED) and post.planned_at is None:
        return Message("A post needs a publication date before it can be scheduled or "
                       "published.")
    if target is S.CANCELLED and source is S.IDEA:
        if not (_may_edit(post, person) or person.has(Role.MANAGEMENT)):
            return Message("{person} may not cancel this post.", person=person.name)
        return None
    if target in (S.IDEA, S.DRAFT, S.TO_VALIDATE) and source in (S.IDEA, S.DRAFT):
        if not _may_edit(post, person):
            return Message("Only the community manager or the post's owner may do this, not "
                           "{person}.", person=person.name)
        return None
    if not (person.has(Role.COMMUNITY_MANAGER) or
            (target is S.CANCELLED and person.has(Role.MANAGEMENT))):
        return Message("Only the community manager may take this step, not {person}.",
                       person=person.name)
    return None


def allowed_transitions(post: Post, person: Person, charter: Charter, circuit: CrisisCircuit,
                        now: datetime | None = None,
                        readiness: Readiness | None = None) -> list[PostStatus]:
    """The statuses ``person`` may move ``post`` to, in workflow order."""
    return [t for t in PostStatus
            if _refusal(post, t, person, charter, circuit, now, readiness) is None]


def steps(post: Post, person: Person | None, charter: Charter, circuit: CrisisCircuit,
          now: datetime | None = None,
          readiness: Readiness | None = None) -> dict[PostStatus, Message | None]:
    """Every step the workflow has from the post's status, with why it is refused (None when
    ``person`` may take it): the editor shows refused steps disabled with their reason."""
    found: dict[PostStatus, Message | None] = {}
    for source, target in sorted(EDGES, key=lambda e: list(PostStatus).index(e[1])):
        if source is not post.status:
            continue
        if person is None:
            found[target] = Message("Choose who you are before changing a post's status.")
        else:
            found[target] = _refusal(post, target, person, charter, circuit, now, readiness)
    return found


def transition(post: Post, target: PostStatus, person: Person, charter: Charter,
               circuit: CrisisCircuit, now: datetime, readiness: Readiness | None = None) -> Post:
    """The post after ``person`` moves it to ``target``; TransitionRefused says why not."""
    require_aware(now, "time of the step")
    if target is S.APPROVED:
        return decide(post, person, Decision.APPROVE, "", charter, circuit, now)
    reason = _refusal(post, target, person, charter, circuit, now, readiness)
    if reason:
        raise TransitionRefused(reason)
    if target is S.TO_VALIDATE:
        return replace(post, status=target, validation_round=post.validation_round + 1,
                       submitted_at=now, escalated=False)
    if target is S.PUBLISHED and post.published_at is None:
        return replace(post, status=target, published_at=now)
    return replace(post, status=target)


# --- edits -------------------------------------------------------------------------------------
# What an approver approved: changing any of it voids the approvals of the round.
APPROVED_FIELDS = ("title", "text", "media_needed", "network_ids", "variants", "sensitive", "kind")
# What may still change once a post is published: its publication record, results and notes.
PUBLISHED_EDITABLE = ("published_url", "published_at", "reach", "reactions", "comments", "shares",
                      "public_notes", "private_notes", "revision", "updated_at")
WORKFLOW_FIELDS = ("status", "approvals", "validation_round")
RESULT_FIELDS = ("reach", "reactions", "comments", "shares")


def _changed(before: Post, after: Post, names: tuple[str, ...]) -> list[str]:
    return [n for n in names if getattr(before, n) != getattr(after, n)]


def _voids_approval(before: Post, after: Post, charter: Charter) -> bool:
    """Whether editing ``before`` into ``after`` voids what was approved (or what the charter
    let through without approval)."""
    if before.status not in (S.TO_VALIDATE, S.APPROVED, S.SCHEDULED):
        return False
    if not current_approvals(before):
        # Nothing approved yet (waiting for a first decision), or scheduled under the charter:
        # it stays where it is as long as the charter still covers it.
        return before.status is S.SCHEDULED and not is_covered_by_charter(after, charter)
    if _changed(before, after, APPROVED_FIELDS):
        return True
    # An ordinary approval is about words; the exceptional circuit approved a moment too.
    moved = before.planned_at != after.planned_at
    return moved and (is_sensitive(before) or is_sensitive(after))


def edit(before: Post, after: Post, charter: Charter, now: datetime | None = None) -> Post:
    """The post stored when ``before`` is edited into ``after`` (its fields; status steps go
    through ``transition`` and ``decide``). Changing what was approved sends the post back to
    "to validate" for a new round; a published post keeps everything but its publication record,
    results and notes."""
    after = replace(after, status=before.status, approvals=list(before.approvals),
                    validation_round=before.validation_round)
    if before.status is S.PUBLISHED:
        from dataclasses import fields

        names = tuple(f.name for f in fields(Post) if f.name not in PUBLISHED_EDITABLE)
        if _changed(before, after, names):
            raise TransitionRefused("A published post cannot be moved or reworded; only its "
                                    "publication record and results can change (or unpublish "
                                    "it first).")
        check_publication(after, now)
        return after
    if (after.published_at, after.published_url) != (before.published_at, before.published_url):
        # A publication recorded on the results tab: the same rule as ``record_publication``.
        check_publication(after, now)
        if after.published_at is not None:
            if before.status not in (S.APPROVED, S.SCHEDULED):
                raise TransitionRefused("Only an approved or scheduled post can be recorded as "
                                        "published (this one is “{status}”).", status=before.status)
            if not _voids_approval(before, after, charter):
                return replace(after, status=S.PUBLISHED)
    if _voids_approval(before, after, charter):
        return replace(after, status=S.TO_VALIDATE, validation_round=before.validation_round + 1)
    return after


def edit_effect(before: Post, after: Post, charter: Charter) -> Message | None:
    """What saving ``after`` over ``before`` will do to the workflow, said before saving."""
    try:
        stored = edit(before, after, charter)
    except TransitionRefused as refused:
        return refused.message
    if stored.status is S.TO_VALIDATE and stored.validation_round != before.validation_round:
        return Message("Saving sends this post back to validation (round {round}): what was "
                       "approved has changed.", round=stored.validation_round)
    return None


def check_publication(post: Post, now: datetime | None) -> None:
    """A publication record names a web address and a moment that has come."""
    from .validation import is_safe_url  # the one rule for addresses the plan keeps

    url = post.published_url.strip()
    if url and not is_safe_url(url):
        raise TransitionRefused("A publication address must start with http://, https:// or "
                                "mailto:.")
    if post.published_at is not None and now is not None and post.published_at > now:
        raise TransitionRefused("A publication cannot be dated in the future ({when}).",
                                when=post.published_at)


def record_publication(post: Post, url: str, published_at: datetime, now: datetime,
                       results: dict[str, int | None] | None = None) -> Post:
    """The post once its publication is recorded: published, with its address, moment and
    results. Only an approved, scheduled or already published post can be recorded."""
    require_aware(published_at, "publication date")
    if post.status not in (S.APPROVED, S.SCHEDULED, S.PUBLISHED):
        raise TransitionRefused("Only an approved or scheduled post can be recorded as published "
                                "(this one is “{status}”).", status=post.status)
    done = replace(post, status=S.PUBLISHED, published_url=url.strip(), published_at=published_at)
    for name, value in (results or {}).items():
        if name not in RESULT_FIELDS:
            raise ValueError(f"not a result: {name}")
        setattr(done, name, value)
    check_publication(done, now)
    return done


def unpublish(post: Post) -> Post:
    """A published post back to scheduled, its publication record and results cleared."""
    if post.status is not S.PUBLISHED:
        raise TransitionRefused("Only a published post can be unpublished.")
    return replace(post, status=S.SCHEDULED, published_url="", published_at=None, reach=None,
                   reactions=None, comments=None, shares=None)


def decide(post: Post, person: Person, decision: Decision, comment: str, charter: Charter,
           circuit: CrisisCircuit, now: datetime) -> Post:
    """Record an approval or a rejection. Enough approvals make the post approved; a rejection
    sends it back to draft with the comment kept in its history."""
    require_aware(now, "time of the decision")
    if post.status is not S.TO_VALIDATE:
        raise TransitionRefused("Only a post waiting for validation can be approved or rejected.")
    if not may_approve(post, person, circuit):
        raise TransitionRefused(_refusal(post, S.APPROVED, person, charter, circuit)
                                or Message("This person may not decide on this post."))
    approval = Approval(person.id, now, decision, comment, post.validation_round)  # type: ignore[arg-type]
    approvals = [*post.approvals, approval]
    updated = replace(post, approvals=approvals)
    if decision is Decision.REJECT:
        return replace(updated, status=S.DRAFT)
    granted = sum(1 for a in current_approvals(updated) if a.decision is Decision.APPROVE)
    if granted >= approvals_required(updated, circuit):
        return replace(updated, status=S.APPROVED)
    return updated


def waiting_for(post: Post, people: list[Person], circuit: CrisisCircuit) -> list[Person]:
    """Who may still approve a post waiting for validation."""
    if post.status is not S.TO_VALIDATE:
        return []
    return [p for p in people if may_approve(post, p, circuit)]


def approval_deadline(post: Post, circuit: CrisisCircuit) -> datetime | None:
    """When the exceptional circuit must have decided on ``post``; None when it has no deadline
    (not sensitive, not waiting, or a circuit without one)."""
    if (post.status is not S.TO_VALIDATE or not is_sensitive(post) or not circuit.deadline_hours
            or post.submitted_at is None):
        return None
    return post.submitted_at + timedelta(hours=circuit.deadline_hours)


def is_overdue(post: Post, circuit: CrisisCircuit, now: datetime) -> bool:
    deadline = approval_deadline(post, circuit)
    return deadline is not None and require_aware(now, "time") > deadline


def overdue_by(post: Post, circuit: CrisisCircuit, now: datetime) -> timedelta | None:
    """How long past its deadline a request of the exceptional circuit is; None when it is
    not overdue."""
    deadline = approval_deadline(post, circuit)
    if deadline is None or not is_overdue(post, circuit, now):
        return None
    return require_aware(now, "time") - deadline


def escalate(post: Post, circuit: CrisisCircuit, now: datetime) -> Post:
    """Let the circuit's substitute decide on an overdue request (TransitionRefused says why
    not)."""
    if circuit.substitute_id is None:
        raise TransitionRefused("The exceptional circuit names no substitute.")
    if not is_overdue(post, circuit, now):
        raise TransitionRefused("Only an overdue request of the exceptional circuit can be "
                                "escalated.")
    if post.escalated:
        raise TransitionRefused("This request was already escalated.")
    return replace(post, escalated=True)
