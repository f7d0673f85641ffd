"""Record a publication quickly from the calendar (Edit ▸ Record publication…, Ctrl+Shift+P or
the context menu): the address, the moment (not in the future) and the results by hand. The
rule "recording a publication makes the post published" is ``services.posts.record_publication``."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import (
    QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from cmplanner.domain.entities import Post
from cmplanner.domain.errors import DomainError
from cmplanner.services import posts as post_cases

from ..editors.common import OptionalCount, aware, date_time_format, form_layout, qdatetime
from ..messages import describe

RESULTS = ("reach", "reactions", "comments", "shares")


class PublicationDialog(QDialog):
    def __init__(self, ctx, post: Post, push, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationDialog")
        self.setWindowTitle(self.tr("Record the publication"))
        self.ctx, self.post, self.push = ctx, post, push
        zone = ctx.store.zone_name
        self.zone = zone
        now = datetime.now(timezone.utc)
        when = post.published_at or (post.planned_at if post.planned_at and post.planned_at <= now else now)
        title = QLabel(f"<b>{post.title.replace('<', '&lt;')}</b>", self)
        self.url = QLineEdit(post.published_url, self)
        self.url.setObjectName("publicationUrl")
        self.url.setPlaceholderText("https://")
        self.when = QDateTimeEdit(qdatetime(when, zone), self)
        self.when.setObjectName("publicationWhen")
        self.when.setDisplayFormat(date_time_format())
        self.when.setCalendarPopup(True)
        self.counts = {}
        form = form_layout()
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("Published &on:"), self.when)
        labels = {"reach": self.tr("&Reach:"), "reactions": self.tr("Re&actions:"),
                  "comments": self.tr("&Comments:"), "shares": self.tr("&Shares:")}
        for name in RESULTS:
            box = OptionalCount(self)
            box.setObjectName(f"publication_{name}")
            box.set_value(getattr(post, name))
            self.counts[name] = box
            form.addRow(labels[name], box)
        self.error = QLabel(self)
        self.error.setObjectName("publicationError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def record(self) -> None:
        results = {name: box.value_or_none() for name, box in self.counts.items()}
        try:
            change = post_cases.record_publication(
                self.ctx.store, self.post, self.url.text(), aware(self.when.dateTime(), self.zone),
                results)
        except DomainError as exc:
            self.error.setText(describe(exc))  # the dialog stays open, nothing is lost
            return
        self.push(change)
        self.accept()
