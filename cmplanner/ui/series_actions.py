"""How the window reaches series: the Series page (View menu, toolbar), "New series…" and
"Open the series…" (Edit menu, calendar context menu), and a double-click on an occurrence, which
asks "this occurrence or the whole series?"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from cmplanner.services.calendar_range import Chip



class SeriesActions:
    def __init__(self, window: Any) -> None:
        self.window = window
        window.pages.add_lazy_page("series", QCoreApplication.translate("MainWindow", "Series"), self._build_page)
        self.new_series = QAction(QCoreApplication.translate("SeriesActions", "New &series…"), window)
        self.new_series.setObjectName("newSeriesAction")
        self.new_series.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_series.triggered.connect(self.create)
        self.open_series = QAction(QCoreApplication.translate("SeriesActions", "Open the &series of this item…"), window)
        self.open_series.setObjectName("openSeriesAction")
        self.open_series.triggered.connect(self.open_selected_series)
        self.show_page = QAction(QCoreApplication.translate("SeriesActions", "Series"), window)
        self.show_page.setObjectName("seriesPageAction")
        self.show_page.setToolTip(QCoreApplication.translate("SeriesActions", "Recurring series and the occurrences lacking content"))
        self.show_page.triggered.connect(lambda: window.show_view("series"))
        edit_menu = next(a.menu() for a in window.menuBar().actions()
                         if a.menu() is not None and window.menus.edit in a.menu().actions())
        edit_menu.insertActions(window.menus.duplicate, [self.new_series, self.open_series])
        window.addAction(self.new_series)
        window.navigation.addSeparator()
        window.navigation.addAction(self.show_page)

    def view_actions(self) -> list[QAction]:
        """Added to each calendar view's context menu."""
        return [self.open_series]

    def _build_page(self) -> QWidget:
        from .pages.series_page import SeriesPage

        page = SeriesPage(self.window.ctx)
        page.write_requested.connect(self.window.items.edit_post)
        return page

    @property
    def page(self) -> Any:
        return self.window.pages.page("series")

    def create(self) -> None:
        self.window.show_view("series")
        self.page.add_series()

    def open_series_of(self, chip: Chip) -> None:
        self.window.show_view("series")
        if chip.series_id is not None and self.page.select_series(chip.series_id):
            self.page.series._with_current(self.page.edit_series)

    def open_selected_series(self) -> None:
        chip = self.window.items.selected_chip()
        if chip is None or chip.series_id is None:
            self.window.statusBar().showMessage(QCoreApplication.translate("SeriesActions", "The selected item is not part of a series."), 5000)
            return
        self.open_series_of(chip)

    def open_item(self, chip: Chip) -> Any:
        """A double-click: a series occurrence asks whether to open it or its whole series."""
        if chip.series_id is None:
            return self.window.items.edit_item(chip)
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("SeriesActions", "Open"),
                          QCoreApplication.translate("SeriesActions", "“{title}” is part of a series.").format(title=chip.title), parent=self.window)
        box.setObjectName("occurrenceOrSeries")
        box.setInformativeText(QCoreApplication.translate("SeriesActions", "Open this occurrence only, or the whole series?"))
        one = box.addButton(QCoreApplication.translate("SeriesActions", "This &occurrence"), QMessageBox.ButtonRole.AcceptRole)
        one.setObjectName("thisOccurrence")
        whole = box.addButton(QCoreApplication.translate("SeriesActions", "The whole &series"), QMessageBox.ButtonRole.ActionRole)
        whole.setObjectName("wholeSeries")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one)

        def chosen(button: object) -> None:
            if button is one:
                self.window.items.edit_item(chip)
            elif button is whole:
                self.open_series_of(chip)

        box.buttonClicked.connect(chosen)
        return self.window.items._open_dialog(box)
