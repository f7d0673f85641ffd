"""The week as a time grid, reached from the View menu: drag a post to another day and hour,
drag an IRL event, resize it from its bottom edge; the list form of the week stays."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt

from cmplanner.domain.timezones import to_local
from tests.conftest import DEMO_TODAY


def _show(window, qtbot):
    action = next(a for a in window.menus.views.actions() if a.data() == "hours")
    action.trigger()
    grid = window.stack.currentWidget()
    assert grid.objectName() == "timeGridView"
    assert window.current_view_key() == "hours"
    assert any(a.data() == "week" for a in window.menus.views.actions())  # the list form stays
    return grid


def _drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(widget, start + (end - start) * step / 5)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _slot(grid, day: date, hour: int, minute: int = 0) -> QPoint:
    left, top, width, per_hour = grid.frame()
    column = (day - grid.model.first_date).days
    return QPoint(left + column * width + width // 2, round(top + (hour - 7 + minute / 60) * per_hour))


def test_drag_a_post_to_another_day_and_hour(window, qtbot):
    grid = _show(window, qtbot)
    item = next(i for i in grid.layout_items() if i.chip is not None and i.chip.post_id is not None)
    post = window.store.posts.get(item.chip.post_id)
    target_day = grid.model.first_date + timedelta(days=2)
    grab = item.rect.topLeft() + QPoint(item.rect.width() // 2, 2)
    _drag(qtbot, grid, grab, _slot(grid, target_day, 15, 30) + QPoint(0, 2))  # the time is where the top goes
    moved = to_local(window.store.posts.get(post.id).planned_at, window.store.zone_name)
    assert moved.date() == target_day and moved.time() == time(15, 30)
    assert window.ctx.undo_stack.undoText().startswith("Move “")
    window.ctx.undo_stack.undo()
    assert window.store.posts.get(post.id).planned_at == post.planned_at


def test_drag_and_resize_an_event(window, qtbot):
    store = window.store
    zone = store.zone_name
    event = next(e for e in store.events.all() if not e.all_day
                 and to_local(e.start, zone).date() == to_local(e.end, zone).date())
    window.week_model.go_to(to_local(event.start, zone).date())
    grid = _show(window, qtbot)
    item = next(i for i in grid.layout_items() if i.bar is not None and i.bar.id == event.id)
    # Resize: the bottom edge down to 16:00.
    day = to_local(event.start, zone).date()
    _drag(qtbot, grid, QPoint(item.rect.center().x(), item.rect.bottom()), _slot(grid, day, 16))
    resized = store.events.get(event.id)
    assert to_local(resized.end, zone).time() == time(16, 0) and resized.start == event.start
    window.ctx.undo_stack.undo()
    assert store.events.get(event.id).end == event.end
    # Move: to the next day, 09:00; its length stays and its promotion posts follow.
    item = next(i for i in grid.layout_items() if i.bar is not None and i.bar.id == event.id)
    grab = QPoint(item.rect.center().x(), item.rect.top() + 3)
    _drag(qtbot, grid, grab, _slot(grid, day + timedelta(days=1), 9) + QPoint(0, 3))
    moved = store.events.get(event.id)
    assert to_local(moved.start, zone).replace(tzinfo=None) == datetime.combine(day + timedelta(days=1), time(9))
    assert moved.end - moved.start == event.end - event.start
    if store.posts.for_event(event.id):
        assert "promotion posts follow" in window.ctx.undo_stack.undoText()


def test_double_click_opens_and_period_buttons_step_weeks(window, qtbot):
    grid = _show(window, qtbot)
    first = grid.model.first_date
    window.menus.next.trigger()
    assert grid.model.first_date == first + timedelta(days=7)
    window.menus.previous.trigger()
    item = next(i for i in grid.layout_items() if i.chip is not None and i.chip.post_id is not None)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=item.rect.center())
    assert window._dialogs[-1].post.id == item.chip.post_id
    assert DEMO_TODAY >= first
