"""Zoom of the central views and meeting mode (full screen, large text, nothing private)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from .settings import MEETING_ZOOM, UiSettings, next_zoom


class Zoom:
    """Scales the font of the central views (delegates follow the view font)."""

    def __init__(self, window, settings: UiSettings) -> None:
        self.window, self.settings = window, settings
        self.level = 100
        self.remember = True  # meeting mode zooms without changing the saved level

    def apply(self, level: int) -> None:
        self.level = max(50, min(400, level))
        base = QApplication.font()
        font = QFont(base)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.level / 100)
        self.window.stack.setFont(font)
        self.window.view_tabs.setFont(font)
        self.window.period_label.setFont(font)
        line = QFontMetrics(font).height() + 8
        for view in self.window.stack.findChildren(QTableView):
            view.verticalHeader().setDefaultSectionSize(line)
            view.horizontalHeader().setFont(font)
            view.verticalHeader().setFont(font)
        if self.remember:
            self.settings.zoom = self.level

    def step(self, direction: int) -> None:
        self.apply(next_zoom(self.level, direction))

    def reset(self) -> None:
        self.apply(MEETING_ZOOM if self.window.meeting.active else 100)


class MeetingMode:
    """Full screen, a large zoom and ``ctx.meeting_mode`` (private notes and e-mails hidden)."""

    def __init__(self, window, zoom: Zoom) -> None:
        self.window, self.zoom = window, zoom
        self.active = False
        self._before: tuple[bool, int, bool] | None = None

    def set_active(self, on: bool) -> None:
        window = self.window
        if on == self.active:
            return
        self.active = on
        if on:
            self._before = (window.isMaximized(), self.zoom.level, window.filter_dock.isVisible())
            window.filter_dock.hide()  # the room sees the calendar, not the filters
            self.zoom.remember = False
            self.zoom.apply(max(self.zoom.level, MEETING_ZOOM))
            window.showFullScreen()
        else:
            maximized, level, filters = self._before or (False, 100, True)
            window.filter_dock.setVisible(filters)
            self.zoom.remember = True
            self.zoom.apply(level)
            if maximized:
                window.showMaximized()
            else:
                window.showNormal()
        window.ctx.set_meeting_mode(on)
        if window.menus.meeting.isChecked() != on:
            window.menus.meeting.setChecked(on)
        message = QCoreApplication.translate("MainWindow", "Meeting mode: private notes and e-mail addresses are hidden.")
        window.statusBar().showMessage(message if on else "", 0 if on else 1)
