"""The calendar driven like a user would: keyboard, mouse, drops, filters, meeting mode."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime, time, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from cmplanner.domain.enums import ExceptionKind, PostStatus
from cmplanner.domain.timezones import to_local
from cmplanner.ui.chip_mime import chip_mime
from cmplanner.ui.context import AppContext
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

from .calendar_helpers import chip_on, chip_point

ZONE = "Europe/Paris"


@pytest.fixture
def window(window):
    """The shared window (tests/ui/conftest.py), with the keyboard in the month view."""
    window.activateWindow()
    window.month_view.setFocus()
    return window


def _post_titled(store, title):
    return next(p for p in store.posts.all() if p.title == title)


def test_create_a_post_by_keyboard(window, qtbot, demo_store):
    view = window.month_view
    assert view.current_date() == DEMO_TODAY
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_date() == date(2026, 3, 25)
    qtbot.keyClick(view, Qt.Key.Key_N)
    dialog = window._dialogs[-1]
    assert dialog.objectName() == "quickAddDialog" and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Visite du lycee du bois")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    post = _post_titled(demo_store, "Visite du lycee du bois")
    local = to_local(post.planned_at, ZONE)
    assert (local.date(), local.time()) == (date(2026, 3, 25), time(9, 0))
    assert post.status is PostStatus.DRAFT
    assert "Visite du lycee du bois" in {c.title for c in window.month_model.chips_on(date(2026, 3, 25))}
    assert window.ctx.undo_stack.undoText() == "Create “Visite du lycee du bois”"


def test_arrows_cross_months_and_page_keys_change_month(window, qtbot):
    view = window.month_view
    view.select_date(date(2026, 3, 31))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_date() == date(2026, 4, 1)
    assert (window.month_model.year, window.month_model.month) == (2026, 4)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert (window.month_model.year, window.month_model.month) == (2026, 5)
    assert view.current_date() == date(2026, 5, 1)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert (window.month_model.year, window.month_model.month) == (2026, 3)
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.current_date() == DEMO_TODAY


def _drop(view, key: str, day: date) -> None:
    """Drag enter, move and drop events on the viewport, at the centre of ``day``'s cell."""
    index = view.model().index_for_date(day)
    point = QPointF(view.visualRect(index).center())
    mime = chip_mime(key)
    for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        try:  # Qt 6.12 takes a QPointF (and deprecates QPoint); 6.11 a QPoint for enter/move
            event = kind(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
        except TypeError:
            event = kind(point.toPoint(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted(), kind


def test_drag_a_post_across_the_dst_change_keeps_its_local_time_and_undoes(window, qtbot, demo_store):
    view = window.month_view
    friday, monday = date(2026, 3, 27), date(2026, 3, 30)  # CET, then CEST after the change
    chip = chip_on(window.month_model, friday, "Retour sur")
    before = demo_store.posts.get(chip.post_id)
    assert to_local(before.planned_at, ZONE).time() == time(10, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(view, friday, "Retour sur"))
    assert view.selected_chip() == chip
    _drop(view, chip.key, monday)
    moved = demo_store.posts.get(chip.post_id)
    assert to_local(moved.planned_at, ZONE) .replace(tzinfo=None) == datetime(2026, 3, 30, 10, 0)
    assert moved.planned_at.astimezone(timezone.utc).hour == 8  # 10:00 CEST
    assert any(c.post_id == chip.post_id for c in window.month_model.chips_on(monday))
    assert window.ctx.undo_stack.undoText().startswith("Move “Retour sur")
    assert window.menus.undo.text().startswith("&Undo Move “Retour sur")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_store.posts.get(chip.post_id).planned_at == before.planned_at
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert demo_store.posts.get(chip.post_id).planned_at == moved.planned_at


def test_drag_a_series_occurrence_makes_a_moved_occurrence(window, qtbot, demo_store):
    view = window.month_view
    day = date(2026, 3, 23)
    chip = chip_on(window.month_model, day, "Portrait du lundi")
    assert chip.is_virtual
    _drop(view, chip.key, date(2026, 3, 25))
    series = demo_store.series.get(chip.series_id)
    moves = [e for e in series.exceptions if e.kind is ExceptionKind.MOVED]
    assert [(e.original_start, to_local(e.new_start, ZONE).replace(tzinfo=None)) for e in moves] == \
        [(chip.original_start, datetime(2026, 3, 25, 9, 0))]
    moved_chip = chip_on(window.month_model, date(2026, 3, 25), "Portrait du lundi")
    assert moved_chip.moved and moved_chip.original_start == chip.original_start
    assert not [c for c in window.month_model.chips_on(day) if c.series_id == chip.series_id]
    window.ctx.undo_stack.undo()
    assert chip_on(window.month_model, day, "Portrait du lundi").key == chip.key


def test_backlog_idea_dropped_on_a_day_is_planned_at_nine(window, demo_store):
    idea = window.backlog_model.chip(0)
    _drop(window.month_view, idea.key, date(2026, 3, 20))
    post = demo_store.posts.get(idea.post_id)
    assert to_local(post.planned_at, ZONE).replace(tzinfo=None) == datetime(2026, 3, 20, 9, 0)
    assert idea.key not in {window.backlog_model.chip(r).key for r in range(window.backlog_model.rowCount())}


def test_delete_and_duplicate_by_keyboard(window, qtbot, demo_store):
    view = window.month_view
    day = date(2026, 3, 22)
    view.select_date(day)
    chip = chip_on(window.month_model, day, "Bilan carbone")
    count = demo_store.posts.count()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert demo_store.posts.count() == count + 1
    copies = [c for c in window.month_model.chips_on(day) if c.title == chip.title]
    assert len(copies) == 2
    window.ctx.undo_stack.undo()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # nothing selected: nothing deleted
    assert demo_store.posts.get(chip.post_id) is not None
    assert "Select an item" in window.statusBar().currentMessage()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.selected_chip() == chip
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert demo_store.posts.get(chip.post_id) is None
    assert window.ctx.undo_stack.undoText() == f"Delete “{chip.title}”"
    window.ctx.undo_stack.undo()
    assert demo_store.posts.get(chip.post_id).title == chip.title


def test_delete_a_series_occurrence_skips_it(window, qtbot, demo_store):
    view = window.month_view
    day = date(2026, 3, 19)
    view.select_date(day)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    chip = view.selected_chip()
    assert chip is not None and chip.is_virtual
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    series = demo_store.series.get(chip.series_id)
    assert any(e.kind is ExceptionKind.SKIPPED and e.original_start == chip.original_start
               for e in series.exceptions)
    assert all(c.series_id != chip.series_id for c in window.month_model.chips_on(day))


@pytest.fixture
def fake_editor(monkeypatch):
    """Stands in for the post editor: records what it was opened on."""
    opened = []

    class PostEditorDialog(QDialog):
        def __init__(self, ctx, post, parent=None):
            super().__init__(parent)
            opened.append(post)

    module = types.ModuleType("cmplanner.ui.editors.post_editor")
    module.PostEditorDialog = PostEditorDialog
    monkeypatch.setitem(sys.modules, "cmplanner.ui.editors", types.ModuleType("cmplanner.ui.editors"))
    monkeypatch.setitem(sys.modules, "cmplanner.ui.editors.post_editor", module)
    return opened


def test_double_click_on_an_occurrence_writes_it_then_opens_the_editor(window, qtbot, demo_store, fake_editor):
    view = window.month_view
    day = date(2026, 3, 30)
    chip = chip_on(window.month_model, day, "Portrait du lundi")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(view, day, "Portrait du lundi"))
    choice = window._dialogs[-1]  # "this occurrence or the whole series?"
    qtbot.mouseClick(choice.findChild(object, "thisOccurrence"), Qt.MouseButton.LeftButton)
    assert len(fake_editor) == 1
    post = fake_editor[0]
    assert post.id is not None and post.series_id == chip.series_id
    assert post.occurrence_start == chip.original_start
    assert not chip_on(window.month_model, day, "Portrait du lundi").is_virtual
    window.ctx.undo_stack.undo()
    assert demo_store.posts.get(post.id) is None


def test_enter_opens_the_selected_post(window, qtbot, fake_editor):
    view = window.month_view
    view.select_date(date(2026, 3, 17))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [p.title for p in fake_editor] == ["Réponse à l'avis négatif sur le délai de livraison"]


def test_filter_by_network_and_text(window, qtbot, demo_store):
    linkedin = next(n for n in demo_store.networks.all() if n.label == "LinkedIn")
    everything = window.month_model.visible_chips()
    window.filter_panel.set_checked("networks", {linkedin.id})
    shown = window.month_model.visible_chips()
    assert shown and len(shown) < len(everything)
    assert all(linkedin.id in c.network_ids for c in shown)
    assert "(filtered)" in window.count_label.text()
    window.filter_panel.clear()
    qtbot.keyClicks(window.filter_panel.search, "tuto")
    qtbot.waitUntil(lambda: window.month_model.calendar_filter.text == "tuto")
    titles = [c.title for c in window.month_model.visible_chips()]
    assert titles and all(t.startswith("Tuto du jeudi") for t in titles)
    window.show_view("agenda")
    assert window.agenda_proxy.rowCount() == len(titles)


def test_meeting_mode_hides_private_things_and_zooms(window, qtbot):
    view = window.month_view
    day = date(2026, 3, 17)
    point = chip_point(view, day, "Réponse")
    tip = view.tooltip_for(point, view.indexAt(point))
    assert "Client mécontent" in tip and "camille.lefevre@ateliers-morel.fr" in tip
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen() and window.ctx.meeting_mode
    assert not window.filter_dock.isVisible()
    assert window.zoom.level >= 150
    assert window.stack.font().pointSizeF() > QApplication.font().pointSizeF() * 1.4
    point = chip_point(view, day, "Réponse")
    tip = view.tooltip_for(point, view.indexAt(point))
    assert "Client mécontent" not in tip and "@" not in tip and "Camille Lefèvre" in tip
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.level > 150
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen() and not window.ctx.meeting_mode
    assert window.filter_dock.isVisible()
    assert window.zoom.level == 100 and window.settings.zoom == 100
    assert not window.menus.meeting.isChecked()


def test_hovering_a_chip_highlights_its_series(window, qtbot):
    view = window.month_view
    day = date(2026, 3, 19)
    qtbot.mouseMove(view.viewport(), chip_point(view, day, "Tuto du jeudi"))
    assert view.delegate.hover_series == chip_on(window.month_model, day, "Tuto").series_id
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    assert view.delegate.hover_series is None


def test_week_and_board_views(window, qtbot):
    window.show_view("week")
    assert window.week_view.current_date() == DEMO_TODAY
    assert window.week_model.first_date == date(2026, 3, 16)
    qtbot.keyClick(window.week_view, Qt.Key.Key_PageDown)
    assert window.week_model.first_date == date(2026, 3, 23)
    window.show_view("board")
    assert window.board_model.columnCount() == 14
    window.board_model.set_weeks(3)
    assert window.board_model.columnCount() == 21
    labels = [window.board_model.headerData(r, Qt.Orientation.Vertical) for r in range(window.board_model.rowCount())]
    assert labels[:3] == ["LinkedIn", "Instagram", "Facebook"]


def test_french_month_header_and_dates(qtbot, qapp, demo_store):
    from cmplanner.ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    try:
        ctx = AppContext(demo_store)
        window = MainWindow(ctx, today=lambda: DEMO_TODAY)
        qtbot.addWidget(window)
        model = window.month_model
        days = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        assert days == ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
        assert model.period_title() == "Mars 2026"
        assert model.index_for_date(date(2026, 4, 1)).data() == "1 avr."
        assert "mardi 17 mars 2026" in model.index_for_date(date(2026, 3, 17)).data(Qt.ItemDataRole.ToolTipRole)
        window.show_view("agenda")
        agenda = window.agenda_model
        rows = [(agenda.index(r, 0).data(), agenda.index(r, 5).data()) for r in range(agenda.rowCount())]
        assert ("mercredi 25 mars", "Brouillon") in rows
        window.close()
        ctx.close()
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_translators(qapp, "en")
    assert QLocale().language() == QLocale.Language.English


def test_every_action_is_listed_with_its_shortcut(window):
    from cmplanner.ui.window_menus import shortcut_lines

    keys = dict(shortcut_lines(window))
    assert keys["New post on this day…"] == "N"
    assert keys["Today"] == "T"
    assert keys["Meeting mode"] == "F11"
    assert keys["Find…"] == "Ctrl+F"
    assert keys["Redo"].startswith("Ctrl+Shift+Z")
    assert keys["Next period"] == "PgDown"


def test_ctrl_f_focuses_search_and_zoom_works_in_every_view(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_panel.search
    for key in ("agenda", "backlog", "board", "week", "month"):
        window.show_view(key)
        before = window.zoom.level
        qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert window.zoom.level > before, key
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.level == 100


def test_quick_add_more_options_hands_the_draft_to_the_full_editor(window, qtbot, fake_editor):
    window.month_view.select_date(date(2026, 3, 24))
    dialog = window.items.quick_add()
    dialog.title_edit.setText("Idée à détailler")
    dialog.more_button.click()
    assert [(p.title, p.id, to_local(p.planned_at, ZONE).date()) for p in fake_editor] == \
        [("Idée à détailler", None, date(2026, 3, 24))]


def test_preferences_set_who_i_am_and_the_language(window, demo_store):
    dialog = window.items.open_preferences()
    nadia = next(p for p in demo_store.people.all() if p.name.startswith("Nadia"))
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(nadia.id))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.accept()
    assert window.ctx.current_person().id == nadia.id
    assert window.settings.language_override() == "fr"


def test_read_only_plans_refuse_changes_with_a_message(qtbot, plan_path, demo_store):
    from cmplanner.storage.store import PlanStore

    demo_store.close()
    store = PlanStore.open(plan_path, read_only=True)
    ctx = AppContext(store)
    win = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(win)
    chip = chip_on(win.month_model, date(2026, 3, 22), "Bilan carbone")
    win.items.drop_chip(chip.key, date(2026, 3, 23))
    assert "read-only" in win.statusBar().currentMessage()
    assert win.ctx.undo_stack.count() == 0
    win.close()
    ctx.close()
    store.close()


def test_plus_more_lists_every_item_of_a_crowded_day(window, qtbot, demo_store, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from cmplanner.domain.entities import Post
    from cmplanner.domain.timezones import local_datetime

    shown = []  # the offscreen platform cannot pop menus up: record them instead
    monkeypatch.setattr(QMenu, "popup", lambda menu, *_args: shown.append(menu))
    day = date(2026, 3, 18)
    with demo_store.transaction():
        for hour in range(8, 20):
            demo_store.posts.save(Post(f"Post de {hour} h", planned_at=local_datetime(day, time(hour, 0), ZONE)))
    view = window.month_view
    index = window.month_model.index_for_date(day)
    layout = view.delegate.layout(view.visualRect(index), index, view.font())
    assert layout.more is not None and layout.hidden == 12 - len(layout.chips)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layout.more.center())
    [menu] = shown
    assert [a.text() for a in menu.actions()][:2] == ["08:00  Post de 8 h", "09:00  Post de 9 h"]
    assert len(menu.actions()) == 12


def test_move_the_selected_item_by_keyboard(window, qtbot, demo_store):
    view = window.month_view
    view.select_date(date(2026, 3, 22))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    chip = view.selected_chip()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Right, modifiers)
    qtbot.keyClick(view, Qt.Key.Key_Down, modifiers)
    post = demo_store.posts.get(chip.post_id)
    assert to_local(post.planned_at, ZONE).replace(tzinfo=None) == datetime(2026, 3, 30, 18, 30)
    assert view.current_date() == date(2026, 3, 30) and view.selected_chip().key == chip.key


def test_a_published_post_cannot_be_dragged_and_the_window_says_why(window, qtbot, demo_store):
    published = next(p for p in demo_store.posts.in_range(
        datetime(2026, 3, 2, tzinfo=timezone.utc), datetime(2026, 3, 16, tzinfo=timezone.utc))
        if p.status is PostStatus.PUBLISHED and p.series_id is None)
    day = to_local(published.planned_at, ZONE).date()
    chip = next(c for c in window.month_model.chips_on(day) if c.post_id == published.id)
    depth = window.ctx.undo_stack.count()
    _drop(window.month_view, chip.key, date(2026, 3, 18))
    assert demo_store.posts.get(published.id).planned_at == published.planned_at
    assert window.ctx.undo_stack.count() == depth
    assert "cannot be moved or reworded" in window.refusal_box.text()
    window.refusal_box.close()


def test_an_undo_refused_because_the_post_changed_meanwhile_says_so(window, qtbot, demo_store):
    from dataclasses import replace

    from cmplanner.services import posts

    friday = date(2026, 3, 27)
    chip = chip_on(window.month_model, friday, "Retour sur")
    _drop(window.month_view, chip.key, date(2026, 3, 30))
    moved = demo_store.posts.get(chip.post_id)
    posts.edit_post(demo_store, moved, replace(moved, text="Changed in another window"))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_store.posts.get(chip.post_id).planned_at == moved.planned_at  # not overwritten
    assert "changed meanwhile" in window.refusal_box.text()
    window.refusal_box.close()
