"""The content request editor: who asks, about what, with which media, by when, and the post
that answers it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from cmplanner.domain.entities import ContentRequest
from cmplanner.domain.enums import RequestStatus
from cmplanner.domain.validation import validate_request

from ..labels import label
from .common import EnumCombo, IdCombo, OptionalDate, format_date, quoted
from .entity_editor import EntityEditorDialog
from ..collation import by_name


class RequestEditorDialog(EntityEditorDialog):
    repository = "requests"

    def blank(self) -> ContentRequest:
        return ContentRequest("", created_on=date.today())

    def build(self, form: QFormLayout) -> None:
        people = [(p.id, p.name) for p in by_name(self.ctx.store.people.all())]
        self.topic = QLineEdit(self)
        self.topic.setObjectName("requestTopic")
        self.requester = IdCombo(self.tr("Unknown"), self)
        self.requester.setObjectName("requestRequester")
        self.requester.set_items(people)
        self.assignee = IdCombo(self.tr("Nobody yet"), self)
        self.assignee.set_items(people)
        self.details = QPlainTextEdit(self)
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.media_offered = QLineEdit(self)
        self.media_needed = QLineEdit(self)
        self.due = OptionalDate(self.tr("No due date"), self)
        self.due.setObjectName("requestDue")
        self.status = EnumCombo(RequestStatus, label, self)
        self.status.setObjectName("requestStatus")
        self.post = IdCombo(self.tr("No post yet"), self)
        self.post.setObjectName("requestPost")
        self.post.set_items((p.id, p.title) for p in self.ctx.store.posts.all())
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("&Requested by:"), self.requester)
        form.addRow(self.tr("&Handled by:"), self.assignee)
        form.addRow(self.tr("&Details:"), self.details)
        form.addRow(self.tr("Media &offered:"), self.media_offered)
        form.addRow(self.tr("Media &needed:"), self.media_needed)
        form.addRow(self.tr("D&ue:"), self.due)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Answered by the post:"), self.post)

    def load(self, item: ContentRequest) -> None:
        self.topic.setText(item.topic)
        self.requester.set_current_id(item.requester_id)
        self.assignee.set_current_id(item.assignee_id)
        self.details.setPlainText(item.details)
        self.media_offered.setText(item.media_offered)
        self.media_needed.setText(item.media_needed)
        self.due.set_value(item.due)
        self.status.set_value(item.status)
        self.post.set_current_id(item.post_id)
        if item.created_on:
            self.setToolTip(self.tr("Requested on {date}").format(date=format_date(item.created_on)))

    def collect(self) -> ContentRequest:
        return replace(self.item, topic=self.topic.text().strip(), requester_id=self.requester.current_id(),
                       assignee_id=self.assignee.current_id(), details=self.details.toPlainText().strip(),
                       media_offered=self.media_offered.text().strip(),
                       media_needed=self.media_needed.text().strip(), due=self.due.value(),
                       status=self.status.value(), post_id=self.post.current_id())

    def validate(self, item: ContentRequest) -> None:
        validate_request(item)

    def window_title(self, creating: bool) -> str:
        return self.tr("New content request") if creating else \
            self.tr("Request {topic}").format(topic=quoted(self.item.topic))

    def undo_text(self, item: ContentRequest, creating: bool) -> str:
        return (self.tr("Create request {topic}") if creating else
                self.tr("Edit request {topic}")).format(topic=quoted(item.topic))
