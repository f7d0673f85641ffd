"""How the main window builds its views and pages: the month at once, every other view and
entity page the first time it is shown (``add_lazy_page``), so the first paint reads only the
visible month. ``window.week_model``, ``window.agenda_proxy``... build their view when asked."""

from __future__ import annotations

from collections.abc import Callable
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
from .legend import install_legend
from .series_actions import SeriesActions
from .time_grid_actions import TimeGridActions


SIZED_ROWS = 100  # rows a table's column widths are measured on


class WindowPagesMixin:
    """Mixed into MainWindow (uses its ctx, source, settings, menus, stack, tabs and filter)."""

    # --- building ----------------------------------------------------------------------------
    def _calendar_view(self, name: str, model, day_numbers: bool, title_lines: int) -> CalendarView:
        view = CalendarView(self.ctx, ChipDelegate(self.source, None, day_numbers, title_lines), self)
        view.delegate.setParent(view)
        view.setObjectName(name)
        view.setModel(model)
        view.edit_requested.connect(lambda chip: self.series_actions.open_item(chip))
        view.chip_dropped.connect(self.drop_chip)
        view.event_requested.connect(lambda event_id: self.event_actions.open_event(event_id))
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
        # Columns fit the rows on screen and a little more, not every row of a long list: sizing
        # a month's agenda or the whole backlog took longer than reading it.
        header.setResizeContentsPrecision(SIZED_ROWS)
        title_column = list(model.sourceModel().COLUMNS).index("title")
        header.setSectionResizeMode(title_column, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda index: self._edit_row(view, index))
        return view

    def _add_view_actions(self, view: QWidget) -> None:
        # Right click: the item under the mouse is selected first (mouse press), then these.
        view.addActions([self.menus.edit, self.menus.new_post, self.menus.duplicate, self.menus.delete,
                         *getattr(self, "extra_view_actions", [])])
        if isinstance(view, CalendarView) and hasattr(self, "series_actions"):
            view.addActions(self.series_actions.view_actions() + [self.fill_gap.action])
        if hasattr(self, "media_actions"):
            view.addAction(self.media_actions.preview_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_week(self) -> QWidget:
        model = WeekModel(self.ctx, self.source, self)
        model.set_filter(self.filter)
        view = self._calendar_view("weekView", model, True, 8)
        model.contents_changed.connect(self._update_status)
        model.period_changed.connect(self._update_period)
        self._parts["week"] = {"model": model, "view": view}
        return view

    def _build_board(self) -> QWidget:
        model = NextWeeksModel(self.ctx, self.source, self.settings.board_weeks, self)
        model.set_filter(self.filter)
        view = self._calendar_view("boardView", model, False, 6)
        view.delegate.show_networks = False
        view.min_column_chars = 14  # narrower: weekdays only, titles wrapped at word boundaries
        model.contents_changed.connect(self._update_status)
        self._parts["board"] = {"model": model, "view": view}
        return view

    def _build_agenda(self) -> QWidget:
        model = AgendaModel(self.ctx, self.source, self)
        model.set_range(*_month_bounds(self.month_model.year, self.month_model.month))
        return self._chip_table("agenda", model)

    def _build_backlog(self) -> QWidget:
        view = self._chip_table("backlog", BacklogModel(self.ctx, self.source, self))
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        return view

    def _chip_table(self, key: str, model) -> QTableView:
        proxy = ChipFilterProxy(self)
        proxy.setSourceModel(model)
        proxy.set_filter(self.filter)
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved):
            signal.connect(self._update_status)
        view = self._table_view(f"{key}View", proxy)
        self._parts[key] = {"model": model, "proxy": proxy, "view": view}
        return view

    def _plug_in(self) -> None:
        """The entity pages (built when first shown) and the File menu's import, export and
        safety actions (their dialogs are imported when first opened)."""
        from .dialogs.backlog_actions import install_backlog_actions
        from .dialogs.ics_actions import install_ics_actions
        from .dialogs.review_actions import install_review_actions
        from .dialogs.safety_actions import install_safety_actions

        # The MainWindow context, as self.tr gave them in MainWindow (lupdate reads it here).
        pages = (("events", QCoreApplication.translate("MainWindow", "Events"), self._events_page),
                 ("line", QCoreApplication.translate("MainWindow", "Editorial line"), self._line_page),
                 ("people", QCoreApplication.translate("MainWindow", "People and sites"), self._people_page),
                 ("requests", QCoreApplication.translate("MainWindow", "Content requests"), self._requests_page))
        for key, title, build in pages:
            self.add_lazy_page(key, title, build)
        self.series_actions = SeriesActions(self)
        self.time_grid_actions = TimeGridActions(self)
        self.event_actions = EventActions(self)
        self.fill_gap = FillGapAction(self)
        self.legend_action = install_legend(self)
        for view in [self.month_view] + [v for v in self._built_parts("view") if isinstance(v, CalendarView)]:
            view.addActions(self.series_actions.view_actions() + [self.fill_gap.action])
        file_menu = self.menus.file
        install_ics_actions(self, self.ctx, file_menu)
        install_backlog_actions(self, self.ctx, file_menu)
        self.safety_actions = install_safety_actions(self, self.ctx, file_menu)
        from .media_actions import MediaActions

        self.media_actions = MediaActions(self, self.ctx)

        install_review_actions(self, self.ctx, file_menu)

        from .team_actions import install_team_actions

        self.team_actions = install_team_actions(self, self.ctx, file_menu)

    def _events_page(self) -> QWidget:
        from .pages.events_page import EventsPage

        return EventsPage(self.ctx)

    def _line_page(self) -> QWidget:
        from .pages.editorial_line_page import EditorialLinePage

        return EditorialLinePage(self.ctx)

    def _people_page(self) -> QWidget:
        from .pages.people_page import PeoplePage

        return PeoplePage(self.ctx)

    def _requests_page(self) -> QWidget:
        from .pages.requests_page import RequestsPage

        page = RequestsPage(self.ctx)
        page.set_filter(self.filter)
        page.post_written.connect(self.edit_post)  # "Write a post from this request", a deadline
        return page

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

    def add_lazy_page(self, key: str, title: str, build: Callable[[], QWidget]) -> QAction:
        """Like ``add_page``, but ``build()`` makes the page the first time it is shown (an empty
        placeholder holds its place until then)."""
        placeholder = QWidget(self)
        placeholder.setObjectName(f"{key}Placeholder")
        action = self.add_page(key, title, placeholder)
        self._builders[key] = build
        return action

    def page(self, key: str) -> QWidget:
        """The page shown for ``key``, built now if it was not yet."""
        build = self._builders.pop(key, None)
        title, placeholder, action = self._pages[key]
        if build is None:
            return placeholder  # built already (or added with add_page)
        widget = build()
        index = self.stack.indexOf(placeholder)
        current = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(index, widget)
        self._pages[key] = (title, widget, action)
        if current:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if isinstance(widget, (CalendarView, QTableView)):
            self._add_view_actions(widget)
        if isinstance(widget, CalendarView):
            widget.delegate.high_contrast = self.settings.high_contrast
        if hasattr(self, "zoom"):
            self.zoom.apply(self.zoom.level)  # the new page's headers follow the zoom
        return widget

    def is_built(self, key: str) -> bool:
        return key in self._pages and key not in self._builders

    def _part(self, key: str, part: str):
        if key not in self._parts:
            self.page(key)
        return self._parts[key][part]

    def _built_parts(self, part: str) -> list:
        return [parts[part] for parts in self._parts.values() if part in parts]

    week_model = property(lambda self: self._part("week", "model"))
    week_view = property(lambda self: self._part("week", "view"))
    time_grid = property(lambda self: self.page("hours"))
    board_model = property(lambda self: self._part("board", "model"))
    board_view = property(lambda self: self._part("board", "view"))
    agenda_model = property(lambda self: self._part("agenda", "model"))
    agenda_proxy = property(lambda self: self._part("agenda", "proxy"))
    agenda_view = property(lambda self: self._part("agenda", "view"))
    backlog_model = property(lambda self: self._part("backlog", "model"))
    backlog_proxy = property(lambda self: self._part("backlog", "proxy"))
    backlog_view = property(lambda self: self._part("backlog", "view"))


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first day of the month and the first day of the next one."""
    return date(year, month, 1), date(year + (month == 12), month % 12 + 1, 1)
