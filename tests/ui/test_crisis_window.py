"""Crisis mode from the main window: switch on, off, undo; the database checked each time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cmplanner.domain.enums import PostStatus
from cmplanner.ui.editors.common import qdatetime

S = PostStatus


def _statuses(store):
    return {p.id: p.status for p in store.posts.all()}


def test_crisis_switch_on_off_and_undo(window, tmp_path):
    store = window.ctx.store
    before = _statuses(store)
    assert not window.crisis_banner.isVisible()
    window.crisis_action.trigger()
    dialog = window.crisis_dialog
    start = datetime(2026, 3, 16, 0, 0, tzinfo=timezone.utc)
    zone = store.zone_name
    dialog.window_start.setDateTime(qdatetime(start, zone))
    dialog.window_end.setDateTime(qdatetime(start + timedelta(days=14), zone))
    held_ids = [p.id for p in store.posts.in_range(start, start + timedelta(days=14))
                if p.status in (S.APPROVED, S.SCHEDULED)]
    assert held_ids
    listed = [dialog.affected.item(i).text() for i in range(dialog.affected.count())]
    assert sum(t.startswith("Post put on hold") for t in listed) == len(held_ids)
    dialog.start()  # no reason: refused in words, nothing written
    assert dialog.error.text() and store.active_crisis() is None
    dialog.reason.setText("Rappel d'un lot de chaises")
    dialog.start()
    crisis = store.active_crisis()
    assert crisis is not None and sorted(h.post_id for h in crisis.holds) == sorted(held_ids)
    assert all(store.posts.get(i).status is S.ON_HOLD for i in held_ids)
    assert window.crisis_banner.isVisible() and "Rappel d'un lot" in window.crisis_banner.text()
    # The crisis shows in the review pack's crisis log.
    from cmplanner.domain.period import month
    from cmplanner.interop.review_pack import build_pack
    html = build_pack(store, month(2026, 3), "en", start.date()).html
    assert "Rappel d&#39;un lot de chaises" in html or "Rappel d&#x27;un lot de chaises" in html
    # Switch off: what was held is back, the log keeps the crisis.
    window.crisis_action.trigger()
    end_dialog = window.crisis_dialog
    end_dialog.note.setPlainText("Communiqué publié, retour au calme")
    end_dialog.end()
    assert store.active_crisis() is None and not window.crisis_banner.isVisible()
    assert _statuses(store) == before
    [log] = store.crises.all()
    assert log.ended_at is not None and log.note == "Communiqué publié, retour au calme"
    # Undo the end (one step): held again; undo the start: as before.
    window.ctx.undo_stack.undo()
    assert store.active_crisis() is not None
    assert all(store.posts.get(i).status is S.ON_HOLD for i in held_ids)
    assert window.crisis_banner.isVisible()
    window.ctx.undo_stack.undo()
    assert store.crises.all() == [] and _statuses(store) == before
    window.ctx.undo_stack.redo()
    assert store.active_crisis() is not None
