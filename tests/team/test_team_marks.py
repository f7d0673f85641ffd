"""Two clients on one team plan: the item a colleague just changed carries a short "changed by
Camille" mark in the Month grid, the Week and Next-weeks boards and the Agenda list, drawn by
the delegates from the models' CHANGED_BY_ROLE, and the mark goes after a few seconds."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from cmplanner.domain.timezones import to_local
from cmplanner.ui.colleague_marks import ROW_COLOUR
from cmplanner.ui.models.roles import CHANGED_BY_ROLE, CHIPS_ROLE
from tests.team.test_team_window import a_post_this_month

pytestmark = pytest.mark.postgresql


def month_marks(window, day):
    return window.month_model.index_for_date(day).data(CHANGED_BY_ROLE)


def test_a_colleagues_change_is_marked_on_the_item_then_the_mark_goes(qtbot, window, colleague,
                                                                      tmp_path):
    post = a_post_this_month(window.store)
    day = to_local(post.planned_at, window.store.zone_name).date()
    assert month_marks(window, day) is None  # nothing marked on a quiet plan
    marks = window.team_actions.live.marks
    marks.lifetime_ms = 1500
    colleague.posts.save(replace(colleague.posts.get(post.id), title="Revu par Camille"))
    key = f"post:{post.id}"
    qtbot.waitUntil(lambda: (month_marks(window, day) or {}).get(key) == "Camille", timeout=1500)
    assert set(month_marks(window, day)) == {key}  # only her post in that cell
    window.month_view.grab().save(str(tmp_path / "month.png"))  # the delegate draws it

    window.show_view("week")
    week = window.pages.part("week", "model")
    week.set_week(day)
    assert week.index_for_date(day).data(CHANGED_BY_ROLE) == {key: "Camille"}

    window.show_view("board")
    board = window.pages.part("board", "model")
    cells = [board.index(r, c) for r in range(board.rowCount()) for c in range(board.columnCount())]
    board_marks = [i.data(CHANGED_BY_ROLE) for i in cells if i.data(CHANGED_BY_ROLE)]
    shown = any(key == c.key for i in cells for c in (i.data(CHIPS_ROLE) or []))
    assert bool(board_marks) == shown  # marked where the board shows the post

    window.show_view("agenda")
    agenda = window.pages.part("agenda", "model")
    row = next(r for r in range(agenda.rowCount()) if agenda.chip(r).key == key)
    assert agenda.index(row, 0).data(CHANGED_BY_ROLE) == {key: "Camille"}
    assert agenda.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).name() == ROW_COLOUR
    other = next(r for r in range(agenda.rowCount()) if agenda.chip(r).key != key)
    assert agenda.index(other, 0).data(CHANGED_BY_ROLE) is None

    qtbot.waitUntil(lambda: month_marks(window, day) is None, timeout=3000)  # short-lived
    assert agenda.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_my_own_changes_are_not_marked(qtbot, window, colleague):
    post = a_post_this_month(window.store)
    day = to_local(post.planned_at, window.store.zone_name).date()
    dialog = window.items.edit_post(post)
    dialog.title.setText("Écrit par moi")
    dialog.save_and_close()
    other = next(p for p in colleague.posts.all() if p.id != post.id and p.planned_at is None)
    colleague.posts.save(replace(other, title="Idée de Camille"))  # a notification arrives
    qtbot.waitUntil(lambda: "Changed by Camille" in window.statusBar().currentMessage(), timeout=1500)
    assert month_marks(window, day) is None
    assert window.team_actions.live.marks.author(f"post:{other.id}") == "Camille"


def test_a_colleagues_event_change_is_marked_on_its_bar(qtbot, window, colleague, tmp_path):
    event = next(e for e in colleague.events.all()
                 if to_local(e.start, colleague.zone_name).date().month == 3
                 and to_local(e.start, colleague.zone_name).date().year == 2026)
    day = to_local(event.start, colleague.zone_name).date()
    colleague.events.save(replace(event, title="Salon revu par Camille"))
    qtbot.waitUntil(lambda: (month_marks(window, day) or {}).get(f"event:{event.id}") == "Camille",
                    timeout=1500)
    window.month_view.grab().save(str(tmp_path / "month-event.png"))


def test_the_hour_grid_draws_the_mark_too(qtbot, window, colleague):
    from cmplanner.ui.colleague_marks import MARK_COLOUR

    post = a_post_this_month(window.store)
    day = to_local(post.planned_at, window.store.zone_name).date()
    next(a for a in window.menus.views.actions() if a.data() == "hours").trigger()
    grid = window.stack.currentWidget()
    grid.model.set_week(day)
    colleague.posts.save(replace(colleague.posts.get(post.id), title="Revu par Camille"))
    key = f"post:{post.id}"
    qtbot.waitUntil(lambda: grid.colleague_marks().get(key) == "Camille", timeout=1500)
    item = next(i for i in grid.layout_items() if i.chip is not None and i.chip.key == key)
    image = grid.grab().toImage()
    ratio = image.devicePixelRatio()
    edge = [image.pixelColor(int(x * ratio), int((item.rect.top() + 2) * ratio)).name()
            for x in range(item.rect.left(), item.rect.right())]
    assert MARK_COLOUR.lower() in edge  # the amber outline along the item's top
