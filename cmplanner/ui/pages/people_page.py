"""The people of the plan (roles, site, e-mail hidden in meeting mode) and the company's sites."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ..editors.people_editors import PersonEditorDialog, SiteEditorDialog
from ..models.people_models import PeopleModel, SiteModel
from .common import MessageLine, TableSection
from .entity_actions import EntityActions


class PeoplePage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.ctx = ctx
        self.message = MessageLine(self)
        self.people_model = PeopleModel(self)
        self.site_model = SiteModel(self)
        self.people_actions = EntityActions(ctx, self, self.message, "people", PersonEditorDialog,
                                            lambda p: p.name, self.tr("Delete person {name}"))
        self.site_actions = EntityActions(ctx, self, self.message, "sites", SiteEditorDialog,
                                          lambda s: s.name, self.tr("Delete site {name}"))
        self.people = TableSection(self.people_model, "people", self.tr("&Add a person…"),
                                   self.people_actions.add, self.people_actions.edit,
                                   self.people_actions.delete, self)
        self.sites = TableSection(self.site_model, "sites", self.tr("Add a &site…"),
                                  self.site_actions.add, self.site_actions.edit,
                                  self.site_actions.delete, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, section in ((self.tr("People"), self.people), (self.tr("Sites"), self.sites)):
            holder = QWidget(splitter)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(QLabel(title, holder))
            holder_layout.addWidget(section, 1)
            splitter.addWidget(holder)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        ctx.changed.connect(self._store_changed)
        ctx.meeting_mode_changed.connect(lambda _on: self.reload())
        self.reload()

    def _store_changed(self, what: str) -> None:
        if what in ("people", "sites"):
            self.reload()

    def reload(self) -> None:
        meeting = self.ctx.meeting_mode
        self.people_model.reload(self.ctx.store, meeting)
        self.site_model.reload(self.ctx.store)
        self.people.view.setColumnHidden(PeopleModel.EMAIL, meeting)
        self.people.fit_columns()
        self.sites.fit_columns()
