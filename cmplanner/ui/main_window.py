"""The main window: a filter sidebar, a switcher of views (month, week, agenda, backlog, next
weeks, and the pages plugged in with ``add_page``), menus listing every action, a status bar.
Views other than the month are built when first shown (window_pages.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QMainWindow, QMessageBox, QStackedWidget, QStyle, QTabBar, QToolBar,
    QVBoxLayout, QWidget,
)

from cmplanner import __version__
from cmplanner.domain.filters import ItemFilter

from .calendar_source import CalendarSource
from .closure_actions import ClosureActions
from .calendar_view import CalendarView
from .context import AppContext
from .filter_panel import FilterPanel
from .models.day_grid_model import MonthModel, first_weekday
from .settings import UiSettings
from .window_items import ItemActions
from .window_menus import build_menus
from .window_pages import ViewPages, _month_bounds
from .zoom import MeetingMode, Zoom


class MainWindow(QMainWindow):
    closure_actions: ClosureActions  # set when the pages are plugged in (window_pages.plug_in)

    def __init__(self, ctx: AppContext, parent=None, today: Callable[[], date] | None = None,
                 settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        if today is not None:
            ctx.today = today
        self.store = ctx.store
        self.settings = settings or UiSettings()
        self.source = CalendarSource(ctx, today, self)
        paint_first = getattr(ctx, "paint_first", False)  # the app's start (ui/app.py)
        if paint_first:
            self.source.defer_holidays()
        self._dialogs: list = []  # open non-modal dialogs, kept alive
        self.refusal_box: QMessageBox | None = None  # the last refusal said (items.show_refusal)
        self.items = ItemActions(self)  # open, create, move, delete... the selected item
        self.pages = ViewPages(self)  # the views and pages, built when first shown
        self.filter = ItemFilter()
        self._day: date | None = None  # the day last selected in a calendar view

        # Only the month is read before the first paint; the other views, their models and the
        # entity pages are built the first time they are shown (or asked for: ``week_model``...).
        self.month_model = MonthModel(ctx, self.source, self)
        self.month_view = self.pages.calendar_view("monthView", self.month_model, True, 2)

        self.filter_panel = FilterPanel(self.source, self)
        self.filter_panel.filter_changed.connect(self.set_filter)
        self.filter_dock = QDockWidget(self.tr("Filters"), self)
        self.filter_dock.setObjectName("filterDock")
        self.filter_dock.setWidget(self.filter_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_dock)

        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.view_tabs = QTabBar(self)
        self.view_tabs.setObjectName("viewSwitcher")
        self.view_tabs.setExpanding(False)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("views")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.view_tabs)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation = QToolBar(self.tr("Navigation"), self)
        self.navigation.setObjectName("navigationBar")
        self.addToolBar(self.navigation)

        self.view_group = QActionGroup(self)
        self.menus = build_menus(self)
        style = self.style()
        for action, icon in ((self.menus.previous, QStyle.StandardPixmap.SP_ArrowBack),
                             (self.menus.next, QStyle.StandardPixmap.SP_ArrowForward)):
            action.setIcon(style.standardIcon(icon))
        self.navigation.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.navigation.addActions([self.menus.previous, self.menus.today, self.menus.next])
        self.navigation.addWidget(self.period_label)
        self.pages.add_page("month", self.tr("Month"), self.month_view)
        self.pages.add_view_actions(self.month_view)
        for key, title, build in (("week", self.tr("Week"), self.pages._build_week),
                                  ("agenda", self.tr("Agenda"), self.pages._build_agenda),
                                  ("backlog", self.tr("Backlog"), self.pages._build_backlog),
                                  ("board", self.tr("Next weeks"), self.pages._build_board)):
            self.pages.add_lazy_page(key, title, build)
        self.pages.plug_in()
        if not paint_first:
            self.pages.complete()  # else once the window is on screen (ui/app.py)
        self.view_tabs.currentChanged.connect(lambda i: self.show_view(self.view_tabs.tabData(i)))

        self.zoom = Zoom(self, self.settings)
        self.meeting = MeetingMode(self, self.zoom)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.month_model.contents_changed.connect(self._update_status)
        self.month_model.period_changed.connect(self._on_month_changed)
        ctx.changed.connect(self._on_store_changed)
        ctx.refused.connect(self.items.show_refusal)  # an undo refused: the item changed since

        if self.store.path is not None:
            self.settings.last_plan = str(self.store.path)
        self._update_title()
        self.resize(1280, 820)
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        self.zoom.apply(self.settings.zoom)
        self.menus.high_contrast.setChecked(self.settings.high_contrast)
        self.show_view(self.settings.last_view if self.settings.last_view in self.pages.entries else "month")
        self.month_view.select_date(self.source.today())
        self._update_period()

    # --- views ---------------------------------------------------------------------------------
    def current_view_key(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, (_t, w, _a) in self.pages.entries.items() if w is widget), "month")

    def show_view(self, key: str) -> None:
        if key not in self.pages.entries:
            return
        day = self.current_day()
        widget = self.pages.page(key)
        title, widget, action = self.pages.entries[key]
        self.stack.setCurrentWidget(widget)
        action.setChecked(True)
        tab = next(i for i in range(self.view_tabs.count()) if self.view_tabs.tabData(i) == key)
        if self.view_tabs.currentIndex() != tab:
            self.view_tabs.setCurrentIndex(tab)
        if isinstance(widget, CalendarView) and day is not None:
            widget.select_date(day)
        widget.setFocus()
        self.settings.last_view = key
        self._update_period()
        self._update_status()

    def current_calendar(self) -> CalendarView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, CalendarView) else None

    def current_day(self) -> date:
        """The selected day of the current calendar, else the last one selected, else today."""
        view = self.current_calendar()
        day = view.current_date() if view is not None else None
        return day or self._day or self.source.today()

    def _on_date_changed(self, day) -> None:
        if day is not None:
            self._day = day

    def _on_month_changed(self) -> None:
        if self.pages.is_built("agenda"):
            self.agenda_model.set_range(*_month_bounds(self.month_model.year, self.month_model.month))
        self._update_period()

    def step_period(self, step: int) -> None:
        """Previous (-1) or next (1) month, week or agenda month."""
        key = self.current_view_key()
        view = self.current_calendar()
        day = self.current_day()
        if key in ("week", "hours"):
            self.week_model.step(step)
            offset = timedelta(days=(day.weekday() - first_weekday()) % 7)
            if view is not None:
                view.select_date(self.week_model.first_date + offset)
        elif key in ("month", "agenda"):
            self.month_model.step(step)
            target = _same_day_in(self.month_model.year, self.month_model.month, day.day)
            self._day = target
            self.month_view.select_date(target)
        elif key == "board" and view is not None:
            view.step_shown_week(step)  # a narrow board shows one week at a time
        self._update_period()

    def go_today(self) -> None:
        today = self.source.today()
        self._day = today
        self.month_model.go_to(today)
        if self.pages.is_built("week"):
            self.week_model.go_to(today)
        view = self.current_calendar()
        if view is not None:
            view.select_date(today)
        self.month_view.select_date(today)
        self._update_period()

    def set_filter(self, calendar_filter: ItemFilter) -> None:
        self.filter = calendar_filter
        self.ctx.current_filter = None if calendar_filter.is_empty() else calendar_filter
        self.month_model.set_filter(calendar_filter)
        for parts in self.pages.parts.values():  # views built later take the filter when built
            (parts["proxy"] if "proxy" in parts else parts["model"]).set_filter(calendar_filter)
        if self.pages.is_built("requests"):
            self.pages.page("requests").set_filter(calendar_filter)
        self._update_status()

    # --- look ----------------------------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        self.settings.high_contrast = on
        for view in [self.month_view] + [v for v in self.pages.built_parts("view") if isinstance(v, CalendarView)]:
            view.delegate.high_contrast = on
            view.viewport().update()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About cmplanner"),
                          self.tr("cmplanner {version}\nThe editorial planner of the community manager.")
                          .format(version=__version__))

    def _update_title(self) -> None:
        settings = self.store.settings()
        suffix = self.tr(" (read-only)") if self.store.read_only else ""
        self.setWindowTitle(f"{settings.name}{suffix} — cmplanner")

    def _update_period(self) -> None:
        key = self.current_view_key() if hasattr(self, "stack") else "month"
        self.period_label.setToolTip("")
        if key in ("week", "hours"):
            text = self.week_model.period_title()
        elif key == "board":
            text = self.tr("Next %n week(s)", "", self.board_model.weeks)
            monday = self.board_view.shown_week()
            if monday is not None:  # a narrow window: one week at a time
                text = self.tr("Week of {day}, one at a time").format(day=QLocale().toString(monday, "d MMMM"))
                self.period_label.setToolTip(self.tr("The window is too narrow for %n week(s) side by side: "
                                                     "Previous and Next show the others.", "", self.board_model.weeks))
        elif key == "backlog":
            text = self.tr("Undated ideas and drafts")
        elif key in ("month", "agenda"):
            text = self.month_model.period_title()
        else:
            text = self.pages.entries[key][0]
        self.period_label.setText(f"  {text}  ")
        enabled = key in ("month", "week", "hours", "agenda") or (
            key == "board" and self.board_view.shown_week() is not None)
        self.menus.previous.setEnabled(enabled)
        self.menus.next.setEnabled(enabled)

    def shown_count(self) -> int | None:
        """Items the current calendar view shows; None on a page the filters do not apply to."""
        key = self.current_view_key()
        if key == "month":
            return len(self.month_model.visible_chips())
        if key in ("week", "hours"):
            return len(self.week_model.visible_chips())
        if key == "board":
            return len(self.board_model.visible_chips())
        if key == "agenda":
            return self.agenda_proxy.rowCount()
        if key == "backlog":
            return self.backlog_proxy.rowCount()
        if key == "requests":
            return self.pages.page("requests").model.rowCount()
        return None

    def _update_status(self) -> None:
        if not hasattr(self, "count_label"):
            return
        count = self.shown_count()
        if count is None:
            self.count_label.clear()
            return
        text = self.tr("%n item(s) shown", "", count)
        if not self.filter.is_empty():
            text += " " + self.tr("(filtered)")
        self.count_label.setText(text)

    def _on_store_changed(self, what: str) -> None:
        if what == "settings":
            self._update_title()
        self._update_status()

    def closeEvent(self, event) -> None:
        if self.meeting.active:
            self.meeting.set_active(False)
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for dialog in list(self._dialogs):
            dialog.close()
        super().closeEvent(event)

    # --- the views' models (built when first asked for) -----------------------------------------
    week_model = property(lambda self: self.pages.part("week", "model"))
    week_view = property(lambda self: self.pages.part("week", "view"))
    time_grid = property(lambda self: self.pages.page("hours"))
    board_model = property(lambda self: self.pages.part("board", "model"))
    board_view = property(lambda self: self.pages.part("board", "view"))
    agenda_model = property(lambda self: self.pages.part("agenda", "model"))
    agenda_proxy = property(lambda self: self.pages.part("agenda", "proxy"))
    agenda_view = property(lambda self: self.pages.part("agenda", "view"))
    backlog_model = property(lambda self: self.pages.part("backlog", "model"))
    backlog_proxy = property(lambda self: self.pages.part("backlog", "proxy"))
    backlog_view = property(lambda self: self.pages.part("backlog", "view"))


def _same_day_in(year: int, month: int, day: int) -> date:
    for candidate in (day, 30, 29, 28):
        try:
            return date(year, month, min(day, candidate))
        except ValueError:
            continue
    return date(year, month, 1)

