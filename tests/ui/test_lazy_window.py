"""The main window reads only the visible month before its first paint: the other views and the
entity pages are built when first shown, and then behave as if they had always been there."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from cmplanner.domain.entities import Event
from cmplanner.domain.enums import EventKind
from cmplanner.domain.timezones import local_datetime
from cmplanner.domain.filters import ItemFilter
from cmplanner.ui.calendar_view import CalendarView
from cmplanner.ui.context import AppContext
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]
LAZY = ("week", "agenda", "backlog", "board", "events", "line", "people", "requests", "media",
        "consents", "hours", "series", "dashboard")


def test_only_the_month_is_built_at_start(window):
    assert window.pages.is_built("month")
    assert [key for key in LAZY if window.pages.is_built(key)] == []
    for name in ("eventsPage", "editorialLinePage", "peoplePage", "requestsPage", "weekView", "agendaView",
                 "mediaPage", "consentPage"):
        assert window.findChild(QWidget, name) is None
    assert window.source.fetches == 1  # one range read: the month grid on screen
    assert window.view_tabs.count() == 1 + len(LAZY)  # every view is offered all the same


def test_a_page_shown_later_replaces_its_placeholder_and_follows_the_store(window, demo_store, qtbot):
    count = window.stack.count()
    placeholder = window.findChild(QWidget, "eventsPlaceholder")
    assert window.stack.indexOf(placeholder) >= 0
    window.view_tabs.setCurrentIndex(next(i for i in range(window.view_tabs.count())
                                          if window.view_tabs.tabData(i) == "events"))
    page = window.stack.currentWidget()
    assert page.objectName() == "eventsPage" and page.isVisible()
    assert window.current_view_key() == "events" and window.pages.is_built("events")
    assert window.stack.count() == count
    assert window.stack.indexOf(placeholder) == -1
    rows = page.model.rowCount()
    start = local_datetime(date(2026, 6, 10), time(9, 0), "Europe/Paris")
    demo_store.events.save(Event("Journée portes ouvertes", EventKind.COMPANY_VISIT, start,
                                 start.replace(hour=17)))
    assert page.model.rowCount() == rows + 1
    window.show_view("month")
    window.show_view("events")
    assert window.stack.currentWidget() is page  # built once


def test_a_view_built_later_takes_the_filter_contrast_and_day_already_chosen(window, qtbot):
    network = next(iter(window.source.networks))
    chosen = ItemFilter(network_ids=frozenset({network}))
    window.set_filter(chosen)
    window.set_high_contrast(True)
    window.step_period(1)  # April 2026 in the month view
    window.show_view("week")
    view = window.stack.currentWidget()
    assert isinstance(view, CalendarView) and view.objectName() == "weekView"
    assert window.week_model.calendar_filter == chosen and view.delegate.high_contrast
    assert window.week_model.first_date <= window.current_day() < window.week_model.end_date
    assert window.current_day().month == 4
    assert all(network in c.network_ids for c in window.week_model.visible_chips())
    window.show_view("agenda")
    assert window.agenda_model.range == (date(2026, 4, 1), date(2026, 5, 1))
    assert window.agenda_proxy.rowCount() <= window.agenda_model.rowCount()
    assert window.count_label.text().startswith(str(window.agenda_proxy.rowCount()))
    assert window.menus.edit in window.agenda_view.actions()  # its context menu too


def test_the_last_view_is_built_at_start_when_it_is_remembered(qtbot, demo_store):
    QSettings().clear()
    ctx = AppContext(demo_store)
    first = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(first)
    first.show_view("backlog")
    first.close()
    second = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(second)
    assert second.current_view_key() == "backlog" and second.pages.is_built("backlog")
    assert second.menus.edit in second.backlog_view.actions()
    assert not second.pages.is_built("week")
    second.close()
    ctx.close()


def test_starting_the_window_imports_no_export_import_or_migration_code(plan_path, tmp_path):
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore

    store = PlanStore.open(plan_path)
    build_demo_plan(store)
    store.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from cmplanner.ui.app import build_main_window, open_plan\n"
        "app = QApplication([])\n"
        f"window = build_main_window(open_plan(Path({str(plan_path)!r})))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "names = ('icalendar', 'openpyxl', 'alembic', 'cmplanner.interop.backlog_html',\n"
        "         'cmplanner.ui.pages.events_page', 'cmplanner.ui.pages.requests_page',\n"
        "         'cmplanner.ui.dialogs.backlog_export_dialog', 'cmplanner.ui.editors.post_editor',\n"
        "         'cmplanner.storage.backups', 'cmplanner.ui.dialogs.interaction',\n"
        "         'matplotlib', 'jinja2', 'cmplanner.ui.pages.dashboard_page')\n"
        "print(sorted(n for n in names if n in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_folded_filter_groups_are_filled_when_unfolded(window, demo_store):
    panel = window.filter_panel
    events = panel._groups["events"]
    assert not events.isExpanded() and events.childCount() == 0
    assert panel.checked()["events"] == set()
    events.setExpanded(True)
    titles = {events.child(i).text(0) for i in range(events.childCount())}
    assert titles == {e.title for e in demo_store.events.all()}
    series = demo_store.series.all()[0]
    panel.set_checked("series", {series.id})  # checking fills a folded group first
    assert window.filter.series_ids == frozenset({series.id})
    panel.rebuild()  # a store change: what is checked stays, filled
    assert panel.checked()["series"] == {series.id} and panel.checked()["events"] == set()


def test_a_filter_chosen_after_a_view_is_built_reaches_it(window):
    window.show_view("backlog")
    window.show_view("week")
    window.show_view("month")
    chosen = ItemFilter(text="zzz-nothing-matches")
    window.set_filter(chosen)
    assert window.week_model.calendar_filter == chosen
    assert window.backlog_proxy.rowCount() == 0 < window.backlog_model.rowCount()


def _menus(window) -> list:
    def tree(menu):
        return [("---" if a.isSeparator() else (a.text(), a.shortcut().toString(), tree(a.menu()) if a.menu() else None))
                for a in menu.actions()]
    return [(a.text(), tree(a.menu())) for a in window.menuBar().actions() if a.menu() is not None]


def test_the_start_adds_the_menus_other_actions_once_the_window_is_painted(qtbot, demo_store):
    """At the app's start, what no part of the window shows until a menu opens (File's
    iCalendar, backlog, safety, report and team actions, the legend) is added once the window is
    on screen: the same menus, in the same order, as a window that adds them at once."""
    from cmplanner.ui.app import build_main_window

    QSettings().clear()
    ctx = AppContext(demo_store)
    at_once = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(at_once)
    started = build_main_window(demo_store, today=lambda: DEMO_TODAY)
    qtbot.addWidget(started)
    assert not started.pages.completed and not hasattr(started, "safety_actions")
    assert started.view_tabs.count() == at_once.view_tabs.count()  # the tabs are there at once
    started.show()
    qtbot.waitUntil(lambda: started.pages.completed)
    assert _menus(started) == _menus(at_once)
    assert started.safety_actions is not None and started.legend_action.text()
    started.pages.complete()  # once only
    assert _menus(started) == _menus(at_once)
    at_once.close()
    started.close()
    ctx.close()
