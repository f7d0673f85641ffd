"""Upcoming events with their promotion posts; add, edit and delete events."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from cmplanner.domain.timezones import local_datetime

from ..editors.common import quoted
from cmplanner.domain.errors import DomainError
from cmplanner.services.events import delete_event

from ..messages import describe
from ..editors.event_editor import EventEditorDialog
from ..editors.post_editor import PostEditorDialog
from ..models.event_models import EventListModel, EventPostsModel
from . import common
from .common import MessageLine, TableSection, rows_view


class EventsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPage")
        self.ctx = ctx
        self.model = EventListModel(self)
        self.posts_model = EventPostsModel(self)
        self.show_past = QCheckBox(self.tr("Show past events"), self)
        self.show_past.setObjectName("showPast")
        self.show_past.toggled.connect(self.reload)
        self.events = TableSection(self.model, "events", self.tr("&New event…"), self.add_event,
                                   self.edit_event, self.delete_event, self)
        self.posts_view = rows_view(self.posts_model, "eventPostsView", self)
        self.posts_view.doubleClicked.connect(self._open_post)
        self.message = MessageLine(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Events"), self))
        top.addStretch(1)
        top.addWidget(self.show_past)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.posts_title = QLabel(self.tr("Promotion posts of the selected event"), lower)
        lower_layout.addWidget(self.posts_title)
        lower_layout.addWidget(self.posts_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.events)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.events.view.selectionModel().selectionChanged.connect(self._show_posts)
        ctx.changed.connect(self._store_changed)
        self.reload()

    def _store_changed(self, what: str) -> None:
        if what in ("events", "posts", "sites", "networks", "settings"):
            self.reload()

    def reload(self) -> None:
        chosen = self.events.current()
        store = self.ctx.store
        since = None if self.show_past.isChecked() else \
            local_datetime(self.ctx.today(), time(0, 0), store.zone_name)
        self.model.reload(store, since)
        if chosen is not None:
            self.events.select_where(lambda row: row.event.id == chosen.event.id)
        self.events.fit_columns()
        self._show_posts()

    def _show_posts(self, *_args) -> None:
        row = self.events.current()
        self.posts_model.show_posts(self.ctx.store, row.posts if row else [])
        self.posts_view.resizeColumnsToContents()

    def _open_post(self, index) -> None:
        post = self.posts_model.row_at(index.row())
        common.open_dialog(PostEditorDialog(self.ctx, post, self))

    def add_event(self) -> None:
        self.message.show_message("")
        common.open_dialog(EventEditorDialog(self.ctx, None, self))

    def edit_event(self, row) -> None:
        self.message.show_message("")
        common.open_dialog(EventEditorDialog(self.ctx, row.event, self))

    def delete_event(self, row) -> None:
        self.message.show_message("")
        if self.ctx.store.read_only:
            self.message.show_message(self.tr("This plan is open read-only: nothing can be changed."))
            return
        try:
            change = delete_event(self.ctx.store, row.event)
        except DomainError as exc:
            self.message.show_message(describe(exc))
            return
        self.ctx.push(change, self.tr("Delete event {title} and its promotion posts")
                      .format(title=quoted(row.event.title)))
