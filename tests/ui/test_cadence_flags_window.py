"""Cadence flags in the window: shaded days with a tooltip saying why, in Month, Week and the
board, and "Fill this gap…" from the calendar's context menu."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QPoint

from cmplanner.domain.entities import Post
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.timezones import local_datetime
from cmplanner.ui.models.roles import FLAGS_ROLE
from tests.conftest import DEMO_TODAY


def _facebook(store):
    return next(n for n in store.networks.all() if n.label == "Facebook")


def _gap_day(model, network_id):
    for offset in range(0, 21):
        day = DEMO_TODAY + timedelta(days=offset)
        if any(f.kind == "gap" and f.network_id == network_id for f in model.flags_on(day)):
            return day
    raise AssertionError("no Facebook gap in the next three weeks")


def test_a_gap_is_flagged_with_its_reason_in_month_week_and_board(window, qtbot):
    facebook = _facebook(window.store)
    assert facebook.cadence == "1 par jour"  # the demo plan writes its targets in French
    model = window.month_model
    day = _gap_day(model, facebook.id)
    view = window.month_view
    index = model.index_for_date(day)
    rect = view.visualRect(index)
    flags_tip = view.tooltip_for(rect.bottomRight() - QPoint(3, 3), index)  # below the chips
    assert flags_tip and "Facebook: no post for" in flags_tip and "“1 par jour”" in flags_tip
    assert day.weekday() < 5  # weekends expect nothing
    window.show_view("week")
    window.week_view.select_date(day)
    assert any(f.network_id == facebook.id for f in window.week_model.flags_on(day))
    window.show_view("board")
    board = window.board_model
    row = next(r for r in range(board.rowCount()) if board.network_for_row(r) == facebook.id)
    column = next(c for c in range(board.columnCount()) if board.date_for_column(c) == day)
    assert [f.kind for f in board.index(row, column).data(FLAGS_ROLE)] == ["gap"]


def test_five_posts_on_one_day_is_an_overload(window, qtbot):
    facebook = _facebook(window.store)
    day = DEMO_TODAY + timedelta(days=2)
    for number in range(5):
        window.store.posts.save(Post(f"Annonce {number}", network_ids=[facebook.id], status=PostStatus.DRAFT,
                                     planned_at=local_datetime(day, time(11, 0), window.store.zone_name)))
    flags = [f for f in window.month_model.flags_on(day) if f.network_id == facebook.id]
    assert [f.kind for f in flags] == ["overload"] and flags[0].posts >= 5
    view = window.month_view
    index = window.month_model.index_for_date(day)
    rect = view.visualRect(index)
    assert view.chip_at(rect.topRight() + QPoint(-3, 3)) is None  # the day number's line
    tip = view.tooltip_for(rect.topRight() + QPoint(-3, 3), index)
    assert tip and "Facebook: 5 posts this day" in tip


def test_fill_this_gap_from_the_context_menu(window, qtbot):
    facebook = _facebook(window.store)
    view = window.month_view
    day = _gap_day(window.month_model, facebook.id)
    view.select_date(day)
    assert window.fill_gap.action in view.actions()
    window.fill_gap.action.trigger()
    dialog = window._dialogs[-1]
    assert dialog.objectName() == "fillGapDialog" and dialog.list.count() > 0
    key = dialog.chosen_key()
    gaps_before = {f.network_id for f in window.month_model.flags_on(day) if f.kind == "gap"}
    dialog.accept()
    moved = next(c for c in window.month_model.chips_on(day) if c.key == key)
    filled = gaps_before & set(moved.network_ids)
    assert filled  # the proposal was for a network with a gap that day, and fills it
    assert not filled & {f.network_id for f in window.month_model.flags_on(day) if f.kind == "gap"}
    window.ctx.undo_stack.undo()
    assert key not in {c.key for c in window.month_model.chips_on(day)}
    assert {f.network_id for f in window.month_model.flags_on(day) if f.kind == "gap"} == gaps_before


def test_the_flag_corner_stays_a_corner_in_a_tall_week_cell(qapp):
    """A week cell is hundreds of pixels tall: the corner once grew with it into a diagonal."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    from cmplanner.ui.chip_delegate import ChipDelegate

    image = QImage(200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    ChipDelegate._paint_flag_corner(painter, QRect(0, 0, 200, 800), True)
    painter.end()
    assert image.pixelColor(196, 3) != QColor("white")  # the corner is there
    assert image.pixelColor(199 - 40, 2) == QColor("white")  # and no wider than a corner
    assert image.pixelColor(197, 40) == QColor("white")
