"""The publishing workflow: which status may follow which, who may take each step, and how the
charter and the exceptional (crisis) validation circuit decide whether a post needs approval.

    idea -> draft -> to_validate -> approved -> scheduled -> published
                  \\______________________________/ (charter-covered posts skip validation)
    any status but published -> cancelled; cancelled -> draft
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from .entities import Approval, Charter, CrisisCircuit, Person, Post
from .enums import Decision, PostKind, PostStatus, Role
from .errors import Message, TransitionRefused
from .timezones import require_aware

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
    }
    | {(s, S.CANCELLED) for s in PostStatus if s not in (S.PUBLISHED, S.CANCELLED)}
)


def is_sensitive(post: Post) -> bool:
    return post.sensitive or post.kind in SENSITIVE_KINDS


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
             circuit: CrisisCircuit) -> Message | None:
    """Why the step is refused, or None when it is allowed."""
    source = post.status
    if (source, target) not in EDGES:
        return Message("A post cannot go from “{source}” to “{target}”.", source=source,
                       target=target)
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


def allowed_transitions(post: Post, person: Person, charter: Charter,
                        circuit: CrisisCircuit) -> list[PostStatus]:
    """The statuses ``person`` may move ``post`` to, in workflow order."""
    return [t for t in PostStatus if _refusal(post, t, person, charter, circuit) is None]


def transition(post: Post, target: PostStatus, person: Person, charter: Charter,
               circuit: CrisisCircuit, now: datetime) -> Post:
    """The post after ``person`` moves it to ``target``; TransitionRefused says why not."""
    require_aware(now, "time of the step")
    if target is S.APPROVED:
        return decide(post, person, Decision.APPROVE, "", charter, circuit, now)
    reason = _refusal(post, target, person, charter, circuit)
    if reason:
        raise TransitionRefused(reason)
    changes: dict = {"status": target}
    if target is S.TO_VALIDATE:
        changes["validation_round"] = post.validation_round + 1
        changes["submitted_at"] = now
        changes["escalated"] = False
    if target is S.PUBLISHED and post.published_at is None:
        changes["published_at"] = now
    return replace(post, **changes)


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
