"""IRL events in the calendar grids, driven like posts: double-click, drag, keyboard move, Delete."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cmplanner.domain.timezones import to_local
from cmplanner.ui.calendar_view import event_key
from cmplanner.ui.chip_mime import chip_mime
from cmplanner.ui.editors.event_editor import EventEditorDialog


def _bar(window, view):
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            layout = view.delegate.layout(view.visualRect(index), index, view.font())
            for rect, bar in layout.bars:
                if window.store.posts.for_event(bar.id):
                    return index, bar, rect.center()
    raise AssertionError("no event bar with promotion posts in the grid")


def _show_month_with_an_event(window):
    zone = window.store.zone_name
    event = min((e for e in window.store.events.all() if window.store.posts.for_event(e.id)),
                key=lambda e: e.start)
    window.month_model.go_to(to_local(event.start, zone).date())
    return event


def test_double_click_on_an_event_bar_opens_the_event(window, qtbot):
    _show_month_with_an_event(window)
    view = window.month_view
    _index, bar, point = _bar(window, view)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = window._dialogs[-1]
    assert isinstance(editor, EventEditorDialog) and editor.event.id == bar.id


def test_keyboard_move_and_delete_of_an_event(window, qtbot):
    _show_month_with_an_event(window)
    view = window.month_view
    _index, bar, point = _bar(window, view)
    store = window.store
    event = store.events.get(bar.id)
    posts = {p.id: p.planned_at for p in store.posts.for_event(bar.id)}
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.selected_event_id() == bar.id
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    moved = store.events.get(bar.id)
    zone = store.zone_name
    assert to_local(moved.start, zone).date() - to_local(event.start, zone).date() == timedelta(days=1)
    assert any(p.planned_at != posts[p.id] for p in store.posts.for_event(bar.id))
    assert "promotion posts follow" in window.ctx.undo_stack.undoText()
    assert view.selected_event_id() == bar.id  # still selected: it can be moved again
    window.ctx.undo_stack.undo()
    assert store.events.get(bar.id).start == event.start
    assert {p.id: p.planned_at for p in store.posts.for_event(bar.id)} == posts

    _index, bar, point = _bar(window, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.events.get(bar.id) is None
    window.ctx.undo_stack.undo()
    assert store.events.get(bar.id) is not None
    assert {p.id for p in store.posts.for_event(bar.id)} == set(posts)


def test_dragging_an_event_bar_moves_the_grabbed_day(window, qtbot):
    _show_month_with_an_event(window)
    view = window.month_view
    index, bar, _point = _bar(window, view)
    event = window.store.events.get(bar.id)
    grabbed = view.model().dateForCell(index.row(), index.column())
    target = grabbed + timedelta(days=7)
    target_index = view.model().index_for_date(target)
    where = QPointF(view.visualRect(target_index).center())
    mime = chip_mime(event_key(bar.id, grabbed))
    actions = Qt.DropAction.MoveAction
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(view.viewport(), kind(where.toPoint(), actions, mime, Qt.MouseButton.LeftButton,
                                                     Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(view.viewport(), QDropEvent(where, actions, mime, Qt.MouseButton.LeftButton,
                                                       Qt.KeyboardModifier.NoModifier))
    zone = window.store.zone_name
    moved = to_local(window.store.events.get(bar.id).start, zone)
    assert moved.date() == to_local(event.start, zone).date() + timedelta(days=7)
    assert moved.time() == to_local(event.start, zone).time()  # across the DST change too
