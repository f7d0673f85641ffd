"""The decision log: which decisions a change made, read from posts before and after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from cmplanner.domain import meeting
from cmplanner.domain.entities import Approval
from cmplanner.domain.enums import Decision, PostStatus
from cmplanner.domain.errors import DomainError
from cmplanner.domain.meeting import DecisionKind

from .helpers import paris, post

S = PostStatus
AT = datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc)  # the night the clocks go back


def test_decisions_of_a_change():
    waiting = post(S.TO_VALIDATE, id=1, title="Portrait", validation_round=1)
    approved = replace(waiting, status=S.APPROVED,
                       approvals=[Approval(3, AT, Decision.APPROVE, "", 1)])
    refused = replace(waiting, id=2, title="Sondage", status=S.DRAFT,
                      approvals=[Approval(5, AT, Decision.REJECT, "trop long", 1)])
    moved_before = post(S.DRAFT, id=3, title="Atelier", planned_at=paris(2026, 10, 24, 9))
    moved_after = replace(moved_before, planned_at=paris(2026, 10, 26, 9))
    cancelled = replace(moved_before, id=4, title="Salon", status=S.CANCELLED)
    idea = post(S.IDEA, id=5, title="Idée", planned_at=None)
    found = meeting.decisions_in([(waiting, approved), (replace(waiting, id=2, title="Sondage"), refused),
                                  (moved_before, moved_after), (replace(moved_before, id=4, title="Salon"), cancelled),
                                  (None, idea), (idea, None)], author_id=1, at=AT)
    assert [(d.kind, d.text, d.author_id, d.detail) for d in found] == [
        (DecisionKind.APPROVAL, "Portrait", 3, ""),
        (DecisionKind.REFUSAL, "Sondage", 5, "trop long"),
        (DecisionKind.MOVE, "Atelier", 1, paris(2026, 10, 26, 9).isoformat()),
        (DecisionKind.CANCELLATION, "Salon", 1, ""),
        (DecisionKind.IDEA, "Idée", 1, ""),
    ]


def test_a_meeting_needs_people_and_freezes_when_ended():
    with pytest.raises(DomainError):
        meeting.start("Comité", AT, [], None)
    started = meeting.start("Comité", AT, [1, 2, 1], None)
    assert started.attendee_ids == [1, 2]
    with pytest.raises(DomainError):
        meeting.start("Autre", AT, [1], started)
    noted = meeting.note(started, "Budget validé", 2, AT + timedelta(minutes=5))
    with pytest.raises(DomainError):
        meeting.note(started, "  ", 2, AT)
    ended = meeting.end(noted, AT + timedelta(hours=1), "<p>cr</p>")
    with pytest.raises(DomainError):
        meeting.note(ended, "trop tard", 2, AT + timedelta(hours=2))
    assert [d.kind for d in ended.decisions] == [DecisionKind.NOTE]
