"""The main window: a filter sidebar, a switcher of views (month, week, agenda, backlog, next
weeks, and the pages plugged in with ``add_page``), menus listing every action, a status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHeaderView, QLabel, QMainWindow, QMessageBox,
    QStackedWidget, QStyle, QTableView, QTabBar, QToolBar, QVBoxLayout, QWidget,
)

from cmplanner import __version__
from cmplanner.services.calendar_range import CalendarFilter

from .calendar_source import CalendarSource
from .calendar_view import CalendarView
from .chip_delegate import ChipDelegate
from .context import AppContext
from .filter_panel import FilterPanel
from .models.board_model import NextWeeksModel
from .models.chip_table_models import AgendaModel, BacklogModel, ChipFilterProxy
from .models.day_grid_model import MonthModel, WeekModel, first_weekday
from .settings import UiSettings
from .window_items import WindowItemsMixin
from .window_menus import build_menus
from .zoom import MeetingMode, Zoom


class MainWindow(WindowItemsMixin, QMainWindow):
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
        self._dialogs: list = []  # open non-modal dialogs, kept alive
        self._pages: dict[str, tuple[str, QWidget, QAction]] = {}
        self.filter = CalendarFilter()
        self._day: date | None = None  # the day last selected in a calendar view

        self.month_model = MonthModel(ctx, self.source, self)
        self.week_model = WeekModel(ctx, self.source, self)
        self.board_model = NextWeeksModel(ctx, self.source, self.settings.board_weeks, self)
        self.agenda_model = AgendaModel(ctx, self.source, self)
        self.backlog_model = BacklogModel(ctx, self.source, self)
        self.agenda_proxy, self.backlog_proxy = ChipFilterProxy(self), ChipFilterProxy(self)
        self.agenda_proxy.setSourceModel(self.agenda_model)
        self.backlog_proxy.setSourceModel(self.backlog_model)

        self.month_view = self._calendar_view("monthView", self.month_model, True, 2)
        self.week_view = self._calendar_view("weekView", self.week_model, True, 8)
        self.board_view = self._calendar_view("boardView", self.board_model, False, 6)
        self.board_view.delegate.show_networks = False
        self.agenda_view = self._table_view("agendaView", self.agenda_proxy)
        self.backlog_view = self._table_view("backlogView", self.backlog_proxy)
        self.backlog_view.setDragEnabled(True)
        self.backlog_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

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
        for key, title, widget in (("month", self.tr("Month"), self.month_view),
                                   ("week", self.tr("Week"), self.week_view),
                                   ("agenda", self.tr("Agenda"), self.agenda_view),
                                   ("backlog", self.tr("Backlog"), self.backlog_view),
                                   ("board", self.tr("Next weeks"), self.board_view)):
            self.add_page(key, title, widget)
        self._plug_in()
        self.view_tabs.currentChanged.connect(lambda i: self.show_view(self.view_tabs.tabData(i)))
        for view in (self.month_view, self.week_view, self.board_view, self.agenda_view, self.backlog_view):
            # Right click: the item under the mouse is selected first (mouse press), then these.
            view.addActions([self.menus.edit, self.menus.new_post, self.menus.duplicate, self.menus.delete])
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.zoom = Zoom(self, self.settings)
        self.meeting = MeetingMode(self, self.zoom)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        for model in (self.month_model, self.week_model, self.board_model):
            model.contents_changed.connect(self._update_status)
        for model in (self.agenda_proxy, self.backlog_proxy):
            model.modelReset.connect(self._update_status)
            model.rowsInserted.connect(self._update_status)
            model.rowsRemoved.connect(self._update_status)
        self.month_model.period_changed.connect(self._on_month_changed)
        self.week_model.period_changed.connect(self._update_period)
        ctx.changed.connect(self._on_store_changed)

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
        self.show_view(self.settings.last_view if self.settings.last_view in self._pages else "month")
        self.month_view.select_date(self.source.today())
        self._update_period()

    # --- building ----------------------------------------------------------------------------
    def _calendar_view(self, name: str, model, day_numbers: bool, title_lines: int) -> CalendarView:
        view = CalendarView(self.ctx, ChipDelegate(self.source, None, day_numbers, title_lines), self)
        view.delegate.setParent(view)
        view.setObjectName(name)
        view.setModel(model)
        view.edit_requested.connect(self.edit_item)
        view.chip_dropped.connect(self.drop_chip)
        view.date_changed.connect(self._on_date_changed)
        if day_numbers:
            view.verticalHeader().hide()  # the board keeps its row headers: the networks
        return view

    def _table_view(self, name: str, model) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        title_column = list(model.sourceModel().COLUMNS).index("title")
        header.setSectionResizeMode(title_column, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda index: self._edit_row(view, index))
        return view

    def _plug_in(self) -> None:
        """The entity pages and the File menu's import, export and safety actions."""
        from .dialogs.backlog_actions import install_backlog_actions
        from .dialogs.ics_actions import install_ics_actions
        from .dialogs.safety_actions import install_safety_actions
        from .pages.editorial_line_page import EditorialLinePage
        from .pages.events_page import EventsPage
        from .pages.people_page import PeoplePage
        from .pages.requests_page import RequestsPage

        for key, title, page in (("events", self.tr("Events"), EventsPage),
                                 ("line", self.tr("Editorial line"), EditorialLinePage),
                                 ("people", self.tr("People and sites"), PeoplePage),
                                 ("requests", self.tr("Content requests"), RequestsPage)):
            self.add_page(key, title, page(self.ctx))
        file_menu = self.menus.file
        install_ics_actions(self, self.ctx, file_menu)
        install_backlog_actions(self, self.ctx, file_menu)
        self.safety_actions = install_safety_actions(self, self.ctx, file_menu)

    def add_page(self, key: str, title: str, widget: QWidget) -> QAction:
        """Add ``widget`` as a view called ``title`` to the switcher and the View menu."""
        if key in self._pages:
            raise ValueError(f"a page {key!r} is already in the window")
        self.stack.addWidget(widget)
        action = QAction(title, self)
        action.setCheckable(True)
        action.setData(key)
        number = len(self._pages) + 1
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        self.view_group.addAction(action)
        self.menus.views.addAction(action)
        tab = self.view_tabs.addTab(title)
        self.view_tabs.setTabData(tab, key)
        self._pages[key] = (title, widget, action)
        return action

    # --- views ---------------------------------------------------------------------------------
    def current_view_key(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, (_t, w, _a) in self._pages.items() if w is widget), "month")

    def show_view(self, key: str) -> None:
        if key not in self._pages:
            return
        title, widget, action = self._pages[key]
        day = self.current_day()
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
        first = date(self.month_model.year, self.month_model.month, 1)
        end = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        self.agenda_model.set_range(first, end)
        self._update_period()

    def step_period(self, step: int) -> None:
        """Previous (-1) or next (1) month, week or agenda month."""
        key = self.current_view_key()
        view = self.current_calendar()
        day = self.current_day()
        if key == "week":
            self.week_model.step(step)
            offset = timedelta(days=(day.weekday() - first_weekday()) % 7)
            if view is not None:
                view.select_date(self.week_model.first_date + offset)
        elif key in ("month", "agenda"):
            self.month_model.step(step)
            target = _same_day_in(self.month_model.year, self.month_model.month, day.day)
            self._day = target
            self.month_view.select_date(target)
        self._update_period()

    def go_today(self) -> None:
        today = self.source.today()
        self._day = today
        self.month_model.go_to(today)
        self.week_model.go_to(today)
        view = self.current_calendar()
        if view is not None:
            view.select_date(today)
        self.month_view.select_date(today)
        self._update_period()

    def set_filter(self, calendar_filter: CalendarFilter) -> None:
        from cmplanner.interop.ics_options import ItemFilter

        self.filter = calendar_filter
        self.ctx.current_filter = None if calendar_filter.is_empty() else ItemFilter(
            calendar_filter.network_ids, calendar_filter.pillar_ids, calendar_filter.statuses,
            calendar_filter.owner_ids, calendar_filter.text)
        for model in (self.month_model, self.week_model, self.board_model,
                      self.agenda_proxy, self.backlog_proxy):
            model.set_filter(calendar_filter)
        self._update_status()

    # --- look ----------------------------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        self.settings.high_contrast = on
        for view in (self.month_view, self.week_view, self.board_view):
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
        if key == "week":
            text = self.week_model.period_title()
        elif key == "board":
            text = self.tr("Next %n week(s)", "", self.board_model.weeks)
        elif key == "backlog":
            text = self.tr("Undated ideas and drafts")
        elif key in ("month", "agenda"):
            text = self.month_model.period_title()
        else:
            text = self._pages[key][0]
        self.period_label.setText(f"  {text}  ")
        enabled = key in ("month", "week", "agenda")
        self.menus.previous.setEnabled(enabled)
        self.menus.next.setEnabled(enabled)

    def shown_count(self) -> int | None:
        """Items the current calendar view shows; None on a page the filters do not apply to."""
        key = self.current_view_key()
        if key == "month":
            return len(self.month_model.visible_chips())
        if key == "week":
            return len(self.week_model.visible_chips())
        if key == "board":
            return len(self.board_model.visible_chips())
        if key == "agenda":
            return self.agenda_proxy.rowCount()
        if key == "backlog":
            return self.backlog_proxy.rowCount()
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

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.meeting.active:
            self.meeting.set_active(False)
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for dialog in list(self._dialogs):
            dialog.close()
        super().closeEvent(event)


def _same_day_in(year: int, month: int, day: int) -> date:
    for candidate in (day, 30, 29, 28):
        try:
            return date(year, month, min(day, candidate))
        except ValueError:
            continue
    return date(year, month, 1)

