"""Meetings in the window: Edit ▸ Start meeting… (who is in the room), Add a note to the
minutes…, End meeting… (the minutes, kept in the plan, saved as PDF or HTML if wished). While a
meeting lasts, every change pushed on the undo stack is read for decisions (approvals,
refusals, moves, cancellations, new ideas) and logged with its author and time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QLineEdit, QTextBrowser,
    QVBoxLayout, QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.services import meetings as cases

from ..commands import ChangeCommand
from ..editors.common import CheckList, form_layout
from ..messages import describe


def install_meeting_actions(window, ctx, edit_menu) -> None:
    start = QAction(QCoreApplication.translate("MeetingActions", "Start a &meeting…"), window)
    start.setObjectName("startMeeting")
    start.triggered.connect(lambda: open_meeting_dialog(window, ctx))
    note = QAction(QCoreApplication.translate("MeetingActions", "Add a &note to the minutes…"), window)
    note.setObjectName("meetingNote")
    note.triggered.connect(lambda: add_note(window, ctx))
    minutes = QAction(QCoreApplication.translate("MeetingActions", "Meeting &minutes…"), window)
    minutes.setObjectName("meetingMinutes")
    minutes.triggered.connect(lambda: _open_minutes(window, ctx))
    if edit_menu is not None:
        edit_menu.addActions([start, note, minutes])
    window.meeting_start_action, window.meeting_note_action = start, note
    window.meeting_minutes_action = minutes
    status = QLabel(window)
    status.setObjectName("meetingStatus")
    window.statusBar().addPermanentWidget(status)
    window.meeting_status = status

    def refresh(what: str = "meetings") -> None:
        if what != "meetings":
            return
        meeting = ctx.store.active_meeting()
        note.setEnabled(meeting is not None)
        start.setText(QCoreApplication.translate("MeetingActions", "End the &meeting…") if meeting
                      else QCoreApplication.translate("MeetingActions", "Start a &meeting…"))
        status.setVisible(meeting is not None)
        if meeting is not None:
            count = len(meeting.decisions)
            status.setText(QCoreApplication.translate("MeetingActions", "Meeting under way: %n decision(s) logged", "", count))

    seen = {"count": ctx.undo_stack.count()}

    def pushed(index: int) -> None:
        """A command was pushed (the stack grew and its index is at the top): log its
        decisions. Undo and redo move the index without growing the stack."""
        stack = ctx.undo_stack
        if not isValid(stack) or not isValid(window):
            return  # the window is closing
        grew = stack.count() > seen["count"]
        seen["count"] = stack.count()
        if not grew or index != stack.count():
            return
        command = stack.command(index - 1)
        if isinstance(command, ChangeCommand) and ctx.store.active_meeting() is not None:
            person = ctx.current_person()
            try:
                cases.log_change(ctx.store, command.change, person.id if person else None)
            except DomainError as exc:
                window.statusBar().showMessage(describe(exc), 5000)

    ctx.undo_stack.indexChanged.connect(pushed)
    ctx.changed.connect(refresh)
    refresh()


def open_meeting_dialog(window, ctx):
    meeting = ctx.store.active_meeting()
    dialog = EndMeetingDialog(ctx, meeting, window) if meeting else StartMeetingDialog(ctx, window)
    window.meeting_dialog = dialog
    dialog.open()
    return dialog


def _open_minutes(window, ctx):
    dialog = MinutesDialog(ctx, window)
    window.minutes_dialog = dialog
    dialog.open()
    return dialog


class MinutesDialog(QDialog):
    """The minutes kept in the plan, one per ended meeting, shown and saved again."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton

        from ..editors.common import format_datetime

        self.setObjectName("minutesDialog")
        self.setWindowTitle(self.tr("Meeting minutes"))
        self.meetings = [m for m in ctx.store.meetings.all() if not m.active]
        self.list = QListWidget(self)
        self.list.setObjectName("minutesList")
        for meeting in reversed(self.meetings):
            item = QListWidgetItem(f"{format_datetime(meeting.started_at, ctx.store.zone_name)} — "
                                   f"{meeting.title or self.tr('Meeting')}", self.list)
            item.setData(256, meeting.id)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("minutesKept")
        self.list.currentRowChanged.connect(self._show)
        save = QPushButton(self.tr("&Save as PDF or HTML…"), self)
        save.clicked.connect(lambda: self.save())
        self.error = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.preview, 1)
        layout.addWidget(save)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.meetings:
            self.list.setCurrentRow(0)
        else:
            self.preview.setPlainText(self.tr("No meeting has ended yet."))
        self.resize(720, 600)

    def current(self):
        item = self.list.currentItem()
        return next((m for m in self.meetings if item and m.id == item.data(256)), None)

    def _show(self, _row: int) -> None:
        meeting = self.current()
        self.preview.setHtml(meeting.minutes_html if meeting else "")

    def save(self, path: str | None = None) -> bool:
        from cmplanner.files.atomic import WriteFailed
        from cmplanner.interop.minutes import write_minutes

        meeting = self.current()
        if meeting is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the minutes"),
                                                  str(Path.home() / "minutes.pdf"),
                                                  self.tr("PDF (*.pdf);;Web page (*.html)"))
        if not path:
            return False
        try:
            write_minutes(meeting.minutes_html, path)
        except WriteFailed as exc:
            self.error.setText(str(exc))
            return False
        return True


def add_note(window, ctx) -> None:
    text, ok = QInputDialog.getMultiLineText(
        window, QCoreApplication.translate("MeetingActions", "Note for the minutes"),
        QCoreApplication.translate("MeetingActions", "What was said or decided:"))
    if not ok:
        return
    person = ctx.current_person()
    try:
        cases.add_note(ctx.store, text, person.id if person else None)
    except DomainError as exc:
        window.statusBar().showMessage(describe(exc), 5000)


class StartMeetingDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startMeetingDialog")
        self.setWindowTitle(self.tr("Start a meeting"))
        self.ctx = ctx
        self.title = QLineEdit(self)
        self.title.setObjectName("meetingTitle")
        self.title.setPlaceholderText(self.tr("Weekly editorial meeting"))
        self.attendees = CheckList(self, columns=2)
        self.attendees.setObjectName("meetingAttendees")
        self.attendees.set_items(((p.id, p.name) for p in ctx.store.people.all()), set())
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        form = form_layout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("In the &room:"), self.attendees)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def start(self) -> None:
        try:
            change = cases.start_meeting(self.ctx.store, self.title.text(),
                                         self.attendees.checked_ids())
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        self.ctx.push(change)
        self.accept()


class EndMeetingDialog(QDialog):
    """The minutes as they stand; ending keeps them in the plan, and they can be saved."""

    def __init__(self, ctx, meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cmplanner.interop.minutes import render_minutes

        self.setObjectName("endMeetingDialog")
        self.setWindowTitle(self.tr("End the meeting"))
        self.ctx, self.meeting = ctx, meeting
        self.language = ctx.store.settings().language
        self.html = render_minutes(ctx.store, meeting, self.language)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("minutesPreview")
        self.preview.setHtml(self.html)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&End and save the minutes…"))
        buttons.accepted.connect(lambda: self.end())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def end(self, path: str | None = None) -> bool:
        from datetime import datetime, timezone

        from cmplanner.files.atomic import WriteFailed
        from cmplanner.interop.minutes import render_minutes, write_minutes

        ended = datetime.now(timezone.utc)
        html = render_minutes(self.ctx.store, self.meeting, self.language, ended)
        try:
            change = cases.end_meeting(self.ctx.store, self.meeting, html, ended)
        except DomainError as exc:
            self.error.setText(describe(exc))
            return False
        self.ctx.push(change)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the minutes"),
                                                  str(Path.home() / "minutes.pdf"),
                                                  self.tr("PDF (*.pdf);;Web page (*.html)"))
        if path:
            try:
                write_minutes(html, path)
            except WriteFailed as exc:
                self.error.setText(str(exc))
                return False
        self.accept()
        return True
