"""Crisis mode on the demo plan: start, end, undo and redo, the database checked each time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cmplanner.domain.entities import Post
from cmplanner.domain.enums import PostStatus
from cmplanner.services import crisis as cases
from cmplanner.services import posts as post_cases
from cmplanner.services.changes import revert

S = PostStatus


def _statuses(store):
    return {p.id: p.status for p in store.posts.all()}


def test_crisis_round_trip_with_undo(demo_store):
    store = demo_store
    before = _statuses(store)
    start = datetime(2026, 3, 16, 0, 0, tzinfo=timezone.utc)
    end = start + timedelta(days=14)
    expected = sorted(p.id for p in store.posts.in_range(start, end)
                      if p.status in (S.APPROVED, S.SCHEDULED))
    assert expected, "the demo plan has scheduled posts in the window"
    preview = cases.affected(store, start, end)
    assert sorted(p.id for p in preview.held) == expected
    started = cases.start_crisis(store, "Rappel d'un produit", start, start, end)
    crisis = store.active_crisis()
    assert crisis is not None and crisis.reason == "Rappel d'un produit"
    assert sorted(h.post_id for h in crisis.holds) == expected
    assert all(store.posts.get(i).status is S.ON_HOLD for i in expected)
    # New posts go through the exceptional circuit while it lasts.
    creation = post_cases.create_post(store, Post("Message d'excuse"))
    assert creation.created("posts")[0].sensitive
    revert(store, creation)
    ended = cases.end_crisis(store, crisis, start + timedelta(hours=6), "Retour au calme")
    assert store.active_crisis() is None
    restored = _statuses(store)
    assert {i: restored[i] for i in before} == before
    [log] = store.crises.all()
    assert (log.ended_at, log.note) == (start + timedelta(hours=6), "Retour au calme")
    # Undo the end: held again; undo the start: as before, no crisis left.
    revert(store, ended)
    assert store.active_crisis() is not None
    assert all(store.posts.get(i).status is S.ON_HOLD for i in expected)
    revert(store, started)
    assert store.crises.all() == [] and _statuses(store) == before


def test_the_team_backlog_page_shows_the_crisis(demo_store):
    from cmplanner.interop.backlog_html import render_html
    from cmplanner.services.backlog import build_snapshot

    now = datetime(2026, 3, 16, 9, tzinfo=timezone.utc)
    assert 'class="crisis"' not in render_html(build_snapshot(demo_store, 6, now))
    cases.start_crisis(demo_store, "Incendie <entrepôt>", now, now, now + timedelta(days=3))
    page = render_html(build_snapshot(demo_store, 6, now))
    assert 'class="crisis"' in page and "Crise en cours depuis le" in page
    assert "Incendie &lt;entrepôt&gt;" in page
