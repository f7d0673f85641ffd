"""Content requests from the field: who asks what, by when, overdue ones first and marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.domain.requests import referent_counts
from cmplanner.services import requests as request_cases
from cmplanner.domain.filters import ItemFilter, fold

from ..collation import by_name
from ..editors.common import format_date
from ..messages import describe
from ..models.rows_model import Column, RowsModel

from ..editors.request_editor import RequestEditorDialog
from ..models.request_model import RequestModel
from .common import MessageLine, TableSection, rows_view
from .entity_actions import EntityActions



class RequestsPage(QWidget):
    post_written = Signal(object)  # the Post written from a request, for the window to open

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.ctx = ctx
        self.filter = ItemFilter()
        self.people: dict[int, str] = {}
        self.message = MessageLine(self)
        self.model = RequestModel(self)
        self.actions = EntityActions(ctx, self, self.message, "requests", RequestEditorDialog,
                                     lambda r: r.topic, self.tr("Delete request {name}"))
        self.hide_closed = QCheckBox(self.tr("Hide done and declined requests"), self)
        self.hide_closed.setObjectName("hideClosed")
        self.hide_closed.toggled.connect(self.reload)
        self.requests = TableSection(self.model, "requests", self.tr("&New request…"), self.actions.add,
                                     lambda row: self.actions.edit(row.request),
                                     lambda row: self.actions.delete(row.request), self)
        self.write_button = QPushButton(self.tr("&Write a post from this request…"), self.requests)
        self.write_button.setObjectName("writeFromRequest")
        self.write_button.clicked.connect(self.write_post)
        self.requests.insert_button(3, self.write_button)
        self.requests.view.selectionModel().selectionChanged.connect(self._enable)
        self.summary = QLabel(self)
        self.summary.setObjectName("requestsSummary")
        self.referent_model = RowsModel([
            Column(QCoreApplication.translate("RequestsPage", "Referent"), lambda c: self.people.get(c.person_id, QCoreApplication.translate("RequestsPage", "Nobody named"))),
            Column(QCoreApplication.translate("RequestsPage", "Received"), lambda c: str(c.received)),
            Column(QCoreApplication.translate("RequestsPage", "Answered"), lambda c: str(c.answered)),
            Column(QCoreApplication.translate("RequestsPage", "Overdue"), lambda c: str(c.overdue)),
        ], self)
        self.deadline_model = RowsModel([
            Column(QCoreApplication.translate("RequestsPage", "Due"), lambda d: format_date(d.day)),
            Column(QCoreApplication.translate("RequestsPage", "What"), lambda d: (QCoreApplication.translate("RequestsPage", "Request") if d.request is not None else QCoreApplication.translate("RequestsPage", "Post content"))),
            Column(QCoreApplication.translate("RequestsPage", "Title"), lambda d: d.title),
        ], self)
        self.referents_view = rows_view(self.referent_model, "referentsView", self)
        self.deadlines_view = rows_view(self.deadline_model, "deadlinesView", self)
        self.deadlines_view.doubleClicked.connect(self._open_deadline)
        # Below the requests, side by side: the counts per referent and the coming deadlines.
        # Each table gets the window's width to share, so no column is clipped while another
        # stretches empty.
        side = QWidget(self)
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for title, view, stretch in ((self.tr("Requests per referent"), self.referents_view, 2),
                                     (self.tr("Upcoming content deadlines (3 weeks)"), self.deadlines_view, 3)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, side))
            column.addWidget(view, 1)
            side_layout.addLayout(column, stretch)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.requests)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])  # both get their share from the start, not their hint
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.hide_closed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        ctx.changed.connect(self._store_changed)
        self.reload()

    def _store_changed(self, what: str) -> None:
        if what in ("requests", "people", "posts"):
            self.reload()

    def set_filter(self, calendar_filter: ItemFilter) -> None:
        """The sidebar's people (asked by or assigned to) and text (topic, details) apply here."""
        if calendar_filter != self.filter:
            self.filter = calendar_filter
            self.reload()

    def _accepts(self, row: Any) -> bool:
        people = self.filter.owner_ids
        request = row.request
        if people and request.requester_id not in people and request.assignee_id not in people:
            return False
        needle = fold(self.filter.text.strip())
        return not needle or needle in fold(f"{request.topic}\n{request.details}")

    def reload(self) -> None:
        store = self.ctx.store
        today = self.ctx.today()
        self.people = {p.id: p.name for p in store.people.all()}
        self.model.reload(store, today, self.hide_closed.isChecked())
        if self.filter.owner_ids or self.filter.text.strip():
            self.model.set_rows([row for row in self.model.rows() if self._accepts(row)])
        overdue = sum(1 for row in self.model.rows() if row.overdue)
        self.summary.setText(self.tr("%n request(s) overdue", "", overdue))
        counts = referent_counts([row.request for row in self.model.rows()], today)
        self.referent_model.set_rows(by_name(counts, lambda c: self.people.get(c.person_id, "")))
        self.deadline_model.set_rows(request_cases.upcoming_deadlines(store, today))
        self.requests.fit_columns()
        self.referents_view.resizeColumnsToContents()
        self.deadlines_view.resizeColumnsToContents()
        self.referents_view.horizontalHeader().setStretchLastSection(False)
        self.referents_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._enable()

    def _enable(self, *_args: object) -> None:
        row = self.requests.current()
        self.write_button.setEnabled(row is not None and row.request.post_id is None)

    def write_post(self) -> None:
        row = self.requests.current()
        if row is None:
            return
        self.message.show_message("")
        if self.ctx.store.read_only:
            self.message.show_message(self.tr("This plan is open read-only: nothing can be changed."))
            return
        try:
            change = self.ctx.push(request_cases.write_post_from_request(self.ctx.store, row.request))
        except DomainError as exc:
            self.message.show_message(describe(exc))
            return
        self.post_written.emit(change.created("posts")[0])

    def _open_deadline(self, index: QModelIndex) -> None:
        deadline = self.deadline_model.row_at(index.row())
        if deadline.post is not None:
            self.post_written.emit(deadline.post)
        elif deadline.request is not None:
            self.actions.edit(deadline.request)
