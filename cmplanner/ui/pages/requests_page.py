"""Content requests from the field: who asks what, by when, overdue ones first and marked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..editors.request_editor import RequestEditorDialog
from ..models.request_model import RequestModel
from .common import MessageLine, TableSection
from .entity_actions import EntityActions


class RequestsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.ctx = ctx
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
        self.summary = QLabel(self)
        self.summary.setObjectName("requestsSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.hide_closed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.requests, 1)
        layout.addWidget(self.message)
        ctx.changed.connect(self._store_changed)
        self.reload()

    def _store_changed(self, what: str) -> None:
        if what in ("requests", "people", "posts"):
            self.reload()

    def reload(self) -> None:
        self.model.reload(self.ctx.store, self.ctx.today(), self.hide_closed.isChecked())
        overdue = sum(1 for row in self.model.rows() if row.overdue)
        self.summary.setText(self.tr("%n request(s) overdue", "", overdue))
        self.requests.fit_columns()
