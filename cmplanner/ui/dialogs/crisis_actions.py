"""Crisis mode in the window: Edit ▸ Crisis mode… starts a crisis (reason, start time, the window
of posts to hold, with the list of everything affected) or ends the one under way; a red
banner above the views says a crisis is on while it lasts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.services import crisis as cases

from ..editors.common import aware, date_time_format, form_layout, format_datetime, qdatetime
from ..messages import describe


def install_crisis_actions(window, ctx, edit_menu) -> None:
    action = QAction(QCoreApplication.translate("CrisisActions", "&Crisis mode…"), window)
    action.setObjectName("crisisMode")
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    action.triggered.connect(lambda: open_crisis_dialog(window, ctx))
    if edit_menu is not None:
        edit_menu.addSeparator()
        edit_menu.addAction(action)
    window.addAction(action)
    window.crisis_action = action
    banner = QLabel(window)
    banner.setObjectName("crisisBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("background: #b00020; color: white; font-weight: bold; padding: 6px;")
    banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = window.centralWidget().layout()
    layout.insertWidget(0, banner)
    window.crisis_banner = banner

    def refresh(what: str = "crises") -> None:
        if what not in ("crises", "posts"):
            return
        crisis = ctx.store.active_crisis()
        banner.setVisible(crisis is not None)
        if crisis is not None:
            held = crisis.held
            text = QCoreApplication.translate("CrisisActions", "Crisis since {when}: {reason}. %n post(s) on hold; new posts go through the exceptional circuit. Edit ▸ End the crisis… ends it.", "", held)  # noqa: E501
            banner.setText(text.format(when=format_datetime(crisis.started_at, ctx.store.zone_name),
                                       reason=crisis.reason))
        action.setText(QCoreApplication.translate("CrisisActions", "End the &crisis…") if crisis
                       else QCoreApplication.translate("CrisisActions", "&Crisis mode…"))

    ctx.changed.connect(refresh)
    refresh()


def open_crisis_dialog(window, ctx):
    crisis = ctx.store.active_crisis()
    dialog = EndCrisisDialog(ctx, crisis, window) if crisis else StartCrisisDialog(ctx, window)
    window.crisis_dialog = dialog
    dialog.open()
    return dialog


class StartCrisisDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startCrisisDialog")
        self.setWindowTitle(self.tr("Start a crisis"))
        self.ctx = ctx
        zone = ctx.store.zone_name
        self.zone = zone
        now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("crisisReason")
        self.started = self._datetime("crisisStart", now)
        self.window_start = self._datetime("crisisWindowStart", now)
        self.window_end = self._datetime("crisisWindowEnd", now + timedelta(days=7))
        self.affected = QListWidget(self)
        self.affected.setObjectName("crisisAffected")
        self.error = QLabel(self)
        self.error.setObjectName("crisisError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = form_layout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Started at:"), self.started)
        form.addRow(self.tr("Hold posts &from:"), self.window_start)
        form.addRow(self.tr("&until:"), self.window_end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start the crisis"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Affected:"), self))
        layout.addWidget(self.affected, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit in (self.window_start, self.window_end):
            edit.dateTimeChanged.connect(self.preview)
        self.preview()
        self.resize(640, 520)

    def _datetime(self, name: str, value: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(qdatetime(value, self.zone), self)
        edit.setObjectName(name)
        edit.setDisplayFormat(date_time_format())
        edit.setCalendarPopup(True)
        return edit

    def window(self) -> tuple[datetime, datetime]:  # noqa: A003 (the crisis window)
        return aware(self.window_start.dateTime(), self.zone), aware(self.window_end.dateTime(), self.zone)

    def preview(self) -> None:
        self.affected.clear()
        start, end = self.window()
        if end <= start:
            return
        found = cases.affected(self.ctx.store, start, end)
        zone = self.zone
        for post in found.held:
            self.affected.addItem(self.tr("Post put on hold: {when} {title}").format(
                when=format_datetime(post.planned_at, zone), title=post.title))
        for series, when in found.occurrences:
            self.affected.addItem(self.tr("Series occurrence to check: {when} {name}").format(
                when=format_datetime(when, zone), name=series.name))
        for event in found.events:
            self.affected.addItem(self.tr("Event and its promotion: {when} {title}").format(
                when=format_datetime(event.start, zone), title=event.title))
        self.affected.addItem(self.tr("Published calendar feeds show held posts as tentative "
                                      "at their next publication."))

    def start(self) -> None:
        start, end = self.window()
        try:
            change = cases.start_crisis(self.ctx.store, self.reason.text(),
                                        aware(self.started.dateTime(), self.zone), start, end)
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        self.ctx.push(change)
        self.accept()


class EndCrisisDialog(QDialog):
    def __init__(self, ctx, crisis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endCrisisDialog")
        self.setWindowTitle(self.tr("End the crisis"))
        self.ctx, self.crisis = ctx, crisis
        summary = QLabel(self.tr("Crisis since {when}: {reason}. Ending it puts back the %n "
                                 "post(s) still on hold.", "", crisis.held).format(
            when=format_datetime(crisis.started_at, ctx.store.zone_name), reason=crisis.reason), self)
        summary.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("crisisNote")
        self.note.setPlaceholderText(self.tr("How it went (kept in the crisis log of the review pack)"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&End the crisis"))
        buttons.accepted.connect(self.end)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def end(self) -> None:
        try:
            change = cases.end_crisis(self.ctx.store, self.crisis, note=self.note.toPlainText().strip())
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        self.ctx.push(change)
        self.accept()
