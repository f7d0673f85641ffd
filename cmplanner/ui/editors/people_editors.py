"""Editors of the people of the plan (roles, site, e-mail hidden in meeting mode) and of sites."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from cmplanner.domain.entities import Person, Site
from cmplanner.domain.entity_checks import validate_person, validate_site
from cmplanner.domain.enums import Role

from ..labels import label
from .common import CheckList, IdCombo, quoted
from .entity_editor import EntityEditorDialog


class PersonEditorDialog(EntityEditorDialog):
    repository = "people"

    def blank(self) -> Person:
        return Person("")

    def build(self, form: QFormLayout) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("personName")
        self.email = QLineEdit(self)
        self.email.setObjectName("personEmail")
        self.roles = CheckList(self, columns=2)
        self.roles.setObjectName("personRoles")
        self.roles.set_items((role, label(role)) for role in Role)
        self.site = IdCombo(self.tr("No particular site"), self)
        self.site.set_items((s.id, s.name) for s in self.ctx.store.sites.all())
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Roles:"), self.roles)
        form.addRow(self.tr("&Site:"), self.site)
        self.email_label = form.labelForField(self.email)
        self.ctx.meeting_mode_changed.connect(self._apply_meeting_mode)
        self._apply_meeting_mode(self.ctx.meeting_mode)

    def _apply_meeting_mode(self, on: bool) -> None:
        self.email.setVisible(not on)
        self.email_label.setVisible(not on)

    def load(self, item: Person) -> None:
        self.name.setText(item.name)
        self.email.setText(item.email)
        for role in item.roles:
            self.roles.set_checked(role)
        self.site.set_current_id(item.site_id)

    def collect(self) -> Person:
        return replace(self.item, name=self.name.text().strip(), email=self.email.text().strip(),
                       roles=set(self.roles.checked_ids()), site_id=self.site.current_id())

    def window_title(self, creating: bool) -> str:
        return self.tr("New person") if creating else self.tr("Person {name}").format(name=quoted(self.item.name))

    def undo_text(self, item: Person, creating: bool) -> str:
        return (self.tr("Add person {name}") if creating else self.tr("Edit person {name}")).format(name=quoted(item.name))


class SiteEditorDialog(EntityEditorDialog):
    repository = "sites"

    def blank(self) -> Site:
        return Site("")

    def build(self, form: QFormLayout) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("siteName")
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)

    def load(self, item: Site) -> None:
        self.name.setText(item.name)
        self.address.setPlainText(item.address)

    def collect(self) -> Site:
        return replace(self.item, name=self.name.text().strip(), address=self.address.toPlainText().strip())

    def window_title(self, creating: bool) -> str:
        return self.tr("New site") if creating else self.tr("Site {name}").format(name=quoted(self.item.name))

    def undo_text(self, item: Site, creating: bool) -> str:
        return (self.tr("Create site {name}") if creating else self.tr("Edit site {name}")).format(name=quoted(item.name))
