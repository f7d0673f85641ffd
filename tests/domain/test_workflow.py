"""Workflow transitions, who may take them, the charter bypass and the crisis circuit."""

from __future__ import annotations

import pytest

from cmplanner.domain import workflow
from cmplanner.domain.entities import Charter, CrisisCircuit
from cmplanner.domain.enums import Decision, PostKind, PostStatus as S
from cmplanner.domain.errors import TransitionRefused

from .helpers import APPROVER, BOSS, CHARTER, CIRCUIT, CM, HR, NOW, REFERENT, paris, post


def step(p, target, who=CM, charter=CHARTER, circuit=CIRCUIT):
    return workflow.transition(p, target, who, charter, circuit, NOW)


def test_happy_path_through_validation():
    p = post(S.IDEA, pillar_id=99, planned_at=paris(2026, 3, 9, 9))  # not covered by the charter
    p = step(p, S.DRAFT)
    p = step(p, S.TO_VALIDATE)
    assert p.validation_round == 1
    p = step(p, S.APPROVED, who=APPROVER)
    assert p.status is S.APPROVED and p.approvals[0].person_id == APPROVER.id
    p = step(p, S.SCHEDULED)
    p = step(p, S.PUBLISHED)
    assert p.status is S.PUBLISHED and p.published_at == NOW


def test_skipping_a_step_is_refused_with_the_reason():
    with pytest.raises(TransitionRefused, match="from “idea” to “published”"):
        step(post(S.IDEA), S.PUBLISHED)
    with pytest.raises(TransitionRefused, match="cannot go from “published”"):
        step(post(S.PUBLISHED), S.CANCELLED)


def test_charter_covered_post_goes_from_draft_straight_to_scheduled():
    p = post(S.DRAFT)
    assert workflow.is_covered_by_charter(p, CHARTER)
    assert S.SCHEDULED in workflow.allowed_transitions(p, CM, CHARTER, CIRCUIT)
    assert step(p, S.SCHEDULED).status is S.SCHEDULED


@pytest.mark.parametrize("change", [
    {"pillar_id": 99}, {"network_ids": [1, 3]}, {"sensitive": True}, {"kind": PostKind.CRISIS},
])
def test_uncovered_or_sensitive_post_must_be_validated(change):
    p = post(S.DRAFT, **change)
    assert not workflow.is_covered_by_charter(p, CHARTER)
    assert S.SCHEDULED not in workflow.allowed_transitions(p, CM, CHARTER, CIRCUIT)
    with pytest.raises(TransitionRefused, match="not covered by the charter"):
        step(p, S.SCHEDULED)


def test_charter_kinds_limit_coverage():
    charter = Charter("", covered_kinds={PostKind.STANDARD})
    assert workflow.is_covered_by_charter(post(), charter)
    assert not workflow.is_covered_by_charter(post(kind=PostKind.SERIES), charter)


def test_empty_charter_sets_cover_everything_not_sensitive():
    assert workflow.is_covered_by_charter(post(pillar_id=None, network_ids=[7]), Charter())


def test_who_may_do_what():
    p = post(S.DRAFT, owner_id=CM.id)
    assert workflow.allowed_transitions(p, REFERENT, CHARTER, CIRCUIT) == []
    with pytest.raises(TransitionRefused, match="community manager or the post's owner"):
        step(p, S.TO_VALIDATE, who=REFERENT)
    own = post(S.IDEA, owner_id=REFERENT.id)
    assert step(own, S.DRAFT, who=REFERENT).status is S.DRAFT
    assert S.SCHEDULED not in workflow.allowed_transitions(
        post(S.APPROVED, owner_id=REFERENT.id), REFERENT, CHARTER, CIRCUIT)
    assert S.CANCELLED in workflow.allowed_transitions(post(S.SCHEDULED), BOSS, CHARTER, CIRCUIT)


def test_normal_approval_needs_approver_or_manager_not_the_owner():
    p = step(post(S.DRAFT, pillar_id=99), S.TO_VALIDATE)
    with pytest.raises(TransitionRefused, match="approver or a manager"):
        step(p, S.APPROVED, who=CM)
    with pytest.raises(TransitionRefused):
        step(p, S.APPROVED, who=REFERENT)
    assert step(p, S.APPROVED, who=BOSS).status is S.APPROVED


def test_crisis_circuit_needs_its_named_approvers_and_count():
    p = step(post(S.DRAFT, sensitive=True), S.TO_VALIDATE)
    with pytest.raises(TransitionRefused, match="named approver of the exceptional circuit"):
        step(p, S.APPROVED, who=APPROVER)
    p = step(p, S.APPROVED, who=BOSS)
    assert p.status is S.TO_VALIDATE  # one of two approvals
    assert workflow.waiting_for(p, [CM, BOSS, APPROVER, HR], CIRCUIT) == [HR]
    with pytest.raises(TransitionRefused):
        step(p, S.APPROVED, who=BOSS)  # the same person twice does not count
    p = step(p, S.APPROVED, who=HR)
    assert p.status is S.APPROVED
    assert [a.person_id for a in workflow.current_approvals(p)] == [BOSS.id, HR.id]


def test_rejection_sends_back_to_draft_and_a_new_round_starts_clean():
    p = step(post(S.DRAFT, sensitive=True), S.TO_VALIDATE)
    p = workflow.decide(p, BOSS, Decision.REJECT, "Trop défensif", CHARTER, CIRCUIT, NOW)
    assert p.status is S.DRAFT and p.approvals[-1].comment == "Trop défensif"
    p = step(p, S.TO_VALIDATE)
    assert p.validation_round == 2 and workflow.current_approvals(p) == []
    assert BOSS in workflow.waiting_for(p, [BOSS, HR], CIRCUIT)


def test_required_approvals_never_exceed_the_circuit():
    assert workflow.approvals_required(post(sensitive=True), CrisisCircuit([BOSS.id], 3)) == 1  # type: ignore[list-item]


def test_scheduling_needs_a_date():
    with pytest.raises(TransitionRefused, match="publication date"):
        step(post(S.APPROVED, planned_at=None), S.SCHEDULED)


def test_cancel_and_restore():
    p = step(post(S.SCHEDULED), S.CANCELLED)
    assert step(p, S.DRAFT).status is S.DRAFT


def test_transition_needs_an_aware_time():
    from datetime import datetime

    from cmplanner.domain.errors import InvalidDates

    with pytest.raises(InvalidDates, match="no time zone"):
        workflow.transition(post(S.IDEA), S.DRAFT, CM, CHARTER, CIRCUIT, datetime(2026, 1, 1))


def test_transition_does_not_mutate_the_original():
    p = post(S.IDEA)
    step(p, S.DRAFT)
    assert p.status is S.IDEA
