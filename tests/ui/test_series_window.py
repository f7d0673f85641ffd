"""Series reached from the main window: the page (View menu, toolbar), New series (Edit menu,
Ctrl+Shift+N), a double-click on an occurrence, the context menu, Write now, end and delete with
undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QToolButton

from cmplanner.ui.editors.post_editor import PostEditorDialog
from cmplanner.ui.editors.series_editor import SeriesEditorDialog
from cmplanner.ui.pages import common
from tests.conftest import DEMO_TODAY

from .calendar_helpers import chip_point


@pytest.fixture
def opened(monkeypatch):
    """Editors the page opens with ``common.open_dialog``, answered by ``opened.answer``."""

    class Recorder:
        dialogs: list = []
        answer = staticmethod(lambda dialog: False)

    recorder = Recorder()
    recorder.dialogs = []

    def fake_open(dialog):
        recorder.dialogs.append(dialog)
        return recorder.answer(dialog)

    monkeypatch.setattr(common, "open_dialog", fake_open)
    return recorder


def _series_page(window, qtbot):
    button = next(b for b in window.navigation.findChildren(QToolButton)
                  if b.defaultAction() is window.series_actions.show_page)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert page.objectName() == "seriesPage"
    return page


def test_the_toolbar_opens_the_series_page_with_rules_in_words(window, qtbot):
    page = _series_page(window, qtbot)
    model = page.model
    assert model.rowCount() == len(window.store.series.all()) >= 3
    words = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert all("FREQ=" not in w for w in words) and any(w.startswith("every") for w in words), words
    assert all(model.index(r, 2).data() for r in range(model.rowCount()))
    assert page.lacking_model.rowCount() > 0  # every series' lacking occurrences, no series chosen
    view_menu_titles = [a.text() for a in window.menus.views.actions()]
    assert "Series" in view_menu_titles


def test_new_series_from_the_edit_menu_is_one_undo_step(window, qtbot, opened):
    def fill(dialog):
        assert isinstance(dialog, SeriesEditorDialog)
        dialog.name.setText("Coulisses du vendredi")
        dialog.title_template.setText("Coulisses n°{n}")
        dialog.save_and_close()
        return dialog.saved

    opened.answer = fill
    count = len(window.store.series.all())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_view_key() == "series"
    assert len(window.store.series.all()) == count + 1
    assert window.ctx.undo_stack.undoText() == "Create series “Coulisses du vendredi”"
    page = window.stack.currentWidget()
    assert "Coulisses du vendredi" in [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    window.ctx.undo_stack.undo()
    assert len(window.store.series.all()) == count


def _an_occurrence(window):
    model = window.month_model
    for offset in range(0, 14):
        day = DEMO_TODAY + timedelta(days=offset)
        for chip in model.chips_on(day):
            if chip.is_virtual and chip.series_id is not None:
                return day, chip
    raise AssertionError("no series occurrence in the next two weeks")


def test_double_click_on_an_occurrence_asks_occurrence_or_series(window, qtbot, opened):
    day, chip = _an_occurrence(window)
    view = window.month_view
    point = chip_point(view, day, chip.title)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    box = window._dialogs[-1]
    assert isinstance(box, QMessageBox) and box.objectName() == "occurrenceOrSeries"
    qtbot.mouseClick(box.findChild(object, "wholeSeries"), Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "series"
    editor = opened.dialogs[-1]
    assert isinstance(editor, SeriesEditorDialog) and editor.series.id == chip.series_id

    window.show_view("month")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(view, day, chip.title))
    box = window._dialogs[-1]
    qtbot.mouseClick(box.findChild(object, "thisOccurrence"), Qt.MouseButton.LeftButton)
    assert isinstance(window._dialogs[-1], PostEditorDialog)
    assert window._dialogs[-1].post.series_id == chip.series_id


def test_context_menu_opens_the_series(window, qtbot, opened):
    day, chip = _an_occurrence(window)
    view = window.month_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chip_point(view, day, chip.title))
    assert window.series_actions.open_series in view.actions()
    window.series_actions.open_series.trigger()
    assert isinstance(opened.dialogs[-1], SeriesEditorDialog)
    assert opened.dialogs[-1].series.id == chip.series_id


def test_write_now_opens_a_draft_filled_from_the_template(window, qtbot, opened):
    page = _series_page(window, qtbot)
    page.series.select_where(lambda row: bool(row.lacking))
    row = page.series.current()
    lacking = page.lacking_model.row_at(0)
    page.lacking_view.selectRow(0)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    editor = window._dialogs[-1]
    assert isinstance(editor, PostEditorDialog)
    assert editor.post.title == lacking.title and editor.post.series_id == row.series.id
    assert window.ctx.undo_stack.undoText().startswith("Write an occurrence of")
    assert page.lacking_model.rowCount() == len(row.lacking) - 1


def test_end_and_delete_with_undo(window, qtbot, opened):
    page = _series_page(window, qtbot)
    page.series.select_row(0)
    series = page.series.current().series
    last = DEMO_TODAY + timedelta(days=3)

    def pick(dialog):
        dialog.calendar.setSelectedDate(QDate(last.year, last.month, last.day))
        dialog.accept()
        return True

    opened.answer = pick
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert window.store.series.get(series.id).rrule != series.rrule
    assert "UNTIL=" in window.store.series.get(series.id).rrule
    window.ctx.undo_stack.undo()
    assert window.store.series.get(series.id).rrule == series.rrule

    page.series.select_row(0)
    qtbot.mouseClick(page.series.delete_button, Qt.MouseButton.LeftButton)
    assert window.store.series.get(series.id) is None
    window.ctx.undo_stack.undo()
    assert window.store.series.get(series.id) is not None

    opened.answer = lambda dialog: False
    page.series.select_row(0)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert any(s.name.endswith("(copy)") for s in window.store.series.all())
