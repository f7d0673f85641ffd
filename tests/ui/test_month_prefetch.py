"""After a move to another month, the Month view reads the months before and after while the
window is idle; a write, an undo or a colleague's change still show in those months."""

from __future__ import annotations

from datetime import date, time, timedelta

from cmplanner.domain.entities import Post
from cmplanner.domain.timezones import local_datetime
from cmplanner.services import posts
from cmplanner.storage.store import PlanStore
from cmplanner.ui.models.day_grid_model import week_start

ZONE = "Europe/Paris"


def _grid(year: int, month: int) -> tuple[date, date]:
    first = week_start(date(year, month, 1))
    return first, first + timedelta(days=42)


def _titles_on(window, day: date) -> list[str]:
    return [c.title for c in window.month_model.chips_on(day)]


def _prefetched(window, qtbot, *months: tuple[int, int]) -> None:
    qtbot.waitUntil(lambda: all(window.source.has_range(*_grid(*m)) for m in months), timeout=3000)


def test_the_months_around_are_read_while_idle_and_then_shown_without_reading(window, qtbot):
    assert not window.source.has_range(*_grid(2026, 4))  # nothing read ahead at start-up
    window.step_period(1)  # April
    _prefetched(window, qtbot, (2026, 5), (2026, 3))
    fetches = window.source.fetches
    window.step_period(1)  # May: from the cache
    assert window.source.fetches == fetches
    assert (window.month_model.year, window.month_model.month) == (2026, 5)
    _prefetched(window, qtbot, (2026, 6))


def test_a_write_an_undo_and_a_colleagues_change_show_in_read_ahead_months(window, qtbot, demo_store):
    window.step_period(1)  # April; May and March read ahead
    _prefetched(window, qtbot, (2026, 5), (2026, 3))
    day = date(2026, 5, 12)

    change = posts.create_post(demo_store, Post("Annonce du salon", planned_at=local_datetime(day, time(10), ZONE)))
    window.ctx.push(change)
    window.step_period(1)
    assert "Annonce du salon" in _titles_on(window, day)

    window.step_period(-1)
    _prefetched(window, qtbot, (2026, 5))
    window.ctx.undo_stack.undo()
    window.step_period(1)
    assert "Annonce du salon" not in _titles_on(window, day)

    window.step_period(-1)
    _prefetched(window, qtbot, (2026, 5))
    colleague = PlanStore.open(demo_store.path, create=False)
    try:
        colleague.posts.save(Post("Écrit par Camille", planned_at=local_datetime(day, time(15), ZONE)))
    finally:
        colleague.close()
    assert window.source.has_range(*_grid(2026, 5))  # nothing told this window yet
    demo_store.notify_remote({"posts"})  # what the team listener does on a NOTIFY
    window.step_period(1)
    assert "Écrit par Camille" in _titles_on(window, day)
