"""The main window opens offscreen on a plan, shows its views and follows the store."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QSettings

from cmplanner.domain.entities import Post
from cmplanner.domain.timezones import local_datetime
from cmplanner.ui.context import AppContext
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


def test_main_window_opens_on_the_month_of_today(window):
    assert window.current_view_key() == "month"
    assert (window.month_model.year, window.month_model.month) == (2026, 3)
    assert window.month_view.current_date() == DEMO_TODAY
    titles = {c.title for c in window.month_model.visible_chips()}
    assert "Bilan carbone 2025 : ce qui a changé" in titles
    assert "Ateliers Morel" in window.windowTitle()
    assert window.count_label.text().startswith(str(len(window.month_model.visible_chips())))


def test_every_view_can_be_shown_and_pages_plugged_in(window, qtbot):
    from PySide6.QtWidgets import QLabel

    from cmplanner.ui.pages.events_page import EventsPage
    from cmplanner.ui.pages.requests_page import RequestsPage

    for key in ("week", "agenda", "backlog", "board", "events", "line", "people", "requests", "month"):
        window.show_view(key)
        assert window.current_view_key() == key
    window.show_view("events")
    assert isinstance(window.stack.currentWidget(), EventsPage)
    window.show_view("requests")
    assert isinstance(window.stack.currentWidget(), RequestsPage)
    page = QLabel("extra")
    action = window.pages.add_page("extra", "Extra", page)
    action.trigger()
    assert window.stack.currentWidget() is page
    assert action in window.menus.views.actions()
    assert window.view_tabs.tabText(window.view_tabs.count() - 1) == "Extra"
    with pytest.raises(ValueError):
        window.pages.add_page("events", "Events", QLabel())


def test_file_menu_holds_safety_and_backlog_actions(window):
    names = {a.objectName() for a in window.menus.file.actions()}
    texts = [a.text() for a in window.menus.file.actions()]
    assert "exportBacklogAction" in names
    assert "Save a &copy…" in texts and "&Restore from backup…" in texts
    assert [t for t in texts if t][-1] == "&Quit"


def test_views_follow_store_changes(window, demo_store, qtbot):
    day = date(2026, 3, 18)
    demo_store.posts.save(Post("Nouvelle idée datée", planned_at=local_datetime(day, time(14, 0), "Europe/Paris")))
    assert "Nouvelle idée datée" in {c.title for c in window.month_model.chips_on(day)}
    agenda = window.agenda_model
    assert "Nouvelle idée datée" in {agenda.chip(r).title for r in range(agenda.rowCount())}


def test_settings_remember_view_and_zoom(qtbot, demo_store):
    QSettings().clear()
    ctx = AppContext(demo_store)
    first = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(first)
    first.show_view("agenda")
    first.zoom.step(1)
    first.close()
    second = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(second)
    assert second.current_view_key() == "agenda"
    assert second.zoom.level == 115
    assert second.settings.last_plan == str(demo_store.path)
    second.close()
    ctx.close()


