"""Closure days edited from the window (Edit menu, calendar context menu, editorial line page),
shaded and named like holidays in Month, Week and the board, and skipped by the cadence."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from cmplanner.ui.editors.common import qdate
from cmplanner.ui.models.roles import DAY_ROLE, FLAGS_ROLE
from tests.conftest import DEMO_TODAY


def _facebook_gap(window):
    facebook = next(n for n in window.store.networks.all() if n.label == "Facebook")
    for offset in range(21):
        day = DEMO_TODAY + timedelta(days=offset)
        if any(f.kind == "gap" and f.network_id == facebook.id for f in window.month_model.flags_on(day)):
            return facebook, day
    raise AssertionError("no Facebook gap in the next three weeks")


def _edit_menu(window):
    return next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and window.menus.edit in a.menu().actions())


def _run_dialog(qtbot, trigger, fill):
    """Trigger what opens the (modal) closure editor, let ``fill`` drive it, return it."""
    seen = []

    def drive():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        fill(dialog)
    QTimer.singleShot(0, drive)
    trigger()
    assert seen and seen[0].objectName() == "closuresDialog"
    return seen[0]


def _pixel(view, day, model):
    rect = view.visualRect(model.index_for_date(day))
    return view.viewport().grab().toImage().pixelColor(rect.bottomLeft() + QPoint(3, -3))


def test_a_closure_from_the_edit_menu_is_shaded_and_ends_the_gap(window, qtbot):
    facebook, day = _facebook_gap(window)
    model, view = window.month_model, window.month_view
    elsewhere = day - timedelta(days=7)  # selected while pixels are read (a selection tints)
    view.select_date(elsewhere)
    gap_colour = _pixel(view, day, model)
    view.select_date(day)
    before = window.store.closures()
    assert [c.label for c in before.items] == ["Fermeture annuelle", "Inventaire de l'atelier"]  # the demo's
    action = window.closure_actions.action
    assert action in _edit_menu(window).actions() and action in view.actions()

    def fill(dialog):
        qtbot.mouseClick(dialog.findChild(QPushButton, "addClosure"), Qt.MouseButton.LeftButton)
        row = dialog.table.rowCount() - 1
        assert dialog.table.cellWidget(row, 0).date() == qdate(day)  # starts on the selected day
        dialog.table.cellWidget(row, 2).setText("Inventaire")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    _run_dialog(qtbot, action.trigger, fill)

    *kept, closure = window.store.closures().items
    assert tuple(kept) == before.items
    assert (closure.first, closure.last, closure.label, closure.site_id) == (day, day, "Inventaire", None)
    assert model.day_info(day).holiday == "Inventaire"
    assert not [f for f in model.flags_on(day) if f.kind == "gap"]
    # Shaded like the weekend (no gap colour any more).
    view.select_date(elsewhere)
    weekend = day + timedelta(days=5 - day.weekday())
    assert _pixel(view, day, model) != gap_colour
    assert _pixel(view, day, model) == _pixel(view, weekend, model)
    tip = view.tooltip_for(view.visualRect(model.index_for_date(day)).center(), model.index_for_date(day))
    assert tip is None or "Facebook: no post" not in tip
    window.show_view("week")
    window.week_view.select_date(day)
    assert window.week_model.day_info(day).holiday == "Inventaire"
    window.show_view("board")
    board = window.board_model
    column = next(c for c in range(board.columnCount()) if board.date_for_column(c) == day)
    row = next(r for r in range(board.rowCount()) if board.network_for_row(r) == facebook.id)
    assert not board.index(row, column).data(FLAGS_ROLE)
    assert board.index(row, column).data(DAY_ROLE).holiday == "Inventaire"
    window.ctx.undo_stack.undo()
    assert window.store.closures() == before
    window.show_view("month")
    assert model.day_info(day).holiday is None
    assert [f for f in model.flags_on(day) if f.kind == "gap"]


def test_an_end_before_the_start_is_refused_in_the_editor_and_nothing_is_stored(window, qtbot):
    before = window.store.closures()
    window.show_view("line")
    page = window.pages.page("line")
    messages = []

    def fill(dialog):
        dialog.add_closure()
        row = dialog.table.rowCount() - 1
        dialog.table.cellWidget(row, 0).setDate(qdate(DEMO_TODAY))
        dialog.table.cellWidget(row, 1).setDate(qdate(DEMO_TODAY - timedelta(days=3)))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        messages.append(dialog.error_label.text())
        assert dialog.isVisible()  # the edit stays in the editor
        dialog.reject()
    _run_dialog(qtbot, page.findChild(QPushButton, "editClosures").click, fill)
    assert messages[0].startswith("The closure ends (") and "before it starts" in messages[0]
    assert window.store.closures() == before


def test_a_closure_removed_from_the_calendars_context_menu_comes_back_with_undo(window, qtbot):
    before = window.store.closures()
    view = window.month_view
    action = next(a for a in view.actions() if a.objectName() == "closureDaysAction")

    def fill(dialog):
        row = next(r for r in range(dialog.table.rowCount())
                   if dialog.table.cellWidget(r, 2).text() == "Inventaire de l'atelier")
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.findChild(QPushButton, "removeClosure"), Qt.MouseButton.LeftButton)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    _run_dialog(qtbot, action.trigger, fill)
    assert [c.label for c in window.store.closures().items] == ["Fermeture annuelle"]
    assert window.ctx.undo_stack.undoText()
    window.ctx.undo_stack.undo()
    assert window.store.closures() == before


def test_a_sites_closure_shows_for_that_sites_people_in_the_filter(window):
    store = window.store
    stock_take = next(c for c in store.closures().items if c.site_id is not None)
    site_people = [p for p in store.people.all() if p.site_id == stock_take.site_id]
    others = [p for p in store.people.all() if p.site_id not in (None, stock_take.site_id)]
    model = window.month_model
    model.go_to(stock_take.first)
    assert model.day_info(stock_take.first).holiday == "Inventaire de l'atelier"  # every site
    window.filter_panel.set_checked("people", {others[0].id})
    assert model.day_info(stock_take.first).holiday is None
    window.filter_panel.set_checked("people", {site_people[0].id})
    assert model.day_info(stock_take.first).holiday == "Inventaire de l'atelier"
    window.filter_panel.set_checked("people", set())
