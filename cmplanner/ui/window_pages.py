"""How the main window builds its views and pages: the month at once, every other view and
entity page the first time it is shown (``add_lazy_page``), so the first paint reads only the
visible month. ``window.week_model``, ``window.agenda_proxy``... build their view when asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .calendar_view import CalendarView
from .chip_delegate import ChipDelegate
from .models.board_model import NextWeeksModel
from .models.chip_table_models import AgendaModel, BacklogModel, ChipFilterProxy
from .models.day_grid_model import WeekModel
from .event_actions import EventActions
from .fill_gap import FillGapAction
from .series_actions import SeriesActions
from .time_grid_actions import TimeGridActions


SIZED_ROWS = 100  # rows a table's column widths are measured on

if TYPE_CHECKING:
    from .main_window import MainWindow


class ViewPages:
    """The main window's views and pages (``window.pages``): the switcher's entries, the views
    built the first time they are shown, and their models. It adds them to the window's stack,
    tabs and View menu."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.entries: dict[str, tuple[str, QWidget, QAction]] = {}  # key: (title, page, action)
        self.builders: dict[str, Callable[[], QWidget]] = {}  # pages not built yet
        self.parts: dict[str, dict[str, Any]] = {}  # the built views' models and view
        self.completed = False  # the actions of ``complete`` added

    # --- building ----------------------------------------------------------------------------
    def calendar_view(self, name: str, model, day_numbers: bool, title_lines: int) -> CalendarView:
        view = CalendarView(self.window.ctx, ChipDelegate(self.window.source, None, day_numbers, title_lines), self.window)
        view.delegate.setParent(view)
        view.setObjectName(name)
        view.setModel(model)
        view.edit_requested.connect(lambda chip: self.window.series_actions.open_item(chip))
        view.chip_dropped.connect(self.window.items.drop_chip)
        view.event_requested.connect(lambda event_id: self.window.event_actions.open_event(event_id))
        view.date_changed.connect(self.window._on_date_changed)
        if day_numbers:
            view.verticalHeader().hide()  # the board keeps its row headers: the networks
        return view

    def table_view(self, name: str, model) -> QTableView:
        view = QTableView(self.window)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns fit the rows on screen and a little more, not every row of a long list: sizing
        # a month's agenda or the whole backlog took longer than reading it.
        header.setResizeContentsPrecision(SIZED_ROWS)
        title_column = list(model.sourceModel().COLUMNS).index("title")
        header.setSectionResizeMode(title_column, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda index: self.window.items._edit_row(view, index))
        return view

    def add_view_actions(self, view: QWidget) -> None:
        # Right click: the item under the mouse is selected first (mouse press), then these.
        view.addActions([self.window.menus.edit, self.window.menus.new_post, self.window.menus.duplicate, self.window.menus.delete,
                         *getattr(self.window, "extra_view_actions", [])])
        if isinstance(view, CalendarView) and hasattr(self.window, "series_actions"):
            view.addActions(self.window.series_actions.view_actions() + [self.window.fill_gap.action])
        if hasattr(self.window, "media_actions"):
            view.addAction(self.window.media_actions.preview_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_week(self) -> QWidget:
        model = WeekModel(self.window.ctx, self.window.source, self.window)
        model.set_filter(self.window.filter)
        view = self.calendar_view("weekView", model, True, 8)
        model.contents_changed.connect(self.window._update_status)
        model.period_changed.connect(self.window._update_period)
        self.parts["week"] = {"model": model, "view": view}
        return view

    def _build_board(self) -> QWidget:
        model = NextWeeksModel(self.window.ctx, self.window.source, self.window.settings.board_weeks, self.window)
        model.set_filter(self.window.filter)
        view = self.calendar_view("boardView", model, False, 6)
        view.delegate.show_networks = False
        view.min_column_chars = 14  # narrower: weekdays only, titles wrapped at word boundaries
        view.columns_fitted.connect(self.window._update_period)  # one week at a time when narrow
        model.contents_changed.connect(self.window._update_status)
        self.parts["board"] = {"model": model, "view": view}
        return view

    def _build_agenda(self) -> QWidget:
        model = AgendaModel(self.window.ctx, self.window.source, self.window)
        model.set_range(*_month_bounds(self.window.month_model.year, self.window.month_model.month))
        return self._chip_table("agenda", model)

    def _build_backlog(self) -> QWidget:
        view = self._chip_table("backlog", BacklogModel(self.window.ctx, self.window.source, self.window))
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        return view

    def _chip_table(self, key: str, model) -> QTableView:
        proxy = ChipFilterProxy(self.window)
        proxy.setSourceModel(model)
        proxy.set_filter(self.window.filter)
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved):
            signal.connect(self.window._update_status)
        view = self.table_view(f"{key}View", proxy)
        self.parts[key] = {"model": model, "proxy": proxy, "view": view}
        return view

    def plug_in(self) -> None:
        """The entity pages (built when first shown) and what the window shows of its features
        at once: their tabs and toolbar button, the crisis banner, the meeting's status. The File
        menu's imports, exports, safety, report and team actions and the legend come with
        ``complete``."""
        from .dialogs.review_actions import install_review_actions
        from .closure_actions import ClosureActions
        from .media_actions import MediaActions

        # The MainWindow context, as self.tr gave them in MainWindow (lupdate reads it here).
        pages = (("events", QCoreApplication.translate("MainWindow", "Events"), self._events_page),
                 ("line", QCoreApplication.translate("MainWindow", "Editorial line"), self._line_page),
                 ("people", QCoreApplication.translate("MainWindow", "People and sites"), self._people_page),
                 ("requests", QCoreApplication.translate("MainWindow", "Content requests"), self._requests_page))
        for key, title, build in pages:
            self.add_lazy_page(key, title, build)
        self.window.series_actions = SeriesActions(self.window)
        self.window.time_grid_actions = TimeGridActions(self.window)
        self.window.event_actions = EventActions(self.window)
        self.window.fill_gap = FillGapAction(self.window)
        self.window.closure_actions = ClosureActions(self.window)
        for view in [self.window.month_view] + [v for v in self.built_parts("view") if isinstance(v, CalendarView)]:
            view.addActions(self.window.series_actions.view_actions() + [self.window.fill_gap.action])
        self.window.media_actions = MediaActions(self.window, self.window.ctx)
        install_review_actions(self.window, self.window.ctx)

    def complete(self) -> None:
        """The actions no part of the window shows until a menu opens: File's iCalendar,
        backlog, safety, report and team actions, View's legend. The window's start adds them
        once it is on screen (MainWindow, ui/launcher.py); at once otherwise. Once only."""
        if self.completed:
            return
        self.completed = True
        from .dialogs.backlog_actions import install_backlog_actions
        from .dialogs.ics_actions import install_ics_actions
        from .dialogs.review_actions import install_report_actions
        from .dialogs.safety_actions import install_safety_actions
        from .legend import install_legend
        from .team_actions import install_team_actions

        window, ctx, file_menu = self.window, self.window.ctx, self.window.menus.file
        install_ics_actions(window, ctx, file_menu)
        install_backlog_actions(window, ctx, file_menu)
        window.safety_actions = install_safety_actions(window, ctx, file_menu)
        install_report_actions(window, ctx, file_menu)
        window.team_actions = install_team_actions(window, ctx, file_menu)
        window.legend_action = install_legend(window)

    def _events_page(self) -> QWidget:
        from .pages.events_page import EventsPage

        return EventsPage(self.window.ctx)

    def _line_page(self) -> QWidget:
        from .pages.editorial_line_page import EditorialLinePage

        return EditorialLinePage(self.window.ctx)

    def _people_page(self) -> QWidget:
        from .pages.people_page import PeoplePage

        return PeoplePage(self.window.ctx)

    def _requests_page(self) -> QWidget:
        from .pages.requests_page import RequestsPage

        page = RequestsPage(self.window.ctx)
        page.set_filter(self.window.filter)
        page.post_written.connect(self.window.items.edit_post)  # "Write a post from this request", a deadline
        return page

    def add_page(self, key: str, title: str, widget: QWidget) -> QAction:
        """Add ``widget`` as a view called ``title`` to the switcher and the View menu."""
        if key in self.entries:
            raise ValueError(f"a page {key!r} is already in the window")
        self.window.stack.addWidget(widget)
        action = QAction(title, self.window)
        action.setCheckable(True)
        action.setData(key)
        number = len(self.entries) + 1
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: self.window.show_view(k))
        self.window.view_group.addAction(action)
        self.window.menus.views.addAction(action)
        tab = self.window.view_tabs.addTab(title)
        self.window.view_tabs.setTabData(tab, key)
        self.entries[key] = (title, widget, action)
        return action

    def add_lazy_page(self, key: str, title: str, build: Callable[[], QWidget]) -> QAction:
        """Like ``add_page``, but ``build()`` makes the page the first time it is shown (an empty
        placeholder holds its place until then)."""
        placeholder = QWidget(self.window)
        placeholder.setObjectName(f"{key}Placeholder")
        action = self.add_page(key, title, placeholder)
        self.builders[key] = build
        return action

    def page(self, key: str) -> QWidget:
        """The page shown for ``key``, built now if it was not yet."""
        build = self.builders.pop(key, None)
        title, placeholder, action = self.entries[key]
        if build is None:
            return placeholder  # built already (or added with add_page)
        widget = build()
        index = self.window.stack.indexOf(placeholder)
        current = self.window.stack.currentWidget() is placeholder
        self.window.stack.insertWidget(index, widget)
        self.entries[key] = (title, widget, action)
        if current:
            self.window.stack.setCurrentWidget(widget)
        self.window.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if isinstance(widget, (CalendarView, QTableView)):
            self.add_view_actions(widget)
        if isinstance(widget, CalendarView):
            widget.delegate.high_contrast = self.window.settings.high_contrast
        if hasattr(self.window, "zoom"):
            self.window.zoom.apply(self.window.zoom.level)  # the new page's headers follow the zoom
        return widget

    def is_built(self, key: str) -> bool:
        return key in self.entries and key not in self.builders

    def part(self, key: str, part: str):
        if key not in self.parts:
            self.page(key)
        return self.parts[key][part]

    def built_parts(self, part: str) -> list:
        return [parts[part] for parts in self.parts.values() if part in parts]



def _month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first day of the month and the first day of the next one."""
    return date(year, month, 1), date(year + (month == 12), month % 12 + 1, 1)
