"""Edits and the workflow: what an approver approved cannot change behind their back, a
published post stays as it was published, a publication is recorded with a real moment."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from cmplanner.domain import workflow
from cmplanner.domain.enums import Decision, PostKind, PostStatus as S
from cmplanner.domain.errors import TransitionRefused

from .helpers import APPROVER, BOSS, CHARTER, CIRCUIT, CM, HR, NOW, paris, post


def approved(**changes):
    p = post(S.TO_VALIDATE, pillar_id=99, validation_round=1, **changes)
    return workflow.decide(p, APPROVER, Decision.APPROVE, "", CHARTER, CIRCUIT, NOW)


def crisis_approved():
    p = post(S.TO_VALIDATE, kind=PostKind.CRISIS, validation_round=1)
    for person in (BOSS, HR):
        if p.status is S.TO_VALIDATE:
            p = workflow.decide(p, person, Decision.APPROVE, "", CHARTER, CIRCUIT, NOW)
    return p


@pytest.mark.parametrize("field,value", [
    ("title", "Autre titre"), ("text", "Autre texte"), ("media_needed", "3 photos"),
    ("network_ids", [1, 2]), ("variants", {1: "court"}), ("sensitive", True),
])
def test_changing_what_was_approved_asks_a_new_round(field, value):
    before = approved()
    assert before.status is S.APPROVED
    after = workflow.edit(before, replace(before, **{field: value}), CHARTER)
    assert after.status is S.TO_VALIDATE and after.validation_round == 2
    assert workflow.current_approvals(after) == []
    assert "round 2" in workflow.edit_effect(before, replace(before, **{field: value}), CHARTER)


def test_scheduled_post_edited_goes_back_to_validation_too():
    before = replace(approved(), status=S.SCHEDULED)
    after = workflow.edit(before, replace(before, text="changed"), CHARTER)
    assert after.status is S.TO_VALIDATE


def test_moving_the_date_keeps_an_ordinary_approval():
    before = approved()
    after = workflow.edit(before, replace(before, planned_at=paris(2026, 3, 21, 9)), CHARTER)
    assert after.status is S.APPROVED and after.validation_round == 1
    assert workflow.edit_effect(before, after, CHARTER) is None


def test_moving_a_crisis_post_voids_the_circuit_approval():
    before = crisis_approved()
    assert before.status is S.APPROVED
    after = workflow.edit(before, replace(before, planned_at=paris(2026, 3, 21, 9)), CHARTER)
    assert after.status is S.TO_VALIDATE and after.validation_round == 2


def test_charter_covered_scheduled_post_stays_scheduled():
    before = post(S.SCHEDULED)  # pillar 10 is covered by the charter, no approval needed
    assert workflow.is_covered_by_charter(before, CHARTER)
    after = workflow.edit(before, replace(before, text="typo fixed"), CHARTER)
    assert after.status is S.SCHEDULED


def test_charter_post_made_sensitive_leaves_the_charter():
    before = post(S.SCHEDULED)
    after = workflow.edit(before, replace(before, sensitive=True), CHARTER)
    assert after.status is S.TO_VALIDATE


def test_edit_cannot_change_status_or_approvals():
    before = post(S.DRAFT)
    after = workflow.edit(before, replace(before, status=S.PUBLISHED, approvals=[]), CHARTER)
    assert after.status is S.DRAFT


def test_published_post_cannot_move_or_be_reworded():
    before = post(S.PUBLISHED, published_at=NOW)
    for change in ({"planned_at": paris(2026, 3, 22, 9)}, {"title": "new"}, {"text": "new"}):
        with pytest.raises(TransitionRefused):
            workflow.edit(before, replace(before, **change), CHARTER, NOW)
    kept = workflow.edit(before, replace(before, reach=120, published_url="https://x.example/1"),
                         CHARTER, NOW)
    assert kept.reach == 120 and kept.status is S.PUBLISHED


def test_mark_as_published_waits_for_the_planned_moment():
    p = post(S.SCHEDULED, planned_at=NOW + timedelta(days=14))
    with pytest.raises(TransitionRefused, match="cannot be marked as published"):
        workflow.transition(p, S.PUBLISHED, CM, CHARTER, CIRCUIT, NOW)
    refused = workflow.steps(p, CM, CHARTER, CIRCUIT, NOW)
    assert refused[S.PUBLISHED] is not None and refused[S.DRAFT] is None


def test_recording_a_publication_publishes_the_post():
    p = post(S.SCHEDULED)
    done = workflow.record_publication(p, "https://www.linkedin.com/p/1", NOW - timedelta(hours=1),
                                       NOW, {"reach": 10})
    assert done.status is S.PUBLISHED and done.reach == 10
    with pytest.raises(TransitionRefused, match="future"):
        workflow.record_publication(p, "https://x.example", NOW + timedelta(days=1), NOW)
    with pytest.raises(TransitionRefused, match="http"):
        workflow.record_publication(p, "javascript:alert(1)", NOW, NOW)
    assert workflow.record_publication(p, "mailto:presse@example.org", NOW, NOW).published_url
    with pytest.raises(TransitionRefused):
        workflow.record_publication(post(S.DRAFT), "https://x.example", NOW, NOW)


def test_unpublish_is_explicit():
    p = workflow.unpublish(post(S.PUBLISHED, published_at=NOW, published_url="https://x.example"))
    assert p.status is S.SCHEDULED and p.published_at is None and p.published_url == ""


def test_refused_steps_are_listed_with_their_reason():
    p = post(S.DRAFT, pillar_id=99)  # not covered by the charter
    found = workflow.steps(p, CM, CHARTER, CIRCUIT, NOW)
    assert found[S.TO_VALIDATE] is None
    assert "charter" in found[S.SCHEDULED]
    assert "Choose who you are" in workflow.steps(p, None, CHARTER, CIRCUIT)[S.TO_VALIDATE]


def test_a_publication_recorded_on_the_results_tab_publishes_the_post():
    before = post(S.SCHEDULED)
    after = workflow.edit(before, replace(before, published_url="https://x.example/p",
                                          published_at=NOW - timedelta(hours=2)), CHARTER, NOW)
    assert after.status is S.PUBLISHED
    with pytest.raises(TransitionRefused, match="future"):
        workflow.edit(before, replace(before, published_at=NOW + timedelta(days=3)), CHARTER, NOW)
    with pytest.raises(TransitionRefused, match="approved or scheduled"):
        draft = post(S.DRAFT)
        workflow.edit(draft, replace(draft, published_at=NOW - timedelta(days=1)), CHARTER, NOW)
