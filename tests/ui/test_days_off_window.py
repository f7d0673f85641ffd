"""Days off seen from the main window: the workload's capacity cut by holidays and closures (the
editorial line page and the board), series occurrences on a day off flagged (the Series page and
the calendar's tooltip), and the exceptional circuit's deadlines in the waiting approvals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from cmplanner.domain.closures import Closure
from cmplanner.domain.enums import PostKind, PostStatus
from cmplanner.domain.period import monday
from cmplanner.services.closures import add_closure
from cmplanner.services.review import weekly_workload
from cmplanner.ui.models.rows_model import ROW_ROLE
from cmplanner.ui.models.waiting_model import DEADLINE_COLUMN
from tests.conftest import DEMO_TODAY
from tests.windows import shown_window

from .calendar_helpers import chip_point

EASTER_MONDAY = date(2026, 4, 6)


def _line_review(window):
    next(a for a in window.menus.views.actions() if a.data() == "line").trigger()
    page = window.pages.page("line")
    page.tabs.setCurrentWidget(page.review)
    return page.review


def _close(window, day: date, label: str = "Séminaire") -> None:
    window.ctx.push(add_closure(window.store, Closure(day, day, label)))


def test_the_line_page_shows_the_capacity_left_by_holidays_and_closures(window):
    review = _line_review(window)
    review.period.setCurrentIndex(2)  # this quarter: New Year's Day falls in its first week
    review.period.activated.emit(2)
    before = review.workload.text()
    assert "Camille Lefèvre, W01: 28 h instead of 35 h: 1 public holiday" in before
    assert "W12: 28 h" not in before
    _close(window, DEMO_TODAY + timedelta(days=2))  # a Wednesday of the quarter's week 12
    text = review.workload.text()
    assert "* Capacity cut by days off" in text
    assert "Camille Lefèvre, W12: 28 h instead of 35 h: 1 closure day" in text
    assert "/ 28 h*" in text
    window.ctx.undo_stack.undo()
    assert "W12: 28 h" not in review.workload.text()


def test_the_board_sums_the_capacity_left_and_says_why(window):
    store = window.store
    next(a for a in window.menus.views.actions() if a.data() == "board").trigger()
    label = window.board_workload
    assert "Days off" not in label.toolTip()
    week = monday(DEMO_TODAY)
    _close(window, week + timedelta(days=1), "Inventaire")
    _close(window, week + timedelta(days=2), "Inventaire")
    first = week
    from cmplanner.domain.period import Period

    loads = weekly_workload(store, Period(first, first + timedelta(days=7 * window.settings.board_weeks)))
    camille = [r for r in loads if r.person_id == 1]
    assert camille[0].capacity_minutes == 21 * 60 and camille[0].closure_days == 2
    total = sum(r.capacity_minutes for r in camille) // 60
    assert f"of {total} h" in label.text()
    assert "Days off take their share of the capacity:" in label.toolTip()
    assert "Camille Lefèvre, week 12: 21 h instead of 35 h: 2 closure days" in label.toolTip()


def _series_page(window, qtbot):
    button = next(b for b in window.navigation.findChildren(QToolButton)
                  if b.defaultAction() is window.series_actions.show_page)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return window.stack.currentWidget()


def test_occurrences_on_a_holiday_or_a_closure_are_flagged_on_the_series_page(window, qtbot):
    page = _series_page(window, qtbot)
    model = page.lacking_model

    def flagged():
        return {model.row_at(r).start.date(): (model.index(r, 0).data(), model.index(r, 3).data(),
                                               model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole))
                for r in range(model.rowCount()) if model.row_at(r).day_off}
    [(day, (when, reason, tip))] = flagged().items()
    assert day == EASTER_MONDAY and when.endswith("⚑")
    assert reason == "Public holiday (Easter Monday)"
    assert tip.startswith("Falls on a day off: Public holiday (Easter Monday).")
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # a day like any other
    tuesday = next(model.row_at(r) for r in range(model.rowCount())
                   if model.row_at(r).series.name.startswith("Tuto")).start.date()
    _close(window, tuesday, "Séminaire")
    assert flagged()[tuesday][1] == "Closure day (Séminaire)"
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).series.name.startswith("Tuto"))
    assert page.model.index(row, 3).data().endswith("⚑")
    assert page.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == "1 of them on a day off"


def test_the_calendar_tooltip_of_an_occurrence_on_a_day_off_says_so(window, qtbot):
    view = window.month_view
    view.select_date(EASTER_MONDAY)
    qtbot.waitUntil(lambda: view.model().index_for_date(EASTER_MONDAY).isValid())
    point = chip_point(view, EASTER_MONDAY, "Portrait du lundi")
    tip = view.tooltip_for(point, view.indexAt(point))
    assert "⚑ Falls on a day off: Public holiday (Easter Monday)." in tip
    other = EASTER_MONDAY + timedelta(days=7)
    view.select_date(other)
    point = chip_point(view, other, "Portrait du lundi")
    assert "Falls on a day off" not in view.tooltip_for(point, view.indexAt(point))


def test_waiting_approvals_show_their_deadline_marked_when_overdue_and_sort_by_it(window):
    store = window.store
    circuit = store.crisis_circuit()
    store.save_crisis_circuit(replace(circuit, deadline_hours=4))
    waiting = next(p for p in store.posts.all() if p.status is PostStatus.TO_VALIDATE)
    draft = next(p for p in store.posts.all() if p.status is PostStatus.DRAFT)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    late = store.posts.save(replace(waiting, kind=PostKind.CRISIS, submitted_at=now - timedelta(days=2, hours=5)))
    soon = store.posts.save(replace(draft, status=PostStatus.TO_VALIDATE, kind=PostKind.CRISIS,
                                    submitted_at=now - timedelta(hours=1)))
    ordinary = next((p for p in store.posts.all() if p.status is PostStatus.DRAFT), None)
    store.posts.save(replace(ordinary, status=PostStatus.TO_VALIDATE, submitted_at=now))  # no deadline
    review = _line_review(window)
    review.reload()
    view, model = review.waiting, review.waiting_model
    assert model.headerData(DEADLINE_COLUMN, Qt.Orientation.Horizontal) == "Deadline"
    rows = {model.row_at(r).post_id: r for r in range(model.rowCount())}
    late_cell = model.index(rows[late.id], DEADLINE_COLUMN)
    assert late_cell.data().endswith(" ⚑") and "overdue" not in late_cell.data()
    assert late_cell.data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 2 days"
    soon_cell = model.index(rows[soon.id], DEADLINE_COLUMN)
    assert "⚑" not in soon_cell.data() and soon_cell.data()[:1].isdigit()
    deadlines = lambda: [model.index(r, 0).data(ROW_ROLE).deadline for r in range(model.rowCount())]
    view.horizontalHeader().setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.DescendingOrder)
    dated = [d for d in deadlines() if d is not None]
    assert dated == [soon.submitted_at + timedelta(hours=4), late.submitted_at + timedelta(hours=4)]
    assert deadlines()[0] is None and deadlines()[-2:] == dated  # reversed: no deadline first
    view.horizontalHeader().setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert deadlines()[0] == late.submitted_at + timedelta(hours=4) and deadlines()[-1] is None



def test_days_off_in_french(french, qtbot, demo_store):
    with shown_window(qtbot, demo_store) as window:
        week = monday(DEMO_TODAY)
        window.ctx.push(add_closure(window.store, Closure(week + timedelta(days=1), week + timedelta(days=1), "Séminaire")))
        next(a for a in window.menus.views.actions() if a.data() == "board").trigger()
        assert "Camille Lefèvre, semaine 12\u00a0: 28\u00a0h au lieu de 35\u00a0h\u00a0: 1 jour de fermeture" \
            in window.board_workload.toolTip()
        page = _series_page(window, qtbot)
        model = page.lacking_model
        [row] = [r for r in range(model.rowCount()) if model.row_at(r).day_off]
        assert model.index(row, 3).data() == "Jour férié (Lundi de Pâques)"
        assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Tombe un jour chômé\u00a0: Jour férié")
        assert model.index(row, 0).data().startswith("lun. 6 avril 2026")
