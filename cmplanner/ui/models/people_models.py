"""People (e-mail addresses left out in meeting mode) and sites."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmplanner.domain.enums import Role
from cmplanner.storage.store import PlanStore

from ..labels import label
from .rows_model import Column, RowsModel
from ..collation import by_name



class PeopleModel(RowsModel):
    EMAIL = 3

    def __init__(self, parent=None) -> None:
        self.meeting_mode = False
        self._sites: dict[int, str] = {}
        super().__init__([
            Column(QCoreApplication.translate("PeopleModels", "Name"), lambda p: p.name),
            Column(QCoreApplication.translate("PeopleModels", "Roles"), lambda p: ", ".join(label(r) for r in Role if r in p.roles)),
            Column(QCoreApplication.translate("PeopleModels", "Site"), lambda p: self._sites.get(p.site_id, "") if p.site_id else ""),
            Column(QCoreApplication.translate("PeopleModels", "E-mail"), lambda p: "" if self.meeting_mode else p.email),
        ], parent)

    def reload(self, store: PlanStore, meeting_mode: bool) -> None:
        self.meeting_mode = meeting_mode
        self._sites = {s.id: s.name for s in store.sites.all()}  # type: ignore[misc]
        self.set_rows(by_name(store.people.all()))


class SiteModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("PeopleModels", "Site"), lambda s: s.name),
            Column(QCoreApplication.translate("PeopleModels", "Address"), lambda s: s.address.replace("\n", ", ")),
        ], parent)

    def reload(self, store: PlanStore) -> None:
        self.set_rows(by_name(store.sites.all()))
