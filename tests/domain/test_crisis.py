"""Crisis rules on hand-built posts: what is held, what comes back, one crisis at a time."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from cmplanner.domain import crisis
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.errors import DomainError

from .helpers import paris, post

S = PostStatus
UTC = timezone.utc


def test_start_holds_approved_and_scheduled_posts_of_the_window_across_dst():
    # The window crosses the spring change (29 March 2026).
    posts = [post(S.SCHEDULED, id=1, planned_at=paris(2026, 3, 28, 9)),
             post(S.APPROVED, id=2, planned_at=paris(2026, 3, 29, 9)),
             post(S.DRAFT, id=3, planned_at=paris(2026, 3, 29, 10)),
             post(S.PUBLISHED, id=4, planned_at=paris(2026, 3, 28, 8)),
             post(S.SCHEDULED, id=5, planned_at=paris(2026, 3, 30, 0, 0)),  # window end: out
             post(S.SCHEDULED, id=6, planned_at=paris(2026, 3, 27, 23, 59))]  # before: out
    started, held = crisis.start("Rappel produit", paris(2026, 3, 28, 7), paris(2026, 3, 28, 0),
                                 paris(2026, 3, 30, 0), posts, None)
    assert [(h.post_id, h.previous) for h in started.holds] == [(1, S.SCHEDULED), (2, S.APPROVED)]
    assert [p.status for p in held] == [S.ON_HOLD, S.ON_HOLD]
    with pytest.raises(DomainError):
        crisis.start("Autre", paris(2026, 3, 28, 8), paris(2026, 3, 28, 0), paris(2026, 3, 29, 0),
                     posts, started)


def test_end_puts_back_only_what_is_still_on_hold():
    started, held = crisis.start("Rappel", paris(2026, 3, 28, 7), paris(2026, 3, 28, 0),
                                 paris(2026, 3, 30, 0),
                                 [post(S.SCHEDULED, id=1, planned_at=paris(2026, 3, 28, 9)),
                                  post(S.APPROVED, id=2, planned_at=paris(2026, 3, 29, 9))], None)
    by_id = {p.id: p for p in held}
    by_id[2] = post(S.CANCELLED, id=2, planned_at=paris(2026, 3, 29, 9))  # cancelled meanwhile
    ended, restored = crisis.end(started, datetime(2026, 3, 29, 12, tzinfo=UTC), by_id, "calme")
    assert [(p.id, p.status) for p in restored] == [(1, S.SCHEDULED)]
    assert not ended.active and ended.note == "calme"
    with pytest.raises(DomainError):
        crisis.end(ended, datetime(2026, 3, 29, 13, tzinfo=UTC), by_id)


def test_a_crisis_needs_a_reason_and_a_window_in_order():
    with pytest.raises(DomainError):
        crisis.start(" ", paris(2026, 3, 28, 7), paris(2026, 3, 28), paris(2026, 3, 29), [], None)
    with pytest.raises(DomainError):
        crisis.start("x", paris(2026, 3, 28, 7), paris(2026, 3, 29), paris(2026, 3, 28), [], None)


def test_new_posts_route_through_the_exceptional_circuit_during_a_crisis():
    active, _ = crisis.start("x", paris(2026, 3, 28, 7), paris(2026, 3, 28), paris(2026, 3, 29), [], None)
    assert crisis.routes_new_post(post(S.IDEA), active).sensitive
    assert not crisis.routes_new_post(post(S.IDEA), None).sensitive
