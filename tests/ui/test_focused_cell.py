"""The day cell with the keyboard focus still shows its chips (it was painted as one solid block
of the last network mark's colour, white in high contrast)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cmplanner.ui.models.roles import CHIPS_ROLE, DATE_ROLE, DAY_ROLE


def _busiest_cell(model):
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(1, model.columnCount() - 1)
             if model.index(r, c).data(DAY_ROLE).in_period]
    return max(cells, key=lambda i: len(i.data(CHIPS_ROLE) or []))


def _colours_in(view, index) -> tuple[int, float, int]:
    """(distinct colours, share of the most common colour, dark pixels) inside the cell's chips."""
    rect = view.visualRect(index)
    layout = view.delegate.layout(rect, index, view.font())
    assert layout.chips, f"no chip painted on {index.data(DATE_ROLE)}"
    image = view.viewport().grab(rect).toImage()
    counts: dict[int, int] = {}
    dark = 0
    for chip_rect, _chip, _lines in layout.chips:
        local = chip_rect.translated(-rect.left(), -rect.top())
        for y in range(local.top() + 2, local.bottom() - 1):
            for x in range(local.left() + 10, local.right() - 2):
                rgb = image.pixel(x, y)
                counts[rgb] = counts.get(rgb, 0) + 1
                if QColor(rgb).lightness() < 110:
                    dark += 1
    total = sum(counts.values())
    return len(counts), max(counts.values()) / total, dark


@pytest.mark.parametrize("key", ["month", "week", "board"])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_focused_cell_still_shows_its_posts(window, qtbot, key, high_contrast):
    window.menus.high_contrast.setChecked(high_contrast)
    window.show_view(key)
    view = window.current_calendar()
    cell = _busiest_cell(view.model())
    view.setFocus()
    view.setCurrentIndex(cell)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # a keyboard move and back: the cell has the focus
    qtbot.keyClick(view, Qt.Key.Key_Left)
    index = view.currentIndex()
    assert view.hasFocus() and index == cell
    distinct, dominant, dark = _colours_in(view, index)
    # Title text is dark on a light chip: a solid block has one colour and no dark pixel.
    assert distinct > 8 and dominant < 0.9 and dark > 20, (distinct, dominant, dark)


def test_a_narrow_board_shows_weekdays_only(window, qtbot):
    window.show_view("board")
    view = window.board_view
    model = window.board_model
    weekend = [c for c in range(model.columnCount()) if model.date_for_column(c).weekday() >= 5]
    view.min_column_chars = 4  # a wide enough window for every day
    view.fit_day_columns()
    assert not any(view.isColumnHidden(c) for c in weekend)
    # Room for ten weekdays but not fourteen days: the weekends go.
    width, char = view.viewport().width(), view.fontMetrics().averageCharWidth()
    view.min_column_chars = width // (12 * char)
    view.fit_day_columns()
    assert all(view.isColumnHidden(c) for c in weekend)
    assert not any(view.isColumnHidden(c) for c in range(model.columnCount()) if c not in weekend)
    # Not even room for ten weekdays: one week, the selected day's.
    view.min_column_chars = width // (7 * char)
    view.select_date(model.date_for_column(0) + timedelta(days=7))
    view.fit_day_columns()
    shown = [model.date_for_column(c) for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    week = (model.date_for_column(0) + timedelta(days=7)).isocalendar()[:2]
    assert shown and all(d.weekday() < 5 and d.isocalendar()[:2] == week for d in shown)
    assert len(shown) == 5
    # One week at a time: Previous and Next page through the board's weeks, the label says so.
    window._update_period()
    assert window.menus.previous.isEnabled() and "Week of" in window.period_label.text()
    window.menus.previous.trigger()
    first = model.date_for_column(0).isocalendar()[:2]
    assert {model.date_for_column(c).isocalendar()[:2] for c in range(model.columnCount())
            if not view.isColumnHidden(c)} == {first}
    window.menus.next.trigger()
    assert view.shown_week() == model.date_for_column(0) + timedelta(days=7 - model.date_for_column(0).weekday())
    # The window narrowed for real: weekends hidden on the 14-character rule too.
    view.min_column_chars = 14
    window.resize(900, 700)
    qtbot.waitUntil(lambda: all(view.isColumnHidden(c) for c in weekend))
